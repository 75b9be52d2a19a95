/**
 * A QMP client session over one stream: reads the greeting, negotiates
 * capabilities, then multiplexes commands (matched to answers by id, many in
 * flight at once) and events. Knows QMP framing rules but nothing of block
 * jobs. Wire traffic is logged under `qmpblock:wire`.
 *
 * Routing rules (qmp-spec.rst, "Server to client"):
 * - `event` key: an asynchronous event, never an answer;
 * - `return`/`error` with a known id: that command's answer;
 * - `error` with no id: QEMU could not parse the request far enough to read
 *   its id, so it belongs to the oldest command in flight;
 * - an answer with an unknown id (or one whose caller gave up) is counted,
 *   logged and dropped.
 */
import type { EventEmitter } from 'node:events';
import { IsolatedEmitter } from '../isolated-emitter.js';
import type { Duplex } from 'node:stream';
import PQueue from 'p-queue';
import {
  QmpConnectError,
  QmpDisconnectedError,
  QmpError,
  QmpLimitError,
  QmpProtocolError,
  QmpStateError,
  QmpTimeoutError,
} from '../errors.js';
import { clip, logger } from '../log.js';
import { exactJson } from '../transport/exact-json.js';
import { checkLimit } from '../transport/limits.js';
import { LineFramer, DEFAULT_MAX_MESSAGE_BYTES } from '../transport/line-framer.js';
import { SocketFeed } from '../transport/socket-feed.js';
import { TapBatches, type WireTap } from './wire-tap.js';
import { EarlyAnswerReader } from './early-answer.js';
import { connectSocket, toEndpoint, formatEndpoint, type Endpoint } from '../transport/endpoint.js';
import { armsTimer, checkTimeout } from './timeouts.js';
import { EventHub, type EventListener, type ListenOptions } from './event-hub.js';
import type {
  ExecuteOptions,
  JsonObject,
  QmpGreeting,
  QmpMonitor,
  ReceivedEvent,
  WaitForEventOptions,
} from './types.js';

const wireLog = logger('wire');

/** Commands gathered in one turn are written once they reach this size (see write()). */
const WRITE_BATCH_CHARS = 1024;

/** Event names seen so far, each kept as one string (see onEvent); bounded. */
const eventNames = new Map<string, string>();
const MAX_EVENT_NAMES = 1024;
/** Ids of commands whose callers gave up, remembered so their late answers are dropped quietly. */
const MAX_ABANDONED = 4096;
const RESERVED_NAMES: ReadonlySet<string> = new Set(['event', 'close', 'state', 'error', 'newListener', 'removeListener']);
let lastName = '';
/** Whether lastName is one of RESERVED_NAMES (looked up once per new name, not per event). */
let lastReserved = false;
const sessionLog = logger('session');

export type SessionState = 'greeting' | 'negotiating' | 'running' | 'closing' | 'closed';

export interface SessionOptions {
  /** Milliseconds to wait for the greeting and the capabilities answer together. Default 10 s; 0: no limit. */
  greetingTimeout?: number;
  /** Default per-command timeout in ms (none by default: block jobs can take long); 0: none. */
  commandTimeout?: number;
  /** Ask for out-of-band execution when the server offers it. */
  oob?: boolean;
  /** Largest message accepted from the peer, in bytes. Default 64 MiB. */
  maxMessageBytes?: number;
  /** Largest number of commands in flight; more are refused with QmpLimitError. Default 4096. */
  maxInFlight?: number;
  /** Send one command at a time (p-queue, concurrency 1) instead of pipelining. */
  serialize?: boolean;
  /** Events remembered for `waitForEvent(..., { since })`. Default 1024. */
  eventHistory?: number;
  /** Name used in log lines. */
  name?: string;
  /** Sees every message from the first (the greeting) on; see WireTap. */
  tap?: WireTap;
}

export interface ConnectTargetOptions extends SessionOptions {
  /** Milliseconds to wait for the socket to connect. Default 10 s. */
  connectTimeout?: number;
  signal?: AbortSignal;
}

