/**
 * The recorded scenarios of commit, copy, merge and snapshots: each one is a
 * set-up (disk kinds on standard chains in a fixed folder, so that the paths
 * in the trace are the ones a replay passes again) and the library calls to
 * make. `record-traces.ts` runs them against real QEMU behind the recording
 * proxy; `replay.spec.ts` runs them against the replayed trace, which answers
 * only if the manager sends exactly what it sent to QEMU, in the same order.
 */
import path from 'node:path';
import {
  VIR_DOMAIN_BLOCK_COMMIT_ACTIVE,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  type BlockJobEvent,
  type BlockJobManager,
} from '../../../lib/jobs/index.js';
import { nextEvent } from '../../helpers/events.js';
import type { Kind } from './vm.js';

export interface ScenarioContext {
  m: BlockJobManager;
  /** Disk names as the manager knows them. */
  disks: string[];
  /** Per disk: [top, mid, base]. */
  images: string[][];
  dir: string;
}

export interface Scenario {
  name: string;
  description: string;
  kinds: Kind[];
  /** Runs the calls; returns what the replay test compares (events, chains, error texts). */
  run(ctx: ScenarioContext): Promise<unknown>;
}

/** The fixed folder of a scenario's images: paths in traces must be reproducible. */
export function scenarioDir(name: string): string {
  return path.join('/tmp/qmpblock-trace-images', name);
}

function chains(ctx: ScenarioContext): string[][] {
  return ctx.disks.map((d) => ctx.m.getDisk(d).chain.map((i) => i.filename));
}

function collect(m: BlockJobManager): string[] {
  const out: string[] = [];
  m.on('blockJob', (e: BlockJobEvent) => out.push(`${e.disk}:${e.type}:${e.status}`));
  return out;
}

function waitFor(m: BlockJobManager, status: string): Promise<BlockJobEvent> {
  return nextEvent(m, (e) => e.status === status);
}

