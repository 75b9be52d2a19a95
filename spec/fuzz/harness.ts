/**
 * Shared property code of the protocol fuzzer (used by the fixed-seed slice
 * in spec/fuzz/*.spec.ts and by the long campaign, spec/fuzz/run.ts).
 *
 * A case takes the server side of a recorded QEMU trace, cut into segments
 * (segment 0 is what the server sends on connect, segment k what it sends
 * once it has read the client's k-th command), mutates it — lines duplicated,
 * dropped, swapped or moved across segments, junk lines injected, oversize and
 * endless lines, ids changed, bytes garbled, inserted or deleted, the stream
 * truncated, split into chunks at random points, the connection ended, dropped
 * or reset at a random point — and serves it to a real QmpSession over an
 * in-memory duplex pair (or a unix socket) while a driver sends the recorded
 * commands (one at a time or pipelined, with timeouts, aborts, event listeners
 * and waits). At the end the session is probed, closed or destroyed, and the
 * invariants are checked (see `checkCase`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { Duplex } from 'node:stream';
import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import { QmpSession } from '../../lib/qmp/session.js';
import { QmpBaseError, QmpError, QmpLimitError } from '../../lib/errors.js';
import { JsonStreamSplitter } from '../../lib/transport/json-stream.js';
import { connectSocket, listenOn } from '../../lib/transport/endpoint.js';
import { readTrace, type Trace } from '../../lib/trace/format.js';
import type { ReceivedEvent } from '../../lib/qmp/types.js';
import type { EventListener } from '../../lib/qmp/event-hub.js';

// ---------------------------------------------------------------------------
// Traces -> scripts

const root = path.resolve(import.meta.dirname, '../..');
export const TRACE_DIRS = [path.join(root, 'qmp-traces'), path.resolve(root, '../shared/qmp-traces-qemu72')];

export function traceFiles(dirs: string[] = TRACE_DIRS): string[] {
  return dirs
    .flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(d, f)) : []))
    .sort();
}

/** One server line: a message (sent as JSON) or a raw text. */
type Line = { msg: Record<string, unknown> } | { raw: string };

export interface Script {
  name: string;
  /** Commands the client sends, in order; commands[0] is qmp_capabilities (sent by the handshake). */
  commands: { execute: string; arguments?: Record<string, unknown> }[];
  /** segments[0]: sent on connect; segments[k]: sent once the k-th command (1-based) has been read. */
  segments: Line[][];
  /** The recorded answer to each command (index as commands), when there is one. */
  answers: (Record<string, unknown> | undefined)[];
  eventNames: string[];
}

/**
 * Cut a trace into segments between client commands, with the answers' ids
 * rewritten to the ids a QmpSession uses (1, 2, 3, ... in sending order).
 */
export function scriptOf(trace: Trace, name = trace.file ?? trace.header.scenario): Script {
  const commands: Script['commands'] = [];
  const segments: Line[][] = [[]];
  const idMap = new Map<string, number>();
  const eventNames = new Set<string>();
  for (const e of trace.entries) {
    if (e.dir === 'c2s') {
      const m = e.msg;
      if (!m || typeof m.execute !== 'string') continue; // a session cannot send raw or malformed lines
      commands.push({ execute: m.execute, ...(m.arguments !== undefined ? { arguments: m.arguments as Record<string, unknown> } : {}) });
      if ('id' in m) idMap.set(JSON.stringify(m.id), commands.length);
      segments.push([]);
      continue;
    }
    const seg = segments[segments.length - 1]!;
    if (!e.msg) {
      seg.push({ raw: e.raw ?? '' });
      continue;
    }
    let m = e.msg;
    if ('id' in m && ('return' in m || 'error' in m)) {
      const id = idMap.get(JSON.stringify(m.id));
      if (id !== undefined) m = { ...m, id };
    }
    if (typeof m.event === 'string') eventNames.add(m.event);
    seg.push({ msg: m });
  }
  const answers: Script['answers'] = commands.map((_c, k) => {
    for (const seg of segments) for (const l of seg) if ('msg' in l && l.msg.id === k + 1 && ('return' in l.msg || 'error' in l.msg)) return l.msg;
    return undefined;
  });
  return { name, commands, segments, answers, eventNames: [...eventNames].sort() };
}

export function loadScripts(files: string[] = traceFiles()): Script[] {
  return files.map((f) => scriptOf(readTrace(f), `${path.basename(path.dirname(f))}/${path.basename(f)}`));
}

// ---------------------------------------------------------------------------
// Cases

