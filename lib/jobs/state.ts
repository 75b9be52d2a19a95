/**
 * THE job state machine, in one place (libvirt's qemu_blockjob in spirit).
 *
 * `transition(job, input)` is pure: it returns the job as it is after the
 * input and the effects the manager must carry out (send a command, emit an
 * event, ...). The manager observes QMP events and command results, turns
 * them into inputs, and applies them one at a time per job; nothing else
 * changes a job's state. That separation ("event observed" vs "state
 * applied") keeps replays deterministic and every transition testable.
 *
 * Inputs that cannot happen in a state are listed by name and ignored (no
 * effects), never hidden behind a `default`, so the compiler checks that every
 * state handles every input. Terminal states ignore every input.
 *
 *   state       input                        next         effects
 *   new         status s                     new          (s recorded; applied at start-ok)
 *   new         start-ok                     running | ready | concluded | finishing, per recorded status
 *   new         start-failed                 discarded    release (no event: QEMU never had the job)
 *   running     status ready / BLOCK_JOB_READY  ready     emit READY (once per job)
 *   live*       status concluded             concluded    query-outcome (none if QEMU dismisses it itself)
 *   live*       status null, vanished        finishing    run-completion (result from what was seen)
 *   running|ready  abort                     aborting     send-cancel
 *   ready       pivot (type can pivot)       pivoting     send-complete
 *   running     pivot                        -            refuse not-ready
 *   aborting|pivoting  abort / pivot         -            refuse still-ending
 *   concluded..finishing  abort / pivot      -            refuse still-ending after an abort or pivot; else wait
 *   aborting|pivoting  end-refused           previous     -
 *   concluded   end-refused (outcome not yet decided; pull, commit)  concluded   - (the request is dropped: QEMU's report decides)
 *   concluded   outcome found                dismissing   dismiss
 *   concluded   outcome not found            finishing    run-completion
 *   concluded   status null (auto-dismiss)   concluded    decide-outcome (then `outcome` not found, as above)
 *   dismissing  dismissed                    finishing    run-completion
 *   finishing   finished                     completed | failed | cancelled   release, emit
 *   any live    disconnected                 detached     release (no event)
 *   dismissing  disconnected before job-dismiss left, or with the result handed over in its record   detached   release (the next manager to attach reports it)
 *   dismissing|finishing  disconnected otherwise   completed | failed | cancelled   release, emit (the outcome is known)
 *   concluded   disconnected after SHUTDOWN, or auto-dismiss, end reported   completed | failed | cancelled   release, emit (QEMU's BLOCK_JOB_* said how)
 *   concluded   disconnected otherwise       detached     release (the next manager to attach reports it)
 *   (* live = running, ready, aborting, pivoting)
 */
import type { JobStatus } from '../qapi/types.js';
import { isMirrorKind, type BlockJobEventStatus, type BlockJobKind } from './constants.js';

export type JobState =
  /** registered, start command sent, no answer yet; QEMU statuses are only recorded */
  | 'new'
  | 'running'
  /** two-phase job in its synchronised phase (READY emitted) */
  | 'ready'
  /** cancel requested (sent or being sent) */
  | 'aborting'
  /** complete (pivot) requested */
  | 'pivoting'
  /** QEMU concluded the job; asking query-jobs how it ended */
  | 'concluded'
  /** outcome recorded; job-dismiss in flight */
  | 'dismissing'
  /** gone from QEMU; per-type completion work (chain re-read, node deletion) runs */
  | 'finishing'
  /** terminal, with a public event */
  | 'completed'
  | 'failed'
  | 'cancelled'
  /** terminal without event: the start command failed, QEMU never had the job */
  | 'discarded'
  /** terminal without event: the connection closed before the outcome was known */
  | 'detached';

export const TERMINAL_STATES: ReadonlySet<JobState> = new Set(['completed', 'failed', 'cancelled', 'discarded', 'detached']);

export type JobResult = 'completed' | 'failed' | 'cancelled';

