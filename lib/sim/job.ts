/**
 * One job and its life cycle, as QEMU 7.2's job.c runs it: the status
 * machine (JobSTT), the verbs each status accepts (JobVerbTable), pause
 * counting, soft and forced cancel, the success/abort paths through
 * waiting/pending/aborting/concluded/null, and the events they send
 * (JOB_STATUS_CHANGE plus the legacy BLOCK_JOB_* ones).
 *
 * The job's work is a generator standing in for QEMU's coroutine: it runs
 * synchronously until it yields (sleep, I/O in flight, or paused), and is
 * re-entered by a timer or by a verb (pause, cancel, set-speed...). That is
 * what makes event/return orders match QEMU: a sleeping job that is cancelled
 * finishes inside the cancel command, a job busy with I/O finishes after it.
 * Knows nothing of images or of the QMP wire; subclasses do the copying.
 */
import { generic, SimCommandError } from './errors.js';
import { RateLimit } from './ratelimit.js';
import type { SimClock } from './clock.js';
import { ECANCELED, ENOSPC, EIO, STRERROR, TRANSITIONS, VERBS, type JobStatus, type JobType, type JobVerb, type OnError } from './job-states.js';

export { ECANCELED, ENOSPC, EIO, type JobStatus, type JobType, type JobVerb, type OnError } from './job-states.js';

/** What the job body yields: a timed sleep, I/O in flight, or a pause with no timer. */
export type Yield = { kind: 'sleep'; ms: number } | { kind: 'io'; ms: number } | { kind: 'wait' };
export type JobBody = Generator<Yield, number, void>;
/** One request of a job's loop: its length, whether it copied, 0 or -errno. */
export interface JobRequest {
  n: number;
  copied: boolean;
  ret: number;
}

/** What a job needs from the machine around it. */
export interface JobHost {
  readonly clock: SimClock;
  /** Send an event to every negotiated monitor. */
  emit(event: string, data: Record<string, unknown>): void;
  /** Run `fn` after the current callback, before the pending command answers (a QEMU bottom half). */
  bh(fn: () => void): void;
  /** A timer whose callback runs in the main loop (bottom halves drained after it). */
  timer(ms: number, fn: () => void): { at: number };
  clearTimer(t: { at: number } | undefined): void;
  /** Fault injection: errno for this I/O, or 0. */
  ioFault(job: SimJob, op: 'read' | 'write', images: readonly string[]): number;
  /** Modelled time of one I/O request of `bytes`. */
  ioLatency(bytes: number): number;
  /** How late sleeping jobs wake up (QEMU's timers are never exact). */
  readonly timerSlackMs: number;
  unregisterJob(job: SimJob): void;
}

export interface JobOptions {
  id: string;
  /** Node name for the job's filter node (filter-node-name); default an auto name. */
  filterNodeName?: string;
  autoFinalize?: boolean;
  autoDismiss?: boolean;
  onError?: OnError;
}

export abstract class SimJob {
  abstract readonly type: JobType;
  readonly id: string;
  status: JobStatus = 'undefined';
  readonly autoFinalize: boolean;
  readonly autoDismiss: boolean;
  readonly onError: OnError;
  speed = 0;
  protected readonly limit = new RateLimit();
  current = 0;
  total = 0;
  busy = false;
  pauseCount = 0;
  userPaused = false;
  /** At a pause point (status paused or standby). */
  paused = false;
  cancelled = false;
  forceCancel = false;
  ioStatus: 'ok' | 'failed' | 'nospace' = 'ok';
  ret = 0;
  err: string | undefined;
  private co: JobBody | undefined;
  private timer: { at: number } | undefined;
  private deferred = false;
  private running = false;

  constructor(protected readonly host: JobHost, opts: JobOptions) {
    this.id = opts.id;
    this.autoFinalize = opts.autoFinalize ?? true;
    this.autoDismiss = opts.autoDismiss ?? true;
    this.onError = opts.onError ?? 'report';
  }

  /** Block jobs are listed by query-block-jobs and send BLOCK_JOB_* events. */
  get isBlockJob(): boolean {
    return this.type !== 'create';
  }

  get isCancelled(): boolean {
    return this.cancelled && this.forceCancel;
  }

  get ready(): boolean {
    return this.status === 'ready' || this.status === 'standby';
  }

  /** The work; returns 0 or a negative errno. */
  protected abstract run(): JobBody;
  /** Graph change on success (stream_prepare, commit_prepare, mirror_prepare). */
  protected prepare(): void {}
  /** Undo on failure or cancel. */
  protected abort(): void {}
  /** Tidy up after the job, in both cases (filter node out). */
  protected clean(): void {}
  /**
   * Drop the job's hold on its nodes. QEMU keeps a job's op blockers until
   * the job is freed, i.e. dismissed: a concluded job still makes its nodes
   * "busy".
   */
  protected free(): void {}

