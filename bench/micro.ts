/**
 * In-process micro-benchmark of the receive path, without sockets: the same
 * bytes (64 KiB chunks of small events, or answers) fed to QmpSession through
 * a stream and to the naive client's algorithm. For profiling only:
 * `node --import tsx bench/micro.ts [events|answers] [N]`.
 */
import { inMemorySession } from './in-memory.js';

const kind = process.argv[2] ?? 'events';
const n = Number(process.argv[3] ?? 1_000_000);

function chunks(): Buffer[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      kind === 'events'
        ? `{"event": "JOB_STATUS_CHANGE", "data": {"status": "running", "id": "job${i % 100}"}, "timestamp": {"seconds": 1764122400, "microseconds": 123456}}\r\n`
        : `{"return": {"status": "running", "singlestep": false, "running": true}, "id": ${i + 2}}\r\n`,
    );
  }
  const all = Buffer.from(lines.join(''));
  const out: Buffer[] = [];
  for (let i = 0; i < all.length; i += 65536) out.push(all.subarray(i, i + 65536));
  return out;
}

async function qmpblock(data: Buffer[]): Promise<number> {
  const { session: s, stream: d } = await inMemorySession({ maxInFlight: 1 << 30 });
  let got = 0;
  s.on('JOB_STATUS_CHANGE', () => got++);
  const ps: Promise<unknown>[] = [];
  if (kind !== 'events') for (let i = 0; i < n; i++) ps.push(s.execute('query-status'));
  const t0 = performance.now();
  for (const c of data) d.emit('data', c);
  await Promise.all(ps);
  const dt = performance.now() - t0;
  if (kind === 'events' && got !== n) throw new Error(`got ${got}`);
  return dt;
}

async function naive(data: Buffer[]): Promise<number> {
  let buf = '';
  let got = 0;
  const pending = new Map<number, (v: unknown) => void>();
  const ps: Promise<unknown>[] = [];
  if (kind !== 'events') for (let i = 0; i < n; i++) ps.push(new Promise((r) => pending.set(i + 2, r)));
  const t0 = performance.now();
  for (const chunk of data) {
    buf += chunk.toString();
    const lines = buf.split('\n');
    buf = lines.pop()!;
    for (const line of lines) {
      if (line.trim() === '') continue;
      const msg = JSON.parse(line);
      if (msg.event !== undefined) {
        if (msg.event === 'JOB_STATUS_CHANGE') got++;
      } else {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        p!(msg.return);
      }
    }
  }
  await Promise.all(ps);
  return performance.now() - t0;
}

const data = chunks();
const as: number[] = [];
const bs: number[] = [];
for (let r = 0; r < 11; r++) {
  as.push(await naive(data));
  bs.push(await qmpblock(data));
}
const med = (xs: number[]): number => xs.sort((x, y) => x - y)[xs.length >> 1]!;
const a = med(as);
const b = med(bs);
console.log(`median of 11: naive ${((a * 1000) / n).toFixed(3)} us/msg   qmpblock ${((b * 1000) / n).toFixed(3)} us/msg   ratio ${(a / b).toFixed(2)}`);
