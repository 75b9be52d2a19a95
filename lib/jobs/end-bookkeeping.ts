/**
 * The two commands that end a concluded job's life in QEMU: `query-jobs`
 * (how did it end?) and `job-dismiss`. Each is sent until QEMU answers it
 * about the job: a refusal while the connection is up (a transient error, a
 * fault injected by a proxy) says nothing about the job, and taking it for
 * "dismissed" or "gone" reported the job while QEMU still held it concluded
 * (the disk stayed busy, the next manager reported it again, and QEMU 7.2
 * crashed on the next node listing). A lost connection is not retried: the
 * manager's close handling decides then (hand-over through the job record).
 */
import type { JobInfo } from '../qapi/types.js';
import type { Monitor } from '../monitor.js';
import { QmpDisconnectedError, QmpError, QmpProtocolError } from '../errors.js';
import { logger } from '../log.js';

const log = logger('job');

/** First retry after this long, doubling; after MAX_RETRIES (6.35 s in all) the failure is taken as the answer, as before. */
const FIRST_RETRY_MS = 50;
const MAX_RETRIES = 7;

export interface DismissHooks {
  sending(): void;
  refused(): void;
  done(): void;
}

export class EndBookkeeping {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  /** `up`: the connection is still there (and the manager attached). */
  constructor(
    private readonly qmp: Monitor,
    private readonly up: () => boolean,
  ) {}

  /** QEMU's row for job `id`, or undefined when QEMU has no such job. Not called back once the link is down. */
  outcome(id: string, done: (row: JobInfo | undefined) => void, attempt = 0): void {
    if (this.stopped || !this.up()) return;
    this.qmp.queryJobs().then(
      (rows) => this.up() && done(rows.find((r) => r.id === id)),
      (err: unknown) => this.again('query-jobs', id, err, attempt, () => this.outcome(id, done, attempt + 1), () => done(undefined)),
    );
  }

  /**
   * Dismiss job `id`: `on.sending` before each job-dismiss goes out,
   * `on.refused` when QEMU refuses it (it still has the job), `on.done` once
   * QEMU no longer has it (dismissed here, or by someone else).
   */
  dismiss(id: string, on: DismissHooks, attempt = 0): void {
    if (this.stopped || !this.up()) return;
    const done = on.done;
    on.sending();
    this.qmp.jobDismiss(id).then(
      () => this.up() && done(),
      (err: unknown) => {
        // QEMU's answer for a job it does not have (another client dismissed it).
        if (err instanceof QmpError && err.errorClass === 'GenericError' && err.desc === 'Job not found') return this.up() && done();
        if (err instanceof QmpError && this.up()) on.refused();
        // Anything else: ask QEMU whether it still has the job, and dismiss again if so.
        this.again(
          'job-dismiss',
          id,
          err,
          attempt,
          () => this.outcome(id, (row) => (row === undefined ? done() : this.dismiss(id, on, attempt + 1)), attempt + 1),
          done,
        );
      },
    );
  }

  /** Stop retrying (the manager detaches or the session closed). */
  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /**
   * Retry after a failure, or give up: `giveUp` takes the failure as the
   * answer (a peer that keeps refusing, or answers malformed lists, is not
   * waited for for ever).
   */
  private again(command: string, id: string, err: unknown, attempt: number, retry: () => void, giveUp: () => void): void {
    if (this.stopped || !this.up() || err instanceof QmpDisconnectedError) return;
    if (err instanceof QmpProtocolError || attempt >= MAX_RETRIES) {
      if (log.enabled) log('%s for %s failed (%s); taken as the answer', command, id, (err as Error).message);
      return giveUp();
    }
    const ms = FIRST_RETRY_MS * 2 ** attempt;
    if (log.enabled) log('%s for %s failed (%s); again in %d ms', command, id, (err as Error).message, ms);
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped && this.up()) retry();
    }, ms);
    this.timers.add(t);
  }
}