  // ---- status machine ----

  protected transition(to: JobStatus): void {
    if (!TRANSITIONS[this.status].includes(to)) {
      throw new Error(`job ${this.id}: illegal transition ${this.status} -> ${to}`);
    }
    this.status = to;
    this.host.emit('JOB_STATUS_CHANGE', { status: to, id: this.id });
  }

  /** job_apply_verb(): refuse a verb the current status does not take. */
  checkVerb(verb: JobVerb): void {
    if (!VERBS[verb].includes(this.status)) {
      throw generic(`Job '${this.id}' in state '${this.status}' cannot accept command verb '${verb}'`);
    }
  }

  protected progressData(): Record<string, unknown> {
    return { device: this.id, len: this.total, offset: this.current, speed: this.speed, type: this.type };
  }

  // ---- creation ----

  /** job_create(): status created. */
  create(): void {
    this.transition('created');
  }

  /** Drop a job that failed to start (created -> null), as job_early_fail does. */
  discard(): void {
    this.clean();
    this.free();
    this.transition('null');
    this.host.unregisterJob(this);
  }

  /** job_start(): running, and enter the coroutine at once. */
  start(): void {
    this.co = this.run();
    this.transition('running');
    this.enter();
  }

  // ---- coroutine driving ----

  /** job_enter_cond(): wake the job unless it is busy or already finishing. */
  enter(): void {
    if (!this.co || this.busy || this.deferred || this.running) return;
    // A job stopped at a pause point stays there until its pauses are undone.
    if (this.paused && this.shouldPause) return;
    this.host.clearTimer(this.timer);
    this.timer = undefined;
    this.busy = true;
    this.running = true;
    let r: IteratorResult<Yield, number>;
    try {
      r = this.co.next();
    } finally {
      this.running = false;
    }
    if (r.done) {
      this.busy = false;
      this.ret = r.value;
      this.deferred = true;
      this.host.bh(() => this.exit());
      return;
    }
    const y = r.value;
    if (y.kind === 'io') {
      // Busy with I/O: verbs do not re-enter it until the request is done.
      this.timer = this.host.timer(y.ms, () => {
        this.timer = undefined;
        this.busy = false;
        this.enter();
      });
    } else if (y.kind === 'sleep') {
      this.busy = false;
      this.timer = this.host.timer(y.ms + (y.ms > 0 ? this.host.timerSlackMs : 0), () => {
        this.timer = undefined;
        this.enter();
      });
    } else {
      this.busy = false;
    }
  }

  get shouldPause(): boolean {
    return this.pauseCount > 0;
  }

  /** job_sleep_ns(): sleep unless cancelled, then a pause point. */
  protected *sleep(ms: number): Generator<Yield, void, void> {
    if (this.isCancelled) return;
    if (!this.shouldPause) yield { kind: 'sleep', ms };
    yield* this.pausePoint();
  }

  /** job_pause_point(): stop here while a pause is requested. */
  protected *pausePoint(): Generator<Yield, void, void> {
    while (this.shouldPause && !this.isCancelled) {
      const was = this.status;
      this.transition(was === 'ready' ? 'standby' : 'paused');
      this.paused = true;
      yield { kind: 'wait' };
      this.paused = false;
      this.transition(was);
    }
  }

  /** block_job_ratelimit_sleep(): wait out the speed limit. */
  protected *rateLimitSleep(): Generator<Yield, void, void> {
    let delay: number;
    do {
      delay = this.limit.delay(this.host.clock.now(), 0);
      yield* this.sleep(delay);
    } while (delay > 0 && !this.isCancelled);
  }

  protected processed(bytes: number): void {
    this.limit.delay(this.host.clock.now(), bytes);
  }

  /** One I/O request: the job is busy for its latency; returns 0 or -errno. */
  protected *io(op: 'read' | 'write', bytes: number, images: readonly string[] = []): Generator<Yield, number, void> {
    yield { kind: 'io', ms: this.host.ioLatency(bytes) };
    const errno = this.host.ioFault(this, op, images);
    return errno ? -errno : 0;
  }

