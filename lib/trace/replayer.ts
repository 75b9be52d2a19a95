/**
 * Serves a recorded trace as a QMP server (trace-format.md, "Replay
 * semantics"): sends the recorded greeting, then for each recorded client
 * message waits for the client's next one, compares it (ids never, lenient
 * keys not), answers with the client's own id, and sends the recorded server
 * messages that follow with their recorded spacing times `speed` (0: no
 * waiting). A mismatch is answered with a GenericError "trace mismatch: ..."
 * and reported to the owner; the trace does not advance past it.
 * Each connection replays the trace from its start.
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { listenOn, parseEndpoint, type Endpoint } from '../transport/endpoint.js';
import { JsonStreamSplitter } from '../transport/json-stream.js';
import { compareCommand } from './compare.js';
import { checkEntry, checkHeader, readTrace, TraceFormatError, type Trace, type TraceEntry } from './format.js';
import { logger } from '../log.js';
import { asciiJson } from '../transport/ascii-json.js';
import { parseExactJson } from '../transport/exact-parse.js';

const log = logger('trace');

export interface ReplayOptions {
  /** Where to listen; default a fresh unix socket in the temp folder. */
  listen?: Endpoint | string;
  /** Multiplier of the recorded spacing: 1 = as recorded, 0 = as fast as possible. Default 1. */
  speed?: number;
  /** Argument keys ignored when comparing (file paths, speeds), at any depth. */
  lenient?: string[];
}

export interface ReplayMismatch {
  trace: string;
  /** line of the recorded message in the trace file */
  line: number | undefined;
  /** undefined: the client sent this after the trace had ended */
  expected: TraceEntry | undefined;
  got: string;
  diff: string;
}

export interface ReplayResult {
  trace: string;
  /** every recorded message was consumed or sent */
  complete: boolean;
  consumed: number;
  total: number;
  mismatches: ReplayMismatch[];
  /** messages the client sent after the trace had ended */
  extra: number;
  /** Line in the trace file of the first message not reached, when the replay stopped short. */
  nextLine?: number;
}

type ReplayEvents = { mismatch: [ReplayMismatch]; done: [ReplayResult]; error: [Error] };

export class ReplayServer extends EventEmitter<ReplayEvents> {
  endpoint!: Endpoint;
  readonly results: ReplayResult[] = [];
  private readonly sockets = new Set<net.Socket>();
  private readonly waiters: ((r: ReplayResult) => void)[] = [];
  private readonly lenient: ReadonlySet<string>;
  private readonly name: string;

  constructor(private readonly server: net.Server, readonly trace: Trace, private readonly opts: ReplayOptions) {
    super();
    const lenient = opts.lenient as unknown;
    // A string would be taken letter by letter as key names.
    if (lenient !== undefined && (!Array.isArray(lenient) || !lenient.every((k) => typeof k === 'string'))) {
      throw new TypeError(`replay lenient must be an array of argument key names, got ${JSON.stringify(lenient) ?? String(lenient)}`);
    }
    this.lenient = new Set(opts.lenient ?? []);
    this.name = trace.file ?? trace.header.scenario;
  }

  /** Resolves with the result of the next connection to finish. */
  nextResult(): Promise<ReplayResult> {
    return new Promise((r) => this.waiters.push(r));
  }

