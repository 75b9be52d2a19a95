/**
 * A child for the recorder's kill test: a recorded session (over an
 * in-memory stream) gets one chunk of three events, and the second event's
 * handler kills the process with SIGKILL (no exit handler runs, nothing is flushed then).
 * Usage: node --import tsx kill-in-handler.ts FILE
 */
import { Duplex } from 'node:stream';
import { QmpSession } from '../../../lib/qmp/session.js';
import { recordTrace } from '../../../lib/trace/recorder.js';

class Sink extends Duplex {
  override _read(): void {}
  override _write(_c: unknown, _e: string, cb: () => void): void {
    cb();
  }
}

const file = process.argv[2]!;
const rec = recordTrace(file, { source: 'test', scenario: 'kill-in-handler', description: 'SIGKILL in an event handler' });
const stream = new Sink();
const s = new QmpSession(stream, { tap: rec.tap });
const hs = s.handshake();
stream.emit('data', Buffer.from('{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n'));
await new Promise((r) => setImmediate(r));
stream.emit('data', Buffer.from('{"return": {}, "id": 1}\r\n'));
await hs;
s.on('KILL', () => {
  void s.execute('never-sent').catch(() => undefined);
  process.kill(process.pid, 'SIGKILL');
});
const ev = (name: string): string => `{"event": "${name}", "data": {}, "timestamp": {"seconds": 1, "microseconds": 2}}\r\n`;
stream.emit('data', Buffer.from(ev('PRE') + ev('KILL') + ev('POST')));
