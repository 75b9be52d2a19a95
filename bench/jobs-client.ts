/**
 * Items 6 and 8, run by bench/client.ts in its fresh process: the embedded
 * simulator (lib/sim) is the QEMU here, in the same process (its CPU counts
 * in the figures), and BlockJobManager (lib/jobs) the client.
 *
 * - chain: a 1,000-image backing chain on one disk: BlockJobManager.attach
 *   (disk and chain discovery from query-block + query-named-block-nodes),
 *   rediscover(), and base lookups by path, node-name and `disk[N]` at the
 *   bottom of the chain;
 * - jobs: block pulls on a 3-image chain: the time from the moment the
 *   BLOCK_JOB_COMPLETED line arrives (seen by the session's wire tap, before
 *   parsing) to the manager's `blockJob` COMPLETED event, and the QMP
 *   messages one blockPull costs, from the call to the manager's event and
 *   until the manager is idle again. With `records: 1` the manager keeps job
 *   records (in a temporary folder, as the CLI always does), so its pulls run
 *   with auto-dismiss on (lib/jobs/pull.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { QmpSession } from '../lib/qmp/session.js';
import { BlockJobManager, resolveImage } from '../lib/jobs/index.js';
import { startSimulator } from '../lib/sim/index.js';

type Figures = Record<string, number>;

function med(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : NaN;
}

export async function chain(p: Record<string, number>): Promise<Figures> {
  const depth = p.depth ?? 1000;
  const paths = Array.from({ length: depth }, (_, i) => `/var/lib/images/chain/layer-${String(i).padStart(4, '0')}.qcow2`);
  const sim = await startSimulator({ disks: [{ name: 'drive0', chain: paths, sizeBytes: 1 << 30 }] });
  let bytesIn = 0;
  const session = await QmpSession.connect(sim.endpoint, { tap: (dir, text) => void (dir === 's2c' && (bytesIn += text.length)) });
  try {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const m = await BlockJobManager.attach(session);
    const attachMs = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const attachBytes = bytesIn;
    const disk = m.getDisk('drive0');
    if (disk.chain.length !== depth) throw new Error(`discovered ${disk.chain.length} images, expected ${depth}`);
    const redis: number[] = [];
    for (let i = 0; i < (p.reps ?? 3); i++) {
      const t = performance.now();
      await m.rediscover();
      redis.push(performance.now() - t);
    }
    const d = m.getDisk('drive0');
    const bottom = d.chain[depth - 1]!;
    const n = p.lookups ?? 2000;
    const lookup = (arg: string): number => {
      const t = performance.now();
      for (let i = 0; i < n; i++) {
        if (resolveImage(m.listDisks(), d, arg, 0) !== depth - 1) throw new Error(`lookup of ${arg} failed`);
      }
      return ((performance.now() - t) * 1000) / n;
    };
    const byPath = lookup(bottom.filename);
    const byNode = bottom.nodeName ? lookup(bottom.nodeName) : NaN;
    const byIndex = lookup(`drive0[${depth}]`);
    m.detach();
    return {
      attachMs,
      attachCpuMs: (c.user + c.system) / 1000,
      attachKiB: attachBytes / 1024,
      rediscoverMs: med(redis),
      lookupPathUs: byPath,
      lookupNodeUs: byNode,
      lookupIndexUs: byIndex,
    };
  } finally {
    await session.close();
    await sim.close();
  }
}

export async function jobs(p: Record<string, number>): Promise<Figures> {
  const sim = await startSimulator({
    disks: [{ name: 'drive0', chain: ['/images/top.qcow2', '/images/mid.qcow2', '/images/base.qcow2'], sizeBytes: 16 << 20 }],
  });
  let completedAt = 0;
  let counting = false;
  let c2s = 0;
  let s2c = 0;
  const names: string[] = [];
  const session = await QmpSession.connect(sim.endpoint, {
    tap: (dir, text) => {
      if (dir === 's2c' && completedAt === 0 && text.includes('"BLOCK_JOB_COMPLETED"')) completedAt = performance.now();
      if (!counting) return;
      if (dir === 'c2s') {
        c2s++;
        const m = /"execute":\s*"([^"]+)"/.exec(text);
        if (m) names.push(m[1]!);
      } else s2c++;
    },
  });
  const stateDir = p.records ? fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-bench-jobs-')) : undefined;
  try {
    const m = await BlockJobManager.attach(session, stateDir !== undefined ? { stateDir } : {});
    const lat: number[] = [];
    const msgs: number[] = [];
    const cmds: number[] = [];
    let sequence = '';
    for (let i = 0; i < (p.pulls ?? 5); i++) {
      // a fresh chain each time: rebuild by snapshotting? simpler: a new disk per pull
      completedAt = 0;
      c2s = 0;
      s2c = 0;
      names.length = 0;
      counting = true;
      const done = new Promise<number>((resolve, reject) => {
        const on = (ev: { disk: string; status: string }): void => {
          if (ev.status === 'COMPLETED') {
            m.off('blockJob', on);
            resolve(performance.now());
          } else if (ev.status === 'FAILED' || ev.status === 'CANCELED') {
            m.off('blockJob', on);
            reject(new Error(`pull ended ${ev.status}`));
          }
        };
        m.on('blockJob', on);
      });
      await m.blockPull('drive0');
      const at = await done;
      // let the manager finish what it does after the event (dismiss, re-reading the chain)
      await new Promise((r) => setTimeout(r, 50));
      counting = false;
      if (completedAt > 0) lat.push((at - completedAt) * 1000);
      msgs.push(c2s + s2c);
      cmds.push(c2s);
      if (i === 0) sequence = names.join(' ');
      if (i + 1 < (p.pulls ?? 5)) {
        // put a backing chain back under drive0 for the next pull
        await session.execute('blockdev-snapshot-sync', { device: 'drive0', 'snapshot-file': `/images/over${i}.qcow2`, format: 'qcow2' });
        await m.rediscover();
      }
    }
    await m.recordsWritten();
    m.detach();
    return { latencyUs: med(lat), messages: med(msgs), commands: med(cmds), sequence: sequence as unknown as number };
  } finally {
    await session.close();
    await sim.close();
    if (stateDir !== undefined) fs.rmSync(stateDir, { recursive: true, force: true });
  }
}
