/**
 * How a job QEMU forgot on its own ended, told from its record and the chain.
 *
 * Pulls of a manager that keeps job records run with auto-dismiss on
 * (pull.ts: QEMU 7.2 crashes listing nodes while a concluded stream waits to
 * be dismissed). One that ends while no
 * manager is connected leaves no trace in QEMU, only its record, so the next
 * manager to attach tells its end from what a pull leaves: the image it
 * pulled into backed by the base (or by nothing). A pull that was already
 * a no-op reads as completed, which is what it did. Pure: no I/O here.
 */
import type { Disk } from './disks.js';
import type { JobRecord } from './job-records.js';
import type { JobResult } from './state.js';

/** What a pull's record keeps for this (pull.ts, merge.ts). */
interface PullData {
  /** The base image's file; absent: the whole chain was pulled. */
  base?: string;
  /** The image pulled into; absent: the disk's top. */
  into?: string;
}

export const UNSEEN_FAILED = 'the job ended while no manager was connected, and the chain shows it did not complete (QEMU keeps no result of a job it dismissed itself)';

/** The end of the pull `rec` describes, QEMU having no job of its id any more; `disk`: its disk now. */
export function unseenEnd(rec: JobRecord, disk: Disk | undefined): { result: JobResult; error?: string } {
  // Asked to abort: CANCELED whatever it did after (as decideResult).
  if (rec.ending === 'abort') return { result: 'cancelled' };
  const data = (rec.data !== null && typeof rec.data === 'object' ? rec.data : {}) as PullData;
  const chain = disk?.chain ?? [];
  const at = typeof data.into === 'string' ? chain.findIndex((img) => img.filename === data.into) : disk === undefined ? -1 : 0;
  if (at >= 0) {
    const below = chain[at + 1];
    if (typeof data.base === 'string' ? below?.filename === data.base : below === undefined) return { result: 'completed' };
  }
  return { result: 'failed', error: UNSEEN_FAILED };
}
