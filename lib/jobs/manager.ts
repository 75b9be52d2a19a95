/**
 * BlockJobManager: libvirt's block-job API over one QMP session.
 *
 * It knows disks and jobs, and no JSON: commands go through the typed facade
 * (lib/monitor.ts), and every change of a job's state goes through the pure
 * state machine (state.ts). QMP events are *observed* here and turned into
 * inputs (event-inputs.ts); `apply` applies one input, then carries out the
 * transition's effects. Effects are started synchronously and report back as
 * new inputs, so the order of inputs is the order of observations.
 *
 * Here: the public methods, the job records (slot.ts) by job id and by disk,
 * and carrying out effects. Elsewhere: re-reading disks and chains and
 * deleting nodes (chain-refresh.ts), the QEMU 7.2 node-query guard
 * (node-guard.ts), which existing jobs attach takes over (adoption.ts), the
 * pull's start command (pull.ts), the starter data kept for adoption by
 * another manager (job-records.ts; only with `stateDir`/`stateFile`).
 *
 * As modern libvirt does: a job is registered before its start command is
 * sent (QEMU emits its first events before the command returns), started with
 * auto-finalize on and auto-dismiss off (so its result can never be lost),
 * and on conclusion `query-jobs` says how it ended, `job-dismiss` forgets it,
 * the chain is re-read and nodes that left it are deleted, then the public
 * `blockJob` event is emitted, exactly once. Pulls of a manager that keeps
 * job records are the exception: QEMU 7.2 crashes listing nodes while a
 * stream is concluded and not dismissed, so they run with auto-dismiss on;
 * BLOCK_JOB_* says how they ended, and one that ended unwatched is told from
 * its record and the chain (unseen-end.ts).
 */
import type { EventEmitter } from 'node:events';
import { IsolatedEmitter, reportListenerError } from '../isolated-emitter.js';
import { VirError } from '../errors.js';
import { logger } from '../log.js';
import { Monitor } from '../monitor.js';
import type { QmpMonitor, ReceivedEvent } from '../qmp/types.js';
import type { BlockDeviceInfo, JobInfo } from '../qapi/types.js';
import type { BlockCopyParams } from './copy.js';
import { toBytesPerSecond } from './bandwidth.js';
import {
  VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_REBASE_COPY,
  VIR_DOMAIN_BLOCK_REBASE_COPY_DEV,
  VIR_DOMAIN_BLOCK_REBASE_COPY_RAW,
  VIR_DOMAIN_BLOCK_REBASE_RELATIVE,
  VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT,
  VIR_DOMAIN_BLOCK_REBASE_SHALLOW,
  isMirrorKind,
  type BlockJobEventStatus,
  type BlockJobKind,
} from './constants.js';
import { adoptableJobs, concludedJobs, diskOfJobId } from './adoption.js';
import { dropOrphans, rediscoverDisks, refreshChain } from './chain-refresh.js';
import { resolveDisk, type Disk } from './disks.js';
import { EndBookkeeping } from './end-bookkeeping.js';
import { checkPathArg, errors, isQmpCommandError } from './errors.js';
import { inputOfEvent } from './event-inputs.js';
import { fromJsonData, toJsonData, type JobRecord, type JobRecordStore, type RecordedJob } from './job-records.js';
import { JobRecordKeeper, OWN_PROCESS, stillRuns } from './record-keeper.js';
import { translateJobInfo, type BlockJobInfoResult } from './info.js';
import { genericHandler, pullHandler, type JobContext, type JobTypeHandler } from './job-types.js';
import { NodeReadGate, nodesSafe } from './node-guard.js';
import { unseenEnd } from './unseen-end.js';
import { pullSpec } from './pull.js';
import { checkFlags, checkFlagsValue } from './registry.js';
import { LIVE, newSlot, UNDISMISSED, type Slot } from './slot.js';
import { eventStatusOf, newJob, TERMINAL_STATES, transition, type Job, type JobEffect, type JobInput } from './state.js';
import { storeFor } from '../snapshots/where.js';
import { randomUUID } from 'node:crypto';

const log = logger('job');

/** QEMU statuses in which a job has not been asked to end (or the request did not reach it). */
const STILL_GOING: ReadonlySet<string> = new Set(['created', 'running', 'paused', 'ready', 'standby']);

/** The end a record says the starter asked for, as the job's own request. */
function endingOf(rec: JobRecord): Pick<Job, 'endRequest'> {
  return rec.ending ? { endRequest: rec.ending } : {};
}

/** The public `blockJob` event. */
export interface BlockJobEvent {
  /** The disk as the caller named it when starting the job (canonical name for adopted jobs). */
  disk: string;
  type: BlockJobKind;
  status: BlockJobEventStatus;
  /** Canonical disk name. */
  device: string;
  /** QEMU's job id. */
  jobId: string;
  /** QEMU's error text, for FAILED. */
  error?: string;
}

export interface AttachOptions {
  /** Receives every `blockJob` event, also those emitted while `attach` adopts jobs. */
  onEvent?: (ev: BlockJobEvent) => void;
  /** Rename disks: key = device name, qdev id or top node-name; value = disk name (`vda`). */
  diskAliases?: Record<string, string>;
  /**
   * Snapshot metadata file (lib/snapshots); default: `<stateDir>/<VM key>.json`.
   * With `stateFile` or `stateDir`, each started job's data is also kept beside it
   * (`<...>.jobs.json`), so that a manager adopting the job finishes it as started.
   */
  stateFile?: string;
  /** Folder of the metadata files, keyed by VM (interface.md `--state-dir`). */
  stateDir?: string;
  /** The VM's key (`uuid:...`, `name:...`, `socket:...`); default asked from QEMU. */
  vmKey?: string;
  /** New images (copy destinations, snapshot overlays) only under these folders; default anywhere. */
  allowDirs?: string[];
}

/** What a job module gives `startJob`: validation (synchronous!) and the start command. */
export interface StartPlan {
  jobId: string;
  /** Type-specific data for the completion handler. */
  data?: unknown;
  /** `send` starts the job with auto-dismiss on (see Job.autoDismiss). */
  autoDismiss?: boolean;
  send(monitor: Monitor): Promise<void>;
}

export interface StartSpec {
  /** The disk as the caller named it. */
  disk: string;
  kind: BlockJobKind;
  /**
   * Validate and plan, synchronously: the disk is checked for a job and then
   * reserved without an `await` in between, so concurrent starts cannot both pass.
   * Throw a VirError to refuse; nothing is sent then.
   */
  plan(disk: Disk): StartPlan;
}

/** Operations other modules (commit, copy, snapshots) add; see `BlockJobManager.extend`. */
export interface ManagerExtensions {
  blockCommit?(m: BlockJobManager, disk: string, base: string | null, top: string | null, bandwidth: number, flags: number): Promise<void>;
  blockCopy?(m: BlockJobManager, disk: string, dest: string, params: BlockCopyParams | null, flags: number): Promise<void>;
  /** blockRebase with VIR_DOMAIN_BLOCK_REBASE_COPY */
  rebaseCopy?(m: BlockJobManager, disk: string, dest: string, bandwidth: number, flags: number): Promise<void>;
  /** Job-type handlers every new manager registers (so that adopted jobs get them too). */
  jobTypes?: JobTypeHandler[];
}

