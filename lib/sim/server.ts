/**
 * The QMP side of the simulator: listens on a unix or TCP endpoint, greets
 * like QEMU 7.2, reads each connection as a JSON stream (newline or not),
 * enforces capabilities negotiation, runs commands one at a time on the
 * machine and writes answers and events as ASCII JSON lines ending in CRLF.
 * Also the connection-level faults: slow replies, dropped connections, a
 * dying QEMU. Knows the wire; the block layer is the machine's.
 */
import net from 'node:net';
import { clip, logger } from '../log.js';
import { listenOn, type Endpoint } from '../transport/endpoint.js';
import { JsonStreamSplitter } from '../transport/json-stream.js';
import { SimCommandError } from './errors.js';
import type { EventSink, SimMachine } from './machine.js';

import { asciiJson } from '../transport/ascii-json.js';
import { exactId, parseQemuJson, qemuDoubleText } from './qemu-json.js';

const log = logger('sim');

export interface GreetingOptions {
  /** The greeting's `package` string. */
  package: string;
}

const TOP_LEVEL_KEYS = new Set(['execute', 'exec-oob', 'arguments', 'id']);



class Connection implements EventSink {
  negotiated = false;
  oob = false;
  /** Input in order: a value's text, or what QEMU's JSON reader says of input it refused. */
  private readonly queue: (string | { parseError: string })[] = [];
  private working = false;
  private closed = false;
  private readonly splitter: JsonStreamSplitter;

  constructor(
    private readonly server: QmpSimServer,
    readonly socket: net.Socket,
  ) {
    this.splitter = new JsonStreamSplitter((text) => this.enqueue(text));
    this.splitter.onStray = (stray) => this.enqueue({ parseError: `JSON parse error, stray '${stray}'` });
    this.splitter.onTooDeep = () => this.enqueue({ parseError: 'JSON nesting depth limit exceeded' });
    socket.on('data', (chunk: Buffer) => {
      try {
        this.splitter.push(chunk);
      } catch (e) {
        if (log.enabled) log('input error: %s', (e as Error).message);
        socket.destroy();
      }
    });
    socket.on('close', () => this.onClose());
    socket.on('error', () => {});
  }

  /** `idText`: the answer's id as QEMU writes it, where JSON.stringify writes it otherwise. */
  send(obj: unknown, idText?: string): void {
    if (this.closed) return;
    this.server.messagesSent++;
    let text = asciiJson(obj);
    // The id is the answer's last member, a number: no ':' in its text.
    if (idText !== undefined) text = `${text.slice(0, text.lastIndexOf(':') + 1)}${idText}}`;
    if (log.enabled) log('<-- %s', clip(text));
    this.socket.write(`${text}\r\n`);
  }

  event(msg: { timestamp: { seconds: number; microseconds: number }; event: string; data?: Record<string, unknown> }): void {
    if (this.negotiated) this.send(msg);
  }

  private onClose(): void {
    this.closed = true;
    this.server.machine.sinks.delete(this);
    this.server.connections.delete(this);
  }

  private enqueue(text: string | { parseError: string }): void {
    this.queue.push(text);
    if (!this.working) this.next();
  }

  /** Commands run strictly in order; a slow one holds up the next ones, as in QEMU. */
  private next(): void {
    const text = this.queue.shift();
    if (text === undefined || this.closed) {
      this.working = false;
      return;
    }
    this.working = true;
    if (typeof text !== 'string') return this.finish(text);
    if (log.enabled) log('--> %s', clip(text));
    const name = this.peekName(text);
    const m = this.server.machine;
    if (name !== undefined && m.faults.dropsOn(name)) {
      this.socket.destroy();
      this.working = false;
      return;
    }
    const delay = name !== undefined ? m.faults.replyDelay(name) : 0;
    if (delay > 0) {
      m.clock.setTimer(delay, () => this.finish(text));
    } else {
      this.finish(text);
    }
  }

  private finish(text: string | { parseError: string }): void {
    if (this.closed) return;
    const reply = typeof text === 'string' ? this.handle(text) : { error: { class: 'GenericError', desc: text.parseError } };
    // A number id QEMU read as a double, written back as QEMU writes one.
    const id = reply?.id;
    if (reply) this.send(reply, typeof id === 'number' && !Number.isSafeInteger(id) ? qemuDoubleText(id) : undefined);
    this.server.commandsHandled++;
    if (this.server.machine.quitting) {
      this.server.endAll();
      return;
    }
    this.next();
  }

  private peekName(text: string): string | undefined {
    try {
      const o = parseQemuJson(text) as Record<string, unknown>;
      return typeof o?.execute === 'string' ? o.execute : undefined;
    } catch {
      return undefined;
    }
  }