  /**
   * block_job_error_action(): what an I/O error does under on-error. Sends
   * BLOCK_JOB_ERROR; with 'stop' the job pauses as if the user had paused it.
   */
  protected errorAction(op: 'read' | 'write', errno: number): 'ignore' | 'report' | 'stop' {
    const action = this.onError === 'enospc' ? (errno === ENOSPC ? 'stop' : 'report')
      : this.onError === 'stop' ? 'stop'
      : this.onError === 'ignore' ? 'ignore'
      : 'report';
    this.host.emit('BLOCK_JOB_ERROR', { device: this.id, operation: op, action });
    if (action === 'stop') {
      this.userPaused = true;
      this.pauseCount++;
      this.ioStatus = errno === ENOSPC ? 'nospace' : 'failed';
    }
    return action;
  }

  /**
   * The loop of stream_run and commit_run: requests from offset 0 to `len`,
   * each after the speed limit; `request` does the one at `offset` and says
   * how far it went, whether it copied anything (what the speed limit
   * counts) and its result. A request failing under on-error 'stop' is done
   * again once the job is resumed; the first error is what the loop returns.
   */
  protected *requestLoop(len: number, op: 'read' | 'write', request: (offset: number) => Generator<Yield, JobRequest, void>): JobBody {
    let error = 0;
    for (let offset = 0, n = 0; offset < len; offset += n) {
      yield* this.rateLimitSleep();
      if (this.isCancelled) break;
      const r = yield* request(offset);
      n = r.n;
      if (r.ret < 0) {
        const action = this.errorAction(op, -r.ret);
        if (action === 'stop') {
          n = 0;
          continue;
        }
        if (error === 0) error = r.ret;
        if (action === 'report') break;
      }
      this.current += n;
      if (r.copied) this.processed(n);
    }
    return error;
  }

  /** The guest wrote [start, end) into `node`; a mirror marks it dirty. */
  guestWrote(node: object, start: number, end: number): void {
    void node;
    void start;
    void end;
  }

  /** Does the job work on this node (it is in the part of the graph it holds)? */
  uses(node: object): boolean {
    void node;
    return false;
  }

  /** A drain begins: a running job stops at a pause point. Returns whether it did. */
  drainBegin(): boolean {
    if (this.shouldPause) return false;
    if (this.status === 'running') this.transition('paused');
    else if (this.status === 'ready') this.transition('standby');
    else return false;
    return true;
  }

  /** The drain ends: the job goes on. */
  drainEnd(): void {
    if (this.status === 'paused') this.transition('running');
    else if (this.status === 'standby') this.transition('ready');
  }

  // ---- verbs ----

  /** block_job_set_speed(). */
  setSpeed(speed: number): void {
    this.checkVerb('set-speed');
    if (speed < 0) throw generic("Parameter 'speed' expects a non-negative value");
    const old = this.speed;
    this.speed = speed;
    this.limit.setSpeed(speed);
    if (speed && speed <= old) return;
    // A faster limit takes effect now: wake a job sleeping on its timer.
    if (this.timer && !this.busy) this.enter();
  }

  /** Initial speed, before the job starts (the check happens after creation). */
  initSpeed(speed: number): void {
    if (speed < 0) throw generic("Parameter 'speed' expects a non-negative value");
    this.speed = speed;
    this.limit.setSpeed(speed);
  }

  userPause(): void {
    this.checkVerb('pause');
    if (this.userPaused) throw generic('Job is already paused');
    this.userPaused = true;
    this.pauseCount++;
    if (!this.paused) this.enter();
  }

  userResume(): void {
    // QEMU checks the pause before the verb (job_user_resume).
    if (!this.userPaused || this.pauseCount <= 0) throw generic("Can't resume a job that was not paused");
    this.checkVerb('resume');
    this.userPaused = false;
    this.ioStatus = 'ok';
    this.pauseCount--;
    if (this.pauseCount === 0 && this.paused) this.enter();
  }

  /** Mirror overrides: before READY any cancel is a forced one. */
  protected driverCancel(force: boolean): boolean {
    void force;
    return true;
  }

  /** job_user_cancel() / job_cancel(). */
  userCancel(force: boolean): void {
    this.checkVerb('cancel');
    this.cancel(force);
  }

  cancel(force: boolean): void {
    if (this.status === 'concluded') {
      this.dismiss();
      return;
    }
    force = this.driverCancel(force);
    if (this.userPaused) {
      this.userPaused = false;
      this.pauseCount--;
    }
    if (force || !this.deferred) {
      this.cancelled = true;
      this.forceCancel ||= force;
    }
    if (this.status === 'created') {
      this.ret = -ECANCELED;
      this.deferred = true;
      this.completed();
    } else if (!this.deferred) {
      this.enter();
    } else if (this.isCancelled && (this.status === 'pending' || this.status === 'waiting')) {
      // Finished but not finalized: a forced cancel aborts it right here,
      // the graph change never happens (job_completed_txn_abort).
      this.ret = -ECANCELED;
      this.err ??= STRERROR[ECANCELED];
      this.abortPath();
    }
  }