/** Junk a hostile or broken peer may send, as whole lines (no line end). */
export const JUNK: ((n: number) => string)[] = [
  (n) => `garbage ${n}`,
  () => '[]',
  () => '[1,2,3]',
  (n) => String(n),
  () => '"just a string"',
  () => 'null',
  () => 'true',
  () => '{',
  () => '}',
  () => '{"return":',
  () => '{"unknown":"kind"}',
  (n) => JSON.stringify({ return: {}, id: 1000 + n }),
  () => JSON.stringify({ return: {}, id: 'not-a-number' }),
  () => JSON.stringify({ return: {}, id: null }),
  () => JSON.stringify({ return: {} }),
  () => JSON.stringify({ error: { class: 'GenericError', desc: 'id-less error' } }),
  () => JSON.stringify({ error: null, id: 2 }),
  () => JSON.stringify({ error: 'text', id: 3 }),
  () => JSON.stringify({ error: { class: 5, desc: ['x'] }, id: 4 }),
  () => JSON.stringify({ event: 'BLOCK_JOB_COMPLETED' }),
  () => JSON.stringify({ event: 5, data: {} }),
  () => JSON.stringify({ event: 'BLOCK_JOB_COMPLETED', data: null, timestamp: null }),
  () => JSON.stringify({ event: 'JOB_STATUS_CHANGE', data: 'status' }),
  () => JSON.stringify({ event: 'JOB_STATUS_CHANGE', data: [1] }),
  () => JSON.stringify({ event: '', data: {} }),
  // Names an EventEmitter gives a meaning of its own.
  () => JSON.stringify({ event: 'close', data: {} }),
  () => JSON.stringify({ event: 'error', data: {} }),
  () => JSON.stringify({ event: 'state', data: {} }),
  () => JSON.stringify({ event: 'event', data: {} }),
  () => JSON.stringify({ event: 'newListener', data: {} }),
  () => JSON.stringify({ event: '__proto__', data: {} }),
  () => '{"__proto__":{"polluted":1},"event":"BLOCK_JOB_COMPLETED","data":{"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}}},"timestamp":{"seconds":1,"microseconds":2}}',
  (n) => `{"__proto__":{"polluted":4},"return":{"__proto__":{"polluted":5}},"id":${n % 8}}`,
  () => '{"constructor":{"prototype":{"polluted":6}},"return":{}}',
  () => JSON.stringify({ QMP: { version: { qemu: { micro: 0, minor: 0, major: 0 }, package: '' }, capabilities: 'oob' } }),
  () => JSON.stringify({ QMP: null }),
  () => ' \t ',
  () => '\r',
  () => '\u0000\u0001\u0002',
  () => '\ud800',
  () => '{"return":{},"id":1e400}',
  () => '{"return":{},"id":-0}',
  () => '{"return":{},"return":{},"id":2}',
];

export type LineOp =
  | { op: 'dup'; at: number }
  | { op: 'drop'; at: number }
  | { op: 'swap'; at: number }
  | { op: 'move'; from: number; to: number }
  | { op: 'junk'; at: number; kind: number; n: number }
  | { op: 'oversize'; at: number; extra: number; json: boolean }
  | { op: 'endless'; at: number; len: number }
  | { op: 'reid'; at: number; id: number | string | null | undefined }
  | { op: 'retype'; at: number; key: 'return' | 'error' | 'event' | 'data' | 'timestamp'; value: number };

export type ByteOp =
  | { op: 'garble'; pos: number; byte: number }
  | { op: 'insert'; pos: number; bytes: number[] }
  | { op: 'delete'; pos: number; len: number };

export interface CaseSpec {
  trace: number;
  lineOps: LineOp[];
  byteOps: ByteOp[];
  /** Chunking: one write per segment, per line, at the given cut points, or one byte at a time. */
  split: { mode: 'whole' } | { mode: 'lines' } | { mode: 'points'; points: number[] } | { mode: 'bytes' };
  /** Stop writing after this many bytes in all and do `end` then. */
  truncate: number | null;
  /** After the last segment (or the truncation): stay open, end (FIN), drop (destroy) or reset (error). */
  end: 'keep' | 'end' | 'drop' | 'reset';
  crlf: boolean;
  /** In-memory pair: deliver writes synchronously, or one setImmediate later. */
  delivery: 'sync' | 'immediate';
  transport: 'pair' | 'unix';
  maxMessageBytes: number;
  drive: {
    /** For each command, whether the driver waits for it to settle before sending the next. */
    waits: boolean[];
    timeouts: boolean;
    /** Abort command `cmd` once the server has read `after` commands. */
    aborts: { cmd: number; after: number }[];
    serialize: boolean;
    maxInFlight: number | null;
  };
  events: {
    listener: 'none' | 'fast' | 'slow';
    maxQueued: number;
    waits: { name: number; since: boolean; abortAfter: number | null }[];
    onNames: boolean;
  };
  final: 'probe' | 'close' | 'destroy' | 'destroyCause';
  /** Call handshake() only after the server's first segment has arrived. */
  lateHandshake?: boolean;
}

const nat = (max = 0x7fffffff): fc.Arbitrary<number> => fc.nat({ max });

const lineOpArb: fc.Arbitrary<LineOp> = fc.oneof(
  fc.record({ op: fc.constant('dup' as const), at: nat() }),
  fc.record({ op: fc.constant('drop' as const), at: nat() }),
  fc.record({ op: fc.constant('swap' as const), at: nat() }),
  fc.record({ op: fc.constant('move' as const), from: nat(), to: nat() }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('junk' as const), at: nat(), kind: nat(JUNK.length - 1), n: nat(1000) }) },
  fc.record({ op: fc.constant('oversize' as const), at: nat(), extra: nat(4096), json: fc.boolean() }),
  fc.record({ op: fc.constant('endless' as const), at: nat(), len: nat(140_000) }),
  fc.record({
    op: fc.constant('reid' as const),
    at: nat(),
    id: fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: -2, max: 40 }), fc.string({ maxLength: 4 })),
  }),
  fc.record({ op: fc.constant('retype' as const), at: nat(), key: fc.constantFrom('return', 'error', 'event', 'data', 'timestamp'), value: nat(5) }),
);

