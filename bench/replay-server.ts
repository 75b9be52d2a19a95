/**
 * Item 7, replay: serve a trace with lib/trace/replayer.ts at speed 0 in its
 * own process, as the fake server does: `replay-server.ts TRACE SOCKET`.
 * Prints "ready", then, after each connection ends, one JSON line with the
 * replayer's result and this process's CPU time since the connection came.
 */
import { replayTrace } from '../lib/trace/replayer.js';

const [file, sock] = process.argv.slice(2);
if (!file || !sock) throw new Error('usage: replay-server.ts TRACE SOCKET');
const rs = await replayTrace(file, { listen: { path: sock }, speed: 0 });
let cpu0 = process.cpuUsage();
rs.on('done', (r) => {
  const c = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ complete: r.complete, consumed: r.consumed, total: r.total, mismatches: r.mismatches.length, cpuMs: (c.user + c.system) / 1000 }) + '\n');
  cpu0 = process.cpuUsage();
});
process.stdout.write('ready\n');
if (process.env.QMPBLOCK_BENCH_PARENT) {
  // started by bench/run.ts: stop when it goes away (its end of our stdin closes)
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