export type { WireTap } from './wire-tap.js';

interface Pending {
  id: number;
  command: string;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

export interface SessionStats {
  sent: number;
  answered: number;
  events: number;
  /** Answers whose id matched no command in flight (or one the caller gave up on). */
  unknownAnswers: number;
}

/**
 * The session's events: `event` (every QMP event), `close` (with the cause),
 * `state` (new, old), each QMP event under its own name, and `error`: what
 * one of these listeners threw (IsolatedEmitter; the session goes on).
 */
type QmpEventListener = (ev: ReceivedEvent) => void;
type CloseListener = (cause: Error | undefined) => void;
type StateListener = (state: SessionState, old: SessionState) => void;
type ErrorListener = (err: unknown) => void;

// Typed overloads over the untyped emitter: QMP event names are open-ended.
export interface QmpSession {
  on(event: 'event', listener: QmpEventListener): this;
  on(event: 'close', listener: CloseListener): this;
  on(event: 'state', listener: StateListener): this;
  on(event: 'error', listener: ErrorListener): this;
  on(event: string, listener: QmpEventListener): this;
  once(event: 'event', listener: QmpEventListener): this;
  once(event: 'close', listener: CloseListener): this;
  once(event: 'state', listener: StateListener): this;
  once(event: 'error', listener: ErrorListener): this;
  once(event: string, listener: QmpEventListener): this;
  off(event: 'event', listener: QmpEventListener): this;
  off(event: 'close', listener: CloseListener): this;
  off(event: 'state', listener: StateListener): this;
  off(event: 'error', listener: ErrorListener): this;
  off(event: string, listener: QmpEventListener): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed overloads above
export class QmpSession extends IsolatedEmitter implements QmpMonitor {
  state: SessionState = 'greeting';
  greeting: QmpGreeting['QMP'] | undefined;
  /** Capabilities enabled by negotiation. */
  enabled: string[] = [];
  readonly stats: SessionStats = { sent: 0, answered: 0, events: 0, unknownAnswers: 0 };
  closeCause: Error | undefined;
  tap: WireTap | undefined;
  /**
   * The socket connect() opened (undefined for a session over a stream it
   * was given): a unix path as given, a TCP peer by the address and port it
   * reached, so that every name of one host gives one VM key.
   */
  endpoint: Endpoint | undefined;

  private readonly framer: LineFramer;
  /** Whether wire logging is on, as of the chunk being handled. */
  private wireOn = false;
  /** Hands a batch tap whole received chunks. */
  private readonly batches: TapBatches;
  private readonly hub: EventHub;
  private readonly pending = new Map<number, Pending>();
  /** ids of commands whose caller stopped waiting; their answers are dropped quietly */
  private readonly abandoned = new Set<number>();
  private nextId = 1;
  private readonly queue: PQueue | undefined;
  private readonly opts: SessionOptions;
  private greetingWaiter: { resolve: () => void; reject: (e: Error) => void } | undefined;
  private readonly closedPromise: Promise<void>;
  private resolveClosed!: () => void;
  private readonly log: typeof sessionLog;