const byteOpArb: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant('garble' as const), pos: nat(), byte: nat(255) }),
  fc.record({ op: fc.constant('insert' as const), pos: nat(), bytes: fc.array(nat(255), { minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant('delete' as const), pos: nat(), len: fc.integer({ min: 1, max: 16 }) }),
);

export interface ArbOptions {
  /** Share of cases over a unix socket (0..1); the rest use an in-memory pair. */
  unix?: number;
}

export function caseArb(opts: ArbOptions = {}): fc.Arbitrary<CaseSpec> {
  const unixWeight = Math.round((opts.unix ?? 0) * 1000);
  const transport: fc.Arbitrary<'pair' | 'unix'> =
    unixWeight <= 0
      ? fc.constant('pair' as const)
      : unixWeight >= 1000
        ? fc.constant('unix' as const)
        : fc.oneof({ weight: 1000 - unixWeight, arbitrary: fc.constant('pair' as const) }, { weight: unixWeight, arbitrary: fc.constant('unix' as const) });
  return fc.record({
    trace: nat(),
    lineOps: fc.oneof({ weight: 1, arbitrary: fc.constant<LineOp[]>([]) }, { weight: 4, arbitrary: fc.array(lineOpArb, { minLength: 1, maxLength: 5 }) }),
    byteOps: fc.oneof({ weight: 3, arbitrary: fc.constant<ByteOp[]>([]) }, { weight: 2, arbitrary: fc.array(byteOpArb, { minLength: 1, maxLength: 4 }) }),
    split: fc.oneof(
      { weight: 2, arbitrary: fc.constant({ mode: 'whole' as const }) },
      { weight: 2, arbitrary: fc.constant({ mode: 'lines' as const }) },
      { weight: 4, arbitrary: fc.record({ mode: fc.constant('points' as const), points: fc.array(nat(), { maxLength: 24 }) }) },
      { weight: 1, arbitrary: fc.constant({ mode: 'bytes' as const }) },
    ),
    truncate: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: nat() }),
    end: fc.constantFrom('keep' as const, 'end' as const, 'drop' as const, 'reset' as const),
    crlf: fc.boolean(),
    delivery: fc.constantFrom('sync' as const, 'immediate' as const),
    transport,
    maxMessageBytes: fc.constantFrom(2048, 65536, 1 << 20),
    drive: fc.record({
      waits: fc.array(fc.boolean(), { maxLength: 40 }),
      timeouts: fc.boolean(),
      aborts: fc.oneof({ weight: 3, arbitrary: fc.constant<{ cmd: number; after: number }[]>([]) }, { weight: 1, arbitrary: fc.array(fc.record({ cmd: nat(40), after: nat(40) }), { maxLength: 3 }) }),
      serialize: fc.boolean(),
      maxInFlight: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) }),
    }),
    events: fc.record({
      listener: fc.constantFrom('none' as const, 'fast' as const, 'slow' as const),
      maxQueued: fc.integer({ min: 1, max: 64 }),
      waits: fc.array(fc.record({ name: nat(), since: fc.boolean(), abortAfter: fc.option(nat(40)) }), { maxLength: 3 }),
      onNames: fc.boolean(),
    }),
    final: fc.constantFrom('probe' as const, 'close' as const, 'destroy' as const, 'destroyCause' as const),
    lateHandshake: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  });
}

/** A case with no mutation at all: every command must get exactly its recorded answer. */
export function isClean(c: CaseSpec, script?: Script): boolean {
  return (
    (script === undefined || maxLine(script) < c.maxMessageBytes) &&
    c.lineOps.length === 0 &&
    c.byteOps.length === 0 &&
    c.truncate === null &&
    c.drive.aborts.length === 0 &&
    c.drive.maxInFlight === null &&
    c.transport === 'pair'
  );
}

function maxLine(script: Script): number {
  let max = 0;
  for (const seg of script.segments) for (const l of seg) max = Math.max(max, Buffer.byteLength('msg' in l ? JSON.stringify(l.msg) : l.raw) + 2);
  return max;
}

// ---------------------------------------------------------------------------
// Building the server's bytes

interface Plan {
  /** Bytes of each segment (after every mutation). */
  segments: Buffer[];
  /** Cut points of each segment, relative to it (sorted, inside it). */
  cuts: number[][];
}

