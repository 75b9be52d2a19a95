/**
 * A QmpSession over an in-memory stream, past its handshake: for the
 * in-process micro-benchmarks, which feed it received chunks by hand
 * (`stream.emit('data', chunk)`) and drop what it writes.
 */
import { Duplex } from 'node:stream';
import { QmpSession, type SessionOptions } from '../lib/qmp/session.js';

class Sink extends Duplex {
  override _read(): void {}
  override _write(_c: unknown, _e: string, cb: () => void): void {
    cb();
  }
}

const GREETING = '{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n';

export async function inMemorySession(opts: SessionOptions = {}): Promise<{ session: QmpSession; stream: Duplex }> {
  const stream = new Sink();
  const session = new QmpSession(stream, opts);
  const hs = session.handshake();
  stream.emit('data', Buffer.from(GREETING));
  await new Promise((r) => setImmediate(r));
  stream.emit('data', Buffer.from('{"return": {}, "id": 1}\r\n'));
  await hs;
  return { session, stream };
}