export const scenarios: Scenario[] = [
  {
    name: 'commit-intermediate-blockdev',
    description: 'blockCommit(base, mid) below the active layer, -blockdev: COMPLETED, top re-linked onto base, mid nodes deleted',
    kinds: ['blockdev'],
    async run(ctx) {
      const ev = collect(ctx.m);
      const done = waitFor(ctx.m, 'COMPLETED');
      await ctx.m.blockCommit(ctx.disks[0]!, ctx.images[0]![2]!, ctx.images[0]![1]!);
      await done;
      return { events: ev, chains: chains(ctx) };
    },
  },
  {
    name: 'commit-active-pivot-drive',
    description: 'active blockCommit on -drive, READY, blockJobAbort(PIVOT): block-job-complete, the disk on base',
    kinds: ['drive'],
    async run(ctx) {
      const ev = collect(ctx.m);
      const ready = waitFor(ctx.m, 'READY');
      await ctx.m.blockCommit(ctx.disks[0]!, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
      await ready;
      await ctx.m.blockJobAbort(ctx.disks[0]!, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      return { events: ev, chains: chains(ctx), outcome: ctx.m.lastJobOutcome(ctx.disks[0]!) };
    },
  },
  {
    name: 'commit-active-abort-blockdev',
    description: 'active blockCommit on -blockdev, READY, plain abort: block-job-cancel force=false, QEMU completes without pivot, CANCELED',
    kinds: ['blockdev'],
    async run(ctx) {
      const ev = collect(ctx.m);
      const ready = waitFor(ctx.m, 'READY');
      await ctx.m.blockCommit(ctx.disks[0]!, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
      await ready;
      await ctx.m.blockJobAbort(ctx.disks[0]!);
      return { events: ev, chains: chains(ctx), outcome: ctx.m.lastJobOutcome(ctx.disks[0]!) };
    },
  },
  {
    name: 'copy-pivot-blockdev',
    description: 'blockCopy to a new file on -blockdev: blockdev-create x2, blockdev-add x2, blockdev-mirror, READY, job-complete, old nodes deleted',
    kinds: ['blockdev'],
    async run(ctx) {
      const ev = collect(ctx.m);
      const ready = waitFor(ctx.m, 'READY');
      await ctx.m.blockCopy(ctx.disks[0]!, path.join(ctx.dir, 'copy.qcow2'));
      await ready;
      await ctx.m.blockJobAbort(ctx.disks[0]!, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      return { events: ev, chains: chains(ctx) };
    },
  },
  {
    name: 'merge-stream-into-intermediate-drive',
    description: 'blockMerge(base into mid) on -drive: block-stream into the intermediate node (auto node-name), job-finalize, mid <- top',
    kinds: ['drive'],
    async run(ctx) {
      const ev = collect(ctx.m);
      await ctx.m.blockMerge(ctx.disks[0]!, ctx.images[0]![2]!, ctx.images[0]![1]!);
      return { events: ev, chains: chains(ctx) };
    },
  },
  {
    name: 'snapshot-create-delete-mixed',
    description: 'snapshotCreate on a -drive (forward) and a -blockdev (backward) disk in one transaction, then snapshotDelete: jobs to PENDING/READY in parallel, ended one by one',
    kinds: ['drive', 'blockdev'],
    async run(ctx) {
      const ev = collect(ctx.m);
      await ctx.m.snapshotCreate('s1', [
        { disk: ctx.disks[0]!, file: path.join(ctx.dir, 's1-0.qcow2'), merge: 'forward' },
        { disk: ctx.disks[1]!, file: path.join(ctx.dir, 's1-1.qcow2'), merge: 'backward' },
      ]);
      const during = chains(ctx);
      await ctx.m.snapshotDelete('s1');
      return { events: ev, during, chains: chains(ctx), left: await ctx.m.snapshotList() };
    },
  },
  {
    name: 'snapshot-refused-transaction',
    description: 'snapshotCreate where QEMU refuses the -drive overlay (missing folder): the transaction fails, the -blockdev overlay nodes are deleted',
    kinds: ['blockdev', 'drive'],
    async run(ctx) {
      const err = await ctx.m.snapshotCreate('s0', [
        { disk: ctx.disks[0]!, file: path.join(ctx.dir, 'ok.qcow2') },
        { disk: ctx.disks[1]!, file: path.join(ctx.dir, 'missing', 'bad.qcow2') },
      ]).then(() => 'no error', (e: Error) => e.message);
      return { error: err, chains: chains(ctx), left: await ctx.m.snapshotList() };
    },
  },
  {
    name: 'merge-forward-current-blockdev',
    description: 'blockMerge(mid into top) on -blockdev: block-stream into the top with base-node, auto-finalize off, PENDING, job-finalize',
    kinds: ['blockdev'],
    async run(ctx) {
      const ev = collect(ctx.m);
      await ctx.m.blockMerge(ctx.disks[0]!, ctx.images[0]![1]!, ctx.images[0]![0]!);
      return { events: ev, chains: chains(ctx) };
    },
  },
  {
    name: 'merge-backward-current-drive',
    description: 'blockMerge(top into mid) on -drive: active block-commit, READY, block-job-complete, the disk on mid',
    kinds: ['drive'],
    async run(ctx) {
      const ev = collect(ctx.m);
      await ctx.m.blockMerge(ctx.disks[0]!, ctx.images[0]![0]!, ctx.images[0]![1]!);
      return { events: ev, chains: chains(ctx) };
    },
  },
  {
    name: 'merge-backward-intermediate-blockdev',
    description: 'blockMerge(mid into base) on -blockdev: block-commit with auto-finalize off, PENDING, job-finalize, top re-linked onto base',
    kinds: ['blockdev'],
    async run(ctx) {
      const ev = collect(ctx.m);
      await ctx.m.blockMerge(ctx.disks[0]!, ctx.images[0]![1]!, ctx.images[0]![2]!);
      return { events: ev, chains: chains(ctx) };
    },
  },
  {
    name: 'copy-finish-shallow-drive',
    description: 'shallow blockCopy on -drive (drive-mirror sync=top), READY, plain abort: QEMU completes without pivot (virsh --finish)',
    kinds: ['drive'],
    async run(ctx) {
      const ev = collect(ctx.m);
      const ready = waitFor(ctx.m, 'READY');
      await ctx.m.blockCopy(ctx.disks[0]!, path.join(ctx.dir, 'shallow.qcow2'), {}, 1);
      await ready;
      await ctx.m.blockJobAbort(ctx.disks[0]!);
      return { events: ev, chains: chains(ctx), outcome: ctx.m.lastJobOutcome(ctx.disks[0]!) };
    },
  },
  {
    name: 'copy-missing-folder-drive',
    description: 'blockCopy into a folder that does not exist, -drive: QEMU refuses drive-mirror, libvirt-style internal error, no job',
    kinds: ['drive'],
    async run(ctx) {
      const err = await ctx.m.blockCopy(ctx.disks[0]!, path.join(ctx.dir, 'missing', 'c.qcow2')).then(() => 'no error', (e: Error) => e.message);
      return { error: err, job: ctx.m.jobFor(ctx.disks[0]!) ?? null, chains: chains(ctx) };
    },
  },
  {
    name: 'copy-missing-folder-blockdev',
    description: 'blockCopy into a folder that does not exist, -blockdev: the blockdev-create job fails (query-jobs error), dismissed, no job',
    kinds: ['blockdev'],
    async run(ctx) {
      const err = await ctx.m.blockCopy(ctx.disks[0]!, path.join(ctx.dir, 'missing', 'c.qcow2')).then(() => 'no error', (e: Error) => e.message);
      return { error: err, job: ctx.m.jobFor(ctx.disks[0]!) ?? null, chains: chains(ctx) };
    },
  },
  {
    name: 'snapshot-delete-retry-busy',
    description: 'snapshotCreate on a -drive and a -blockdev disk; a copy holds the -blockdev disk, so snapshotDelete is refused before anything changes; the copy is aborted; the retry merges both',
    kinds: ['drive', 'blockdev'],
    async run(ctx) {
      const ev = collect(ctx.m);
      await ctx.m.snapshotCreate('s1', [
        { disk: ctx.disks[0]!, file: path.join(ctx.dir, 's1-0.qcow2'), merge: 'forward' },
        { disk: ctx.disks[1]!, file: path.join(ctx.dir, 's1-1.qcow2'), merge: 'backward' },
      ]);
      const ready = waitFor(ctx.m, 'READY');
      await ctx.m.blockCopy(ctx.disks[1]!, path.join(ctx.dir, 'scratch.qcow2'));
      await ready;
      const first = await ctx.m.snapshotDelete('s1').then(() => 'no error', (e: Error) => e.message);
      const partial = await ctx.m.snapshotList();
      await ctx.m.blockJobAbort(ctx.disks[1]!);
      await ctx.m.snapshotDelete('s1');
      return { events: ev, first, partial: partial.map((p) => ({ state: p.state, disks: p.disks.map((d) => [d.state, d.error ?? null]) })), chains: chains(ctx), left: await ctx.m.snapshotList() };
    },
  },
];
