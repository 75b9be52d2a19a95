/**
 * A recording proxy: listens like a QMP server, connects each client to the
 * upstream QMP server, passes bytes both ways unchanged, and records every
 * message it sees (`npx qmpblock record`). One trace file per connection: the
 * first is `out`, later ones get `-2`, `-3`, ... before the extension.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { connectSocket, formatEndpoint, listenOn, parseEndpoint, type Endpoint } from '../transport/endpoint.js';
import { LineFramer } from '../transport/line-framer.js';
import { QmpProtocolError } from '../errors.js';
import { checkLimit } from '../transport/limits.js';
import { JsonStreamSplitter } from '../transport/json-stream.js';
import { TraceRecorder, TraceWriteError } from './recorder.js';
import { checkHeader, type TraceHeader } from './format.js';
import { logger } from '../log.js';
import { makeDirsSync } from '../make-dirs.js';

const log = logger('trace');

/**
 * The header's `source` from the greeting: QEMU's version, or the simulator
 * by its package string (it reports the QEMU version it models).
 */
export function sourceOf(version: { qemu?: { major: number; minor: number; micro: number }; package?: unknown } | undefined): string {
  const v = version?.qemu;
  const qemu = v ? `qemu-system-x86_64 ${v.major}.${v.minor}.${v.micro}` : undefined;
  const pkg = typeof version?.package === 'string' ? version.package : '';
  if (pkg.startsWith('qmpblock-sim')) return qemu ? `${pkg} (as ${qemu})` : pkg;
  return qemu ?? 'unknown';
}

export interface RecordProxyOptions {
  upstream: Endpoint | string;
  listen: Endpoint | string;
  out: string;
  /** Header fields; `source` defaults to what the greeting says. */
  header?: Partial<TraceHeader>;
  connectTimeout?: number;
  /**
   * Longest message recorded, either way (default 64 MiB). A longer server
   * message closes the connection, with an 'error'; a longer client command
   * is passed on unrecorded, with an 'error' (QEMU refuses it and goes on).
   */
  maxMessageBytes?: number;
}

export class RecordProxy extends EventEmitter<{ recorded: [string, number]; error: [Error] }> {
  private connections = 0;
  private readonly sockets = new Set<net.Socket>();
  readonly files: string[] = [];
  endpoint!: Endpoint;

  constructor(private readonly server: net.Server, private readonly opts: RecordProxyOptions) {
    super();
  }