function mutateLines(script: Script, c: CaseSpec): (Line | string)[][] {
  // Work on a flat list with segment markers so moves can cross segments.
  const segs: (Line | string)[][] = script.segments.map((s) => s.map((l) => ('msg' in l ? { msg: l.msg } : { raw: l.raw })));
  const flat = (): { s: number; i: number }[] => segs.flatMap((s, si) => s.map((_l, i) => ({ s: si, i })));
  const insertAt = (at: number, item: Line | string): void => {
    // a position among all lines (and after the last line of each segment)
    const total = segs.reduce((n, s) => n + s.length + 1, 0);
    let p = at % total;
    for (const s of segs) {
      if (p <= s.length) {
        s.splice(p, 0, item);
        return;
      }
      p -= s.length + 1;
    }
  };
  for (const op of c.lineOps) {
    const f = flat();
    switch (op.op) {
      case 'dup':
      case 'drop':
      case 'swap':
      case 'reid':
      case 'retype': {
        if (f.length === 0) break;
        const { s, i } = f[op.at % f.length]!;
        const item = segs[s]![i]!;
        if (op.op === 'dup') segs[s]!.splice(i, 0, typeof item === 'string' ? item : { ...item });
        else if (op.op === 'drop') segs[s]!.splice(i, 1);
        else if (op.op === 'swap') {
          const j = (op.at % f.length) + 1;
          if (j < f.length) {
            const b = f[j]!;
            const other = segs[b.s]![b.i]!;
            segs[b.s]![b.i] = item;
            segs[s]![i] = other;
          }
        } else if (typeof item !== 'string' && 'msg' in item) {
          const m: Record<string, unknown> = { ...item.msg };
          if (op.op === 'reid') {
            if (op.id === undefined) delete m.id;
            else m.id = op.id;
          } else {
            const values: unknown[] = [null, 0, 'text', [], {}, true];
            m[op.key] = values[op.value % values.length];
          }
          segs[s]![i] = { msg: m };
        }
        break;
      }
      case 'move': {
        if (f.length === 0) break;
        const { s, i } = f[op.from % f.length]!;
        const [item] = segs[s]!.splice(i, 1);
        insertAt(op.to, item!);
        break;
      }
      case 'junk':
        insertAt(op.at, { raw: JUNK[op.kind % JUNK.length]!(op.n) });
        break;
      case 'oversize': {
        const n = c.maxMessageBytes + 1 + op.extra;
        insertAt(op.at, op.json ? `{"return":"${'x'.repeat(n)}","id":1}` : 'y'.repeat(n));
        break;
      }
      case 'endless':
        // Text with no line end: it runs into whatever follows.
        insertAt(op.at, `\u0000${op.len}`);
        break;
    }
  }
  return segs;
}

export function buildPlan(script: Script, c: CaseSpec): Plan {
  const eol = c.crlf ? '\r\n' : '\n';
  const segs = mutateLines(script, c);
  const lineBufs: Buffer[][] = segs.map((s) =>
    s.map((l) => {
      if (typeof l === 'string') {
        if (l.startsWith('\u0000')) return Buffer.from('z'.repeat(Number(l.slice(1))));
        return Buffer.from(l + eol);
      }
      return Buffer.from(('msg' in l ? JSON.stringify(l.msg) : l.raw) + eol);
    }),
  );
  let segments = lineBufs.map((b) => Buffer.concat(b));
  // Byte operations on the whole stream, kept within segments.
  for (const op of c.byteOps) {
    const total = segments.reduce((n, b) => n + b.length, 0);
    if (total === 0) break;
    let p = op.pos % total;
    let s = 0;
    while (p >= segments[s]!.length) p -= segments[s++]!.length;
    const b = segments[s]!;
    if (op.op === 'garble') {
      const copy = Buffer.from(b);
      copy[p] = op.byte;
      segments[s] = copy;
    } else if (op.op === 'insert') segments[s] = Buffer.concat([b.subarray(0, p), Buffer.from(op.bytes), b.subarray(p)]);
    else segments[s] = Buffer.concat([b.subarray(0, p), b.subarray(Math.min(b.length, p + op.len))]);
    if (op.op !== 'garble') lineBufs[s] = [segments[s]!]; // line cuts no longer known
  }
  segments = segments.slice();
  const cuts = segments.map((b, s) => {
    switch (c.split.mode) {
      case 'whole':
        return [];
      case 'bytes':
        return b.length > 20_000 ? [] : Array.from({ length: Math.max(0, b.length - 1) }, (_x, i) => i + 1);
      case 'lines': {
        const out: number[] = [];
        let n = 0;
        for (const l of lineBufs[s]!.slice(0, -1)) out.push((n += l.length));
        return out.filter((x) => x > 0 && x < b.length);
      }
      case 'points':
        return b.length <= 1 ? [] : [...new Set(c.split.points.map((x) => 1 + (x % (b.length - 1))))].sort((x, y) => x - y);
    }
  });
  return { segments, cuts };
}

// ---------------------------------------------------------------------------
// Transport: an in-memory duplex pair

class PairEnd extends Duplex {
  peer!: PairEnd;
  constructor(private readonly delivery: 'sync' | 'immediate') {
    super({ allowHalfOpen: false });
  }
  private later(fn: () => void): void {
    if (this.delivery === 'sync') fn();
    else setImmediate(fn);
  }
  override _read(): void {}
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.later(() => {
      if (!this.peer.destroyed) this.peer.push(chunk);
    });
    cb();
  }
  override _final(cb: (err?: Error | null) => void): void {
    this.later(() => {
      if (!this.peer.destroyed) this.peer.push(null);
    });
    cb();
  }
  /** Close the connection as a peer sees it: EOF then close, or an error. */
  hangUp(err?: Error): void {
    this.later(() => {
      if (this.peer.destroyed) return;
      if (err) this.peer.destroy(err);
      else {
        this.peer.push(null);
        this.peer.destroy();
      }
    });
    this.destroy();
  }
  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    cb(err);
  }
}