export interface Job {
  /** QEMU's job id (`pull-vda-libvirt-1-format`, or the device name with -drive). */
  readonly id: string;
  /** Canonical disk name. */
  readonly disk: string;
  /** The disk as the caller named it when starting (the public event's `disk`). */
  readonly diskArg: string;
  readonly kind: BlockJobKind;
  readonly state: JobState;
  /** Where an abort/pivot that QEMU refused returns to. */
  readonly resumeState?: 'running' | 'ready';
  readonly endRequest?: 'abort' | 'pivot';
  /** Last JOB_STATUS_CHANGE seen (recorded in every state). */
  readonly qemuStatus?: JobStatus;
  /** What a BLOCK_JOB_COMPLETED/CANCELLED said, for when query-jobs cannot tell any more. */
  readonly blockEvent?: JobResult;
  readonly error?: string;
  readonly result?: JobResult;
  readonly readyEmitted: boolean;
  /** job-dismiss went out (QEMU may have forgotten the job since). */
  readonly dismissSent?: boolean;
  /**
   * Started with auto-dismiss on: QEMU forgets the job as it concludes, so
   * there is no outcome to ask for and nothing to dismiss (BLOCK_JOB_* says
   * how it ended). Pulls run so, see pull.ts.
   */
  readonly autoDismiss?: boolean;
}

export type JobInput =
  | { kind: 'start-ok' }
  | { kind: 'start-failed' }
  /** JOB_STATUS_CHANGE observed (or a status read at adoption) */
  | { kind: 'status'; status: JobStatus }
  /** BLOCK_JOB_COMPLETED / CANCELLED / READY / ERROR observed */
  | { kind: 'block-event'; event: 'completed' | 'cancelled' | 'ready' | 'error'; error?: string }
  | { kind: 'abort' }
  /** `canPivot`: whether the job's type has a pivot at all (copy, active commit) */
  | { kind: 'pivot'; canPivot: boolean }
  /** QEMU refused the cancel/complete command */
  | { kind: 'end-refused' }
  /** query-jobs answered; `found` false when the job was no longer listed */
  | { kind: 'outcome'; found: boolean; error?: string }
  /** job-dismiss sent */
  | { kind: 'dismiss-sent' }
  /** QEMU refused job-dismiss: it still has the job (sent again later) */
  | { kind: 'dismiss-refused' }
  /** job-dismiss answered (ok, or the job was gone anyway) */
  | { kind: 'dismissed' }
  /** QEMU no longer lists the job and it was not us who dismissed it */
  | { kind: 'vanished' }
  /**
   * Another process asked this job to end (its record says so): read when
   * the job concludes, as after READY QEMU reports a soft cancel as
   * completed, and only the asker's mark tells it from a pivot.
   */
  | { kind: 'ended-elsewhere'; ending: 'abort' | 'pivot' }
  /** per-type completion work done */
  | { kind: 'finished' }
  /** the QMP connection closed */
  /**
   * The session closed. `handedOver`: the job's result was written into its
   * record for the next manager to attach. `qemuGone`: QEMU said it was shutting down (SHUTDOWN)
   * first, so nobody can reconnect and learn the job's end from QEMU later.
   */
  | { kind: 'disconnected'; qemuGone?: boolean; handedOver?: boolean };

export type JobEffect =
  | { kind: 'send-cancel' }
  | { kind: 'send-complete' }
  | { kind: 'query-outcome' }
  /** QEMU forgot the job itself (auto-dismiss): feed back `outcome` not found, after any end command in flight */
  | { kind: 'decide-outcome' }
  | { kind: 'dismiss' }
  | { kind: 'run-completion'; result: JobResult }
  | { kind: 'emit'; status: BlockJobEventStatus }
  /** the job no longer holds its disk: settle whoever waits for it (before the event,
   *  so that a listener reacting to COMPLETED may start the next job at once) */
  | { kind: 'release' }
  /** the request cannot be served in this state */
  | { kind: 'refuse'; reason: 'still-ending' | 'not-ready' | 'starting' };

export interface Transition {
  job: Job;
  effects: JobEffect[];
}

export function newJob(init: { id: string; disk: string; diskArg: string; kind: BlockJobKind }): Job {
  return { ...init, state: 'new', readyEmitted: false };
}

function assertNever(x: never): never {
  throw new Error(`unhandled job input ${JSON.stringify(x)}`);
}

const STATUS_OF: Record<JobResult, BlockJobEventStatus> = {
  completed: 'COMPLETED',
  failed: 'FAILED',
  cancelled: 'CANCELED',
};

