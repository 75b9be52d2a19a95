/**
 * virsh's virshBlockJobWait: subscribe to the disk's block job events before
 * the job starts (QEMU may finish a small job before the start command
 * returns), then poll the job every 500 ms, redraw the progress line when
 * cur/end change, end on the first event for the disk, and on Ctrl-C or
 * --timeout abort the job (asynchronously with --async) and report CANCELED.
 * virsh prints the `[100 %]` line once, only for COMPLETED or READY.
 * A job that vanishes without any event (another client dismissed it) is
 * taken as COMPLETED after a few polls: virsh's own fallback for when it
 * cannot get events, so that the wait cannot hang forever.
 */
import type { BlockJobEvent, CliManager, JobStatus } from './api.js';
import { FLAGS } from './api.js';
import type { CliContext } from './context.js';
import { progressDoneLine, progressLine, percentDone } from './format.js';
import type { JsonRecord } from './io.js';
import { VirError } from '../errors.js';

export interface WaitOptions {
  disk: string;
  /** the progress label: "Block Pull", "Block commit", "Block Copy" */
  label: string;
  verbose: boolean;
  /** ms; 0 or undefined = no limit */
  timeoutMs?: number;
  asyncAbort: boolean;
}

export interface WaitOutcome {
  status: JobStatus;
  /** the job was aborted because the user asked (Ctrl-C or --timeout) */
  userAbort: boolean;
  error?: string;
}

/** A block job event as its `--json` line. */
export function eventRecord(ev: BlockJobEvent): JsonRecord {
  return { event: 'blockJob', disk: ev.disk, type: ev.type, status: ev.status, ...(ev.error ? { error: ev.error } : {}) };
}

/** Polls with no job and no event before the job counts as vanished (virsh retries 5 times). */
export const VANISHED_POLLS = 5;

export class JobWaiter {
  private event: BlockJobEvent | undefined;
  private wake: (() => void) | undefined;
  private interrupted = false;
  private readonly unsubscribe: () => void;
  private readonly uninterrupt: () => void;

  /** Start listening now, before the job is started. */
  constructor(private readonly ctx: CliContext, private readonly manager: CliManager, private readonly opts: WaitOptions) {
    // Every event of the disk is a --json line until the command ends (the
    // runner then closes the backend): the wait ends on the first, and a
    // pivot or abort after a READY one ends on the job's terminal event. One
    // listener from before the start to the end, so none falls in a gap.
    this.unsubscribe = manager.onBlockJob((ev) => {
      if (ev.disk !== opts.disk) return;
      this.ctx.printer.record(eventRecord(ev));
      if (this.event) return;
      this.event = ev;
      this.wake?.();
    });
    this.uninterrupt = ctx.onInterrupt(() => {
      this.interrupted = true;
      this.wake?.();
    });
  }

  /** Stop listening (when the job never started; otherwise the end of the command does). */
  dispose(): void {
    this.unsubscribe();
    this.uninterrupt();
  }

  async wait(): Promise<WaitOutcome> {
    const { ctx, manager, opts } = this;
    const start = ctx.now();
    let last = { cur: 0, end: 0 };
    let missing = 0;
    /** An abort found the job ended already: wait for its event instead. */
    let endedFirst = false;
    let outcome: WaitOutcome;
    try {
      for (;;) {
        // The job's event ends the wait before another poll (virsh checks it
        // at the top of its loop too), so the commands sent do not depend on
        // whether the event came with a poll's answer or on its own: a
        // replay at speed 0 sends an answer and the event after it together.
        if (this.event) {
          outcome = this.eventOutcome(this.event);
          break;
        }
        const info = await manager.getBlockJobInfo(opts.disk, 0);
        if (this.event) {
          outcome = this.eventOutcome(this.event);
          break;
        }
        // A job vanishes with QEMU too: that is an error, never the fallback's COMPLETED.
        const lost = manager.connectionLost();
        if (lost) throw lost;
        // Once an abort found the job ended, its terminal event is certain to come.
        missing = info || endedFirst ? 0 : missing + 1;
        if (missing > VANISHED_POLLS) {
          outcome = { status: 'COMPLETED', userAbort: false };
          break;
        }
        const cur = info?.cur ?? 0;
        const end = info?.end ?? 0;
        if (opts.verbose && info && end > 0 && (cur !== last.cur || end !== last.end)) {
          ctx.printer.err(progressLine(opts.label, cur, end), {
            event: 'progress', disk: opts.disk, cur, end, percent: percentDone(cur, end),
          });
        }
        last = { cur, end };
        const timedOut = !!opts.timeoutMs && ctx.now() - start > opts.timeoutMs;
        if ((this.interrupted || timedOut) && !endedFirst) {
          try {
            await manager.blockJobAbort(opts.disk, opts.asyncAbort ? FLAGS.ABORT_ASYNC : 0);
          } catch (err) {
            // The job ended on its own just before the abort reached it: report how it
            // ended, once its event is here (an --async abort does not wait for it).
            if (this.event) {
              outcome = this.eventOutcome(this.event);
              break;
            }
            if (!(err instanceof VirError && err.kind === 'INVALID_ARG')) throw err;
            endedFirst = true;
            continue;
          }
          outcome = { status: 'CANCELED', userAbort: true };
          break;
        }
        await this.pause(opts.timeoutMs ? Math.min(ctx.pollMs, Math.max(1, opts.timeoutMs - (ctx.now() - start) + 1)) : ctx.pollMs, endedFirst);
      }
    } finally {
      this.uninterrupt();
    }
    if (opts.verbose && (outcome.status === 'COMPLETED' || outcome.status === 'READY')) {
      ctx.printer.err(progressDoneLine(opts.label), { event: 'progress', disk: opts.disk, percent: 100 });
    }
    return outcome;
  }

  private eventOutcome(ev: BlockJobEvent): WaitOutcome {
    return { status: ev.status, userAbort: false, ...(ev.error ? { error: ev.error } : {}) };
  }

  /** Sleep one poll interval, but wake at once on the job's event or (unless `uninterruptible`) Ctrl-C. */
  private async pause(ms: number, uninterruptible = false): Promise<void> {
    if (this.event || (this.interrupted && !uninterruptible)) return;
    await Promise.race([
      this.ctx.sleep(ms),
      new Promise<void>((r) => (this.wake = r)),
    ]);
    this.wake = undefined;
  }
}