/** `error`: what a `blockJob` listener or `onEvent` threw (see IsolatedEmitter). */
type ManagerEvents = { blockJob: [BlockJobEvent]; error: [unknown] };

const PULL_FLAGS = VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES;
const COPY_ONLY_FLAGS = VIR_DOMAIN_BLOCK_REBASE_SHALLOW | VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT | VIR_DOMAIN_BLOCK_REBASE_COPY_RAW | VIR_DOMAIN_BLOCK_REBASE_COPY_DEV;
const REBASE_FLAGS = COPY_ONLY_FLAGS | VIR_DOMAIN_BLOCK_REBASE_COPY | VIR_DOMAIN_BLOCK_REBASE_RELATIVE | VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES;

export class BlockJobManager extends IsolatedEmitter<ManagerEvents> {
  private static ext: ManagerExtensions = {};

  /** Let another module provide blockCommit, blockCopy, rebase-copy. */
  static extend(ext: ManagerExtensions): void {
    BlockJobManager.ext = { ...BlockJobManager.ext, ...ext };
  }

  readonly monitor: Monitor;
  /**
   * For the commands that follow a job through its life (query-jobs for its
   * outcome, job-dismiss): with no timeout, since a late answer is not a
   * missing one, and taking it for one reported a job QEMU still had.
   */
  private readonly bookkeeping: Monitor;
  /** query-jobs and job-dismiss at a job's end, until QEMU answers them (end-bookkeeping.ts). */
  private readonly ending: EndBookkeeping;
  private readonly disksByName = new Map<string, Disk>();
  private readonly slots = new Map<string, Slot>();
  private readonly byDisk = new Map<string, Slot>();
  /** Disks in the middle of an operation that is not a block job (a snapshot being taken): what it is. */
  private readonly held = new Map<string, string>();
  private readonly handlers = new Map<BlockJobKind, JobTypeHandler>();
  private readonly aliases: Record<string, string>;
  private readonly onEvent: ((ev: BlockJobEvent) => void) | undefined;
  private readonly ctx: JobContext;
  private buffered: ReceivedEvent[] | undefined;
  private detached = false;
  /** QEMU sent SHUTDOWN: once the session closes, no later attach can learn a job's end. */
  private qemuGone = false;
  private readonly eventListener = (ev: ReceivedEvent): void => this.observe(ev);
  private readonly closeListener = (cause: Error | undefined): void => this.onClose(cause);
  /**
   * Waits until reading QEMU's node list is safe (node-guard.ts). A read
   * counts from here to its answer (nodeReads), so that no job of ours
   * starts in between (one that concluded at once would crash QEMU 7.2).
   */
  private readonly nodesSafe = (): Promise<void> => nodesSafe(this.monitor, this.session, this.slots);
  private readonly nodeReads = new NodeReadGate();
  /** The job records (with a state location), written in the order asked for. */
  private readonly records: JobRecordKeeper;
  /**
   * Ids of the jobs found at attach whose end a process told already: a watcher
   * printed it (job-records.ts `shown`), or it came as the record says its
   * starter asked (an ASYNC abort or pivot, whose caller was told then).
   */
  private readonly shownElsewhere = new Set<string>();
  /** Until start() is done: ends emitted meanwhile are of jobs found at attach. */
  private attaching = true;

  /**
   * Discover the disks and adopt the jobs QEMU already has; concluded ones are
   * processed (dismissed, event emitted to `options.onEvent`) before this resolves.
   */
  static async attach(session: QmpMonitor, options: AttachOptions = {}): Promise<BlockJobManager> {
    // JavaScript callers can pass anything: say what was wrong, not "cannot read 'off'".
    if (!isMonitor(session)) throw new TypeError(`BlockJobManager.attach: expected a QMP session (from connect()), got ${describe(session)}`);
    const m = new BlockJobManager(session, options);
    try {
      await m.start();
    } catch (err) {
      // Never handed out: nothing to tell anyone, no job to hand over.
      m.stopListening();
      throw err;
    }
    return m;
  }

  constructor(readonly session: QmpMonitor, readonly options: AttachOptions = {}) {
    super();
    this.monitor = new Monitor(session);
    this.bookkeeping = new Monitor(session, { timeout: 0 });
    // Not while the caller closes the session: a job-dismiss then would never leave,
    // and the job, still in QEMU, is the next manager's to report.
    this.ending = new EndBookkeeping(this.bookkeeping, () => !this.session.closed && this.session.closing !== true && !this.detached);
    this.aliases = options.diskAliases ?? {};
    this.records = new JobRecordKeeper(options, () => storeFor(this));
    this.onEvent = options.onEvent;
    this.registerJobType(pullHandler);
    for (const h of BlockJobManager.ext.jobTypes ?? []) this.registerJobType(h);
    this.ctx = {
      monitor: this.monitor,
      disk: (name) => this.disksByName.get(name),
      refreshChain: (name, opts) => this.refreshChain(name, opts),
      data: (jobId) => this.slots.get(jobId)?.data,
      nodeList: () => this.nodeList(),
    };
  }

