/**
 * The manager's record of one tracked job: the job as the state machine last
 * left it, the job module's data, and the promises and waiters the manager's
 * callers and guards hang on it. It also names the two groups of states the
 * manager tests: LIVE (QEMU is running the job) and UNDISMISSED (QEMU still
 * holds it as concluded). Plain data: no QMP, no disks, no effects.
 */
import type { Job } from './state.js';

export interface Slot {
  job: Job;
  data: unknown;
  started: Promise<void>;
  done: Promise<Job>;
  resolveDone: (job: Job) => void;
  /** The cancel/complete command of the current end request. */
  endCommand?: Promise<void>;
  /** Waiters for the job to leave the concluded/dismissing window (see `nodesSafe`). */
  dismissWaiters: (() => void)[];
  /**
   * Started here and not yet sent (held at the node-read gate, or writing its
   * record) is false: QEMU does not have it, and a job of the same id
   * (another process's) is not this one.
   */
  sent?: boolean;
  /** Adopted before the disks were known: completion waits for `diskKnown`. */
  pendingDisk?: boolean;
  /** Concluded before this manager attached: the chain it left is unknown (see dropOrphans). */
  concludedUnseen?: boolean;
  diskKnown?: () => void;
  /**
   * An abort or pivot marked in the job's record by this manager whose
   * request was not applied (the job concluded while the mark was written):
   * not another client's word on how the job ended.
   */
  unappliedMark?: 'abort' | 'pivot';
  /**
   * An abort or pivot of this manager's between its decision and the state
   * machine taking it (its record mark being written): another one then is
   * refused at once, so that it cannot overwrite that mark.
   */
  endClaim?: 'abort' | 'pivot';
}

export const LIVE: ReadonlySet<Job['state']> = new Set<Job['state']>(['running', 'ready', 'aborting', 'pivoting']);
/** QEMU still holds the job as concluded: the window in which node queries crash QEMU 7.2. */
export const UNDISMISSED: ReadonlySet<Job['state']> = new Set<Job['state']>(['concluded', 'dismissing']);

/** A new record for `job`, not yet started (its `started` is already settled) nor done. */
export function newSlot(job: Job, data: unknown): Slot {
  let resolveDone!: (j: Job) => void;
  const done = new Promise<Job>((r) => (resolveDone = r));
  return { job, data, started: Promise.resolve(), done, resolveDone, dismissWaiters: [] };
}