  /** One request to its answer (qmp_dispatch and monitor/qmp.c checks). */
  private handle(text: string): Record<string, unknown> | undefined {
    // A closing bracket, comma or colon with no value open: the parser gets it alone.
    let req: unknown;
    try {
      req = parseQemuJson(text);
    } catch (e) {
      return { error: { class: 'GenericError', desc: `JSON parse error, ${(e as Error).message}` } };
    }
    if (!req || typeof req !== 'object' || Array.isArray(req)) {
      return { error: { class: 'GenericError', desc: 'QMP input must be a JSON object' } };
    }
    const o = req as Record<string, unknown>;
    const id = 'id' in o ? exactId(text, o.id) : undefined;
    const withId = (body: Record<string, unknown>): Record<string, unknown> => ('id' in o ? { ...body, id } : body);
    const fail = (cls: string, desc: string): Record<string, unknown> => withId({ error: { class: cls, desc } });
    for (const k of Object.keys(o)) if (!TOP_LEVEL_KEYS.has(k)) return fail('GenericError', `QMP input member '${k}' is unexpected`);
    if ('execute' in o && 'exec-oob' in o) return fail('GenericError', "QMP input member 'execute' clashes with 'exec-oob'");
    const oobName = o['exec-oob'];
    const name = o.execute ?? oobName;
    if (name === undefined) return fail('GenericError', "QMP input lacks member 'execute'");
    if (typeof name !== 'string') return fail('GenericError', `QMP input member '${'execute' in o ? 'execute' : 'exec-oob'}' must be a string`);
    if ('arguments' in o && (!o.arguments || typeof o.arguments !== 'object' || Array.isArray(o.arguments))) {
      return fail('GenericError', "QMP input member 'arguments' must be an object");
    }
    const args = (o.arguments ?? {}) as Record<string, unknown>;
    if (oobName !== undefined) {
      if (!this.oob) return fail('GenericError', "QMP input member 'exec-oob' is unexpected");
      if (!this.server.machine.hasCommand(name)) return fail('CommandNotFound', `The command ${name} has not been found`);
      return fail('GenericError', `The command ${name} does not support OOB`);
    }
    if (name === 'qmp_capabilities') {
      if (this.negotiated) return fail('CommandNotFound', 'Capabilities negotiation is already complete, command ignored');
      for (const k of Object.keys(args)) if (k !== 'enable') return fail('GenericError', `Parameter '${k}' is unexpected`);
      const enable = args.enable;
      if (enable !== undefined) {
        if (!Array.isArray(enable)) return fail('GenericError', "Invalid parameter type for 'enable', expected: array");
        for (const cap of enable) {
          if (cap !== 'oob') return fail('GenericError', `Parameter 'null' does not accept value '${String(cap)}'`);
        }
        this.oob = enable.includes('oob');
      }
      this.negotiated = true;
      this.server.machine.sinks.add(this);
      return withId({ return: {} });
    }
    if (!this.negotiated) return fail('CommandNotFound', "Expecting capabilities negotiation with 'qmp_capabilities'");
    try {
      const ret = this.server.machine.execute(name, args);
      return withId({ return: ret });
    } catch (e) {
      if (e instanceof SimCommandError) return fail(e.errorClass, e.desc);
      // A bug in the simulator must not take the server down with it: answer
      // like QEMU answers what it cannot do, and leave a trace in the log.
      if (log.enabled) log('internal error in %s: %s', name, (e as Error).stack ?? String(e));
      return fail('GenericError', `simulator internal error: ${(e as Error).message}`);
    }
  }

  end(): void {
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

export class QmpSimServer {
  readonly connections = new Set<Connection>();
  /** Messages written to clients so far (lets a test wait until it has read them all). */
  messagesSent = 0;
  /** Requests answered so far. */
  commandsHandled = 0;
  private readonly server: net.Server;
  private listening = false;

  constructor(
    readonly machine: SimMachine,
    private readonly greeting: GreetingOptions,
  ) {
    this.server = net.createServer((socket) => this.accept(socket));
  }

  async listen(ep: Endpoint): Promise<Endpoint> {
    const bound = await listenOn(this.server, ep);
    this.listening = true;
    return bound;
  }

  private accept(socket: net.Socket): void {
    const conn = new Connection(this, socket);
    this.connections.add(conn);
    conn.send({ QMP: { version: { qemu: { micro: 22, minor: 2, major: 7 }, package: this.greeting.package }, capabilities: ['oob'] } });
  }

  /** Called once the simulated QEMU has exited after `quit`. */
  onQuit: (() => void) | undefined;

  /** quit: answers are out; close every connection (EOF) and stop listening. */
  endAll(): void {
    for (const c of this.connections) c.end();
    void this.stopListening().then(() => this.onQuit?.());
  }

  /** Abrupt disconnect of every client (no answer, no EOF handshake). */
  dropAll(): void {
    for (const c of this.connections) c.destroy();
  }

  async stopListening(): Promise<void> {
    if (!this.listening) return;
    this.listening = false;
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async close(): Promise<void> {
    this.dropAll();
    await this.stopListening();
  }
}
