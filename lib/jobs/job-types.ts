/**
 * Per-type behaviour of block jobs: whether a type has a pivot, how a pivot
 * is sent, and what happens after a job left QEMU (libvirt's per-type
 * completion handlers in qemuBlockJobEventProcess). Pull is registered here;
 * commit and copy register their own handlers (`BlockJobManager.registerJobType`).
 */
import type { Monitor } from '../monitor.js';
import type { BlockDeviceInfo } from '../qapi/types.js';
import type { BlockJobKind } from './constants.js';
import type { Disk } from './disks.js';
import type { Job, JobResult } from './state.js';

/** What a completion handler may use; the manager provides it. */
export interface JobContext {
  readonly monitor: Monitor;
  /** The disk as the manager knows it now. */
  disk(name: string): Disk | undefined;
  /**
   * Re-read the disk's chain from QEMU, store it, and `blockdev-del` every
   * -blockdev node that left the chain (format node, then its file node).
   * `topNode`: a new top node-name for a disk without frontend (after a pivot).
   */
  refreshChain(name: string, opts?: { topNode?: string }): Promise<Disk | undefined>;
  /** Type-specific data the starter attached to the job (base, top, flags...). */
  data(jobId: string): unknown;
  /** QEMU's node list, read when that is safe (node-guard.ts): never `monitor.queryNamedBlockNodes()` directly. */
  nodeList(): Promise<BlockDeviceInfo[]>;
}

export interface JobTypeHandler {
  readonly kind: BlockJobKind;
  /** Copy and active commit have a READY phase and a pivot; pull and commit do not. */
  readonly canPivot: boolean;
  /** Send the pivot of a READY job (default: `job-complete` / `block-job-complete`). */
  sendPivot?(ctx: JobContext, job: Job): Promise<void>;
  /** Send the cancel (default: `block-job-cancel`, `force: false` with -blockdev). */
  sendCancel?(ctx: JobContext, job: Job): Promise<void>;
  /**
   * Work after the job left QEMU and before the public event (so that a client
   * reacting to COMPLETED sees the new chain). Must not throw for a lost
   * connection; the manager logs failures and emits the event anyway.
   */
  complete(ctx: JobContext, job: Job, result: JobResult): Promise<void>;
}

/** Pull: QEMU has changed the chain on success; re-read it and drop what left it. */
export const pullHandler: JobTypeHandler = {
  kind: 'pull',
  canPivot: false,
  async complete(ctx, job) {
    // Re-read whatever the result: a cancel that lost the race still changed the chain.
    await ctx.refreshChain(job.disk);
  },
};

/** Used for types nobody registered yet: re-read the chain, no pivot. */
export function genericHandler(kind: BlockJobKind): JobTypeHandler {
  return {
    kind,
    canPivot: kind === 'copy' || kind === 'active-commit',
    async complete(ctx, job) {
      await ctx.refreshChain(job.disk);
    },
  };
}