  /** Subscribe, discover disks, adopt jobs. Called by `attach`. */
  async start(): Promise<void> {
    // Events that arrive while discovering are held and replayed once the jobs are known.
    this.buffered = [];
    this.session.on('event', this.eventListener);
    this.session.on('close', this.closeListener);
    if (this.session.closed) throw this.disconnected();
    let jobs = await this.monitor.queryJobs();
    const { byId: records, ended, reused, unseen, maybeNeverStarted, shown } = await this.records.load(jobs);
    for (const id of shown) this.shownElsewhere.add(id);
    // Concluded jobs are taken over (outcome read, dismissed) before the node list is
    // read (see nodesSafe); which disk they belong to is known only after discovery.
    // Jobs QEMU no longer has but whose result a record holds are finished the same
    // way: query-jobs will not find them, and the recorded result stands.
    const early: Slot[] = [];
    const takeOver = (job: Job, data: unknown): Slot => {
      const slot = this.register(job, data);
      slot.pendingDisk = true;
      slot.concludedUnseen = true;
      this.apply(slot, { kind: 'status', status: 'concluded' });
      this.apply(slot, { kind: 'start-ok' });
      early.push(slot);
      return slot;
    };
    const endedSlots = new Set<Slot>();
    for (const rec of ended) {
      records.set(rec.id, rec);
      const job: Job = { ...newJob({ id: rec.id, disk: '', diskArg: '', kind: rec.kind }), ...endingOf(rec), blockEvent: rec.result!, ...(rec.error !== undefined ? { error: rec.error } : {}) };
      endedSlots.add(takeOver(job, fromJsonData(rec, this)));
    }
    const takeOverConcluded = async (rows: readonly JobInfo[]): Promise<number> => {
      let n = 0;
      for (const job of concludedJobs(rows, (id) => this.slots.has(id))) {
        const rec = records.get(job.id);
        takeOver(rec ? { ...job, kind: rec.kind, ...endingOf(rec) } : job, rec ? fromJsonData(rec, this) : undefined);
        n++;
      }
      await this.nodesSafe();
      return n;
    };
    await takeOverConcluded(jobs);
    // The running jobs are not ours before discovery, so nodesSafe cannot see
    // one conclude: QEMU 7.2 crashed on the node list below when a stream job
    // concluded meanwhile (seen on a re-attach). With one running, query-jobs
    // is asked again right before it, and a job it finds concluded is taken
    // over first, leaving the window of one command that nodesSafe leaves.
    while (jobs.some((j) => j.type === 'stream' && j.status !== 'concluded') && !this.session.closed) {
      jobs = await this.monitor.queryJobs();
      if ((await takeOverConcluded(jobs)) === 0) break;
    }
    // A copy's destination node is not a disk: with one running, QEMU's graph tells which it is.
    const copying = jobs.some((j) => j.type === 'mirror' && j.status !== 'concluded');
    const mirrored = new Set<string>();
    await this.nodeReads.run(() => rediscoverDisks(this.monitor, this.disksByName, this.aliases, this.nodesSafe, { copying, mirrored }));
    for (const slot of early) {
      const rec = records.get(slot.job.id);
      // A commit's id names its top, which the commit removed: the record knows the disk.
      const disk = diskOfJobId(this.listDisks(), slot.job.id) ?? (rec ? this.disksByName.get(rec.disk) : undefined);
      if (disk) {
        slot.job = { ...slot.job, disk: disk.name, diskArg: rec && rec.disk === disk.name ? rec.diskArg : disk.name };
        // A job QEMU no longer has does not hold its disk: a later job may run there.
        if (!endedSlots.has(slot) && !this.byDisk.has(disk.name) && !TERMINAL_STATES.has(slot.job.state)) this.byDisk.set(disk.name, slot);
      }
      slot.pendingDisk = false;
      slot.diskKnown?.();
    }
    // Pulls QEMU forgot as they ended, unwatched: how they ended is told from the chain just
    // read, and they are finished like a concluded job found at attach (nodes left behind deleted).
    const unseenSlots = unseen.flatMap((rec) => {
      const disk = this.disksByName.get(rec.disk) ?? diskOfJobId(this.listDisks(), rec.id);
      const end = unseenEnd(rec, disk);
      if (maybeNeverStarted.has(rec.id) && end.result !== 'completed') {
        // Its starter died before QEMU answered: QEMU may never have had it. Nothing to report.
        void this.recordOp((s) => s.remove([rec.id]));
        return [];
      }
      const diskArg = disk === undefined ? '' : rec.disk === disk.name ? rec.diskArg : disk.name;
      const job: Job = { ...newJob({ id: rec.id, disk: disk?.name ?? '', diskArg, kind: rec.kind }), ...endingOf(rec), autoDismiss: true, blockEvent: end.result, ...(end.error !== undefined ? { error: end.error } : {}) };
      if (log.enabled) log('%s ended while no manager watched: %s from the chain', rec.id, end.result);
      const slot = this.register(job, fromJsonData(rec, this));
      // QEMU no longer has it: it does not hold its disk, where another client's job may run now.
      if (this.byDisk.get(job.disk) === slot) this.byDisk.delete(job.disk);
      slot.concludedUnseen = true;
      this.apply(slot, { kind: 'status', status: 'null' });
      this.apply(slot, { kind: 'start-ok' });
      return [slot];
    });
    // Their id is another job's now: the recorded end is reported as it is, no clean-up
    // (the chain is the new job's), and the record goes.
    for (const rec of reused) {
      const status = eventStatusOf(rec.result!);
      this.publish({ disk: rec.diskArg, type: rec.kind, status, device: rec.disk, jobId: rec.id, ...(status === 'FAILED' && rec.error !== undefined ? { error: rec.error } : {}) });
    }
    if (reused.length) await this.recordOp((s) => s.remove(reused.map((r) => r.id)));
    // A later job under such a pull's id (-drive jobs are named by their device): the
    // pull is finished first, which frees the id (QEMU's events wait in `buffered`).
    await Promise.all(unseenSlots.filter((s) => jobs.some((r) => r.id === s.job.id)).map((s) => s.done));
    const adopted = this.adopt(jobs.filter((r) => r.status !== 'concluded'), records, mirrored);
    const held = this.buffered;
    this.buffered = undefined;
    for (const ev of held) this.observe(ev);
    // A concluded job is finished now, so the caller sees a settled manager.
    await Promise.all([...early, ...unseenSlots, ...adopted].filter((s) => s.job.state !== 'running' && s.job.state !== 'ready').map((s) => s.done));
    this.attaching = false;
  }

  /** Stop listening to the session (the session stays open). */
  detach(): void {
    if (this.detached) return;
    this.stopListening();
    // Its jobs go on in QEMU for whoever attaches next (a concluded one's
    // result handed over in its record, as on a lost connection); callers
    // waiting here are told, instead of waiting for ever. It tracks no job
    // after this (jobFor() is undefined).
    this.letGo();
  }

  private stopListening(): void {
    this.detached = true;
    this.ending.stop();
    this.session.off('event', this.eventListener);
    this.session.off('close', this.closeListener);
  }

  registerJobType(handler: JobTypeHandler): void {
    this.handlers.set(handler.kind, handler);
  }

  private handler(kind: BlockJobKind): JobTypeHandler {
    return this.handlers.get(kind) ?? genericHandler(kind);
  }

  // ---------------------------------------------------------------- disks

  /** The disks, in QEMU's order. */
  listDisks(): Disk[] {
    return [...this.disksByName.values()];
  }

  /** Resolve a disk argument (device, qdev id, node-name, top path). */
  getDisk(arg: string): Disk {
    return resolveDisk(this.listDisks(), arg);
  }

  /**
   * QEMU's node list, read once that is safe (node-guard.ts), for modules
   * (copy, snapshots) that read it: `exceptJob`, their own job that has not
   * started in QEMU yet, is not waited for.
   */
  nodeList(exceptJob?: string): Promise<BlockDeviceInfo[]> {
    return this.nodeReads.run(async () => {
      await nodesSafe(this.monitor, this.session, this.slots, exceptJob);
      return this.monitor.queryNamedBlockNodes();
    });
  }

  /** Re-read every disk and chain from QEMU. */
  rediscover(): Promise<Disk[]> {
    const copying = [...this.slots.values()].some((s) => s.job.kind === 'copy' && !TERMINAL_STATES.has(s.job.state));
    return this.nodeReads.run(() => rediscoverDisks(this.monitor, this.disksByName, this.aliases, this.nodesSafe, { copying }));
  }