export function duplexPair(delivery: 'sync' | 'immediate'): [PairEnd, PairEnd] {
  const a = new PairEnd(delivery);
  const b = new PairEnd(delivery);
  a.peer = b;
  b.peer = a;
  return [a, b];
}

// ---------------------------------------------------------------------------
// Timers: every setTimeout the library makes during a case is tracked.

export interface TimerTracker {
  live: Set<unknown>;
  restore(): void;
}

export function trackTimers(): TimerTracker {
  const live = new Set<unknown>();
  const origSet = globalThis.setTimeout;
  const origClear = globalThis.clearTimeout;
  const wrappedSet = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const t = origSet((...a: unknown[]) => {
      live.delete(t);
      fn(...a);
    }, ms, ...args);
    live.add(t);
    return t;
  }) as unknown as typeof setTimeout;
  const wrappedClear = ((t: NodeJS.Timeout | string | number | undefined) => {
    live.delete(t);
    origClear(t);
  }) as typeof clearTimeout;
  globalThis.setTimeout = wrappedSet;
  globalThis.clearTimeout = wrappedClear;
  return {
    live,
    restore() {
      globalThis.setTimeout = origSet;
      globalThis.clearTimeout = origClear;
    },
  };
}

// ---------------------------------------------------------------------------
// Running a case

export interface CaseResult {
  failures: string[];
  /** What happened, for statistics. */
  outcome: {
    handshake: 'ok' | string;
    closeCause: string;
    resolved: number;
    rejected: number;
    events: number;
    stuck: boolean;
  };
}

type Settled = { state: 'pending' } | { state: 'resolved'; value: unknown } | { state: 'rejected'; error: unknown };

function track<T>(p: Promise<T>, bump: () => void): { promise: Promise<void>; result: Settled } {
  const t: { promise: Promise<void>; result: Settled } = { promise: undefined as unknown as Promise<void>, result: { state: 'pending' } };
  t.promise = p.then(
    (value) => {
      t.result = { state: 'resolved', value };
      bump();
    },
    (error: unknown) => {
      t.result = { state: 'rejected', error };
      bump();
    },
  );
  return t;
}

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

let sockCounter = 0;

interface Conn {
  client: Duplex;
  server: Duplex;
  hangUp(err?: Error): void;
  cleanup(): Promise<void>;
}

async function openConn(c: CaseSpec): Promise<Conn> {
  if (c.transport === 'pair') {
    const [client, server] = duplexPair(c.delivery);
    return { client, server, hangUp: (err) => server.hangUp(err), cleanup: async () => undefined };
  }
  const sockPath = path.join(os.tmpdir(), `qmpblock-fuzz-${process.pid}-${++sockCounter}.sock`);
  const srv = net.createServer();
  const accepted = new Promise<net.Socket>((r) => srv.once('connection', r));
  await listenOn(srv, { path: sockPath });
  const client = await connectSocket({ path: sockPath });
  const server = await accepted;
  return {
    client,
    server,
    // resetAndDestroy() is for TCP only; a unix socket is just closed.
    hangUp: () => server.destroy(),
    cleanup: async () => {
      client.destroy();
      server.destroy();
      await new Promise<void>((r) => srv.close(() => r()));
    },
  };
}

export const ABORT_REASON = new Error('fuzz: caller aborted');

/**
 * Run one case and return the invariant violations found (empty when none).
 * Never throws for a library misbehaviour: everything is reported in `failures`.
 */
