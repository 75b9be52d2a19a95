/**
 * A bare QMP test client for the simulator specs: raw socket, every message
 * kept in arrival order, commands matched by id. Deliberately independent of
 * lib/qmp so the simulator is tested on the wire.
 */
import net from 'node:net';
import { LineFramer } from '../../lib/transport/line-framer.js';
import type { Simulator } from '../../lib/sim/index.js';

export type Msg = Record<string, any>;

const clientsOf = new WeakMap<Simulator, Set<TestClient>>();

export class TestClient {
  readonly messages: Msg[] = [];
  closed = false;
  private nextId = 1;
  private constructor(readonly sim: Simulator, private readonly sock: net.Socket) {}

  static async open(sim: Simulator, negotiate = true): Promise<TestClient> {
    const sock = net.createConnection(sim.endpoint as net.NetConnectOpts);
    const c = new TestClient(sim, sock);
    if (!clientsOf.has(sim)) clientsOf.set(sim, new Set());
    clientsOf.get(sim)!.add(c);
    const framer = new LineFramer((line) => c.messages.push(JSON.parse(line)));
    sock.on('data', (d: Buffer) => framer.push(d));
    sock.on('close', () => (c.closed = true));
    sock.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      sock.once('connect', () => resolve());
      sock.once('error', reject);
    });
    await c.sync();
    if (negotiate) await c.cmd('qmp_capabilities');
    return c;
  }

  /** Wait until everything the simulator wrote has arrived. */
  async sync(): Promise<void> {
    for (let i = 0; i < 5000; i++) {
      await this.sim.settle();
      if (this.closed || this.receivedByAll() >= this.sim.stats().messagesSent) return;
      await new Promise((r) => setTimeout(r, 1));
    }
  }

  /** Messages read by every test client of this simulator (the server counts them all). */
  private receivedByAll(): number {
    let n = 0;
    for (const c of clientsOf.get(this.sim) ?? []) n += c.messages.length;
    return n;
  }

  /** Send raw text (no newline added). */
  async raw(text: string): Promise<void> {
    const before = this.sim.stats().commandsHandled;
    this.sock.write(text);
    for (let i = 0; i < 5000 && this.sim.stats().commandsHandled === before && !this.closed; i++) await new Promise((r) => setTimeout(r, 1));
    await this.sync();
  }

  /** Send a command, wait for its answer; returns the whole answer message. */
  async send(execute: string, args?: Record<string, unknown>): Promise<Msg> {
    const id = this.nextId++;
    await this.raw(JSON.stringify(args ? { execute, arguments: args, id } : { execute, id }) + '\r\n');
    const reply = this.messages.find((m) => m.id === id && ('return' in m || 'error' in m));
    if (!reply) throw new Error(`no answer to ${execute} (#${id})`);
    return reply;
  }

  /** Send a command that must succeed; returns its `return` value. */
  async cmd(execute: string, args?: Record<string, unknown>): Promise<any> {
    const r = await this.send(execute, args);
    if ('error' in r) throw new Error(`${execute}: ${r.error.class}: ${r.error.desc}`);
    return r.return;
  }

  /** The error of a command that must fail. */
  async err(execute: string, args?: Record<string, unknown>): Promise<{ class: string; desc: string }> {
    const r = await this.send(execute, args);
    if (!('error' in r)) throw new Error(`${execute} succeeded`);
    return r.error;
  }

  /** Event tokens since message index `from`: "STATUS:id:status", "EVENT:device", "return#id". */
  tokens(from = 0): string[] {
    return this.messages.slice(from).map((m) => {
      if (m.event === 'JOB_STATUS_CHANGE') return `${m.data.status}`;
      if (m.event) return m.event;
      if ('return' in m) return `return#${m.id}`;
      if ('error' in m) return `error#${m.id}`;
      return 'greeting';
    });
  }

  events(name?: string): Msg[] {
    return this.messages.filter((m) => m.event && (!name || m.event === name));
  }

  get mark(): number {
    return this.messages.length;
  }

  async advance(ms: number): Promise<void> {
    await this.sim.advance(ms);
    await this.sync();
  }

  close(): void {
    this.sock.destroy();
  }
}
