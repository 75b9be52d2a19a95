/**
 * The guard every read of QEMU's node list waits for: QEMU 7.2 crashes
 * (SIGSEGV) on `query-named-block-nodes` while a stream job is concluded but
 * not yet dismissed (observed here: the stream's filter node has left the
 * graph but is listed until the job goes), so the manager reads the node list only
 * when no job of its own is in that window. libvirt happens to avoid it by
 * dismissing before reading the nodes. It knows the manager's job records and
 * `query-jobs`, not disks or nodes.
 */
import type { Monitor } from '../monitor.js';
import { LIVE, UNDISMISSED, type Slot } from './slot.js';

/**
 * Resolves when no job in `slots` is concluded but not yet dismissed.
 * `slots` is read live (jobs may come and go while this waits). `except`: a
 * job of the caller's that has not started in QEMU yet (a copy reading the
 * nodes to make its destination), neither synced with nor waited for.
 */
export async function nodesSafe(monitor: Monitor, session: { readonly closed: boolean }, slots: ReadonlyMap<string, Slot>, except?: string): Promise<void> {
  // A job of another disk may have concluded in QEMU without our having seen
  // the event yet. QEMU sends pending events before a command's answer, so
  // once query-jobs has answered, every conclusion so far has been observed
  // and the guard below covers it. (A job that concludes between this answer
  // and the node query can still hit QEMU's bug; the window is one command.)
  // With no other job of ours alive there is nothing to catch up on, and the
  // conversation stays exactly libvirt's.
  // A start not sent yet is not in QEMU: nothing to sync with, nor to wait for (it waits for reads to end).
  const inQemu = (sl: Slot): boolean => sl.job.id !== except && sl.sent !== false;
  const othersAlive = [...slots.values()].some((sl) => inQemu(sl) && (sl.job.state === 'new' || LIVE.has(sl.job.state)));
  if (othersAlive && !session.closed) await monitor.queryJobs().catch(() => undefined);
  for (;;) {
    // A job whose start has not answered yet (late: see settleLateStart) may
    // already be concluded in QEMU: it is waited for as well.
    const waiting = [...slots.values()].filter((s) => inQemu(s) && (UNDISMISSED.has(s.job.state) || (s.job.state === 'new' && s.job.qemuStatus === 'concluded')));
    if (waiting.length === 0) return;
    await Promise.all(waiting.map((s) => new Promise<void>((r) => s.dismissWaiters.push(r))));
  }
}

/**
 * Node-list reads in flight (from the guard's query-jobs to the list's
 * answer): a job start waits until there are none, so that no job of ours
 * starts between the two and concludes there at once (seen on QEMU 7.2 with
 * two pulls started together).
 */
export class NodeReadGate {
  private count = 0;
  private waiters: (() => void)[] = [];

  get busy(): boolean {
    return this.count > 0;
  }

  async run<T>(read: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await read();
    } finally {
      if (--this.count === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  /** Resolves when no read is in flight (a caller checks `busy` again: another may have begun). */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((r) => this.waiters.push(r));
  }
}