export function eventStatusOf(result: JobResult): BlockJobEventStatus {
  return STATUS_OF[result];
}

const same = (job: Job): Transition => ({ job, effects: [] });

/**
 * How a job ended, as libvirt decides it: an abort we asked for is CANCELED
 * whatever QEMU says (a cancelled job reports an error string, and a cancel
 * that lost the race with completion reports success); a BLOCK_JOB_CANCELLED
 * seen is CANCELED; an error is FAILED; anything else COMPLETED.
 */
const CANCELED_ERROR = 'Operation canceled';

export function decideResult(job: Job, error: string | undefined): JobResult {
  if (job.endRequest === 'abort') return 'cancelled';
  if (job.blockEvent === 'cancelled') return 'cancelled';
  // QEMU's error of a cancelled job (strerror(ECANCELED)): how an adopting
  // manager, which saw no BLOCK_JOB_CANCELLED, tells an abort from a failure.
  if (error === CANCELED_ERROR) return 'cancelled';
  if (error !== undefined) return 'failed';
  if (job.blockEvent === 'failed') return 'failed';
  return 'completed';
}

/** The job left QEMU without our dismiss: decide from what we saw, then finish. */
function vanished(job: Job): Transition {
  let result: JobResult;
  let error = job.error;
  if (job.endRequest === 'abort') result = 'cancelled';
  else if (job.blockEvent) result = job.blockEvent;
  else {
    // Nothing says it succeeded: claiming COMPLETED would be a guess.
    result = 'failed';
    error ??= 'job vanished from QEMU without reporting how it ended';
  }
  const next: Job = { ...job, state: 'finishing', result };
  return { job: error === undefined ? next : { ...next, error }, effects: [{ kind: 'run-completion', result }] };
}

function concluded(job: Job): Transition {
  const next: Job = { ...job, state: 'concluded', qemuStatus: 'concluded' };
  // QEMU dismisses it in the same step (its `null` status follows): nothing to ask.
  if (job.autoDismiss === true) return same(next);
  return { job: next, effects: [{ kind: 'query-outcome' }] };
}

function becomeReady(job: Job): Transition {
  if (job.readyEmitted) return same({ ...job, state: 'ready' });
  return { job: { ...job, state: 'ready', readyEmitted: true }, effects: [{ kind: 'emit', status: 'READY' }] };
}

function recordBlockEvent(job: Job, input: Extract<JobInput, { kind: 'block-event' }>): Job {
  switch (input.event) {
    case 'completed':
      return input.error !== undefined
        ? { ...job, blockEvent: 'failed', error: input.error }
        : { ...job, blockEvent: 'completed' };
    case 'cancelled':
      return { ...job, blockEvent: 'cancelled' };
    case 'ready':
    case 'error':
      return job;
    default:
      return assertNever(input.event);
  }
}

/** A QEMU status while the job is live (running, ready, aborting, pivoting). */
function liveStatus(job: Job, status: JobStatus): Transition {
  switch (status) {
    case 'ready':
      // Only running jobs become ready; a READY during abort/pivot changes nothing.
      return job.state === 'running' ? becomeReady({ ...job, qemuStatus: status }) : same({ ...job, qemuStatus: status });
    case 'concluded':
      return concluded(job);
    case 'null':
      return vanished({ ...job, qemuStatus: status });
    case 'undefined':
    case 'created':
    case 'running':
    case 'paused':
    case 'standby':
    case 'waiting':
    case 'pending':
    case 'aborting':
      // Drains, waits and QEMU's own aborting (an I/O error) carry no user meaning.
      return same({ ...job, qemuStatus: status });
    default:
      return assertNever(status);
  }
}

