/**
 * In-process micro-benchmark of the recorder's cost on the receive path: the
 * same 64 KiB chunks of small events fed to a QmpSession with and without a
 * TraceRecorder on its tap, one chunk per event-loop turn, alternating.
 * For profiling only: `node --import tsx bench/micro-rec.ts [N] [rounds]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inMemorySession } from './in-memory.js';
import { TraceRecorder } from '../lib/trace/recorder.js';

const n = Number(process.argv[2] ?? 500_000);
const rounds = Number(process.argv[3] ?? 5);
const only = process.argv[4];

function chunks(): Buffer[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`{"event": "JOB_STATUS_CHANGE", "data": {"status": "running", "id": "job${i % 100}"}, "timestamp": {"seconds": 1764122400, "microseconds": 123456}}\r\n`);
  }
  const all = Buffer.from(lines.join(''));
  const out: Buffer[] = [];
  for (let i = 0; i < all.length; i += 65536) out.push(Buffer.from(all.subarray(i, i + 65536)));
  return out;
}

const file = path.join(os.tmpdir(), `qmpblock-micro-rec-${process.pid}.jsonl`);

async function run(data: Buffer[], record: boolean): Promise<number> {
  const rec = record ? TraceRecorder.open(file, { qmpTrace: 1, source: 'micro', scenario: 'micro', description: '' }) : undefined;
  const { session: s, stream: d } = await inMemorySession(rec ? { tap: rec.tap } : {});
  let got = 0;
  s.on('JOB_STATUS_CHANGE', () => got++);
  const c0 = process.cpuUsage();
  for (const c of data) {
    d.emit('data', c);
    await new Promise((r) => setImmediate(r));
  }
  const c = process.cpuUsage(c0);
  rec?.close();
  s.destroy();
  if (got !== n) throw new Error(`got ${got}`);
  return ((c.user + c.system) * 1000) / n;
}

const data = chunks();
const plain: number[] = [];
const recd: number[] = [];
for (let r = 0; r < rounds; r++) {
  if (only !== 'rec') plain.push(await run(data, false));
  if (only !== 'plain') recd.push(await run(data, true));
}
fs.rmSync(file, { force: true });
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1] ?? NaN;
console.log(`plain ${med(plain).toFixed(0)} ns/event, recording ${med(recd).toFixed(0)} ns/event, cost ${((med(recd) / med(plain) - 1) * 100).toFixed(0)}%`);
