/**
 * The fuzz targets besides the client session (harness.ts): the server-side
 * splitter that the replayer and the recording proxy read commands with, the
 * trace reader, the recorder, and a real ReplayServer fed mutated client
 * bytes. Shared by
 * the fixed-seed slice (spec/fuzz/*.spec.ts) and the campaign (run.ts).
 */
import fs from 'node:fs';
import net from 'node:net';
import { Duplex } from 'node:stream';
import fc from 'fast-check';
import { QmpSession } from '../../lib/qmp/session.js';
import { QmpProtocolError } from '../../lib/errors.js';
import { JsonStreamSplitter } from '../../lib/transport/json-stream.js';
import { parseTrace, TraceFormatError, readTrace, type Trace } from '../../lib/trace/format.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { recordTrace } from '../../lib/trace/recorder.js';

const protoKeys = (): string => Object.getOwnPropertyNames(Object.prototype).join(',');

function cutAt(buf: Buffer, points: number[]): Buffer[] {
  if (buf.length <= 1) return [buf];
  const cuts = [...new Set(points.map((p) => 1 + (p % (buf.length - 1))))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(buf.subarray(from, c));
    from = c;
  }
  out.push(buf.subarray(from));
  return out;
}

/** Client commands of every trace, as sent on the wire. */
export function clientTexts(traces: Trace[]): string[] {
  return traces.flatMap((t) => t.entries.filter((e) => e.dir === 'c2s').map((e) => (e.msg ? JSON.stringify(e.msg) : (e.raw ?? ''))));
}

const sep = fc.constantFrom('', '\n', '\r\n', ' ', '\t\n  ');

/**
 * JsonStreamSplitter: any sequence of JSON objects, with any separators and
 * cut at any points, comes out as the same values; garbage in makes it throw
 * QmpProtocolError or nothing, and it never holds more than its limit.
 */
export function splitterProperty(commands: string[]): fc.IPropertyWithHooks<[string[], string[], number[], { pos: number; byte: number }[], number]> {
  const objects = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...commands.filter((c) => c.startsWith('{'))) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }).map((o) => JSON.stringify(o)) },
  );
  return fc.property(
    fc.array(objects, { minLength: 1, maxLength: 12 }),
    fc.array(sep, { minLength: 12, maxLength: 12 }),
    fc.array(fc.nat(), { maxLength: 16 }),
    fc.array(fc.record({ pos: fc.nat(), byte: fc.nat({ max: 255 }) }), { maxLength: 3 }),
    fc.constantFrom(64, 1024, 1 << 20),
    (objs, seps, points, garbles, max) => {
      const text = objs.map((o, i) => o + seps[i]).join('');
      const bytes = Buffer.from(text);
      const fits = objs.every((o) => Buffer.byteLength(o) <= max);
      const clean = garbles.length === 0;
      const got: string[] = [];
      const sp = new JsonStreamSplitter((t) => got.push(t), max);
      for (const g of garbles) bytes[g.pos % bytes.length] = g.byte;
      let threw: unknown;
      try {
        for (const chunk of cutAt(bytes, points)) {
          sp.push(chunk);
          const held = (sp as unknown as { partBytes: number }).partBytes;
          if (held > max) throw new Error(`splitter holds ${held} bytes, over its limit ${max}`);
        }
      } catch (err) {
        threw = err;
      }
      if (threw !== undefined && !(threw instanceof QmpProtocolError)) throw threw;
      if (clean && fits) {
        if (threw !== undefined) throw new Error(`clean input refused: ${String(threw)}`);
        if (JSON.stringify(got) !== JSON.stringify(objs)) throw new Error(`values differ: ${JSON.stringify(got).slice(0, 300)}`);
      }
      if (clean && !fits && threw === undefined) throw new Error('a value over the limit was accepted');
    },
  );
}

