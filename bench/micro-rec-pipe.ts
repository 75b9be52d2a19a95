/**
 * In-process micro-benchmark of the recorder's cost on pipelined commands:
 * `depth` callers each awaiting `query-status` in turn, answered by an
 * in-memory peer one write's commands at a time (one chunk per write, on the
 * next turn), with and without a TraceRecorder, alternating. No socket and no
 * server process, so the figures move less than the bench's. For profiling:
 * `node --import tsx bench/micro-rec-pipe.ts [N] [rounds] [depth]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Duplex } from 'node:stream';
import { QmpSession } from '../lib/qmp/session.js';
import { TraceRecorder } from '../lib/trace/recorder.js';

const n = Number(process.argv[2] ?? 200_000);
const rounds = Number(process.argv[3] ?? 5);
const depth = Number(process.argv[4] ?? 64);
const GREETING = '{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n';
const ID = /"id":(\d+)/g;

/** Answers each write's commands in one chunk, on the next turn. */
class Peer extends Duplex {
  override _read(): void {}
  override _write(chunk: Buffer, _e: string, cb: () => void): void {
    let out = '';
    for (const m of chunk.toString('latin1').matchAll(ID)) out += `{"return": {"status": "running", "singlestep": false, "running": true}, "id": ${m[1]}}\r\n`;
    setImmediate(() => this.emit('data', Buffer.from(out, 'latin1')));
    cb();
  }
}

const file = path.join(os.tmpdir(), `qmpblock-micro-rec-pipe-${process.pid}.jsonl`);

async function run(record: boolean): Promise<number> {
  const rec = record ? TraceRecorder.open(file, { qmpTrace: 1, source: 'micro', scenario: 'micro', description: '' }) : undefined;
  const peer = new Peer();
  const s = new QmpSession(peer, rec ? { tap: rec.tap } : {});
  const hs = s.handshake();
  peer.emit('data', Buffer.from(GREETING));
  await hs;
  let sent = 0;
  const worker = async (): Promise<void> => {
    while (sent < n) {
      sent++;
      await s.execute('query-status');
    }
  };
  const c0 = process.cpuUsage();
  await Promise.all(Array.from({ length: depth }, worker));
  const c = process.cpuUsage(c0);
  rec?.close();
  s.destroy();
  return ((c.user + c.system) * 1000) / n;
}

const plain: number[] = [];
const recd: number[] = [];
for (let r = 0; r < rounds; r++) {
  plain.push(await run(false));
  recd.push(await run(true));
}
fs.rmSync(file, { force: true });
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1] ?? NaN;
console.log(`plain ${med(plain).toFixed(0)} ns/command, recording ${med(recd).toFixed(0)} ns/command, cost ${((med(recd) / med(plain) - 1) * 100).toFixed(0)}%`);