  static async start(opts: RecordProxyOptions): Promise<RecordProxy> {
    // Checked by each connection's framers too: said now, not at the first client.
    checkLimit(opts.maxMessageBytes, 'maxMessageBytes');
    // A folder that cannot hold the traces is said now, not at the first client.
    const dir = path.dirname(path.resolve(opts.out));
    makeDirsSync(dir);
    fs.accessSync(dir, fs.constants.W_OK);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(opts.out);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${opts.out} is a folder, not a trace file`), { code: 'EISDIR' });
    // A header the recorder would refuse is said now too, not to each client.
    checkHeader(provisionalHeader(opts, opts.out), 'record proxy header');
    // Half-open: a client that ends its side (socat, `nc -N`) still gets its answers.
    const server = net.createServer({ allowHalfOpen: true });
    const proxy = new RecordProxy(server, opts);
    server.on('connection', (client) => proxy.onClient(client));
    proxy.endpoint = await listenOn(server, typeof opts.listen === 'string' ? parseEndpoint(opts.listen) : opts.listen);
    return proxy;
  }

  /** A connection's failure: to the owner's 'error' listener, else only to the log (never a crash). */
  private warn(err: Error): void {
    if (this.listenerCount('error') > 0) this.emit('error', err);
    else log.enabled && log('%s', err.message);
  }

  private fileFor(n: number): string {
    if (n === 1) return this.opts.out;
    const m = /^(.*?)(\.jsonl)?$/.exec(numberedBase(this.opts.out))!;
    return `${m[1]}-${n}${m[2] ?? ''}`;
  }

  private async onClient(client: net.Socket): Promise<void> {
    const n = ++this.connections;
    let file: string;
    try {
      file = this.fileFor(n);
    } catch (err) {
      this.warn(err as Error);
      client.destroy();
      return;
    }
    this.sockets.add(client);
    client.pause();
    let upstream: net.Socket;
    try {
      const up = this.opts.upstream;
      upstream = await connectSocket(typeof up === 'string' ? parseEndpoint(up) : up, { timeout: this.opts.connectTimeout });
    } catch (err) {
      log.enabled && log('upstream connect failed: %s', (err as Error).message);
      this.warn(err as Error);
      client.destroy();
      this.sockets.delete(client);
      return;
    }
    this.sockets.add(upstream);
    let rec: TraceRecorder;
    try {
      rec = TraceRecorder.open(file, provisionalHeader(this.opts, file), { deferHeader: true });
    } catch (err) {
      // This connection is not recorded (nor passed on: unrecorded traffic is not what was asked).
      this.warn(err as Error);
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
      return;
    }
    rec.restartClock();
    const parse = (text: string): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        return undefined;
      }
    };
    let greeted = false;
    const onServerLine = (line: string): void => {
      const msg = parse(line);
      if (!greeted) {
        greeted = true;
        const q = (msg as { QMP?: { version?: { qemu?: { major: number; minor: number; micro: number }; package?: unknown } } } | undefined)?.QMP;
        if (!rec.writeHeader(this.opts.header?.source ? {} : { source: sourceOf(q?.version) })) {
          this.warn(new Error(`${file}: the header could not take the greeting's source; it keeps '${rec.header.source}'`));
        }
      }
      rec.record('s2c', line, msg);
    };
    // A server line over the limit closes the connection, as it closes a
    // session (interface.md): passed on unrecorded, it would leave a silent
    // gap in the trace, and a replay of it a client waiting for ever. The
    // lines before it in the chunk are recorded, and passed on.
    const fromServer = new LineFramer(onServerLine, this.opts.maxMessageBytes);
    let tooLong: Error | undefined;
    /** Record a chunk's lines; returns how many of its bytes may be passed on. */
    const recordServer = (chunk: Buffer): number => {
      let from = 0;
      while (from < chunk.length) {
        const nl = chunk.indexOf(0x0a, from);
        const to = nl === -1 ? chunk.length : nl + 1;
        try {
          fromServer.push(chunk.subarray(from, to));
        } catch (err) {
          if (!(err instanceof QmpProtocolError)) throw err; // the file, not the message
          tooLong = err;
          return from;
        }
        from = to;
      }
      return chunk.length;
    };
    const fromClient = new JsonStreamSplitter((text) => rec.record('c2s', text, parse(text)), this.opts.maxMessageBytes);
    // A trace that cannot be written (a full disk...) ends the connection:
    // traffic passed on unrecorded is not what was asked. `stopped`: nothing
    // more is passed on either way.
    let stopped = false;
    const cannotWrite = (err: unknown): void => {
      if (stopped) return;
      stopped = true;
      // The recorder's error names the file already: its cause is the news here.
      const why = err instanceof TraceWriteError ? (err.cause as Error).message : (err as Error).message;
      this.warn(new Error(`${file}: cannot write the trace, connection closed: ${why}`));
      client.destroy();
      upstream.destroy();
    };
    /** The start of a server line whose end has not come: not passed on yet. */
    const unsent: Buffer[] = [];
    upstream.on('data', (chunk: Buffer) => {
      if (stopped) return;
      let whole: number;
      try {
        whole = recordServer(chunk);
        // In the file before it is passed on: a crash loses nothing already seen.
        rec.flush();
      } catch (err) {
        return cannotWrite(err);
      }
      if (tooLong !== undefined) {
        stopped = true;
        this.warn(new Error(`${file}: a server message is too long, connection closed: ${tooLong.message}`));
        upstream.destroy();
        // The client gets what was recorded (whole lines: the long one may
        // have begun in the held part, which then goes nowhere), then its end.
        client.end(whole > 0 ? Buffer.concat([...unsent.splice(0), chunk.subarray(0, whole)]) : Buffer.alloc(0));
        return;
      }
      // Whole lines only: the start of a line is held until its end comes
      // (at most the size limit), so that a line over the limit never
      // reaches the client in part.
      const nl = chunk.lastIndexOf(0x0a);
      if (nl === -1) {
        unsent.push(chunk);
        return;
      }
      const out = unsent.length === 0 && nl === chunk.length - 1 ? chunk : Buffer.concat([...unsent.splice(0), chunk.subarray(0, nl + 1)]);
      if (nl + 1 < chunk.length) unsent.push(chunk.subarray(nl + 1));
      // Back-pressure: while the client does not read, QEMU is not read either.
      if (!client.write(out)) {
        upstream.pause();
        client.once('drain', () => upstream.resume());
      }
    });
    client.on('data', (chunk: Buffer) => {
      if (stopped) return;
      try {
        try {
          fromClient.push(chunk);
        } catch (err) {
          if (!(err instanceof QmpProtocolError)) throw err;
          // The splitter drops the command and goes on after it.
          this.warn(new Error(`${file}: a client message was passed on but not recorded: ${(err as Error).message}`));
        }
        rec.flush();
      } catch (err) {
        return cannotWrite(err);
      }
      if (!upstream.write(chunk)) {
        client.pause();
        upstream.once('drain', () => client.resume());
      }
    });
    let closed = false;
    const end = (): void => {
      if (closed) return;
      closed = true;
      // One side has gone: the other is ended, and destroyed if its peer
      // keeps it open; until it closes, close() can still destroy it.
      for (const s of [client, upstream]) {
        if (s.destroyed) {
          this.sockets.delete(s);
          continue;
        }
        s.end();
        const t = setTimeout(() => s.destroy(), 1000);
        t.unref();
        s.once('close', () => {
          clearTimeout(t);
          this.sockets.delete(s);
        });
      }
      try {
        // A command cut off by the client's leaving was passed on: it is in the trace too.
        const rest = fromClient.takeUnfinished();
        if (rest !== undefined && rest.trim() !== '') rec.record('c2s', rest, undefined);
        rec.close();
      } catch (err) {
        cannotWrite(err);
      }
      this.files.push(file);
      log.enabled && log('connection %d recorded to %s (%d messages)', n, file, rec.count);
      this.emit('recorded', file, rec.count);
    };
    // The client's EOF goes upstream as QEMU's own clients' does: QEMU
    // answers what it has read, then closes, and its answers are relayed and
    // recorded until then. Either side closing for good ends the connection.
    client.on('end', () => {
      if (closed || stopped) return;
      upstream.end();
    });
    // A last line without its end (QEMU always ends them) is passed on as it is.
    upstream.on('end', () => client.end(Buffer.concat(unsent.splice(0))));
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
    client.resume();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** Library entry point for `npx qmpblock record`. */