/** The trace reader: a mutated trace file is read, or refused with TraceFormatError; nothing else. */
export function traceReaderProperty(texts: string[]): fc.IPropertyWithHooks<[number, { op: number; pos: number; n: number }[]]> {
  const inserts = ['{"__proto__":{"polluted":1}}', '{"t":1,"dir":"s2c","msg":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}}}', '\n', '{', '"', '[]', 'null', '{"t":"1","dir":"x"}'];
  return fc.property(
    fc.nat(),
    fc.array(fc.record({ op: fc.nat({ max: 4 }), pos: fc.nat(), n: fc.nat({ max: 255 }) }), { minLength: 1, maxLength: 5 }),
    (which, ops) => {
      let text = texts[which % texts.length]!;
      for (const o of ops) {
        const p = o.pos % (text.length + 1);
        if (o.op === 0) text = text.slice(0, p) + String.fromCharCode(o.n) + text.slice(p + 1);
        else if (o.op === 1) text = text.slice(0, p);
        else if (o.op === 2) text = text.slice(0, p) + text.slice(p + 1 + (o.n % 16));
        else if (o.op === 3) text = text.slice(0, p) + inserts[o.n % inserts.length] + text.slice(p);
        else {
          const lines = text.split('\n');
          const i = o.n % lines.length;
          lines.splice(i, 0, lines[i]!);
          text = lines.join('\n');
        }
      }
      const before = protoKeys();
      try {
        const t = parseTrace(text, 'fuzz.jsonl');
        for (const e of t.entries) {
          if (typeof e.t !== 'number' || (e.dir !== 'c2s' && e.dir !== 's2c')) throw new Error(`bad entry accepted: ${JSON.stringify(e)}`);
          if (e.msg === undefined && typeof e.raw !== 'string') throw new Error('entry with neither msg nor raw accepted');
        }
      } catch (err) {
        if (!(err instanceof TraceFormatError)) throw err;
      }
      if (protoKeys() !== before || ({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was changed');
    },
  );
}

export interface ReplayCase {
  trace: number;
  /** Client commands of the trace, then junk, garbled, cut at points, with or without newlines. */
  junk: { at: number; text: string }[];
  garbles: { pos: number; byte: number }[];
  points: number[];
  newline: boolean;
  /** Client hangs up after this many bytes (or at the end). */
  stopAt: number | null;
}

export const replayCaseArb: fc.Arbitrary<ReplayCase> = fc.record({
  trace: fc.nat(),
  junk: fc.array(
    fc.record({
      at: fc.nat(),
      text: fc.oneof(
        fc.constantFrom('garbage', '[]', '1', '"s"', 'null', '{"execute":5}', '{"execute":"x","arguments":[]}', '{"__proto__":{"polluted":1},"execute":"quit"}', '}', ']]]', '{"a":"\\', '{"a":"}"'),
        fc.string({ maxLength: 20 }),
      ),
    }),
    { maxLength: 3 },
  ),
  garbles: fc.array(fc.record({ pos: fc.nat(), byte: fc.nat({ max: 255 }) }), { maxLength: 2 }),
  points: fc.array(fc.nat(), { maxLength: 8 }),
  newline: fc.boolean(),
  stopAt: fc.option(fc.nat()),
});

/**
 * A real ReplayServer on a unix socket, fed a mutated client stream: it must
 * not crash or emit 'error', and must report a result for the connection
 * once the client has gone, with consumed <= total.
 */
export async function runReplayCase(traces: Trace[], c: ReplayCase): Promise<string[]> {
  const failures: string[] = [];
  const trace = traces[c.trace % traces.length]!;
  const cmds = trace.entries.filter((e) => e.dir === 'c2s').map((e) => (e.msg ? JSON.stringify(e.msg) : (e.raw ?? '')));
  for (const j of c.junk) cmds.splice(j.at % (cmds.length + 1), 0, j.text);
  const bytes = Buffer.from(cmds.map((x) => x + (c.newline ? '\n' : '')).join(''));
  for (const g of c.garbles) if (bytes.length) bytes[g.pos % bytes.length] = g.byte;
  const end = c.stopAt === null ? bytes.length : c.stopAt % (bytes.length + 1);
  const before = protoKeys();
  const server = await replayTrace(trace, { speed: 0 });
  const errors: Error[] = [];
  server.on('error', (e) => errors.push(e));
  try {
    const done = server.nextResult();
    const sock = net.createConnection((server.endpoint as { path: string }).path);
    sock.on('error', () => undefined);
    sock.on('data', () => undefined);
    await new Promise<void>((r) => sock.once('connect', () => r()));
    for (const chunk of cutAt(bytes.subarray(0, end), c.points)) sock.write(chunk);
    sock.end();
    const result = await done;
    sock.destroy();
    if (errors.length) failures.push(`replayer emitted error: ${errors.map(String).join('; ')}`);
    if (result.consumed > result.total) failures.push(`consumed ${result.consumed} of ${result.total}`);
    if (result.complete && result.mismatches.length) failures.push('complete with mismatches');
  } catch (err) {
    failures.push(`exception escaped: ${(err as Error)?.stack ?? String(err)}`);
  } finally {
    await server.close();
  }
  if (protoKeys() !== before || ({} as Record<string, unknown>).polluted !== undefined) failures.push('Object.prototype was changed');
  return failures;
}

export function loadTraces(files: string[]): Trace[] {
  return files.map((f) => readTrace(f));
}

export function traceTexts(files: string[]): string[] {
  return files.map((f) => fs.readFileSync(f, 'utf8'));
}

/**
 * The recorder: whatever crosses the wire (objects, other JSON, junk, control
 * characters, lone surrogates, hostile keys), the file it writes reads back
 * with the trace reader, one entry per message in order, each `msg` equal to
 * what was parsed, each line that was not a JSON object kept as `raw` text.
 */
export function recorderProperty(dir: string): fc.IAsyncPropertyWithHooks<[{ c2s: boolean; text: string }[]]> {
  const text = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype')), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }).map((o) => JSON.stringify(o)),
    fc.string({ maxLength: 40, unit: fc.nat({ max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    fc.constantFrom('{"__proto__":{"polluted":1},"return":{}}', '{"a":1e400}', '{"a":1,"a":2}', '\u0000', '{', '"\\ud800"'),
  );
  let n = 0;
  return fc.asyncProperty(fc.array(fc.record({ c2s: fc.boolean(), text }), { minLength: 1, maxLength: 20 }), async (msgs) => {
    const file = `${dir}/rec-${process.pid}-${++n}.jsonl`;
    const rec = recordTrace(file, { source: 'fuzz', scenario: 'rec', description: 'recorder fuzz' });
    const before = protoKeys();
    const parsed = msgs.map((m) => {
      let msg: unknown;
      try {
        msg = JSON.parse(m.text);
      } catch {
        msg = undefined;
      }
      rec.record(m.c2s ? 'c2s' : 's2c', m.text, msg);
      return msg;
    });
    rec.close();
    try {
      const t = readTrace(file);
      if (t.entries.length !== msgs.length) throw new Error(`${t.entries.length} entries for ${msgs.length} messages`);
      t.entries.forEach((e, i) => {
        const p = parsed[i];
        if (e.dir !== (msgs[i]!.c2s ? 'c2s' : 's2c')) throw new Error(`entry ${i}: wrong direction`);
        if (p !== null && typeof p === 'object' && !Array.isArray(p)) {
          if (JSON.stringify(sortKeys(e.msg)) !== JSON.stringify(sortKeys(p))) throw new Error(`entry ${i}: msg ${JSON.stringify(e.msg)} != ${msgs[i]!.text}`);
        } else if (e.raw !== msgs[i]!.text) throw new Error(`entry ${i}: raw ${JSON.stringify(e.raw)} != ${JSON.stringify(msgs[i]!.text)}`);
      });
    } finally {
      fs.rmSync(file, { force: true });
    }
    if (protoKeys() !== before || ({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was changed');
  });
}

/** A stream whose received chunks the test pushes, and whose writes go nowhere. */
class FeedStream extends Duplex {
  override _read(): void {}
  override _write(_c: unknown, _e: string, cb: () => void): void {
    cb();
  }
}

const GREETING = '{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}';

/**
 * The recorder on a session's tap, which hands it whole received chunks:
 * lines of any kind (events, other JSON, junk, blank lines, "\r" inside),
 * ended by "\n" or "\r\n" and cut anywhere. The trace always reads back; its
 * server lines are, in order, the greeting and then the first non-blank
 * lines received, each as its text (`msg` parsed to the same value, or
 * `raw`), through at least the line that closed the session.
 */
export function recorderSessionProperty(dir: string): fc.IAsyncPropertyWithHooks<[{ text: string; crlf: boolean }[], number[]]> {
  const text = fc.oneof(
    fc.record({ event: fc.constantFrom('JOB_STATUS_CHANGE', 'BLOCK_JOB_COMPLETED'), data: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) }).map((o) => JSON.stringify(o)),
    // Any code point (not fast-check's 'binary' unit, which keeps a table of
    // all 1.1 million of them as strings: 85 MiB of heap in a campaign).
    fc.record({ event: fc.constant('X'), data: fc.record({ s: fc.string({ maxLength: 8, unit: fc.nat({ max: 0x10ffff }).map((c) => String.fromCodePoint(c)) }) }) }).map((o) => JSON.stringify(o)),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 20, unit: fc.nat({ max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    fc.constantFrom('', '  ', '\t', '\r', ' \r', '\u00a0', '{"event":"E"}\r\r', '{"return":{},"id":99}'),
  );
  // Line breaks inside a text would make more lines than messages: taken out.
  const line = text.map((t) => t.replace(/\n/g, ' '));
  let n = 0;
  return fc.asyncProperty(fc.array(fc.record({ text: line, crlf: fc.boolean() }), { minLength: 1, maxLength: 25 }), fc.array(fc.nat(), { maxLength: 12 }), async (lines, cuts) => {
    const file = `${dir}/sess-${process.pid}-${++n}.jsonl`;
    const rec = recordTrace(file, { source: 'fuzz', scenario: 'rec', description: 'recorder on a session' });
    const stream = new FeedStream();
    const session = new QmpSession(stream, { tap: rec.tap });
    session.on('error', () => {});
    const hs = session.handshake().catch(() => undefined);
    stream.emit('data', Buffer.from(GREETING + '\r\n'));
    await new Promise((r) => setImmediate(r));
    stream.emit('data', Buffer.from('{"return": {}, "id": 1}\r\n'));
    await hs;
    const wire = Buffer.from(lines.map((l) => l.text + (l.crlf ? '\r\n' : '\n')).join(''));
    for (const chunk of cutAt(wire, cuts)) stream.emit('data', chunk);
    await new Promise((r) => setImmediate(r));
    session.destroy();
    rec.close();
    try {
      const got = readTrace(file).entries.filter((e) => e.dir === 's2c');
      // What the framer hands on: one trailing "\r" off, blank lines skipped.
      // (Lone surrogates cross the wire as U+FFFD.)
      const expected = lines
        .map((l) => Buffer.from(l.text).toString('utf8'))
        .map((t, i) => (t.endsWith('\r') && !lines[i]!.crlf ? t.slice(0, -1) : t)).filter((t) => !/^[ \t\r]*$/.test(t));
      const isObject = (t: string): boolean => {
        try {
          const v = JSON.parse(t) as unknown;
          return v !== null && typeof v === 'object' && !Array.isArray(v);
        } catch {
          return false;
        }
      };
      const firstBad = expected.findIndex((t) => !isObject(t));
      const atLeast = firstBad === -1 ? expected.length : firstBad + 1;
      if (!got[0]?.msg || !('QMP' in got[0].msg)) throw new Error('greeting not first');
      const rest = got.slice(2);
      if (rest.length < atLeast || rest.length > expected.length) throw new Error(`${rest.length} lines recorded, expected ${atLeast}..${expected.length}`);
      rest.forEach((e, i) => {
        const t = expected[i]!;
        if (isObject(t)) {
          if (e.msg === undefined || JSON.stringify(sortKeys(e.msg)) !== JSON.stringify(sortKeys(JSON.parse(t)))) throw new Error(`line ${i}: ${JSON.stringify(e)} for ${JSON.stringify(t)}`);
        } else if (e.raw !== t) throw new Error(`line ${i}: raw ${JSON.stringify(e.raw)} for ${JSON.stringify(t)}`);
      });
      const ts = got.map((e) => e.t);
      if (ts.some((t, i) => i > 0 && t < ts[i - 1]!)) throw new Error('t went backwards');
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) Object.defineProperty(out, k, { value: sortKeys((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  return out;
}