function fromNew(job: Job, input: JobInput): Transition {
  switch (input.kind) {
    case 'start-ok': {
      // Replay what QEMU said before the command returned, now that the job is ours.
      const running: Job = { ...job, state: 'running' };
      const seen = job.qemuStatus;
      if (seen === 'concluded') return concluded(running);
      if (seen === 'null') return vanished(running);
      if (seen === 'ready' || seen === 'standby') return becomeReady(running);
      return same(running);
    }
    case 'start-failed':
      return { job: { ...job, state: 'discarded' }, effects: [{ kind: 'release' }] };
    case 'status':
      return same({ ...job, qemuStatus: input.status });
    case 'block-event':
      return same(recordBlockEvent(input.event === 'ready' ? { ...job, qemuStatus: 'ready' } : job, input));
    case 'abort':
    case 'pivot':
      return { job, effects: [{ kind: 'refuse', reason: 'starting' }] };
    case 'disconnected':
      return { job: { ...job, state: 'detached' }, effects: [{ kind: 'release' }] };
    // impossible before the start command answers:
    case 'dismiss-refused':
    case 'end-refused':
    case 'ended-elsewhere':
    case 'outcome':
    case 'dismiss-sent':
    case 'dismissed':
    case 'vanished':
    case 'finished':
      return same(job);
    default:
      return assertNever(input);
  }
}

function fromLive(job: Job, input: JobInput): Transition {
  // job.state is running | ready | aborting | pivoting
  switch (input.kind) {
    case 'status':
      return liveStatus(job, input.status);
    case 'block-event': {
      const j = recordBlockEvent(job, input);
      return input.event === 'ready' && job.state === 'running' ? becomeReady(j) : same(j);
    }
    case 'abort':
      if (job.state === 'aborting' || job.state === 'pivoting') return { job, effects: [{ kind: 'refuse', reason: 'still-ending' }] };
      return {
        job: { ...job, state: 'aborting', endRequest: 'abort', resumeState: job.state as 'running' | 'ready' },
        effects: [{ kind: 'send-cancel' }],
      };
    case 'pivot':
      if (job.state === 'aborting' || job.state === 'pivoting') return { job, effects: [{ kind: 'refuse', reason: 'still-ending' }] };
      if (job.state !== 'ready' || !input.canPivot) return { job, effects: [{ kind: 'refuse', reason: 'not-ready' }] };
      return {
        job: { ...job, state: 'pivoting', endRequest: 'pivot', resumeState: 'ready' },
        effects: [{ kind: 'send-complete' }],
      };
    case 'end-refused': {
      if (job.state !== 'aborting' && job.state !== 'pivoting') return same(job);
      const { endRequest: _e, resumeState: _r, ...rest } = job;
      return same({ ...rest, state: job.resumeState ?? 'running' });
    }
    case 'vanished':
      return vanished(job);
    case 'disconnected':
      return { job: { ...job, state: 'detached' }, effects: [{ kind: 'release' }] };
    // impossible while live: these answer commands only sent after conclusion
    case 'dismiss-refused':
    case 'start-ok':
    case 'start-failed':
    case 'ended-elsewhere':
    case 'outcome':
    case 'dismiss-sent':
    case 'dismissed':
    case 'finished':
      return same(job);
    default:
      return assertNever(input);
  }
}