export function startRecordProxy(opts: RecordProxyOptions): Promise<RecordProxy> {
  return RecordProxy.start(opts);
}

/** The header a connection's trace starts with, until the greeting names the source. */
function provisionalHeader(opts: RecordProxyOptions, file: string): TraceHeader {
  return {
    qmpTrace: 1,
    source: 'unknown',
    scenario: file.replace(/^.*\//, '').replace(/\.jsonl$/, ''),
    description: `recorded by qmpblock record between a client and ${typeof opts.upstream === 'string' ? opts.upstream : formatEndpoint(opts.upstream)}`,
    ...opts.header,
  } as TraceHeader;
}

/**
 * The name the next connections' traces are numbered after: `out` itself,
 * or the file a link such as /dev/stdout leads to (`> t.jsonl`: t-2.jsonl
 * beside it, not a new file in /dev). A device or a pipe takes the first
 * connection's trace only.
 */
function numberedBase(out: string): string {
  let st: fs.Stats;
  try {
    st = fs.statSync(out);
  } catch {
    return out;
  }
  const refuse = (): never => {
    throw new Error(`${out} is not a regular file: it takes the first connection's trace only`);
  };
  if (!st.isFile()) refuse();
  try {
    return fs.realpathSync(out);
  } catch {
    return refuse();
  }
}
