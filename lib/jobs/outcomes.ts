/**
 * How the last two-phase job (copy, active commit) of each disk really ended.
 *
 * libvirt reports an abort as CANCELED whatever QEMU says, but after READY a
 * plain abort is QEMU's *soft* cancel: the job completes without a pivot, the
 * base (commit) or the destination (copy) holds a full copy, the disk stays
 * where it was. virsh prints "Commit complete, overlay image kept" or
 * "Successfully copied" for that, and "... aborted" for a cancel before
 * READY. The public event cannot carry the difference (its shape is libvirt's),
 * so the completion handlers record it here and `lastJobOutcome` reads it.
 */
import type { BlockJobKind } from './constants.js';
import type { Job, JobResult } from './state.js';

export interface JobOutcome {
  jobId: string;
  kind: BlockJobKind;
  /** libvirt's status, as in the `blockJob` event. */
  status: 'COMPLETED' | 'FAILED' | 'CANCELED';
  /** The disk switched to the base / the copy. */
  pivoted: boolean;
  /**
   * QEMU finished the copy: true for a pivot and for an abort after READY
   * (soft cancel), false for a cancel before READY or a failure.
   */
  synced: boolean;
  error?: string;
}

const STATUS: Record<JobResult, JobOutcome['status']> = { completed: 'COMPLETED', failed: 'FAILED', cancelled: 'CANCELED' };

const byOwner = new WeakMap<object, Map<string, JobOutcome>>();

/** Describe how a job ended from what the state machine recorded. */
export function outcomeOf(job: Job, result: JobResult): JobOutcome {
  const pivoted = result === 'completed' && job.endRequest === 'pivot';
  const synced = pivoted || (job.readyEmitted && job.blockEvent === 'completed' && job.error === undefined);
  const o: JobOutcome = { jobId: job.id, kind: job.kind, status: STATUS[result], pivoted, synced };
  if (job.error !== undefined && result === 'failed') o.error = job.error;
  return o;
}

export function recordOutcome(owner: object, disk: string, outcome: JobOutcome): void {
  let map = byOwner.get(owner);
  if (!map) byOwner.set(owner, (map = new Map()));
  map.set(disk, outcome);
}

export function lastOutcome(owner: object, disk: string): JobOutcome | undefined {
  return byOwner.get(owner)?.get(disk);
}