export async function runCase(scripts: Script[], c: CaseSpec): Promise<CaseResult> {
  const script = scripts[c.trace % scripts.length]!;
  const plan = buildPlan(script, c);
  const failures: string[] = [];
  const fail = (what: string): void => {
    if (failures.length < 20) failures.push(what);
  };
  let progress = 0;
  const bump = (): void => {
    progress++;
  };
  const timers = trackTimers();
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).join(',');
  let conn: Conn | undefined;
  const outcome: CaseResult['outcome'] = { handshake: 'pending', closeCause: '', resolved: 0, rejected: 0, events: 0, stuck: false };
  try {
    conn = await openConn(c);
    const { client, server } = conn;
    server.on('error', () => undefined);
    client.on('error', () => undefined); // the session has its own; this one keeps the harness quiet

    // --- server
    let written = 0;
    let received = 0;
    let serverGone = false;
    let commandsRead = 0;
    let echo = false;
    const truncate = c.truncate === null ? Infinity : c.truncate % (plan.segments.reduce((n, b) => n + b.length, 0) + 1);
    const onServerRead: (() => void)[] = [];
    const finishServer = (): void => {
      if (serverGone) return;
      serverGone = true;
      if (c.end === 'keep') return;
      if (c.end === 'end') server.end();
      else conn!.hangUp(c.end === 'reset' ? Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) : undefined);
    };
    const writeSegment = (k: number): void => {
      const seg = plan.segments[k];
      if (!seg || serverGone || server.destroyed || server.writableEnded) return;
      const cuts = plan.cuts[k]!;
      let from = 0;
      for (const to of [...cuts, seg.length]) {
        if (to <= from) continue;
        let piece = seg.subarray(from, to);
        if (written + piece.length > truncate) piece = piece.subarray(0, Math.max(0, truncate - written));
        if (piece.length > 0) {
          server.write(piece);
          written += piece.length;
          bump();
        }
        if (written >= truncate) {
          finishServer();
          return;
        }
        from = to;
      }
      if (k === plan.segments.length - 1) finishServer();
    };
    const splitter = new JsonStreamSplitter((text) => {
      bump();
      commandsRead++;
      for (const f of onServerRead) f();
      if (echo) {
        let id: unknown;
        try {
          id = (JSON.parse(text) as { id?: unknown }).id;
        } catch {
          id = undefined;
        }
        if (!server.destroyed && !server.writableEnded) server.write(JSON.stringify({ return: { echo: true }, id }) + '\r\n');
        return;
      }
      writeSegment(commandsRead);
    }, 1 << 24);
    server.on('data', (chunk: Buffer) => {
      bump();
      try {
        splitter.push(chunk);
      } catch (err) {
        fail(`the client sent something the server cannot read: ${(err as Error).message}`);
      }
    });
    server.on('end', () => {
      // A QEMU monitor closes its side when the client does.
      if (!server.destroyed && !server.writableEnded) server.end();
    });

    // --- client
    const maxQueued = c.events.maxQueued;
    const session = new QmpSession(client, {
      maxMessageBytes: c.maxMessageBytes,
      greetingTimeout: 3_600_000,
      serialize: c.drive.serialize,
      eventHistory: 16,
      ...(c.drive.maxInFlight !== null ? { maxInFlight: c.drive.maxInFlight } : {}),
    });
    const framer = (session as unknown as { framer: { buffered: number } }).framer;
    const hub = (session as unknown as { hub: { listenerCount: number; waiterCount: number } }).hub;
    let closeEvents = 0;
    let closedSeen = false;
    session.on('close', (cause) => {
      closeEvents++;
      closedSeen = true;
      if (cause !== undefined && !(cause instanceof QmpBaseError)) fail(`'close' emitted with a cause that is not a qmpblock error: ${String(cause)}`);
      bump();
    });
    session.on('state', (to, from) => {
      if (from === 'closed') fail(`session state went from closed to ${to}`);
    });
    client.on('data', (chunk: Buffer) => {
      received += chunk.length;
      bump();
      if (framer.buffered > c.maxMessageBytes) fail(`session holds ${framer.buffered} bytes of a line, over maxMessageBytes ${c.maxMessageBytes}`);
    });
    let listener: EventListener | undefined;
    session.on('event', (ev: ReceivedEvent) => {
      outcome.events++;
      bump();
      if (closedSeen) fail(`event ${String(ev.event)} delivered after close`);
      if (typeof ev.event !== 'string') fail('event delivered with a non-string name');
      if (typeof ev.data !== 'object' || ev.data === null) fail(`event ${ev.event} delivered with data ${JSON.stringify(ev.data)}`);
      if (listener && listener.pending > maxQueued) fail(`listener holds ${listener.pending} events, over maxQueued ${maxQueued}`);
    });
    if (c.events.onNames) {
      for (const n of script.eventNames) session.on(n, () => bump());
    }

    const calls: { name: string; t: { promise: Promise<void>; result: Settled }; abortable: boolean }[] = [];
    const controllers: AbortController[] = [];

    // Event consumers: read the listener to its end, noting how it ended.
    let consumer: Promise<void> | undefined;
    let consumerEnd: unknown = 'pending';
    const consume = async (l: EventListener): Promise<void> => {
      try {
        for await (const _ev of l) bump();
        consumerEnd = 'done';
      } catch (err) {
        consumerEnd = err;
      }
    };
    if (c.events.listener !== 'none') {
      listener = session.listen(undefined, undefined, { maxQueued });
      if (c.events.listener === 'fast') consumer = consume(listener);
    }
    const waits: { name: string; t: { promise: Promise<void>; result: Settled } }[] = [];
    const startWaits = (sinceOk: boolean): void => {
      for (const w of c.events.waits) {
        if (w.since !== sinceOk) continue;
        const names = script.eventNames.length ? script.eventNames : ['BLOCK_JOB_COMPLETED'];
        const name = names[w.name % names.length]!;
        const opts: { since?: number; signal?: AbortSignal; timeout?: number } = {};
        if (w.since) opts.since = 0;
        if (c.drive.timeouts) opts.timeout = 3_600_000;
        if (w.abortAfter !== null) {
          const ac = new AbortController();
          controllers.push(ac);
          opts.signal = ac.signal;
          const after = w.abortAfter;
          onServerRead.push(() => {
            if (commandsRead >= after) ac.abort(ABORT_REASON);
          });
        }
        let t: ReturnType<typeof track>;
        try {
          t = track(session.waitForEvent(name, undefined, opts), bump);
        } catch (err) {
          fail(`waitForEvent threw synchronously: ${String(err)}`);
          continue;
        }
        waits.push({ name, t });
      }
    };
    startWaits(false);

    // --- handshake, then the recorded commands
    let handshakeState: string | undefined;
    if (c.lateHandshake) {
      // The greeting (and whatever follows it) arrives before handshake() is called.
      server.resume();
      writeSegment(0);
      for (let i = 0; i < 3; i++) await turn();
    }
    const hs = track(
      session.handshake().then(() => {
        handshakeState = session.state;
      }),
      bump,
    );
    if (!c.lateHandshake) {
      server.resume();
      writeSegment(0);
    }
    let driverDone = false;
    const driver = (async () => {
      await hs.promise;
      if (hs.result.state !== 'resolved') return;
      startWaits(true);
      for (let k = 1; k < script.commands.length; k++) {
        const cmd = script.commands[k]!;
        const opts: { timeout?: number; signal?: AbortSignal } = {};
        if (c.drive.timeouts) opts.timeout = 3_600_000;
        let abortable = false;
        for (const a of c.drive.aborts) {
          if (a.cmd % script.commands.length !== k) continue;
          const ac = new AbortController();
          controllers.push(ac);
          opts.signal = ac.signal;
          abortable = true;
          onServerRead.push(() => {
            if (commandsRead >= a.after) ac.abort(ABORT_REASON);
          });
        }
        let t: ReturnType<typeof track>;
        try {
          t = track(session.execute(cmd.execute, cmd.arguments, opts), bump);
        } catch (err) {
          fail(`execute threw synchronously: ${String(err)}`);
          break;
        }
        calls.push({ name: cmd.execute, t, abortable });
        bump();
        if (c.drive.waits[k % Math.max(1, c.drive.waits.length)] ?? true) await t.promise;
        if (session.closed) {
          // One more after the close: it must be refused at once.
          const late = track(session.execute('query-status'), bump);
          calls.push({ name: 'query-status (after close)', t: late, abortable: false });
          await late.promise;
          break;
        }
      }
    })().finally(() => {
      driverDone = true;
      bump();
    });

    // Run until nothing moves any more.
    const settle = async (until: () => boolean): Promise<boolean> => {
      let last = -1;
      let still = 0;
      for (let i = 0; i < 200_000; i++) {
        if (until()) return true;
        await turn();
        const bytesIn = received >= written || session.closed || c.transport === 'pair';
        if (progress === last && bytesIn) {
          if (++still >= (c.transport === 'unix' ? 20 : 3)) return false;
        } else {
          still = 0;
          last = progress;
        }
      }
      fail('harness: the case never became quiet');
      return false;
    };
    const allSettled = (): boolean => driverDone && calls.every((x) => x.t.result.state !== 'pending');
    await settle(allSettled);
    outcome.stuck = !allSettled();

    // --- the end: probe the session, close it, or destroy it
    if (c.final === 'probe') {
      if (session.state === 'running') {
        echo = true;
        if (!server.destroyed && !server.writableEnded) server.write('\r\n');
        const inFlight = session.inFlight;
        const probe = track(session.execute('query-status'), bump);
        await settle(() => probe.result.state !== 'pending');
        const r = probe.result;
        // With serialize, the probe may wait in the queue behind a command whose answer was lost.
        const queued = c.drive.serialize && inFlight > 0;
        if (r.state === 'pending' && !queued) fail('a command sent on a running session never settled, though the server answers it');
        else if (r.state === 'resolved' && (session.state as string) !== 'running') fail(`probe resolved but the session is ${session.state}`);
        else if (r.state === 'rejected') {
          // With serialize, commands still queued count toward maxInFlight too.
          const limited = r.error instanceof QmpLimitError && c.drive.maxInFlight !== null && (inFlight >= c.drive.maxInFlight || (c.drive.serialize && inFlight > 0));
          if (!(r.error instanceof QmpBaseError)) fail(`probe rejected with a non-qmpblock error: ${String(r.error)}`);
          else if (!limited && (session.state as string) !== 'closed') fail(`probe rejected (${r.error.message}) but the session is still ${session.state}`);
        }
      }
      const closing = track(session.close(), bump);
      await settle(() => closing.result.state !== 'pending');
      if (closing.result.state === 'pending') fail('close() never resolved');
      else if (closing.result.state === 'rejected') fail(`close() rejected: ${String(closing.result.error)}`);
    } else if (c.final === 'close') {
      const closing = track(session.close(), bump);
      await settle(() => closing.result.state !== 'pending');
      if (closing.result.state === 'pending') fail('close() never resolved');
      else if (closing.result.state === 'rejected') fail(`close() rejected: ${String(closing.result.error)}`);
    } else {
      try {
        session.destroy(c.final === 'destroyCause' ? new QmpLimitError('fuzz: destroyed by the caller') : undefined);
      } catch (err) {
        fail(`destroy() threw: ${String(err)}`);
      }
    }
    if (listener && c.events.listener === 'slow') {
      // A slow consumer reads what was queued; it must end (cleanly or with the close cause).
      consumer = consume(listener);
    }
    let consumerDone = consumer === undefined;
    void consumer?.finally(() => (consumerDone = true));
    await settle(() => driverDone && consumerDone && calls.every((x) => x.t.result.state !== 'pending') && waits.every((w) => w.t.result.state !== 'pending'));

    // --- invariants
    if (!session.closed) fail(`session is ${session.state} after ${c.final}`);
    if (closeEvents !== 1) fail(`'close' emitted ${closeEvents} times`);
    const cause = session.closeCause;
    outcome.closeCause = cause === undefined ? 'eof' : cause instanceof QmpBaseError ? cause.code : 'foreign';
    if (cause !== undefined) {
      if (!(cause instanceof QmpBaseError)) fail(`session closed with a cause that is not a qmpblock error: ${String(cause)}`);
      else if (!cause.message) fail('session closed with an empty error message');
    }
    if (hs.result.state === 'pending') fail('handshake never settled');
    else if (hs.result.state === 'rejected') {
      const e = hs.result.error;
      outcome.handshake = e instanceof QmpBaseError ? e.code : 'foreign';
      if (!(e instanceof QmpBaseError)) fail(`handshake rejected with a non-qmpblock error: ${String(e)}`);
    } else {
      outcome.handshake = 'ok';
      if (handshakeState !== 'running') fail(`handshake resolved while the session was ${handshakeState}`);
    }
    if (!driverDone) fail('driver never finished after the session closed');
    for (const [i, call] of calls.entries()) {
      const r = call.t.result;
      if (r.state === 'pending') fail(`call #${i} ${call.name} never settled`);
      else if (r.state === 'resolved') outcome.resolved++;
      else {
        outcome.rejected++;
        if (r.error === ABORT_REASON && call.abortable) continue;
        if (!(r.error instanceof QmpBaseError)) fail(`call #${i} ${call.name} rejected with a non-qmpblock error: ${String(r.error)}`);
      }
    }
    for (const w of waits) {
      const r = w.t.result;
      if (r.state === 'pending') fail(`waitForEvent(${w.name}) never settled`);
      else if (r.state === 'resolved') {
        const ev = r.value as ReceivedEvent;
        if (ev.event !== w.name) fail(`waitForEvent(${w.name}) resolved with ${String(ev.event)}`);
      } else if (r.error !== ABORT_REASON && !(r.error instanceof QmpBaseError)) fail(`waitForEvent(${w.name}) rejected with a non-qmpblock error: ${String(r.error)}`);
    }
    if (consumer !== undefined) {
      if (!consumerDone) fail('event iterator never ended after close');
      else if (consumerEnd !== 'done' && !(consumerEnd instanceof QmpBaseError)) fail(`event iterator ended with a non-qmpblock error: ${String(consumerEnd)}`);
    }
    if (session.inFlight !== 0) fail(`${session.inFlight} commands still in flight after close`);
    if (hub.listenerCount !== 0) fail(`${hub.listenerCount} event listeners left after close`);
    if (hub.waiterCount !== 0) fail(`${hub.waiterCount} event waiters left after close`);
    for (const ac of controllers) {
      const n = getEventListeners(ac.signal, 'abort').length;
      if (n !== 0) fail(`${n} abort listeners left on a caller's signal`);
    }
    if (timers.live.size !== 0) fail(`${timers.live.size} timers left running after close`);
    if (Object.getOwnPropertyNames(Object.prototype).join(',') !== protoBefore || ({} as Record<string, unknown>).polluted !== undefined) {
      fail('Object.prototype was changed');
    }
    // Clean cases: every command got exactly what QEMU answered.
    const cleanCase = failures.length === 0 && isClean(c, script) && (c.end === 'keep' || c.end === 'end');
    if (cleanCase && hs.result.state !== 'resolved') fail(`clean replay: the handshake did not succeed (${hs.result.state === 'rejected' ? String(hs.result.error) : 'pending'})`);
    if (cleanCase && hs.result.state === 'resolved') {
      for (let k = 1; k < script.commands.length && k - 1 < calls.length; k++) {
        const call = calls[k - 1]!;
        const ans = script.answers[k];
        const r = call.t.result;
        if (!ans) continue;
        if (r.state === 'rejected' && !(r.error instanceof QmpError) && !ans.error) {
          // The connection may be dropped by `end` only after the last segment; anything earlier is wrong.
          fail(`clean replay: ${call.name} rejected with ${String(r.error)}, recorded ${JSON.stringify(ans).slice(0, 80)}`);
        } else if (r.state === 'resolved' && JSON.stringify(r.value) !== JSON.stringify(ans.return)) {
          fail(`clean replay: ${call.name} resolved with something else than recorded`);
        } else if (r.state === 'rejected' && r.error instanceof QmpError) {
          const e = ans.error as { class?: string } | undefined;
          if (!e || e.class !== r.error.errorClass) fail(`clean replay: ${call.name} got ${r.error.message}, recorded ${JSON.stringify(ans).slice(0, 80)}`);
        }
      }
    }
  } catch (err) {
    fail(`exception escaped: ${(err as Error)?.stack ?? String(err)}`);
  } finally {
    timers.restore();
    await conn?.cleanup();
  }
  return { failures, outcome };
}

/** The property: a case passes when no invariant is violated. */
export function sessionProperty(scripts: Script[], opts: ArbOptions = {}, onCase?: (c: CaseSpec, r: CaseResult) => void): fc.IAsyncPropertyWithHooks<[CaseSpec]> {
  return fc.asyncProperty(caseArb(opts), async (c) => {
    const r = await runCase(scripts, c);
    onCase?.(c, r);
    if (r.failures.length) throw new Error(r.failures.join('\n'));
  });
}
