/**
 * A real QMP-speaking net.Server for session tests: greets (or not), answers
 * qmp_capabilities, then hands each command to a handler that may answer,
 * stay silent, or inject raw bytes. Every server is closed after each test.
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { JsonStreamSplitter } from '../../lib/transport/json-stream.js';

export interface FakeCommand {
  execute: string;
  arguments?: Record<string, unknown>;
  id?: unknown;
}

export type Handler = (cmd: FakeCommand, conn: FakeConnection) => unknown | undefined;

export const GREETING = {
  QMP: { version: { qemu: { micro: 22, minor: 2, major: 7 }, package: 'fake' }, capabilities: ['oob'] },
};

export class FakeConnection {
  readonly commands: FakeCommand[] = [];
  /** Each command's text as it came (JSON.parse is not exact past 2^53). */
  readonly texts: string[] = [];
  constructor(readonly sock: net.Socket) {}
  send(msg: unknown): void {
    if (!this.sock.destroyed) this.sock.write(JSON.stringify(msg) + '\r\n');
  }
  raw(bytes: string | Buffer): void {
    if (!this.sock.destroyed) this.sock.write(bytes);
  }
  event(name: string, data?: Record<string, unknown>): void {
    this.send({ event: name, data, timestamp: { seconds: 1, microseconds: 2 } });
  }
  reply(cmd: FakeCommand, ret: unknown = {}): void {
    this.send({ return: ret, id: cmd.id });
  }
  error(cmd: FakeCommand, cls: string, desc: string): void {
    this.send({ error: { class: cls, desc }, id: cmd.id });
  }
  drop(): void {
    this.sock.destroy();
  }
}

/** A handler that sends these events, then answers the command with `{}`. */
export function eventsThenAnswer(...events: [name: string, data?: Record<string, unknown>][]): Handler {
  return (cmd, c) => {
    for (const [name, data] of events) c.event(name, data);
    c.reply(cmd);
    return undefined;
  };
}

export interface FakeServerOptions {
  /** false: send no greeting; a value: send it instead of the QEMU-like one */
  greeting?: unknown | false;
  handler?: Handler;
  /** answer qmp_capabilities with this error class instead of success */
  refuseCapabilities?: string;
}

const all = new Set<FakeQmpServer>();
let counter = 0;

export class FakeQmpServer {
  readonly path = path.join(os.tmpdir(), `qmpblock-fake-${process.pid}-${++counter}.sock`);
  readonly connections: FakeConnection[] = [];
  private readonly server: net.Server;
  private waiters: ((c: FakeConnection) => void)[] = [];
  handler: Handler;

  constructor(opts: FakeServerOptions = {}) {
    this.handler = opts.handler ?? ((cmd, c) => c.reply(cmd));
    this.server = net.createServer((sock) => {
      const conn = new FakeConnection(sock);
      this.connections.push(conn);
      sock.on('error', () => undefined);
      if (opts.greeting !== false) conn.send(opts.greeting ?? GREETING);
      const splitter = new JsonStreamSplitter((text) => {
        const cmd = JSON.parse(text) as FakeCommand;
        conn.commands.push(cmd);
        conn.texts.push(text);
        if (cmd.execute === 'qmp_capabilities') {
          if (opts.refuseCapabilities) return conn.error(cmd, opts.refuseCapabilities, "Capability 'x' not available");
          return conn.reply(cmd);
        }
        const r = this.handler(cmd, conn);
        if (r !== undefined) conn.reply(cmd, r);
      });
      sock.on('data', (b: Buffer) => splitter.push(b));
      for (const w of this.waiters.splice(0)) w(conn);
    });
    all.add(this);
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(this.path, r));
    return this;
  }

  nextConnection(): Promise<FakeConnection> {
    return new Promise((r) => this.waiters.push(r));
  }

  async close(): Promise<void> {
    for (const c of this.connections) c.sock.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
    all.delete(this);
  }
}

export async function fakeServer(opts?: FakeServerOptions): Promise<FakeQmpServer> {
  return new FakeQmpServer(opts).start();
}

afterEach(async function () {
  for (const s of [...all]) await s.close();
});
