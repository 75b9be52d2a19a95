/**
 * A client on the wire for specs that check bytes, not values: after each
 * line it receives (the greeting first) it sends the next of `commands`,
 * and ends its side once all have been answered.
 */
import net from 'node:net';

/** Every line received, in order, greeting included, trimmed of its line end. */
export async function lockstepLines(connect: net.NetConnectOpts, commands: readonly string[]): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const sock = net.createConnection(connect);
    const got: string[] = [];
    let buf = '';
    sock.on('data', (d) => {
      buf += String(d);
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        got.push(buf.slice(0, nl).trim());
        buf = buf.slice(nl + 1);
        const next = commands[got.length - 1];
        if (next !== undefined) sock.write(`${next}\n`);
        else sock.end();
      }
    });
    sock.on('error', reject);
    sock.on('close', () => resolve(got));
  });
}