  /** Re-read one disk's chain (as after a job), for modules that change it without a job (snapshots). */
  refreshDisk(name: string, opts: { topNode?: string } = {}): Promise<Disk | undefined> {
    return this.refreshChain(name, opts);
  }

  private refreshChain(name: string, opts: { topNode?: string } = {}): Promise<Disk | undefined> {
    return this.nodeReads.run(() => refreshChain(this.monitor, this.disksByName, name, opts, this.nodesSafe));
  }

  // ---------------------------------------------------------------- jobs, generic

  /** The job on a disk, if any (also one that is ending). */
  jobFor(diskArg: string): Job | undefined {
    const disk = this.getDisk(diskArg);
    return this.byDisk.get(disk.name)?.job;
  }

  /**
   * What the disk's job was started with (its job module's data; for an
   * adopted job, from its record), if the manager knows: for modules that
   * take over a job they started in an earlier process (a snapshot delete).
   */
  jobDataFor(diskArg: string): unknown {
    const disk = this.getDisk(diskArg);
    return this.byDisk.get(disk.name)?.data;
  }

  /**
   * For a module taking over a job it marked (a merge's retry): set
   * `data[key]` of the disk's job to `to` if it is `from`, in this manager
   * and in the job's record, in one step against other processes. Resolves
   * false when the mark was not `from` (someone else took the job over);
   * this manager's copy of the data then takes the record's value.
   */
  async swapJobData(diskArg: string, key: string, from: unknown, to: unknown): Promise<boolean> {
    const slot = this.byDisk.get(this.getDisk(diskArg).name);
    const data = slot?.data;
    if (slot === undefined || data === null || typeof data !== 'object' || (data as Record<string, unknown>)[key] !== from) return false;
    if (this.keepsJobRecords) {
      let r: { swapped: boolean; current: unknown } = { swapped: false, current: undefined };
      let failure: Error | undefined;
      await this.recordOp(async (s) => {
        try {
          r = await s.swapData(slot.job.id, key, from, to);
        } catch (err) {
          failure = err as Error;
        }
      });
      // Said as what it is, not as a job someone else took.
      if (failure !== undefined) throw new VirError('OPERATION_FAILED', `job records could not be read or written: ${failure.message}`);
      if (!r.swapped) {
        // Another manager or process has moved the mark on: know it from now on.
        if (r.current !== undefined && (slot.data as Record<string, unknown>)[key] === from) {
          slot.data = { ...(slot.data as Record<string, unknown>), [key]: r.current };
        }
        return false;
      }
    }
    // Re-read: another caller in this process may have swapped it meanwhile.
    if ((slot.data as Record<string, unknown>)[key] !== from) return false;
    slot.data = { ...(slot.data as Record<string, unknown>), [key]: to };
    return true;
  }

