/**
 * `blockMerge(disk, source, dest, opts)`: carry out a planned merge (plan.ts)
 * with the manager's own jobs, and see it through: wait for the end, pivot an
 * active commit once READY, and resolve only when the chain is re-linked (the
 * job handlers re-read it before the job's event). A job that ends FAILED or
 * CANCELED (a user's abort included) rejects.
 */
import { VirError } from '../errors.js';
import { logger } from '../log.js';
import { toBytesPerSecond } from '../jobs/bandwidth.js';
import {
  JOB_NAME_PREFIX,
  VIR_DOMAIN_BLOCK_COMMIT_ACTIVE,
  VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES,
} from '../jobs/constants.js';
import type { BlockJobEvent, BlockJobManager } from '../jobs/manager.js';
import { checkFlags } from '../jobs/registry.js';
import { directionOf, planMerge, type MergePlan } from './plan.js';

const log = logger('job');

export interface MergeOptions {
  /** MiB/s, or bytes/s with VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES in `flags`; 0 = unlimited. */
  bandwidth?: number;
  flags?: number;
}

/** Collects the disk's job events from before the start, so none is missed. */
class DiskEvents {
  private readonly seen: BlockJobEvent[] = [];
  private wake: (() => void) | undefined;
  private readonly listener = (ev: BlockJobEvent): void => {
    if (ev.device !== this.device) return;
    this.seen.push(ev);
    this.wake?.();
  };

  constructor(private readonly m: BlockJobManager, private readonly device: string) {
    m.on('blockJob', this.listener);
  }

  /** The first event with one of `statuses`. */
  async next(statuses: readonly string[]): Promise<BlockJobEvent> {
    for (;;) {
      const hit = this.seen.find((e) => statuses.includes(e.status));
      if (hit) return hit;
      await new Promise<void>((r) => (this.wake = r));
    }
  }

  dispose(): void {
    this.m.off('blockJob', this.listener);
  }
}

function failure(ev: BlockJobEvent, what: string): VirError {
  if (ev.status === 'CANCELED') return new VirError('OPERATION_FAILED', `${what} was canceled`);
  return new VirError('OPERATION_FAILED', `${what} failed${ev.error ? `: ${ev.error}` : ''}`);
}

/**
 * Merge the contents of `source` into `dest` (adjacent images of `disk`'s chain).
 * @throws VirError before anything is sent when the pair is invalid; OPERATION_FAILED when the job fails
 */
export async function blockMerge(m: BlockJobManager, diskArg: string, source: string, dest: string, opts: MergeOptions = {}): Promise<void> {
  const flags = opts.flags ?? 0;
  checkFlags(flags, VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES, 'blockMerge');
  const bytes = (flags & VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES) !== 0;
  const bandwidth = opts.bandwidth ?? 0;
  toBytesPerSecond(bandwidth, bytes); // refuse a bad value before anything is sent
  const disk = m.getDisk(diskArg);
  const plan = planMerge(m.listDisks(), disk, source, dest);
  const file = (i: number): string => disk.chain[i]!.filename;
  const what = `merge of '${file(plan.source)}' into '${file(plan.dest)}' on disk '${disk.name}'`;
  if (log.enabled) log('%s: %s (%s)', what, plan.op, directionOf(plan));
  const events = new DiskEvents(m, disk.name);
  try {
    await start(m, diskArg, plan, bandwidth, bytes);
    if (plan.op === 'active-commit') {
      const ev = await events.next(['READY', 'COMPLETED', 'FAILED', 'CANCELED']);
      if (ev.status !== 'READY') throw failure(ev, what);
      await m.blockJobAbort(diskArg, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
    }
    const end = await events.next(['COMPLETED', 'FAILED', 'CANCELED']);
    if (end.status !== 'COMPLETED') throw failure(end, what);
  } finally {
    events.dispose();
  }
}

async function start(m: BlockJobManager, diskArg: string, plan: MergePlan, bandwidth: number, bytes: boolean): Promise<void> {
  const disk = m.getDisk(diskArg);
  const file = (i: number): string => disk.chain[i]!.filename;
  switch (plan.op) {
    case 'pull':
      return m.blockRebase(diskArg, plan.base === null ? null : file(plan.base), bandwidth, bytes ? VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES : 0);
    case 'active-commit':
      return m.blockCommit(diskArg, file(1), null, bandwidth, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE | (bytes ? VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES : 0));
    case 'commit':
      return m.blockCommit(diskArg, file(plan.dest), file(plan.source), bandwidth, bytes ? VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES : 0);
    case 'stream-into':
      return streamInto(m, diskArg, plan.dest, plan.base, toBytesPerSecond(bandwidth, bytes));
    default: {
      const never: never = plan;
      throw new Error(`unknown merge plan ${JSON.stringify(never)}`);
    }
  }
}

/** Job ids must be QEMU identifiers; -drive node names (`#block123`) are not. */
function idPart(node: string): string {
  return node.replace(/[^A-Za-z0-9._-]/g, '');
}

/**
 * `block-stream` with `device` = an intermediate image's node: it pulls the
 * data of the images down to `base` into it and re-links it onto `base`.
 * Registered as a pull job on the disk, so the disk is reserved meanwhile and
 * the chain is re-read (and dropped nodes deleted) at the end.
 */
async function streamInto(m: BlockJobManager, diskArg: string, into: number, base: number | null, speed: number): Promise<void> {
  await m.startJob({
    disk: diskArg,
    kind: 'pull',
    plan: (disk) => {
      // Re-plan on the disk as it is now: the chain may have changed since the check.
      const target = disk.chain[into];
      const baseImg = base === null ? undefined : disk.chain[base];
      if (!target?.nodeName || (base !== null && !baseImg?.nodeName)) {
        throw new VirError('OPERATION_INVALID', `cannot address the images of disk '${disk.name}' by node name`);
      }
      const jobId = `${JOB_NAME_PREFIX.pull}-${idPart(disk.name)}-${idPart(target.nodeName)}`;
      return {
        jobId,
        data: { base: baseImg?.filename },
        send: (mon) => mon.blockStream({
          device: target.nodeName!,
          jobId,
          ...(baseImg ? { baseNode: baseImg.nodeName!, backingFile: baseImg.filename } : {}),
          ...(speed ? { speed } : {}),
          autoFinalize: true,
          autoDismiss: false,
        }),
      };
    },
  });
}