/** Concluded, dismissing, finishing: the end is decided or being decided. */
function fromEnding(job: Job, input: JobInput): Transition {
  switch (input.kind) {
    case 'outcome': {
      if (job.state !== 'concluded') return same(job);
      const error = input.error ?? job.error;
      const result = decideResult(job, input.found ? input.error : job.error);
      const next: Job = error === undefined ? { ...job, result } : { ...job, result, error };
      if (input.found) return { job: { ...next, state: 'dismissing' }, effects: [{ kind: 'dismiss' }] };
      // Someone else dismissed it first: nothing left to dismiss.
      return { job: { ...next, state: 'finishing' }, effects: [{ kind: 'run-completion', result }] };
    }
    case 'dismissed':
      if (job.state !== 'dismissing') return same(job);
      return { job: { ...job, state: 'finishing' }, effects: [{ kind: 'run-completion', result: job.result! }] };
    case 'finished': {
      if (job.state !== 'finishing') return same(job);
      const result = job.result!;
      return { job: { ...job, state: result }, effects: [{ kind: 'release' }, { kind: 'emit', status: STATUS_OF[result] }] };
    }
    case 'dismiss-sent':
      return same({ ...job, dismissSent: true });
    case 'dismiss-refused':
      // Not carried out: lost now, the job is QEMU's to report to whoever attaches next.
      return same({ ...job, dismissSent: false });
    case 'ended-elsewhere':
      // Our own request stands; the outcome is decided on 'outcome', after this.
      return same(job.state === 'concluded' && job.endRequest === undefined ? { ...job, endRequest: input.ending } : job);
    case 'disconnected':
      if (job.state === 'dismissing' && input.qemuGone !== true && (job.dismissSent !== true || input.handedOver === true)) {
        // Whoever attaches next reports it, once: QEMU still has the job (the
        // dismiss never left), or its record has the result (the dismiss may
        // have been carried out). Reported here too, it could end twice.
        return { job: { ...job, state: 'detached' }, effects: [{ kind: 'release' }] };
      }
      if (job.result !== undefined) {
        // The outcome is known: report it, even though the chain cannot be re-read.
        return { job: { ...job, state: job.result }, effects: [{ kind: 'release' }, { kind: 'emit', status: STATUS_OF[job.result] }] };
      }
      if (job.blockEvent !== undefined && (input.qemuGone === true || (job.state === 'concluded' && job.autoDismiss === true))) {
        // QEMU said how it ended (BLOCK_JOB_COMPLETED/CANCELLED) and then went away,
        // e.g. the jobs `quit` cancels, or forgot the job itself (auto-dismiss):
        // that is the result, even if query-jobs never answered. Otherwise the job waits,
        // concluded, for whoever attaches next to report and dismiss it: reported here
        // too, it would end twice.
        const result = decideResult(job, job.error);
        return { job: { ...job, state: result, result }, effects: [{ kind: 'release' }, { kind: 'emit', status: STATUS_OF[result] }] };
      }
      return { job: { ...job, state: 'detached' }, effects: [{ kind: 'release' }] };
    case 'status':
      // QEMU dismissed it on its own: gone, and its BLOCK_JOB_* said how it ended;
      // decided once an abort or pivot in flight has answered, as after query-jobs.
      if (input.status === 'null' && job.state === 'concluded' && job.autoDismiss === true) return { job: { ...job, qemuStatus: 'null' }, effects: [{ kind: 'decide-outcome' }] };
      // `null` arrives before job-dismiss returns; anything else is stale.
      return same({ ...job, qemuStatus: input.status });
    case 'block-event':
      return same(job.state === 'concluded' ? recordBlockEvent(job, input) : job);
    case 'abort':
    case 'pivot':
      // Ended by an abort or pivot: refused as while that was pending (libvirt
      // has no such window; QEMU 7.2 can conclude before its cancel returns).
      if (job.endRequest !== undefined) return { job, effects: [{ kind: 'refuse', reason: 'still-ending' }] };
      // Ended on its own: the caller waits for the end like everyone else.
      return same(job);
    case 'end-refused': {
      // QEMU refused the abort because the job had concluded first (its events
      // came before the refusal): the request never took. For a pull or a
      // commit QEMU's report says how it ended (COMPLETED on its own,
      // CANCELLED by another client's abort), so the request is dropped. A
      // READY copy or active commit never completes on its own: another
      // client ended it, most likely as asked here, and the request stands
      // (a record of the other's request says more, read at 'outcome').
      if (job.state !== 'concluded' || job.endRequest === undefined || job.result !== undefined || isMirrorKind(job.kind)) return same(job);
      const { endRequest: _e, resumeState: _r, ...rest } = job;
      return same(rest);
    }
    // stale answers or impossible here:
    case 'start-ok':
    case 'start-failed':
    case 'vanished':
      return same(job);
    default:
      return assertNever(input);
  }
}

/** Apply one input to a job. Pure. */
export function transition(job: Job, input: JobInput): Transition {
  switch (job.state) {
    case 'new':
      return fromNew(job, input);
    case 'running':
    case 'ready':
    case 'aborting':
    case 'pivoting':
      return fromLive(job, input);
    case 'concluded':
    case 'dismissing':
    case 'finishing':
      return fromEnding(job, input);
    case 'completed':
    case 'failed':
    case 'cancelled':
    case 'discarded':
    case 'detached':
      return same(job);
    default:
      return assertNever(job.state);
  }
}

/** Whether the job still holds its disk (no second job may start there). */
export function holdsDisk(job: Job): boolean {
  return !TERMINAL_STATES.has(job.state);
}