  /**
   * Keep jobs and other holders off `disks` (names as in listDisks()) until
   * the returned function is called; `what` names the operation in the
   * refusal. Synchronous, so a check before it and the hold are one step.
   * @throws VirError when one of the disks has a job or is held
   */
  holdDisks(disks: readonly string[], what: string): () => void {
    for (const name of disks) {
      const err = this.busyError(name);
      if (err) throw err;
    }
    for (const name of disks) this.held.set(name, what);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const name of disks) this.held.delete(name);
    };
  }

  /** Why a disk (name as in listDisks()) cannot take a job or a snapshot now, if it cannot: its job, or a hold. */
  busyError(disk: string): VirError | undefined {
    const busy = this.byDisk.get(disk);
    if (busy) return errors.diskBusy(disk, busy.job.kind);
    return this.heldError(disk);
  }

  /** The refusal for a disk held by holdDisks(), if it is. */
  heldError(disk: string): VirError | undefined {
    const holder = this.held.get(disk);
    return holder === undefined ? undefined : errors.diskHeld(disk, holder);
  }

  /** Every job the manager tracks. */
  listJobs(): Job[] {
    return [...this.slots.values()].map((s) => s.job);
  }

  /** Resolves once no job of this manager is between observations and their effects' end. */
  async settled(): Promise<void> {
    const ending = [...this.slots.values()].filter((s) => !LIVE.has(s.job.state) && s.job.state !== 'new');
    await Promise.all(ending.map((s) => s.done));
  }

  /**
   * Resolves with the job as it ended (terminal state) for a disk's current
   * job. Rejects with "domain is not running" when the connection is lost
   * first: the job goes on in QEMU, and its end is the next manager's to report.
   */
  waitForJob(diskArg: string): Promise<Job> {
    if (this.session.closed || this.detached) return Promise.reject(this.disconnected());
    const disk = this.getDisk(diskArg);
    const slot = this.byDisk.get(disk.name);
    if (!slot) return Promise.reject(errors.noActiveJob(disk.name));
    return slot.done.then((job) => (job.state === 'detached' ? Promise.reject(this.disconnected()) : job));
  }

  /**
   * Throws libvirt's "domain is not running" once the session is closed or
   * the manager detached: what QEMU has is no longer known (a job may still
   * run there), so no call answers as if there were none.
   */
  checkConnected(): void {
    if (this.session.closed || this.detached) throw this.disconnected();
  }
  /** "domain is not running", or the protocol violation the session closed on. */
  private disconnected(): VirError {
    return errors.disconnected(this.session.closeCause);
  }


  /**
   * Start a job: validate and reserve the disk synchronously, send, and report.
   * For job modules (pull here; commit and copy elsewhere).
   * @throws VirError from the plan, or libvirt's translation of QEMU's error
   */
  async startJob(spec: StartSpec): Promise<Job> {
    this.checkConnected();
    const disk = this.getDisk(spec.disk);
    const busy = this.busyError(disk.name);
    if (busy) throw busy;
    const plan = spec.plan(disk);
    if (this.slots.has(plan.jobId)) throw errors.diskBusy(disk.name);
    const fresh = newJob({ id: plan.jobId, disk: disk.name, diskArg: spec.disk, kind: spec.kind });
    const slot = this.register(plan.autoDismiss === true ? { ...fresh, autoDismiss: true } : fresh, plan.data);
    let ok!: () => void;
    slot.started = new Promise((r) => (ok = r));
    slot.sent = false;
    // slot.job is replaced at each transition: read it when needed.
    const record = (): JobRecord => {
      const job = slot.job;
      return { id: job.id, kind: job.kind, disk: job.disk, diskArg: job.diskArg, ...(job.autoDismiss === true ? { autoDismiss: true, owner: OWN_PROCESS } : {}), ...toJsonData(slot.data, this) };
    };
    let token: string | undefined;
    let settling = false;
    try {
      if (this.keepsJobRecords) {
        // Written before QEMU has the job: a process killed as QEMU accepts
        // it still leaves the starter's data for whoever adopts the job.
        const starting = `${process.pid}:${randomUUID()}`;
        await this.recordOp(async (s) => {
          if (await s.putStarting({ ...record(), starting })) token = starting;
        });
      }
      // Not while a node list is being read (see nodeReads); and nothing goes
      // out once this manager has let go (detached meanwhile): no one would follow the job.
      while (this.nodeReads.busy) await this.nodeReads.idle();
      this.checkConnected();
      slot.sent = true;
      await plan.send(this.monitor);
      this.apply(slot, { kind: 'start-ok' });
    } catch (err) {
      if ((err as { code?: unknown }).code === 'QMP_ERR_TIMEOUT' && !this.session.closed) {
        // No answer in time: QEMU may still start the job, its answer late,
        // not lost. The disk stays reserved, and the job followed, until
        // query-jobs (answered after the start) says whether QEMU has it.
        settling = true;
        void this.settleLateStart(slot, token, record).finally(ok);
        throw new VirError('OPERATION_TIMEOUT', `${(err as Error).message}; QEMU may still start the job, which is then followed and reported`, { cause: err });
      }
      this.apply(slot, { kind: 'start-failed' });
      // Taken back only when QEMU refused the job: with the connection lost,
      // QEMU may have it (the next manager drops the record if it has not).
      const taken = token;
      // Also when the start stopped before its command went out (a VirError: the manager detached meanwhile).
      if (taken !== undefined && (isQmpCommandError(err) || err instanceof VirError)) void this.recordOp((s) => s.removeStarting(slot.job.id, taken));
      throw errors.fromQmp(err);
    } finally {
      if (!settling) ok();
    }
    if (slot.job.state === 'detached') {
      // QEMU has the job, but this manager let it go while the start was in
      // flight: its record, complete now (a copy's nodes), is for whoever
      // attaches next, and the caller hears that the start was cut off.
      if (this.keepsJobRecords) await this.recordOp((s) => s.put(record()));
      throw this.disconnected();
    }
    this.recordStarted(slot, record);
    return slot.job;
  }

  /**
   * QEMU has the job: its record written again, without the `starting`
   * token, and back if an attaching manager took the first one for a stale
   * record before QEMU had the job. Not awaited (callers watch the job's
   * events as soon as the start returns).
   */
  private recordStarted(slot: Slot, record: () => JobRecord): void {
    if (this.keepsJobRecords && !TERMINAL_STATES.has(slot.job.state)) void this.recordOp((s) => s.put(record()));
  }

  /**
   * A start command that got no answer in time: QEMU answers query-jobs
   * after it, so its list says whether the job exists. Listed, the job goes
   * on as if the start had answered (events seen meanwhile applied);
   * otherwise it never was, and the disk is free again.
   */
  private async settleLateStart(slot: Slot, token: string | undefined, record: () => JobRecord): Promise<void> {
    let listed = false;
    try {
      listed = (await this.bookkeeping.queryJobs()).some((r) => r.id === slot.job.id);
    } catch (err) {
      if (log.enabled) log('query-jobs after the late start of %s failed: %s', slot.job.id, (err as Error).message);
    }
    if (slot.job.state !== 'new') return;
    // A job QEMU dismissed itself is listed no more, but its events say it was there.
    if (!listed && slot.job.autoDismiss === true && (slot.job.qemuStatus !== undefined || slot.job.blockEvent !== undefined)) listed = true;
    if (log.enabled) log('late start of %s: QEMU %s the job', slot.job.id, listed ? 'has' : 'does not have');
    if (listed) {
      this.apply(slot, { kind: 'start-ok' });
      this.recordStarted(slot, record);
      return;
    }
    this.apply(slot, { kind: 'start-failed' });
    // With the connection lost, QEMU may have it: the record stays for the next manager.
    const id = slot.job.id;
    if (token !== undefined && !this.session.closed) void this.recordOp((s) => s.removeStarting(id, token));
  }

  // ---------------------------------------------------------------- job records (record-keeper.ts)

  /**
   * Resolves once the job records asked for so far are written (only managers
   * given `stateDir`/`stateFile` keep them); await it before ending the process.
   * Rejects if one could not be written since the last call (jobs go on
   * without them: another process can still adopt a job, but not finish it
   * as its starter would).
   */
  recordsWritten(): Promise<void> {
    return this.records.written();
  }

  /**
   * What the starter of a job this manager does not track recorded about it:
   * its kind (QEMU's events say `commit` for an active commit too) and how it
   * asked it to end, also for some minutes after its record was removed
   * (job-records.ts). Undefined without records, or when there is none.
   */
  async recordedJob(jobId: string): Promise<RecordedJob | undefined> {
    if (!this.records.keeps) return undefined;
    return this.records.describe(jobId);
  }

  /**
   * Say in the record `rec` (as recordedJob read it) that this process printed
   * its job's end, seen in QEMU's events without following the job: the next
   * manager to attach still processes the end (dismiss, clean-up), and tells
   * its caller with endShownElsewhere(). A no-op if the record changed since.
   */
  markEndShown(rec: JobRecord): Promise<void> {
    return this.records.markShown(rec);
  }

  /**
   * Whether a job whose end this manager reported at attach was told of
   * already: printed by a process that watched it (markEndShown), or ended
   * as its starter asked in an ASYNC abort or pivot (the asker was told).
   */
  endShownElsewhere(jobId: string): boolean {
    return this.shownElsewhere.has(jobId);
  }

  /** Whether job records are kept (`stateDir`/`stateFile`): then pulls start with auto-dismiss on (pull.ts). */
  get keepsJobRecords(): boolean {
    return this.records.keeps;
  }

  /** Queue a change of the records; failures are logged, never thrown (the job goes on). */
  private recordOp(fn: (s: JobRecordStore) => Promise<void>): Promise<void> {
    return this.records.op(fn);
  }

  private register(job: Job, data: unknown): Slot {
    const slot = newSlot(job, data);
    this.slots.set(job.id, slot);
    if (job.disk !== '') this.byDisk.set(job.disk, slot);
    // Its end is this manager's to report while it lives (record-keeper.ts).
    if (job.autoDismiss === true && this.keepsJobRecords) this.records.follow(job.id);
    if (log.enabled) log('job %s registered on %s (%s)', job.id, job.disk, job.kind);
    return slot;
  }

  /** Apply one input to a job and carry out the effects; returns them (for `refuse`). */
  private apply(slot: Slot, input: JobInput): JobEffect[] {
    const before = slot.job.state;
    const { job, effects } = transition(slot.job, input);
    slot.job = job;
    if (log.enabled && (before !== job.state || effects.length)) {
      log('job %s: %s --%s--> %s %o', job.id, before, input.kind === 'status' ? `status:${input.status}` : input.kind, job.state, effects.map((e) => e.kind));
    }
    for (const e of effects) this.effect(slot, e);
    if (slot.dismissWaiters.length > 0 && !UNDISMISSED.has(slot.job.state)) {
      for (const w of slot.dismissWaiters.splice(0)) w();
    }
    return effects;
  }

  private effect(slot: Slot, e: JobEffect): void {
    const job = slot.job;
    switch (e.kind) {
      case 'send-cancel': {
        const h = this.handler(job.kind);
        const disk = this.disksByName.get(job.disk);
        const p = h.sendCancel
          ? h.sendCancel(this.ctx, job)
          : this.monitor.blockJobCancel(job.id, disk?.mode === 'blockdev' ? { force: false } : {});
        slot.endCommand = this.endCommand(slot, p);
        return;
      }
      case 'send-complete': {
        const h = this.handler(job.kind);
        const disk = this.disksByName.get(job.disk);
        const p = h.sendPivot
          ? h.sendPivot(this.ctx, job)
          : disk?.mode === 'blockdev' ? this.monitor.jobComplete(job.id) : this.monitor.blockJobComplete(job.id);
        slot.endCommand = this.endCommand(slot, p);
        return;
      }
      case 'query-outcome': {
        const query = (): void =>
          this.ending.outcome(job.id, (row) =>
            this.apply(slot, row ? { kind: 'outcome', found: true, ...(row.error !== undefined ? { error: row.error } : {}) } : { kind: 'outcome', found: false }),
          );
        // An abort or pivot still unanswered decides the outcome too: refused (the job
        // concluded on its own first), it did not take. QEMU answers it before the
        // query-jobs sent now; its rejection is applied first here as well.
        const end = slot.endCommand;
        const ask = end === undefined ? query : (): void => void end.then(query, query);
        // A copy or active commit that another manager may have ended (two
        // processes on one VM): its record, read now, says how it was asked
        // to end; read at attach, it was too early.
        if (job.endRequest !== undefined || !isMirrorKind(job.kind) || !this.keepsJobRecords) return ask();
        void this.recordedJob(job.id)
          .then((r) => r?.ending !== undefined && r.ending !== slot.unappliedMark && sameFamily(r.kind, job.kind) && this.apply(slot, { kind: 'ended-elsewhere', ending: r.ending }))
          .catch((err: unknown) => log.enabled && log('record of %s not read: %s', job.id, (err as Error).message))
          .finally(ask);
        return;
      }
      case 'decide-outcome': {
        // Not within this apply: an end command's refusal, or the next event, comes first.
        const decide = (): void => void this.apply(slot, { kind: 'outcome', found: false });
        const end = slot.endCommand;
        void (end === undefined ? Promise.resolve() : end).then(decide, decide);
        return;
      }
      case 'dismiss':
        this.ending.dismiss(job.id, {
          sending: () => this.apply(slot, { kind: 'dismiss-sent' }),
          refused: () => this.apply(slot, { kind: 'dismiss-refused' }),
          done: () => this.apply(slot, { kind: 'dismissed' }),
        });
        return;
      case 'run-completion':
        this.whenDiskKnown(slot)
          .then(() => (slot.job.disk === '' ? undefined : this.handler(job.kind).complete(this.ctx, slot.job, e.result)))
          .then(() => (slot.concludedUnseen ? this.nodeReads.run(() => dropOrphans(this.monitor, this.disksByName, this.nodesSafe)) : undefined))
          .catch((err: unknown) => {
            if (log.enabled) log('completion of %s failed: %s', job.id, (err as Error).message);
          })
          .finally(() => this.apply(slot, { kind: 'finished' }));
        return;
      case 'release':
        if (job.autoDismiss === true) this.records.unfollow(job.id);
        if (this.slots.get(job.id) === slot) this.slots.delete(job.id);
        if (this.byDisk.get(job.disk) === slot) this.byDisk.delete(job.disk);
        // The job is over (a lost connection is not: it goes on in QEMU, its record stays).
        if (this.keepsJobRecords && job.state !== 'detached' && job.state !== 'discarded') {
          void this.recordOp((s) => s.finish(job.id)).then(() => slot.resolveDone(job));
          return;
        }
        slot.resolveDone(job);
        return;
      case 'emit':
        // A concluded job of no disk of ours was only dismissed (it blocked node queries): no event.
        if (job.disk === '') return;
        if (this.attaching && ((job.endRequest === 'abort' && e.status === 'CANCELED') || (job.endRequest === 'pivot' && e.status === 'COMPLETED'))) {
          this.shownElsewhere.add(job.id);
        }
        if (e.status === 'READY' && this.keepsJobRecords) void this.recordOp((s) => s.markReady(job.id));
        this.publish({
          disk: job.diskArg,
          type: job.kind,
          status: e.status,
          device: job.disk,
          jobId: job.id,
          ...(e.status === 'FAILED' && job.error !== undefined ? { error: job.error } : {}),
        });
        return;
      case 'refuse':
        // The caller reads refusals from apply()'s result.
        return;
      default: {
        const never: never = e;
        throw new Error(`unhandled effect ${JSON.stringify(never)}`);
      }
    }
  }

  private whenDiskKnown(slot: Slot): Promise<void> {
    if (!slot.pendingDisk) return Promise.resolve();
    return new Promise((r) => (slot.diskKnown = r));
  }

  /** Watch a cancel/complete command: QEMU refusing it puts the job back; a missing job is gone. */
  private endCommand(slot: Slot, p: Promise<void>): Promise<void> {
    return p.catch((err: unknown) => {
      // QEMU had concluded and forgotten the job (auto-dismiss) before the
      // command came: a refusal, as of a concluded job (its events came first).
      const forgotten = slot.job.autoDismiss === true && slot.job.state === 'concluded';
      if (isQmpCommandError(err) && err.errorClass === 'DeviceNotActive' && !forgotten) {
        this.apply(slot, { kind: 'vanished' });
        return;
      }
      // A refusal by QEMU; an answer that timed out says nothing once the job
      // has concluded (QEMU may have carried the command out).
      if (!this.session.closed && (isQmpCommandError(err) || LIVE.has(slot.job.state))) {
        const asked = slot.job.endRequest;
        this.apply(slot, { kind: 'end-refused' });
        // The mark written before the command (blockJobAbort) no longer holds:
        // read at the job's end, it would make a failure or a completion CANCELED.
        if (asked !== undefined && slot.job.endRequest === undefined && this.keepsJobRecords) {
          const id = slot.job.id;
          void this.recordOp((s) => s.clearEnding(id, asked));
        }
      }
      throw errors.fromQmp(err, slot.job.id);
    });
  }

  private publish(ev: BlockJobEvent): void {
    if (log.enabled) log('event %o', ev);
    if (this.onEvent !== undefined) {
      // Like the listeners (IsolatedEmitter): the caller's error is not the job's.
      try {
        this.onEvent(ev);
      } catch (err) {
        reportListenerError(this as EventEmitter, err);
      }
    }
    this.emit('blockJob', ev);
  }

  // ---------------------------------------------------------------- QMP events

  private observe(ev: ReceivedEvent): void {
    if (this.buffered) {
      this.buffered.push(ev);
      return;
    }
    // QEMU exits after SHUTDOWN, unless run with -no-shutdown (as libvirt
    // does): then it stops the VM (STOP) and stays, with its jobs.
    if (ev.event === 'SHUTDOWN') this.qemuGone = true;
    else if (this.qemuGone && (ev.event === 'STOP' || ev.event === 'RESUME' || ev.event === 'RESET')) this.qemuGone = false;
    const said = inputOfEvent(ev);
    const slot = said ? this.slots.get(said.jobId) : undefined;
    if (said && slot) this.apply(slot, said.input);
  }

  private onClose(cause: Error | undefined): void {
    if (log.enabled) log('session closed%s', cause ? `: ${cause.message}` : '');
    this.letGo();
  }

  /** The session is gone or this manager detached: each job is handed over, or reported where its end is known. */
  private letGo(): void {
    this.ending.stop();
    for (const slot of [...this.slots.values()]) {
      const job = slot.job;
      if (job.state === 'dismissing' && job.dismissSent === true && !this.qemuGone && this.keepsJobRecords) {
        // QEMU may or may not have carried out the dismiss: the result goes into
        // the job's record, and the next manager reports the job, from QEMU or
        // from there (job-records.ts). Without a record, it is reported here.
        let handedOver = false;
        void this.recordOp(async (s) => {
          handedOver = await s.markResult(job.id, job.result!, job.error);
        }).then(() => this.apply(slot, { kind: 'disconnected', handedOver }));
        continue;
      }
      this.apply(slot, { kind: 'disconnected', qemuGone: this.qemuGone });
    }
  }

  // ---------------------------------------------------------------- adoption (reconnect)

  /** Take over the block jobs QEMU has (libvirt's reconnect, §9; adoption.ts); unknown ones are left alone. */
  private adopt(rows: JobInfo[], records: ReadonlyMap<string, JobRecord>, mirrored: ReadonlySet<string>): Slot[] {
    const adopted: Slot[] = [];
    for (const { job, status } of adoptableJobs(rows, this.listDisks(), (id) => this.slots.has(id), (disk) => this.byDisk.has(disk), mirrored)) {
      // A job whose starter left a record is finished as that starter would have.
      const rec = records.get(job.id);
      // Its record is on its disk; or, for a disk without frontend, named after its top
      // node and so renamed since by a pivot or snapshot, under the id made from the node.
      const sameDisk = rec !== undefined && rec.disk === job.disk;
      const renamed = this.disksByName.get(job.disk)?.qdev === undefined && this.disksByName.get(job.disk)?.mode === 'blockdev';
      const own = rec !== undefined && (sameDisk || (renamed && sameFamily(rec.kind, job.kind)));
      // An end the starter asked for counts once QEMU is past READY (the command went out).
      const ending = own && !STILL_GOING.has(status) ? endingOf(rec) : {};
      // The name it was started with, where it still names the disk.
      const diskArg = sameDisk ? rec.diskArg : job.diskArg;
      const auto = own && rec.autoDismiss === true;
      // READY told already by the manager before (libvirt's reconnect emits it only for a job it saw running).
      const told = own && rec.ready === true ? { readyEmitted: true } : {};
      const slot = this.register(own ? { ...job, kind: rec.kind, diskArg, ...ending, ...told, ...(auto ? { autoDismiss: true } : {}) } : job, own ? fromJsonData(rec, this) : undefined);
      // Followed by this process now, unless its owner (a starter waiting for it) still runs.
      if (auto) void this.recordOp((s) => s.takeOwnership(job.id, OWN_PROCESS, stillRuns));
      this.apply(slot, { kind: 'status', status });
      this.apply(slot, { kind: 'start-ok' });
      adopted.push(slot);
    }
    return adopted;
  }

  // ---------------------------------------------------------------- libvirt API

  /**
   * virDomainBlockPull: pull the whole backing chain into the top image.
   * @param bandwidth MiB/s, or bytes/s with VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES; 0 = unlimited
   */
  async blockPull(disk: string, bandwidth = 0, flags = 0): Promise<void> {
    checkFlags(flags, PULL_FLAGS, 'qemuDomainBlockPull');
    await this.pullCommon(disk, null, bandwidth, flags & PULL_FLAGS ? VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES : 0);
  }

  /**
   * virDomainBlockRebase without COPY: pull the images above `base` into the
   * top, `base` becoming its backing file (null = the whole chain).
   * @param base absolute path, node-name or `disk[N]`
   */
  async blockRebase(disk: string, base: string | null, bandwidth = 0, flags = 0): Promise<void> {
    checkPathArg('base', base, true);
    checkFlagsValue(flags, 'qemuDomainBlockRebase');
    // libvirt's public API checks these before the driver looks at the flags.
    if (flags & VIR_DOMAIN_BLOCK_REBASE_COPY) {
      if (base === null) throw new VirError('INVALID_ARG', 'base in virDomainBlockRebase must not be NULL');
    } else if (flags & COPY_ONLY_FLAGS) throw errors.flagsNeedCopy();
    checkFlags(flags, REBASE_FLAGS, 'qemuDomainBlockRebase');
    if (flags & VIR_DOMAIN_BLOCK_REBASE_COPY) {
      const copy = BlockJobManager.ext.rebaseCopy;
      if (!copy) throw errors.unsupportedFlags(flags & (VIR_DOMAIN_BLOCK_REBASE_COPY | COPY_ONLY_FLAGS), 'qemuDomainBlockRebase');
      return copy(this, disk, base!, bandwidth, flags);
    }
    await this.pullCommon(disk, base, bandwidth, flags);
  }

  private async pullCommon(diskArg: string, base: string | null, bandwidth: number, flags: number): Promise<void> {
    await this.startJob(pullSpec(diskArg, base, bandwidth, flags, () => this.listDisks(), this.keepsJobRecords));
  }

  /**
   * virDomainGetBlockJobInfo: the disk's job as libvirt reports it, or null when it has none.
   * @param flags VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES for bytes/s
   */
  async getBlockJobInfo(diskArg: string, flags = 0): Promise<BlockJobInfoResult | null> {
    checkFlags(flags, VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES, 'qemuDomainGetBlockJobInfo');
    this.checkConnected();
    const disk = this.getDisk(diskArg);
    const slot = this.byDisk.get(disk.name);
    if (!slot) return null;
    let rows;
    try {
      rows = await this.monitor.queryBlockJobs();
    } catch (err) {
      throw errors.fromQmp(err);
    }
    const row = rows.find((r) => r.device === slot.job.id);
    if (!row && LIVE.has(slot.job.state)) {
      // Answers come after the events before them: a live job without a row is gone.
      this.apply(slot, { kind: 'vanished' });
    }
    return translateJobInfo(slot.job.kind, row, (flags & VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES) !== 0);
  }

  /** A disk's live job, after its start has answered. @throws "does not have an active block job" */
  private async liveSlot(diskArg: string): Promise<{ disk: Disk; slot: Slot }> {
    this.checkConnected();
    const disk = this.getDisk(diskArg);
    const slot = this.byDisk.get(disk.name);
    if (!slot) throw errors.noActiveJob(disk.name);
    if (slot.job.state === 'new') await slot.started;
    if (this.byDisk.get(disk.name) !== slot || slot.job.state === 'discarded') throw errors.noActiveJob(disk.name);
    return { disk, slot };
  }

  /**
   * virDomainBlockJobSetSpeed.
   * @param bandwidth MiB/s, or bytes/s with VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES; 0 = unlimited
   */
  async blockJobSetSpeed(diskArg: string, bandwidth: number, flags = 0): Promise<void> {
    checkFlags(flags, VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES, 'qemuDomainBlockJobSetSpeed');
    // Where a job starts, no bandwidth is no limit; here it is the whole call,
    // and one left out by mistake would lift the limit (found by a QA run).
    if (bandwidth === undefined || bandwidth === null) throw errors.bandwidthInvalid(bandwidth);
    const speed = toBytesPerSecond(bandwidth, (flags & VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES) !== 0);
    const { disk, slot } = await this.liveSlot(diskArg);
    if (!LIVE.has(slot.job.state)) throw errors.noActiveJob(disk.name);
    try {
      await this.monitor.blockJobSetSpeed(slot.job.id, speed);
    } catch (err) {
      throw errors.fromQmp(err, slot.job.id);
    }
  }

  /**
   * virDomainBlockJobAbort: cancel (or with PIVOT, complete) the disk's job.
   * Without ASYNC it returns once the job is gone and its event emitted.
   */
  async blockJobAbort(diskArg: string, flags = 0): Promise<void> {
    checkFlags(flags, VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC | VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT, 'qemuDomainBlockJobAbort');
    const { disk, slot } = await this.liveSlot(diskArg);
    const pivot = (flags & VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT) !== 0;
    const input: JobInput = pivot ? { kind: 'pivot', canPivot: this.handler(slot.job.kind).canPivot } : { kind: 'abort' };
    // Only an end that will be sent: a pivot refused as not ready leaves no mark.
    const sends = pivot ? slot.job.state === 'ready' && this.handler(slot.job.kind).canPivot : slot.job.state === 'running' || slot.job.state === 'ready';
    const asked = pivot ? 'pivot' : 'abort';
    // Every kind: a mirror's soft cancel looks like a completion, a job QEMU forgets as it
    // ends leaves only this, and whoever finds the end tells by it that it came as asked.
    const marks = sends && this.keepsJobRecords;
    if (marks) {
      // Another end is between its decision and the state machine (writing
      // its mark): this one is refused as the state machine will refuse it,
      // and must not overwrite that mark (found by a QA run: a pivot and an
      // abort sent together left "abort" in the record of a pivoted copy).
      if (slot.endClaim !== undefined) throw errors.stillEnding(disk.name);
      slot.endClaim = asked;
      try {
        // Written before the command goes out: once QEMU reports the end, another process
        // (an adopting manager, an event reader) can tell a soft cancel from a pivot.
        const id = slot.job.id;
        slot.unappliedMark = asked;
        await this.recordOp((s) => s.markEnding(id, asked));
        if (!LIVE.has(slot.job.state)) {
          // The job concluded meanwhile: this request will not go out, so its mark
          // must not say how the job ended (this manager's outcome read skips it).
          void this.recordOp((s) => s.clearEnding(id, asked));
        } else slot.unappliedMark = undefined;
      } catch (err) {
        slot.endClaim = undefined;
        throw err;
      }
    }
    const stateBefore = slot.job.state;
    let effects: ReturnType<BlockJobManager['apply']>;
    try {
      effects = this.apply(slot, input);
    } finally {
      if (marks) slot.endClaim = undefined;
    }
    const refused = effects.find((e) => e.kind === 'refuse');
    if (refused && refused.kind === 'refuse') {
      if (refused.reason === 'not-ready') throw errors.notReadyForPivot(slot.job.id);
      throw errors.stillEnding(disk.name);
    }
    // QEMU had concluded the job before this request reached it (already, or
    // it refused the command because it concluded meanwhile).
    let late = !LIVE.has(stateBefore);
    if (!late && slot.endCommand) {
      try {
        await slot.endCommand;
      } catch (err) {
        if (LIVE.has(slot.job.state)) throw err;
        late = true;
      }
    }
    const async = (flags & VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC) !== 0;
    if (late) {
      // Ended as asked (by another client, its record or QEMU's report says so):
      // done. Ended on its own (a pull that completed, a job that failed): there
      // is no active job to end, as libvirt says once it has seen the end; a
      // synchronous call says so after the job's terminal event.
      const end = async ? slot.job : await slot.done;
      if (end.state === 'detached' || end.state === 'discarded') throw this.disconnected();
      if (!endedAsAsked(end, asked)) throw errors.noActiveJob(disk.name);
      if (async) return;
    } else if (async) return;
    const end = await slot.done;
    if (end.state === 'detached' || end.state === 'discarded') throw this.disconnected();
    if (pivot && end.state === 'failed') {
      throw new VirError('OPERATION_FAILED', `block job '${end.id}' failed while pivoting${end.error ? `: ${end.error}` : ''}`);
    }
  }

  /** virDomainBlockCommit (provided by the commit module). */
  async blockCommit(disk: string, base: string | null, top: string | null, bandwidth = 0, flags = 0): Promise<void> {
    const f = BlockJobManager.ext.blockCommit;
    if (!f) throw new VirError('OPERATION_UNSUPPORTED', 'block commit is not available yet');
    checkPathArg('base', base, true);
    checkPathArg('top', top, true);
    return f(this, disk, base, top, bandwidth, flags);
  }

  /** virDomainBlockCopy (provided by the copy module). */
  async blockCopy(disk: string, dest: string, params: BlockCopyParams | null = {}, flags = 0): Promise<void> {
    const f = BlockJobManager.ext.blockCopy;
    if (!f) throw new VirError('OPERATION_UNSUPPORTED', 'block copy is not available yet');
    checkPathArg('destination', dest, false);
    return f(this, disk, dest, params, flags);
  }
}

/** Whether a job that ended before an abort or pivot reached it ended that way all the same. */
function endedAsAsked(job: Job, asked: 'abort' | 'pivot'): boolean {
  if (asked === 'pivot') return job.endRequest === 'pivot' && job.state !== 'failed';
  return job.endRequest === 'abort' || job.blockEvent === 'cancelled' || job.state === 'cancelled';
}

/** Whether two job kinds are one QEMU job type (QEMU says `commit` for an active commit too). */
function sameFamily(a: BlockJobKind, b: BlockJobKind): boolean {
  const family = (k: BlockJobKind): string => (k === 'active-commit' ? 'commit' : k);
  return family(a) === family(b);
}

function isMonitor(x: unknown): x is QmpMonitor {
  const m = x as Partial<QmpMonitor> | null | undefined;
  return typeof m === 'object' && m !== null && typeof m.execute === 'function' && typeof m.on === 'function' && typeof m.off === 'function';
}

function describe(x: unknown): string {
  if (x === null || x === undefined || typeof x !== 'object') return String(x);
  return `an object without execute/on/off`;
}
