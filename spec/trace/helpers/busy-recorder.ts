/**
 * A child for the recorder's exit test: records a busy burst (so that the
 * last messages wait in memory for the 10 ms window) and then ends at once,
 * by process.exit() or by an uncaught exception.
 * Usage: node --import tsx busy-recorder.ts FILE N exit|throw
 */
import { recordTrace } from '../../../lib/trace/recorder.js';

const [file, n, how] = process.argv.slice(2) as [string, string, string];
const rec = recordTrace(file, { source: 'test', scenario: 'busy', description: 'busy recording ended at once' });
const count = Number(n);
// Two bursts a turn apart: the first is written at the end of its turn, the
// second (the recorder has just written) waits for the window.
for (let i = 0; i < count / 2; i++) rec.record('s2c', `{"event":"E","data":{"i":${i}}}`, { event: 'E', data: { i } });
setImmediate(() => {
  for (let i = count / 2; i < count; i++) rec.record('s2c', `{"event":"E","data":{"i":${i}}}`, { event: 'E', data: { i } });
  if (how === 'exit') process.exit(0);
  throw new Error('boom');
});
