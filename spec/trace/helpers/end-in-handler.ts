/**
 * A child for the recorder's end-of-process tests: a recorded session (over
 * an in-memory stream) gets one chunk of three events, and the second
 * event's handler ends the process: with process.exit() (`exit`), or with
 * SIGKILL (`kill`: no exit handler runs, nothing is flushed then).
 * Usage: node --import tsx end-in-handler.ts FILE exit|kill
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
const how = process.argv[3] === 'kill' ? 'kill' : 'exit';
const rec = recordTrace(file, { source: 'test', scenario: `${how}-in-handler`, description: `${how === 'kill' ? 'SIGKILL' : 'process.exit()'} in an event handler` });
const stream = new Sink();
const s = new QmpSession(stream, { tap: rec.tap });
const hs = s.handshake();
stream.emit('data', Buffer.from('{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n'));
await new Promise((r) => setImmediate(r));
stream.emit('data', Buffer.from('{"return": {}, "id": 1}\r\n'));
await hs;
s.on('END', () => {
  void s.execute('never-sent').catch(() => undefined);
  if (how === 'kill') process.kill(process.pid, 'SIGKILL');
  else process.exit(0);
});
const ev = (name: string): string => `{"event": "${name}", "data": {}, "timestamp": {"seconds": 1, "microseconds": 2}}\r\n`;
stream.emit('data', Buffer.from(ev('PRE') + ev('END') + ev('POST')));