  /** Complete a READY job (mirror, active commit). */
  complete(): void {
    this.checkVerb('complete');
    if (this.cancelled || !this.canComplete()) throw generic(`The active block job '${this.id}' cannot be completed`);
    this.driverComplete();
  }

  protected canComplete(): boolean {
    return false;
  }

  protected driverComplete(): void {}

  userFinalize(): void {
    this.checkVerb('finalize');
    this.finalize();
  }

  userDismiss(): void {
    this.checkVerb('dismiss');
    this.dismiss();
  }

  // ---- the end ----

  /** job_exit(): the coroutine has returned. */
  private exit(): void {
    this.completed();
  }

  /** job_completed(): decide between the success and the abort path. */
  private completed(): void {
    if (!this.ret && this.isCancelled) this.ret = -ECANCELED;
    if (this.ret) {
      this.err ??= STRERROR[-this.ret] ?? `error ${-this.ret}`;
      this.abortPath();
      return;
    }
    this.transition('waiting');
    this.transition('pending');
    if (!this.autoFinalize) {
      if (this.isBlockJob) this.host.emit('BLOCK_JOB_PENDING', { type: this.type, id: this.id });
      return;
    }
    this.finalize();
  }

  /** job_do_finalize(): prepare (graph change), then commit and conclude. */
  private finalize(): void {
    try {
      this.prepare();
    } catch (e) {
      this.ret = -EIO;
      this.err = e instanceof SimCommandError ? e.desc : String(e);
      this.abortPath();
      return;
    }
    this.clean();
    if (this.isBlockJob) this.host.emit('BLOCK_JOB_COMPLETED', this.progressData());
    this.conclude();
  }

  private abortPath(): void {
    this.transition('aborting');
    this.abort();
    this.clean();
    if (this.isBlockJob) {
      if (this.isCancelled) this.host.emit('BLOCK_JOB_CANCELLED', this.progressData());
      else this.host.emit('BLOCK_JOB_COMPLETED', { ...this.progressData(), error: this.err });
    }
    this.conclude();
  }

  private conclude(): void {
    this.transition('concluded');
    this.busy = false;
    if (this.autoDismiss) this.dismiss();
  }

  private dismiss(): void {
    this.free();
    this.transition('null');
    this.host.unregisterJob(this);
  }

  /** QEMU exiting (quit): drain blip, then a forced cancel that finishes at once. */
  cancelForExit(): void {
    if (this.status === 'concluded' || this.status === 'null' || this.status === 'undefined') return;
    if (this.status === 'running') {
      this.transition('paused');
      this.transition('running');
    } else if (this.status === 'ready') {
      this.transition('standby');
      this.transition('ready');
    } else if (this.status === 'paused' || this.status === 'standby') {
      // A paused job is resumed by the forced cancel before it aborts.
      this.userPaused = false;
      this.pauseCount = 0;
      this.paused = false;
      this.transition(this.status === 'paused' ? 'running' : 'ready');
    }
    if (this.status === 'pending' || this.status === 'waiting') {
      this.cancel(true);
      return;
    }
    if (this.status === 'aborting') return;
    this.cancelled = true;
    this.forceCancel = true;
    this.host.clearTimer(this.timer);
    this.co = undefined;
    this.deferred = true;
    this.ret = -ECANCELED;
    this.completed();
  }

  /** Exit: a concluded job goes away too. */
  dismissForExit(): void {
    if (this.status === 'concluded') this.dismiss();
  }

  // ---- queries ----

  blockJobInfo(): Record<string, unknown> {
    const info: Record<string, unknown> = {
      'auto-finalize': this.autoFinalize,
      'io-status': this.ioStatus,
      device: this.id,
      'auto-dismiss': this.autoDismiss,
      busy: this.busy,
      len: this.total,
      offset: this.current,
      status: this.status,
      paused: this.pauseCount > 0,
      speed: this.speed,
      ready: this.ready,
      type: this.type,
    };
    if (this.status === 'concluded' && this.err !== undefined) info.error = this.err;
    return info;
  }

  jobInfo(): Record<string, unknown> {
    const info: Record<string, unknown> = {
      'current-progress': this.current,
      status: this.status,
      'total-progress': this.total,
      type: this.type,
      id: this.id,
    };
    if (this.status === 'concluded' && this.err !== undefined) info.error = this.err;
    return info;
  }
}

export { SimCommandError };
