/**
 * The guard every read of QEMU's node list waits for: QEMU 7.2 crashes
 * (SIGSEGV) on `query-named-block-nodes` while a stream job is concluded but
 * not yet dismissed (observed here), so the manager reads the node list only
 * when no job of its own is in that window. libvirt happens to avoid it by
 * dismissing before reading the nodes. It knows the manager's job records and
 * `query-jobs`, not disks or nodes.
 */
import type { Monitor } from '../monitor.js';
import { LIVE, UNDISMISSED, type Slot } from './slot.js';

/**
 * Resolves when no job in `slots` is concluded but not yet dismissed.
 * `slots` is read live (jobs may come and go while this waits).
 */
export async function nodesSafe(monitor: Monitor, session: { readonly closed: boolean }, slots: ReadonlyMap<string, Slot>): Promise<void> {
  // A job of another disk may have concluded in QEMU without our having seen
  // the event yet. QEMU sends pending events before a command's answer, so
  // once query-jobs has answered, every conclusion so far has been observed
  // and the guard below covers it. (A job that concludes between this answer
  // and the node query can still hit QEMU's bug; the window is one command.)
  // With no other job of ours alive there is nothing to catch up on, and the
  // conversation stays exactly libvirt's.
  const othersAlive = [...slots.values()].some((sl) => sl.job.state === 'new' || LIVE.has(sl.job.state));
  if (othersAlive && !session.closed) await monitor.queryJobs().catch(() => undefined);
  for (;;) {
    // A job whose start has not answered yet (late: see settleLateStart) may
    // already be concluded in QEMU: it is waited for as well.
    const waiting = [...slots.values()].filter((s) => UNDISMISSED.has(s.job.state) || (s.job.state === 'new' && s.job.qemuStatus === 'concluded'));
    if (waiting.length === 0) return;
    await Promise.all(waiting.map((s) => new Promise<void>((r) => s.dismissWaiters.push(r))));
  }
}
