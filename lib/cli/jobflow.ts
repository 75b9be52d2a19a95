/**
 * The shape shared by blockpull, blockcommit and blockcopy: check virsh's
 * option rules, listen for the job's events, start the job, then either say
 * "... started" or wait and turn the outcome into virsh's end line and exit
 * status. A job that ends FAILED or CANCELED exits 1, except an abort the
 * user asked for (Ctrl-C or --timeout), which exits 0 (interface.md).
 * As in virsh, "... aborted" goes to stdout and "... failed" is an error.
 */
import type { CliManager } from './api.js';
import type { CliContext } from './context.js';
import { JobWaiter, eventRecord, type WaitOptions, type WaitOutcome } from './wait.js';

/** Start a job, waiting for it when `wait` is given; the waiter listens before the start. */
export async function startJob(
  ctx: CliContext,
  manager: CliManager,
  wait: WaitOptions | undefined,
  start: () => Promise<void>,
): Promise<WaitOutcome | undefined> {
  const waiter = wait ? new JobWaiter(ctx, manager, wait) : undefined;
  try {
    await start();
  } catch (err) {
    waiter?.dispose();
    throw err;
  }
  return waiter?.wait();
}

export interface EndTexts {
  aborted: string;
  failed: string;
}

/**
 * Print the line for a job that did not succeed and return its exit status;
 * undefined when it reached COMPLETED or READY and the command goes on.
 */
export function reportBadEnd(ctx: CliContext, disk: string, outcome: WaitOutcome, texts: EndTexts): number | undefined {
  if (outcome.status === 'CANCELED') {
    ctx.printer.out(`\n${texts.aborted}\n`, { disk, result: 'aborted', message: texts.aborted, userAbort: outcome.userAbort });
    if (outcome.userAbort) return 0;
    ctx.printer.error(`block job on disk '${disk}' was canceled`);
    return 1;
  }
  if (outcome.status === 'FAILED') {
    // virsh: vshError("\n%s", "Pull failed"), on stderr; we add QEMU's reason.
    ctx.printer.record({ disk, result: 'failed', message: texts.failed, ...(outcome.error ? { error: outcome.error } : {}) });
    ctx.printer.error(`${texts.failed}${outcome.error ? `: ${outcome.error}` : ''}`);
    return 1;
  }
  return undefined;
}

/** `\nPull complete\n` and its JSON twin. */
export function reportLine(ctx: CliContext, disk: string, result: string, message: string): void {
  ctx.printer.out(`\n${message}\n`, { disk, result, message });
}

/**
 * `blockjob --abort/--pivot`: the abort, with the disk's job events that
 * come while it runs as `--json` lines (a synchronous one ends on the job's
 * terminal event; with --async it may come after the command, unprinted).
 * After a wait, the waiter's listener prints them.
 */
export async function abortJob(ctx: CliContext, manager: CliManager, disk: string, flags: number): Promise<void> {
  // The job's events name the disk as its starter did: match the disk, not the text typed here.
  const device = manager.diskName?.(disk);
  const off = manager.onBlockJob((ev) => {
    if (device !== undefined && ev.device !== undefined ? ev.device === device : ev.disk === disk) ctx.printer.record(eventRecord(ev));
  });
  try {
    await manager.blockJobAbort(disk, flags);
  } finally {
    off();
  }
}
