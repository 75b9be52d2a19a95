/**
 * A unix-socket proxy between a client and a QMP server that cuts the
 * connection at a chosen message: the first line (either way) that `at`
 * matches is passed on or not (`pass`), then both sockets close; or, with
 * `hold`, the line is passed on and the server's lines wait until
 * `release()`. Later connections pass untouched. For the tests of lost
 * connections.
 */
import fs from 'node:fs';
import net from 'node:net';

export interface Cut {
  /** The line to cut at, and its direction. */
  at: (line: string, dir: 'c2s' | 's2c') => boolean;
  /** Pass that line on before cutting (the peer gets it) or drop it. */
  pass: boolean;
  /** Instead of cutting, hold the server's lines back until release(). */
  hold?: boolean;
}

export class CutProxy {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  /** Whether the cut (or the hold) happened. */
  cut = false;
  private held: (() => void) | undefined;

  /** Let the held lines through, and everything after them. */
  release(): void {
    this.held?.();
  }

  private constructor(readonly path: string, upstream: string, spec: Cut) {
    this.server = net.createServer((client) => {
      const up = net.connect(upstream);
      for (const s of [client, up]) {
        this.sockets.add(s);
        s.on('error', () => {});
        s.on('close', () => this.sockets.delete(s));
      }
      if (this.cut) {
        client.pipe(up);
        up.pipe(client);
        return;
      }
      const held = { c2s: '', s2c: '' };
      let done = false;
      let holding: string[] | undefined;
      const relay = (dir: 'c2s' | 's2c', from: net.Socket, to: net.Socket): void => {
        from.on('data', (d: Buffer) => {
          if (holding !== undefined && dir === 's2c') {
            holding.push(d.toString('latin1'));
            return;
          }
          if (done) {
            if (spec.hold) to.write(d);
            return;
          }
          held[dir] += d.toString('latin1');
          let nl: number;
          while ((nl = held[dir].indexOf('\n')) !== -1) {
            const line = held[dir].slice(0, nl + 1);
            held[dir] = held[dir].slice(nl + 1);
            if (spec.at(line, dir)) {
              done = true;
              this.cut = true;
              if (spec.hold) {
                to.write(line, 'latin1');
                if (held[dir] !== '') to.write(held[dir], 'latin1');
                holding = [];
                if (held.s2c !== '' && dir === 'c2s') holding.push(held.s2c);
                this.held = () => {
                  const queued = holding ?? [];
                  holding = undefined;
                  for (const q of queued) client.write(q, 'latin1');
                };
                return;
              }
              const close = (): void => {
                client.destroy();
                up.destroy();
              };
              if (spec.pass) to.write(line, 'latin1', () => setTimeout(close, 20));
              else close();
              return;
            }
            to.write(line, 'latin1');
          }
        });
        from.on('close', () => to.destroy());
      };
      relay('c2s', client, up);
      relay('s2c', up, client);
    });
  }

  static async start(path: string, upstream: string, spec: Cut): Promise<CutProxy> {
    fs.rmSync(path, { force: true });
    const p = new CutProxy(path, upstream, spec);
    await new Promise<void>((r) => p.server.listen(path, r));
    return p;
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((r) => this.server.close(() => r()));
  }
}