  /** @internal */
  serve(sock: net.Socket): void {
    this.sockets.add(sock);
    const entries = this.trace.entries;
    const speed = this.opts.speed ?? 1;
    const result: ReplayResult = { trace: this.name, complete: false, consumed: 0, total: entries.length, mismatches: [], extra: 0 };
    const inbox: { text: string; msg: unknown }[] = [];
    let wake: (() => void) | undefined;
    // `ended`: the client sent its EOF (it may still read: the answers due to
    // what it sent go out, then the replayer closes). `closed`: it is gone.
    let ended = false;
    let closed = false;
    // Recorded id → the client's ids of the matched commands that had it, oldest
    // first: a recording may hold two commands in flight with one id.
    const idMap = new Map<string, unknown[]>();
    // Each client message read once, its 64-bit integers exact (compared and echoed as written).
    const splitter = new JsonStreamSplitter((text) => {
      let msg: unknown;
      try {
        msg = parseExactJson(text);
      } catch {
        msg = undefined;
      }
      inbox.push({ text, msg });
      const w = wake;
      wake = undefined;
      w?.();
    });
    let refused = false;
    // What the client sent last, cut off by its leaving, is one more message
    // to match (a recorder keeps it as a raw line).
    const takeCutOff = (): void => {
      const rest = refused ? undefined : splitter.takeUnfinished();
      if (rest !== undefined && rest.trim() !== '') inbox.push({ text: rest, msg: undefined });
    };
    sock.on('data', (chunk: Buffer) => {
      if (refused) return;
      try {
        splitter.push(chunk);
      } catch (err) {
        // A message over the size limit: said to the client and to whoever
        // watches the replay, as a mismatch; then the conversation ends.
        refused = true;
        const diff = `the client's input: ${(err as Error).message}`;
        log.enabled && log('%s: %s', this.name, diff);
        // Against the command the trace waits for next (the entry at `consumed` may be an answer still going out).
        const waitedFor = entries.slice(result.consumed).find((x) => x.dir === 'c2s');
        const mm: ReplayMismatch = { trace: this.name, line: waitedFor?.line, expected: waitedFor, got: '', diff };
        result.mismatches.push(mm);
        this.emit('mismatch', mm);
        out += `${asciiJson({ error: { class: 'GenericError', desc: `trace mismatch: ${diff}` } })}\r\n`;
        flush();
        ended = true;
        wakeUp();
      }
    });
    // Ends a recorded wait early: the client has ended its side, or is gone.
    let cutWait: (() => void) | undefined;
    const wakeUp = (): void => {
      const w = wake;
      wake = undefined;
      w?.();
      cutWait?.();
    };
    const onGone = (): void => {
      // A client that reset the connection mid-command: what it sent is matched too (as on 'end').
      if (!ended && !closed) takeCutOff();
      closed = true;
      wakeUp();
    };
    sock.on('end', () => {
      takeCutOff();
      ended = true;
      wakeUp();
    });
    sock.on('close', onGone);
    sock.on('error', onGone);

    const next = async (): Promise<{ text: string; msg: unknown } | undefined> => {
      while (inbox.length === 0) {
        if (closed || ended) return undefined;
        await new Promise<void>((r) => (wake = r));
      }
      return inbox.shift();
    };
    let out = '';
    // Back-pressure: a client that does not read its answers is not read
    // from either, so the answers it makes us hold stay bounded.
    let paused = false;
    const flush = (): void => {
      if (out && !closed && !sock.write(out) && !paused) {
        paused = true;
        sock.pause();
        sock.once('drain', () => {
          paused = false;
          sock.resume();
        });
      }
      out = '';
    };
    const send = (m: Record<string, unknown>): void => {
      // As QEMU writes it (ASCII, \uXXXX escapes), not as the trace parsed it.
      out += asciiJson(m) + '\r\n';
      if (out.length > 65536) flush();
    };
    // The client's id as it wrote it: a 64-bit one too is echoed digit for digit, as QEMU does.
    const clientId = (got: { text: string; msg: unknown }): unknown => (got.msg && typeof got.msg === 'object' ? (got.msg as { id?: unknown }).id : undefined);
    // The client's ids of matched commands recorded without one, in order: QEMU
    // answers in command order, so each recorded answer without an id takes the next.
    // A raw line's answer (a parse error) has no id, whatever Node reads in it.
    const noIdQueue: unknown[] = [];

    const run = async (): Promise<void> => {
      let anchorWall = performance.now();
      let anchorT = entries[0]?.t ?? 0;
      let lastWasQuit = false;
      for (let pos = 0; pos < entries.length; ) {
        const e = entries[pos]!;
        if (e.dir === 's2c') {
          if (speed > 0) {
            const due = anchorWall + (e.t - anchorT) * speed - performance.now();
            // A client that has ended its side sends nothing more: what the
            // trace has for it goes out without the recorded waits (which may
            // be long, and would keep a gone client's replay open).
            if (due > 1 && !ended) {
              flush();
              await sleep(due, (cut) => (cutWait = cut));
              cutWait = undefined;
            }
          }
          if (closed) break;
          if (e.msg) {
            let m = e.exact ?? e.msg;
            if ('id' in m && ('return' in m || 'error' in m)) {
              const key = JSON.stringify(e.msg.id);
              const waiting = idMap.get(key);
              if (waiting !== undefined && waiting.length > 0) {
                const cid = waiting.shift();
                const { id: _old, ...rest } = m;
                m = cid === undefined ? rest : { ...rest, id: cid };
              }
            } else if ('return' in m || 'error' in m) {
              const cid = noIdQueue.shift();
              if (cid !== undefined && cid !== RAW_LINE) m = { ...m, id: cid };
            }
            send(m);
          } else {
            out += e.raw + '\r\n';
          }
          result.consumed = ++pos;
          continue;
        }
        flush();
        const got = await next();
        if (!got) break;
        // A raw line of several tokens (from a recorder that reads lines): the
        // client's copy of it comes in as one message per token, as QEMU reads it.
        const tokens = e.raw !== undefined ? rawTokens(e.raw) : undefined;
        if (tokens !== undefined && tokens.length > 1 && got.text === tokens[0]) {
          const texts = [got.text];
          while (texts.length < tokens.length && texts[texts.length - 1] === tokens[texts.length - 1]) {
            const more = await next();
            if (!more) break;
            texts.push(more.text);
          }
          // Token by token: the spaces between them are not the client's to match.
          got.text = texts.length === tokens.length && texts.every((t, i) => t === tokens[i]) ? e.raw! : texts.join(' ');
          got.msg = undefined;
        }
        // 64-bit integers compared as written, not as the doubles JSON.parse rounds them to.
        let diff = compareCommand(e.exact !== undefined ? { msg: e.exact } : e, { text: got.text, msg: got.msg }, this.lenient);
        // Raw lines a recorder wrote as the client sent them (a command cut in
        // two writes, then a byte QEMU refuses) are read as one text here.
        const joined = diff !== undefined ? rawRun(entries, pos, got.text) : 0;
        if (joined > 0) {
          diff = undefined;
          pos += joined;
        }
        if (diff !== undefined) {
          const mm: ReplayMismatch = { trace: this.name, line: e.line, expected: e, got: got.text, diff };
          result.mismatches.push(mm);
          log.enabled && log('%s:%s mismatch: %s', this.name, e.line, diff);
          this.emit('mismatch', mm);
          const cid = clientId(got);
          send({ error: { class: 'GenericError', desc: `trace mismatch: ${path.basename(this.name)}:${e.line ?? '?'}: ${diff}` }, ...(cid !== undefined ? { id: cid } : {}) });
          flush();
          continue;
        }
        if (e.msg && 'id' in e.msg) {
          const key = JSON.stringify(e.msg.id);
          const waiting = idMap.get(key);
          if (waiting === undefined) idMap.set(key, [clientId(got)]);
          else waiting.push(clientId(got));
        }
        else noIdQueue.push(e.raw !== undefined ? RAW_LINE : clientId(got));
        lastWasQuit = e.msg?.execute === 'quit';
        anchorWall = performance.now();
        anchorT = e.t;
        result.consumed = ++pos;
      }
      flush();
      result.complete = result.consumed === entries.length && result.mismatches.length === 0;
      const nextLine = entries[result.consumed]?.line;
      if (nextLine !== undefined) result.nextLine = nextLine;
      if (!closed && lastWasQuit) {
        // QEMU closes the connection after answering quit.
        sock.end();
      } else {
        // Past the end of the trace: anything more is a mismatch.
        for (;;) {
          const got = await next();
          if (!got) break;
          result.extra++;
          const diff = `the trace has ended, got ${got.text.slice(0, 100)}`;
          const mm: ReplayMismatch = { trace: this.name, line: undefined, expected: undefined, got: got.text, diff };
          result.mismatches.push(mm);
          result.complete = false;
          log.enabled && log('%s: mismatch: %s', this.name, diff);
          this.emit('mismatch', mm);
          const cid = clientId(got);
          send({ error: { class: 'GenericError', desc: `trace mismatch: ${diff}` }, ...(cid !== undefined ? { id: cid } : {}) });
          flush();
        }
        // The client has ended its side: what was due to it has gone out.
        if (!closed) sock.end();
      }
    };
    run()
      .catch((err: Error) => {
        log.enabled && log('%s: replay failed: %s', this.name, err.message);
        // The conversation cannot go on: the client gets its EOF rather than
        // silence, and close() is not left waiting for this connection.
        sock.destroy();
        this.emit('error', err);
      })
      .finally(() => {
        this.sockets.delete(sock);
        this.results.push(result);
        this.emit('done', result);
        for (const w of this.waiters.splice(0)) w(result);
      });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** Marks, in the queue of ids for answers recorded without one, a raw line's place. */
const RAW_LINE = Symbol('raw line');

/**
 * How many raw c2s entries after `pos` (with no server message between)
 * make up `text` together with the one at `pos`, joined by white space as
 * sent (each line and its line end); 0 if none do.
 */
function rawRun(entries: readonly TraceEntry[], pos: number, text: string): number {
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
  };
  for (let j = pos; j < entries.length && entries[j]!.dir === 'c2s' && entries[j]!.raw !== undefined; j++) {
    skipSpace();
    const part = entries[j]!.raw!.trim();
    if (!text.startsWith(part, at)) return 0;
    at += part.length;
    skipSpace();
    if (j > pos && at === text.length) return j - pos;
  }
  return 0;
}

/** The messages a raw line is read as, server side (JsonStreamSplitter: junk splits at spaces). */
function rawTokens(raw: string): string[] {
  const out: string[] = [];
  new JsonStreamSplitter((t) => out.push(t)).push(Buffer.from(raw + '\n'));
  return out;
}

/** Node's timers hold at most 2^31 - 1 ms (~24.8 days); a longer gap in a trace is waited in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Wait `ms`; `onCut` receives a function that ends the wait at once. */
async function sleep(ms: number, onCut: (cut: () => void) => void): Promise<void> {
  let cut = false;
  let timer: NodeJS.Timeout | undefined;
  let resolveStep: (() => void) | undefined;
  onCut(() => {
    cut = true;
    clearTimeout(timer);
    resolveStep?.();
  });
  while (ms > 0 && !cut) {
    const step = Math.min(ms, MAX_TIMER_MS);
    await new Promise<void>((r) => {
      resolveStep = r;
      timer = setTimeout(r, step);
    });
    ms -= step;
  }
}

let counter = 0;
function defaultSocketPath(): string {
  return path.join(os.tmpdir(), `qmpblock-replay-${process.pid}-${++counter}.sock`);
}

/** A Trace made by the caller, held to the rules a trace file is read by. */
function checkedTrace(trace: Trace): Trace {
  if (trace === null || typeof trace !== 'object' || trace.header === null || typeof trace.header !== 'object' || !Array.isArray(trace.entries)) {
    throw new TraceFormatError('a trace needs a header object and an array of entries');
  }
  checkHeader(trace.header as unknown as Record<string, unknown>, trace.file ?? 'trace');
  trace.entries.forEach((e, i) => {
    const where = `${trace.file ?? 'trace'}: entry ${i + 1}${e?.line !== undefined ? ` (line ${e.line})` : ''}`;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) throw new TraceFormatError(`${where}: not an object`);
    checkEntry(e as unknown as Record<string, unknown>, where);
  });
  return trace;
}

/** Library entry point: serve `trace` (a Trace or a file path) until `close()`. */
export async function replayTrace(trace: Trace | string, opts: ReplayOptions = {}): Promise<ReplayServer> {
  const speed = opts.speed as unknown;
  if (speed !== undefined && (typeof speed !== 'number' || !Number.isFinite(speed) || speed < 0)) {
    throw new RangeError(`replay speed must be a finite number >= 0 (0: no waiting), got ${String(speed)}`);
  }
  const t = typeof trace === 'string' ? readTrace(trace) : checkedTrace(trace);
  // Half-open: a client that ends its side after its commands still gets the answers.
  const server = net.createServer({ allowHalfOpen: true });
  const rs = new ReplayServer(server, t, opts);
  server.on('connection', (sock) => rs.serve(sock));
  const ep = opts.listen === undefined ? { path: defaultSocketPath() } : typeof opts.listen === 'string' ? parseEndpoint(opts.listen) : opts.listen;
  rs.endpoint = await listenOn(server, ep);
  return rs;
}
