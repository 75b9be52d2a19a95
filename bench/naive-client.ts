/**
 * The floor: a minimal hand-written Node QMP client, the way one writes it in
 * an afternoon. Write a line, append every chunk to a string buffer and split
 * the whole buffer on "\n" on every chunk, JSON.parse each line, match the
 * answer to its command by id. Events go to plain callbacks.
 *
 * No limits, no timeouts, no state machine: what qmpblock adds over this is
 * what the benchmarks measure. (Rescanning the whole buffer on every chunk is
 * quadratic on a large answer: that is part of what "naive" means here.)
 */
import net from 'node:net';

type Msg = { QMP?: unknown; event?: string; data?: Record<string, unknown>; return?: unknown; error?: { class: string; desc: string }; id?: number };

export class NaiveClient {
  private buf = '';
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private greeted: (() => void) | undefined;
  readonly eventHandlers: ((ev: Msg) => void)[] = [];

  private constructor(readonly sock: net.Socket) {
    sock.on('data', (chunk: Buffer) => {
      this.buf += chunk.toString();
      const lines = this.buf.split('\n');
      this.buf = lines.pop()!;
      for (const line of lines) {
        if (line.trim() === '') continue;
        const msg = JSON.parse(line) as Msg;
        if (msg.event !== undefined) {
          for (const h of this.eventHandlers) h(msg);
        } else if (msg.id !== undefined) {
          const p = this.pending.get(msg.id);
          if (!p) continue;
          this.pending.delete(msg.id);
          if (msg.error) p.reject(new Error(`${msg.error.class}: ${msg.error.desc}`));
          else p.resolve(msg.return);
        } else if (msg.QMP) {
          this.greeted?.();
        }
      }
    });
  }

  static async connect(path: string): Promise<NaiveClient> {
    const sock = net.createConnection({ path });
    const c = new NaiveClient(sock);
    await new Promise<void>((resolve, reject) => {
      c.greeted = resolve;
      sock.once('error', reject);
    });
    await c.execute('qmp_capabilities');
    return c;
  }

  execute<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    this.sock.write(JSON.stringify(args ? { execute: command, arguments: args, id } : { execute: command, id }) + '\n');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    });
  }

  onEvent(h: (ev: Msg) => void): void {
    this.eventHandlers.push(h);
  }

  close(): void {
    this.sock.destroy();
  }
}