  /**
   * `feed`: set by connect(), for a socket it opened with the feed's
   * `onread`, whose bytes then come through the feed, not as 'data' events.
   */
  constructor(private readonly stream: Duplex, opts: SessionOptions = {}, feed?: SocketFeed) {
    super();
    checkLimit(opts.maxInFlight, 'maxInFlight');
    this.trackEventListeners();
    this.opts = opts;
    this.tap = opts.tap;
    // The stream is connected by now: the tap's clock starts with the connection.
    this.tap?.opened?.();
    this.log = opts.name ? sessionLog.extend(opts.name) : sessionLog;
    this.framer = new LineFramer((line) => this.onLine(line), opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
    this.batches = new TapBatches(this);
    this.framer.observer = this.batches;
    // A long answer is parsed as it arrives, unless a tap or the wire log
    // wants its text; delivered as onLine would deliver it.
    this.framer.longLines = new EarlyAnswerReader(
      () => this.tap === undefined && !this.wireOn && this.greeting !== undefined && this.state !== 'closed',
      (msg) => this.onAnswer(msg),
    );
    this.hub = new EventHub(opts.eventHistory ?? 1024);
    if (opts.serialize) this.queue = new PQueue({ concurrency: 1 });
    this.closedPromise = new Promise((r) => (this.resolveClosed = r));
    if (feed === undefined) stream.on('data', (chunk: Buffer) => this.receive(chunk.length, chunk));
    else {
      // Arrows in argument position: a bundler that keeps function names
      // (tsx does) gives each named closure a property store of its own.
      feed.attach(() => this.framer.readBuffer(), (n, at) => this.receive(n, at));
    }
    stream.on('error', (err) => this.fail(new QmpDisconnectedError(`QMP connection error: ${err.message}`, undefined, { cause: err })));
    stream.on('close', () => this.finish(undefined));
    stream.on('end', () => {
      // The peer closed its side: nothing more will be answered.
      this.finish(undefined);
    });
  }

  /** `n` received bytes at the start of `at`: a 'data' chunk, or a read into the framer's memory (see SocketFeed). */
  private receive(n: number, at: Uint8Array): void {
    // Read once per chunk: `enabled` is a getter, and this runs per line.
    this.wireOn = wireLog.enabled;
    try {
      this.framer.received(n, at);
    } catch (err) {
      this.fail(err as Error);
    }
  }

  /** Connect to `{ path }`, `{ host, port }` or a URI and complete the handshake. */
  static async connect(target: Endpoint | string, opts: ConnectTargetOptions = {}): Promise<QmpSession> {
    const ep = toEndpoint(target);
    checkTimeout(opts.connectTimeout, 'connectTimeout');
    checkTimeout(opts.greetingTimeout, 'greetingTimeout');
    checkTimeout(opts.commandTimeout, 'commandTimeout');
    checkLimit(opts.maxMessageBytes, 'maxMessageBytes');
    checkLimit(opts.maxInFlight, 'maxInFlight');
    // Reads land in the framer's memory: no Buffer per read, and a long
    // answer is read in place instead of joined from its chunks.
    const feed = new SocketFeed();
    const sock = await connectSocket(ep, { timeout: opts.connectTimeout, signal: opts.signal, onread: feed.onread });
    const session = new QmpSession(sock, { name: formatEndpoint(ep), ...opts }, feed);
    session.endpoint = 'path' in ep || sock.remoteAddress === undefined ? ep : { host: sock.remoteAddress, port: sock.remotePort ?? ep.port };
    try {
      await session.handshake(opts.signal);
    } catch (err) {
      session.destroy();
      throw err;
    }
    return session;
  }

  /** Wait for the greeting, then negotiate capabilities. */
  async handshake(signal?: AbortSignal): Promise<void> {
    if (this.state !== 'greeting') throw new QmpStateError(this.state, 'greeting');
    const timeout = this.opts.greetingTimeout ?? 10_000;
    // One deadline for the greeting and the capabilities answer together.
    const deadline = performance.now() + timeout;
    // The greeting may have come before handshake() was called.
    if (this.greeting === undefined) await new Promise<void>((resolve, reject) => {
      const timer = armsTimer(timeout)
        ? setTimeout(() => reject(new QmpConnectError(`no QMP greeting within ${timeout} ms (QEMU greets one client at a time on a monitor socket: is another one connected?)`)), timeout)
        : undefined;
      const onAbort = (): void => reject(new QmpConnectError('QMP handshake aborted', { cause: signal?.reason }));
      signal?.addEventListener('abort', onAbort, { once: true });
      this.greetingWaiter = {
        resolve: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        reject: (e) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
    });
    // The line after the greeting, in the same chunk, may have closed the session.
    if (this.state !== 'greeting') throw this.closeCause ?? new QmpConnectError('QMP connection closed during the handshake');
    this.setState('negotiating');
    const offered = this.greeting?.capabilities ?? [];
    const enable = this.opts.oob && offered.includes('oob') ? ['oob'] : [];
    try {
      await this.send('qmp_capabilities', enable.length ? { enable } : undefined, {
        signal,
        // What is left of the deadline, at least 1 ms (0 would mean none).
        timeout: armsTimer(timeout) ? Math.max(1, Math.ceil(deadline - performance.now())) : 0,
      });
    } catch (err) {
      throw new QmpConnectError(`capabilities negotiation failed: ${(err as Error).message}`, { cause: err });
    }
    // The line after the capabilities answer, in the same chunk, may have closed the session.
    if ((this.state as SessionState) !== 'negotiating') {
      throw new QmpConnectError('QMP connection closed during capabilities negotiation', { cause: this.closeCause });
    }
    this.enabled = enable;
    this.setState('running');
  }

  get closed(): boolean {
    return this.state === 'closed';
  }

  /** close() was called and the socket has not closed yet. */
  get closing(): boolean {
    return this.state === 'closing';
  }

  get eventSeq(): number {
    return this.hub.nextSeq;
  }

  /** The id the next command will be sent with (ids are 1, 2, 3, ... per session). */
  get nextCommandId(): number {
    return this.nextId;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Run a QMP command and resolve with its `return` value.
   * @throws QmpError when QEMU answers with an error; QmpDisconnectedError when
   * the connection closes first; QmpTimeoutError; the signal's reason on abort.
   */
  execute<T = unknown>(command: string, args?: JsonObject, options: ExecuteOptions = {}): Promise<T> {
    try {
      checkTimeout(options.timeout, 'timeout');
    } catch (err) {
      return Promise.reject(err as Error);
    }
    if (this.state !== 'running') {
      return Promise.reject(
        this.state === 'closed' || this.state === 'closing'
          ? new QmpDisconnectedError(`cannot execute '${command}': QMP connection is closed`, command, { cause: this.closeCause })
          : new QmpStateError(this.state, 'running', `cannot execute '${command}': session is still ${this.state}`),
      );
    }
    // The signal also takes a command out of the queue while it waits there.
    // Commands waiting in the queue count toward maxInFlight: a peer that
    // stops answering must not let the queue grow without bound.
    if (this.queue) {
      const max = this.opts.maxInFlight ?? 4096;
      if (this.queue.size + this.queue.pending >= max) {
        return Promise.reject(new QmpLimitError(`cannot execute '${command}': ${max} commands already in flight or queued`));
      }
    }
    if (this.queue) return this.queue.add(() => this.send<T>(command, args, options), { signal: options.signal }) as Promise<T>;
    return this.send<T>(command, args, options);
  }

  private send<T>(command: string, args: JsonObject | undefined, options: ExecuteOptions): Promise<T> {
    if (this.state === 'closed' || this.state === 'closing') {
      return Promise.reject(new QmpDisconnectedError(`cannot execute '${command}': QMP connection is closed`, command, { cause: this.closeCause }));
    }
    const signal = options.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const max = this.opts.maxInFlight ?? 4096;
    if (this.pending.size >= max) {
      return Promise.reject(new QmpLimitError(`cannot execute '${command}': ${max} commands already in flight`));
    }
    const id = this.nextId;
    const msg: { execute: string; arguments?: JsonObject; id: number } = args === undefined
      ? { execute: command, id }
      : { execute: command, arguments: args, id };
    // QEMU's integers are 64-bit: arguments are written with them exact.
    let text: string;
    try {
      text = args === undefined ? JSON.stringify(msg) : exactJson(msg);
    } catch (err) {
      // A cycle, or a toJSON that throws: the caller's promise says so.
      return Promise.reject(new TypeError(`cannot execute '${command}': its arguments cannot be written as JSON: ${(err as Error).message}`, { cause: err }));
    }
    this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const p: Pending = {
        id,
        command,
        resolve: resolve as (v: unknown) => void,
        reject,
        timer: undefined,
        signal,
        onAbort: undefined,
      };
      const timeout = options.timeout ?? this.opts.commandTimeout;
      if (armsTimer(timeout)) {
        p.timer = setTimeout(() => this.giveUp(p, new QmpTimeoutError(`'${command}' got no answer within ${timeout} ms`)), timeout);
      }
      if (signal) {
        p.onAbort = () => this.giveUp(p, signal.reason as Error);
        signal.addEventListener('abort', p.onAbort, { once: true });
      }
      this.pending.set(id, p);
      this.write(text, msg);
    });
  }

  private write(text: string, msg: unknown): void {
    this.stats.sent++;
    // A batch tap sees the commands when they leave, in flushOutgoing.
    if (this.tap !== undefined && this.tap.lines === undefined) this.tap('c2s', text, msg);
    // Back-pressure: the socket buffers what it cannot send yet; callers that
    // care can await `drained()` (the manager never floods, the benchmarks do).
    // Commands issued in the same turn (pipelined callers resuming one after
    // another on a batch of answers) leave in one write: they are gathered
    // and written in a microtask, before any timer or I/O callback, so no
    // command waits for anything but the code already running. (Cheaper than
    // cork()/uncork(), which costs a lone command more than it saves.) Past
    // 1 KiB the batch leaves at once, so that the peer starts on it while
    // the rest of the turn runs: one batch per turn made client and server
    // take turns instead of working at the same time.
    if (this.outgoing === '') queueMicrotask(this.flushOutgoing);
    this.outgoing += text + '\n';
    // Not while a batch tap holds a received chunk: the recorder writes the
    // chunk's lines when it is handled, and commands must not reach QEMU
    // before the trace has them (the microtask sends them right after).
    if (this.outgoing.length >= WRITE_BATCH_CHARS && this.batches.active === undefined) this.flushOutgoing();
  }

  /** Commands of this turn not yet handed to the stream. */
  private outgoing = '';
  private readonly flushOutgoing = (): void => {
    const text = this.outgoing;
    if (text === '') return;
    this.outgoing = '';
    if (this.state === 'closed') return;
    const tap = this.tap;
    try {
      // Leaving while a received chunk is handled (close() flushes at once): the chunk goes first.
      this.batches.active?.release?.();
      if (tap?.lines !== undefined || wireLog.enabled) {
        const lines = text.slice(0, -1);
        // Logged per write, not per command: `enabled` is a getter.
        if (wireLog.enabled) for (const line of lines.split('\n')) wireLog('--> %s', clip(line));
        tap?.lines?.('c2s', lines, 'lf', true, false);
      }
    } catch (err) {
      // The tap could not take them (a recorder on a full disk): they do not
      // leave unrecorded, and the session ends with why, as when a received
      // chunk cannot be recorded (this runs in a microtask: a throw would
      // reach no caller).
      this.fail(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    this.stream.write(text);
  };

  /** Resolves once the socket's write buffer has drained. */
  drained(): Promise<void> {
    const s = this.stream as Duplex & { writableNeedDrain?: boolean };
    if (!s.writableNeedDrain || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        s.off('drain', done);
        s.off('close', done);
        resolve();
      };
      s.once('drain', done);
      s.once('close', done);
    });
  }

  /** The caller stopped waiting; the command still runs in QEMU, its answer will be dropped. */
  private giveUp(p: Pending, err: Error): void {
    if (!this.pending.delete(p.id)) return;
    this.abandoned.add(p.id);
    // A peer that never answers must not make this grow for ever: past the
    // bound the oldest is forgotten, and its answer, if it ever comes, is
    // merely counted as unknown.
    if (this.abandoned.size > MAX_ABANDONED) this.abandoned.delete(this.abandoned.values().next().value!);
    this.settle(p);
    p.reject(err);
  }

  private settle(p: Pending): void {
    if (p.timer) clearTimeout(p.timer);
    if (p.onAbort) p.signal!.removeEventListener('abort', p.onAbort);
  }

  private onLine(line: string): void {
    // The rest of a chunk after a line that closed the session is not
    // delivered (a batch tap then checks those lines itself).
    if (this.state === 'closed') {
      this.batches.notObject();
      return;
    }
    if (this.wireOn) wireLog('<-- %s', clip(line));
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch (err) {
      if (this.batches.active !== undefined) this.batches.notObject();
      else if (this.tap) this.tap('s2c', line, undefined);
      this.fail(new QmpProtocolError(`peer sent invalid JSON: ${clip(line, 80)}`, { cause: err }));
      return;
    }
    if (this.batches.active === undefined) {
      if (this.tap) this.tap('s2c', line, msg);
    } else if (msg === null || typeof msg !== 'object' || Array.isArray(msg)) this.batches.notObject();
    if (msg === null || typeof msg !== 'object' || Array.isArray(msg)) {
      this.fail(new QmpProtocolError(`peer sent a JSON value that is not an object: ${clip(line, 80)}`));
      return;
    }
    const m = msg as Record<string, unknown>;
    if (this.state === 'greeting' && this.greeting === undefined) {
      const qmp = m.QMP as QmpGreeting['QMP'] | undefined;
      if (typeof m.event === 'string' && qmp === undefined) {
        // QEMU 7.2 can send a new client an event of the previous client's
        // conversation before the greeting (seen after a reconnect during a
        // block job). It is not this session's: dropped, so that no waiter
        // or history takes a stale job event for a new one. The tap has it.
        this.log.enabled && this.log('dropping an event sent before the greeting: %s', clip(line, 120));
        return;
      }
      if (!isGreeting(qmp)) {
        const err = new QmpConnectError(`peer did not greet with QMP: ${clip(line, 80)}`);
        this.greetingWaiter?.reject(err);
        this.fail(err);
        return;
      }
      this.greeting = qmp;
      if (!Array.isArray(qmp.capabilities)) qmp.capabilities = [];
      this.log.enabled && this.log('greeting %o', qmp.version);
      this.greetingWaiter?.resolve();
      this.greetingWaiter = undefined;
      return;
    }
    if (typeof m.event === 'string') {
      this.onEvent(m as unknown as ReceivedEvent);
      return;
    }
    if ('return' in m || 'error' in m) {
      this.onAnswer(m);
      return;
    }
    // Unknown message kinds must be ignored (qmp-spec: clients ignore what they do not know).
    this.log.enabled && this.log('ignoring unknown message %s', clip(line, 120));
  }

  private onAnswer(m: Record<string, unknown>): void {
    let p: Pending | undefined;
    const id = m.id;
    if (id === undefined) {
      if ('error' in m) {
        // QEMU could not read the request's id: it answers the oldest one in flight.
        const first = this.pending.values().next();
        p = first.done ? undefined : first.value;
      }
    } else if (typeof id === 'number') {
      p = this.pending.get(id);
    }
    if (!p) {
      if (typeof id === 'number' && this.abandoned.delete(id)) return;
      this.stats.unknownAnswers++;
      this.log.enabled && this.log('dropping answer with unknown id %o', id);
      return;
    }
    this.pending.delete(p.id);
    this.settle(p);
    this.stats.answered++;
    if ('error' in m) {
      const e = m.error as { class?: unknown; desc?: unknown } | null;
      const cls = e && typeof e.class === 'string' ? e.class : 'GenericError';
      const desc = e && typeof e.desc === 'string' ? e.desc : JSON.stringify(e);
      p.reject(new QmpError(cls, desc, p.command, p.id));
    } else {
      p.resolve(m.return);
    }
  }

  /**
   * Listeners of 'event', counted as they come and go: asking
   * listenerCount('event') for every QMP event cost about 4% of an event's
   * time (a lookup in the emitter's table). -1: not known (someone removed
   * the counting hooks with removeAllListeners), ask listenerCount().
   */
  private eventListeners = 0;

  private trackEventListeners(): void {
    // Shared functions (they get the session as `this`), not closures per
    // session: an idle session should stay small.
    const emitter = this as EventEmitter;
    emitter.on('newListener', QmpSession.listenerAdded);
    emitter.on('removeListener', QmpSession.listenerRemoved);
  }

  private static listenerAdded(this: QmpSession, name: string | symbol): void {
    if (name === 'event' && this.eventListeners >= 0) this.eventListeners++;
  }

  private static listenerRemoved(this: QmpSession, name: string | symbol, listener: unknown): void {
    if (name === 'event' && this.eventListeners > 0) this.eventListeners--;
    else if (name === 'newListener' && listener === QmpSession.listenerAdded) this.eventListeners = -1;
  }

  private onEvent(ev: ReceivedEvent): void {
    if (typeof ev.data !== 'object' || ev.data === null) ev.data = {};
    // QEMU always stamps its events; from any other peer the type still holds.
    const ts = ev.timestamp as { seconds?: unknown; microseconds?: unknown } | null | undefined;
    if (typeof ts?.seconds !== 'number' || typeof ts.microseconds !== 'number') ev.timestamp = receivedAt();
    this.stats.events++;
    // The name is a fresh string from JSON.parse: each lookup of it (the
    // listener table, a listener's name set, a waiter's name) would compare
    // or hash it anew. The first string seen for a name is kept (bounded) and
    // put in its place, same text, so that those lookups find it at once.
    let name = ev.event;
    if (name === lastName) name = lastName;
    else {
      let kept = eventNames.get(name);
      if (kept === undefined) {
        kept = name;
        if (eventNames.size < MAX_EVENT_NAMES) eventNames.set(name, name);
      }
      lastName = name = kept;
      lastReserved = RESERVED_NAMES.has(name);
    }
    ev.event = name;
    this.hub.dispatch(ev);
    // While a recorder holds the chunk, the listeners (the application's code,
    // run at once) wait until the recorder has written it: one that acts on
    // an event and then dies must not leave a trace without that event.
    // (Waiters and iterators are promises: they run after the chunk anyway.)
    if (this.batches.active !== undefined) this.heldEvents.push(ev, lastReserved);
    else this.emitEvent(ev, lastReserved);
  }

  /** An event's listeners: 'event', then its own name. */
  private emitEvent(ev: ReceivedEvent, reserved: boolean): void {
    // emit() allocates its arguments array even when nobody listens.
    if (this.eventListeners > 0 || (this.eventListeners < 0 && this.listenerCount('event') > 0)) this.emit('event', ev);
    // One emit, not listenerCount() then emit(): emit() of a name nobody
    // listens to does nothing, except for 'error', which would throw.
    // A peer's event named like one of the session's own (close, state, event,
    // error, newListener...) is not re-emitted under that name: it would pose
    // as the session closing. QMP event names are upper case anyway.
    if (!reserved) this.emit(ev.event, ev);
  }

  /** Events of the chunk a recorder holds, each with whether its name is reserved, in order. */
  private readonly heldEvents: (ReceivedEvent | boolean)[] = [];

  private emittingHeld = false;

  /** The recorder has the chunk (or the session ends while parsing it): its events go to their listeners. */
  emitHeldEvents(): void {
    const held = this.heldEvents;
    this.emittingHeld = true;
    try {
      // A listener that ends the session ends the delivery too, as without
      // a recorder: the rest of the chunk is not handled once it is closed.
      for (let i = 0; i < held.length && this.state !== 'closed'; i += 2) this.emitEvent(held[i] as ReceivedEvent, held[i + 1] === true);
    } finally {
      this.emittingHeld = false;
      held.length = 0;
    }
  }

  /** A pull-style listener over events, optionally restricted by name and filter. */
  listen(names?: string | string[], filter?: (ev: ReceivedEvent) => boolean, opts?: ListenOptions): EventListener {
    return this.hub.listen(names, filter, opts);
  }

  /** Async iterator over every event from now on. */
  events(names?: string | string[]): EventListener {
    return this.hub.listen(names);
  }

  /**
   * Resolve with the first event named `name` that matches `predicate`; with
   * `since`, events already received from that sequence number on count too.
   */
  waitForEvent(name: string, predicate?: (ev: ReceivedEvent) => boolean, options?: WaitForEventOptions): Promise<ReceivedEvent> {
    return this.hub.waitFor(name, predicate, options);
  }

  /** Close gracefully: stop writing, let the peer see EOF, wait for the socket to close. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    if (this.state !== 'closing') {
      this.setState('closing');
      this.flushOutgoing(); // commands sent in this turn go before the end
      this.stream.end();
      const t = setTimeout(() => this.stream.destroy(), 1000);
      t.unref();
      void this.closedPromise.then(() => clearTimeout(t));
    }
    await this.closedPromise;
  }

  /** Close at once. */
  destroy(cause?: Error): void {
    if (this.state === 'closed') return;
    this.stream.destroy();
    this.finish(cause);
  }

  private fail(err: Error): void {
    this.log.enabled && this.log('failing session: %s', err.message);
    this.stream.destroy();
    this.finish(err);
  }

  private finish(cause: Error | undefined): void {
    if (this.state === 'closed') return;
    // Ending while a recorded chunk is parsed (a bad line in it): the chunk
    // is written, then the events before that line are delivered, as they
    // would have been, before 'close'; a listener may end it first. (Ended
    // by a listener of one of them: the delivery loop stops at 'closed'.)
    if (this.heldEvents.length > 0 && !this.emittingHeld) {
      this.batches.active?.release?.();
      this.emitHeldEvents();
      if ((this.state as SessionState) === 'closed') return;
    }
    this.closeCause = cause;
    this.setState('closed');
    this.framer.reset();
    if (this.greetingWaiter) {
      this.greetingWaiter.reject(cause ?? new QmpConnectError('connection closed before the QMP greeting'));
      this.greetingWaiter = undefined;
    }
    if (this.pending.size > 0) {
      const names = [...this.pending.values()].map((p) => p.command);
      const why = cause ? `: ${cause.message}` : '';
      for (const p of this.pending.values()) {
        this.settle(p);
        p.reject(
          new QmpDisconnectedError(
            `QMP connection closed with '${p.command}' in flight (${names.length} in flight: ${summarise(names)})${why}`,
            p.command,
            { cause },
          ),
        );
      }
      this.pending.clear();
    }
    this.abandoned.clear();
    // Commands still queued (serialize) are not dropped: each runs send(),
    // which refuses it at once, so every caller's promise settles.
    this.hub.close(cause);
    this.emit('close', cause);
    this.resolveClosed();
  }

  private setState(s: SessionState): void {
    const old = this.state;
    // Closed is final: a handshake resuming after the close must not revive the session.
    if (old === s || old === 'closed') return;
    this.state = s;
    this.emit('state', s, old);
  }
}

/** QEMU's greeting: {"QMP": {"version": {"qemu": {major, minor, micro}, ...}, "capabilities": [...]}}; capabilities may be missing. */
function isGreeting(qmp: unknown): qmp is QmpGreeting['QMP'] {
  if (!isObject(qmp) || !isObject(qmp.version) || !isObject(qmp.version.qemu)) return false;
  const v = qmp.version.qemu;
  return typeof v.major === 'number' && typeof v.minor === 'number' && typeof v.micro === 'number';
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function summarise(names: string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')}, ...`;
}

/** Connect to a QMP server and complete the handshake (library entry point). */
export function connect(target: Endpoint | string, options?: ConnectTargetOptions): Promise<QmpSession> {
  return QmpSession.connect(target, options);
}

/** Now, in an event's timestamp form: for an event that came without a valid one. */
function receivedAt(): { seconds: number; microseconds: number } {
  const ms = Date.now();
  return { seconds: Math.floor(ms / 1000), microseconds: (ms % 1000) * 1000 };
}
