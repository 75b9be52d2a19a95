/**
 * `blockMerge(disk, source, dest, opts)`: carry out a planned merge (plan.ts)
 * with the manager's jobs and see it through: end it (pivot an active commit
 * once READY, finalize the others once PENDING), wait for the end, and
 * resolve only when the chain is re-linked (the job handlers re-read it
 * before the job's event). A job that ends FAILED or CANCELED (a user's
 * abort included) rejects.
 *
 * Every merge job waits for us before it changes the graph (READY, or PENDING
 * with auto-finalize off), so a caller merging several disks can end them one
 * at a time: QEMU 7.2 was seen to crash (SIGSEGV in query-named-block-nodes)
 * when one disk's job changed the graph while another's chain was re-read.
 * libvirt's snapshot deletion synchronises its jobs the same way.
 */
import { VirError } from '../errors.js';
import { logger } from '../log.js';
import { toBytesPerSecond } from '../jobs/bandwidth.js';
import { startCommit, type CommitData } from '../jobs/commit.js';
import type { Disk } from '../jobs/disks.js';
import type { Job } from '../jobs/state.js';
import {
  blockJobName,
  jobIdPart,
  VIR_DOMAIN_BLOCK_COMMIT_ACTIVE,
  VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_COMMIT_RELATIVE,
  VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_REBASE_RELATIVE,
} from '../jobs/constants.js';
import { relativeName } from '../jobs/chain-args.js';
import { checkPathArg, errors } from '../jobs/errors.js';
import type { BlockJobEvent, BlockJobManager } from '../jobs/manager.js';
import { checkFlags } from '../jobs/registry.js';
import { processStart, processStillAlive } from '../process-alive.js';
import { directionOf, planMerge, type MergePlan } from './plan.js';

const log = logger('job');

export interface MergeOptions {
  /**
   * MiB/s, or bytes/s with VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES in `flags`; 0 = unlimited.
   * VIR_DOMAIN_BLOCK_REBASE_RELATIVE in `flags` keeps the re-linked image's backing name
   * relative, as a rebase or commit with RELATIVE does (refused where a link on the way is not).
   */
  bandwidth?: number;
  flags?: number;
}

/** startMerge's own options: not part of the public MergeOptions. */
export interface StartMergeOptions extends MergeOptions {
  /**
   * Marks the job, in its record, as this merge's (a snapshot's delete:
   * `snapshot:<name>`), so that a later process may take it over
   * (resumeMerge); a merge without it is never taken over. blockMerge marks
   * its own with its process (`merge:<pid>:...`).
   */
  mergeOf?: string;
}

/** A started merge: `ready` once its job waits for us; `finish` ends it. */
export interface MergeHandle {
  /** The disk's canonical name. */
  readonly disk: string;
  /** Resolves when the job can be ended; rejects if it failed, was cancelled, or the connection closed. */
  readonly ready: Promise<void>;
  /** Pivot (READY) or finalize (PENDING), then wait for the end and the re-read chain. */
  finish(): Promise<void>;
  /** Stop listening (finish does it; for giving up without finishing). */
  dispose(): void;
  /**
   * Give up before the end: the job, if still there, is aborted (the graph
   * stays as it was) and waited for; then dispose. Never throws.
   */
  cancel(): Promise<void>;
}

/** Collects the disk's job events from before the start, so none is missed. */
class DiskEvents {
  private readonly seen: BlockJobEvent[] = [];
  private wakers: (() => void)[] = [];
  private readonly listener = (ev: BlockJobEvent): void => {
    if (ev.device !== this.device) return;
    this.seen.push(ev);
    const w = this.wakers;
    this.wakers = [];
    for (const f of w) f();
  };

  constructor(private readonly m: BlockJobManager, private readonly device: string) {
    m.on('blockJob', this.listener);
  }

  /** The first event with one of `statuses`. */
  async next(statuses: readonly string[]): Promise<BlockJobEvent> {
    for (;;) {
      const hit = this.seen.find((e) => statuses.includes(e.status));
      if (hit) return hit;
      await new Promise<void>((r) => this.wakers.push(r));
    }
  }

  dispose(): void {
    this.m.off('blockJob', this.listener);
  }
}

function failure(ev: BlockJobEvent, what: string): VirError {
  if (ev.status === 'CANCELED') return new VirError('OPERATION_FAILED', `${what} was canceled`);
  return new VirError('OPERATION_FAILED', `${what} failed${ev.error ? `: ${ev.error}` : ''}`);
}

/**
 * Start a merge and take it to the point where only its end is left: an
 * active commit to READY, the other jobs (auto-finalize off) to PENDING, so
 * the graph has not changed yet.
 * @throws VirError before anything is sent when the pair is invalid
 */
export async function startMerge(m: BlockJobManager, diskArg: string, source: string, dest: string, opts: StartMergeOptions = {}): Promise<MergeHandle> {
  const flags = opts.flags ?? 0;
  checkFlags(flags, VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES | VIR_DOMAIN_BLOCK_REBASE_RELATIVE, 'blockMerge');
  const bytes = (flags & VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES) !== 0;
  const relative = (flags & VIR_DOMAIN_BLOCK_REBASE_RELATIVE) !== 0;
  // A commit keeps the overlay's name relative (an active one has no overlay: nothing to keep).
  const commitFlags = (bytes ? VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES : 0) | (relative ? VIR_DOMAIN_BLOCK_COMMIT_RELATIVE : 0);
  const tag = opts.mergeOf !== undefined ? { mergeOf: opts.mergeOf } : {};
  const bandwidth = opts.bandwidth ?? 0;
  const speed = toBytesPerSecond(bandwidth, bytes);
  const disk = m.getDisk(diskArg);
  const plan = planMerge(m.listDisks(), disk, source, dest);
  const file = (i: number): string => disk.chain[i]!.filename;
  const what = describeMerge(disk, plan);
  if (log.enabled) log('%s: %s (%s)', what, plan.op, directionOf(plan));

  const events = new DiskEvents(m, disk.name);
  const stop = new AbortController();
  const since = m.session.eventSeq;
  let jobId: string | undefined;
  const setId = (id: string): void => {
    jobId = id;
  };
  try {
    if (plan.op === 'active-commit') {
      await startCommit(m, diskArg, file(1), null, bandwidth, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE | commitFlags, { autoFinalize: true, onJobId: setId, ...tag });
    } else if (plan.op === 'commit') {
      await startCommit(m, diskArg, file(plan.dest), file(plan.source), bandwidth, commitFlags, { autoFinalize: false, onJobId: setId, ...tag });
    } else {
      // dest is re-linked onto base: relative to dest's folder, if every link from dest down is.
      const backingName = relative && plan.base !== null ? relativeName(disk, plan.dest + 1, plan.base) : undefined;
      await streamInto(m, diskArg, plan.dest, plan.base, speed, setId, { backingName, mergeOf: opts.mergeOf });
    }
  } catch (err) {
    events.dispose();
    throw err;
  }
  return follow(m, { diskArg, disk: disk.name, id: jobId!, twoPhase: plan.op === 'active-commit', what, events, stop, since });
}

/** Resolves with libvirt's "domain is not running" if `m` detaches while `disk` has its job. */
async function detachedFrom(m: BlockJobManager, disk: string): Promise<unknown> {
  try {
    await m.waitForJob(disk);
  } catch {
    try {
      m.checkConnected();
    } catch (err) {
      return err;
    }
  }
  // The job ended (its event settles the merge), or was never there.
  return new Promise<never>(() => undefined);
}

/** A merge job being followed to its end (startMerge, resumeMerge). */
interface Followed {
  diskArg: string;
  /** The disk's canonical name. */
  disk: string;
  id: string;
  /** An active commit: READY, then a pivot (else PENDING, then job-finalize). */
  twoPhase: boolean;
  what: string;
  events: DiskEvents;
  stop: AbortController;
  /** Events from this sequence number on count (QEMU may get there before the start's answer). */
  since: number;
  /** The job is there already (READY or PENDING) when followed. */
  there?: boolean;
}

function follow(m: BlockJobManager, f: Followed): MergeHandle {
  const { diskArg, id, twoPhase, what, events, stop } = f;
  const dispose = (): void => {
    stop.abort();
    events.dispose();
  };
  const ended = events.next(['COMPLETED', 'FAILED', 'CANCELED']);
  const closed = new Promise<never>((_, reject) => {
    const onClose = (): void => reject(new VirError('OPERATION_FAILED', `${what}: the QMP connection closed`));
    if (m.session.closed) return onClose();
    m.session.on('close', onClose);
    stop.signal.addEventListener('abort', () => m.session.off('close', onClose));
    // A manager that detaches follows the job no more: the job goes on in
    // QEMU, its end the next manager's (a retry of this merge takes it over).
    detachedFrom(m, f.disk).then(reject, () => undefined);
  });
  closed.catch(() => undefined);
  const waiting: Promise<unknown> = f.there
    ? Promise.resolve()
    : twoPhase
      ? events.next(['READY'])
      : m.session.waitForEvent('JOB_STATUS_CHANGE', (ev) => ev.data?.id === id && ev.data?.status === 'pending', { since: f.since, signal: stop.signal });
  const ready = Promise.race([waiting.then(() => undefined), ended.then((ev) => Promise.reject(failure(ev, what))), closed]);
  ready.catch(() => undefined);

  return {
    disk: f.disk,
    ready,
    dispose,
    async cancel() {
      try {
        if (m.jobFor(diskArg)?.id === id) await m.blockJobAbort(diskArg);
      } catch (err) {
        // Ended meanwhile, or the connection is gone: nothing left to abort.
        if (log.enabled) log('%s: abort: %s', what, (err as Error).message);
      } finally {
        dispose();
      }
    },
    async finish() {
      try {
        await ready;
        if (twoPhase) {
          await m.blockJobAbort(diskArg, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
        } else {
          try {
            await m.monitor.jobFinalize(id);
          } catch (err) {
            throw errors.fromQmp(err, id);
          }
        }
        const end = await Promise.race([ended, closed]);
        if (end.status !== 'COMPLETED') throw failure(end, what);
      } finally {
        dispose();
      }
    },
  };
}

/**
 * The merge of `source` into `dest` that an earlier process started and did
 * not see to its end (it was killed while its job waited, READY or PENDING,
 * or still ran): the disk's job, adopted by this manager, when it is exactly
 * the job startMerge would start for this pair, checked against what the job
 * was started with (its record). Undefined when the disk's job is anything
 * else, or its record is unknown: such a job is the caller's to refuse.
 */
export function resumeMerge(m: BlockJobManager, diskArg: string, source: string, dest: string, mergeOf: string): MergeHandle | undefined {
  const left = leftoverMerge(m, diskArg, source, dest, mergeOf);
  if (left === undefined) return undefined;
  const { job, disk, plan } = left;
  const twoPhase = plan.op === 'active-commit';
  const what = describeMerge(disk, plan);
  if (log.enabled) log('%s: taking over job %s (%s)', what, job.id, job.state);
  const there = twoPhase ? job.state === 'ready' : job.qemuStatus === 'pending';
  return follow(m, { diskArg, disk: disk.name, id: job.id, twoPhase, what, events: new DiskEvents(m, disk.name), stop: new AbortController(), since: m.session.eventSeq, there });
}

/** The disk's job, when it is the (still running) job of this merge, marked `mergeOf` by its starter: see resumeMerge. */
export function leftoverMergeJob(m: BlockJobManager, diskArg: string, source: string, dest: string, mergeOf: string): Job | undefined {
  return leftoverMerge(m, diskArg, source, dest, mergeOf)?.job;
}

/** leftoverMergeJob, with the disk and the plan it was checked against. */
function leftoverMerge(m: BlockJobManager, diskArg: string, source: string, dest: string, mergeOf: string): { job: Job; disk: Disk; plan: MergePlan } | undefined {
  const job = m.jobFor(diskArg);
  if (job === undefined || (job.state !== 'running' && job.state !== 'ready')) return undefined;
  const data = m.jobDataFor(diskArg);
  // Only a job its starter marked as this merge's: a user's own pull or commit can look the same.
  if (data === null || typeof data !== 'object' || (data as { mergeOf?: unknown }).mergeOf !== mergeOf) return undefined;
  const disk = m.getDisk(diskArg);
  const plan = planMerge(m.listDisks(), disk, source, dest);
  return isJobOf(plan, disk, job.kind, job.id, data) ? { job, disk, plan } : undefined;
}

/** How messages name a merge: `merge of '<source>' into '<dest>' on disk '<disk>'`. */
function describeMerge(disk: Disk, plan: MergePlan): string {
  return `merge of '${disk.chain[plan.source]!.filename}' into '${disk.chain[plan.dest]!.filename}' on disk '${disk.name}'`;
}

/** Whether a job (kind, id, its starter's data) is the one `plan` starts on `disk`. */
function isJobOf(plan: MergePlan, disk: Disk, kind: string, id: string, data: object): boolean {
  const file = (i: number | null): string | undefined => (i === null ? undefined : disk.chain[i]!.filename);
  if (plan.op === 'active-commit' || plan.op === 'commit') {
    const d = data as Partial<CommitData>;
    const chain = d.chainBefore;
    if (kind !== plan.op || !Array.isArray(chain) || typeof d.topIdx !== 'number' || typeof d.baseIdx !== 'number') return false;
    return chain[d.topIdx]?.filename === file(plan.source) && chain[d.baseIdx]?.filename === file(plan.dest);
  }
  if (kind !== 'pull' || (data as { base?: unknown }).base !== file(plan.base)) return false;
  // The image streamed into: a -drive top's job is named after the device; any other after its node.
  if (disk.mode === 'drive' && plan.dest === 0) return id === disk.device;
  // Named `pull-<disk>-<node>` (blockJobName); the disk part may name it as it was called then.
  const node = disk.chain[plan.dest]!.nodeName;
  return node !== undefined && id.startsWith('pull-') && id.endsWith(`-${jobIdPart(node)}`);
}

/**
 * Merge the contents of `source` into `dest` (adjacent images of `disk`'s chain),
 * waiting for the end, pivot included.
 * @throws VirError before anything is sent when the pair is invalid; OPERATION_FAILED when the job fails
 */
export async function blockMerge(m: BlockJobManager, diskArg: string, source: string, dest: string, opts: MergeOptions = {}): Promise<void> {
  checkPathArg('source', source, false);
  checkPathArg('dest', dest, false);
  if (opts === null || typeof opts !== 'object') throw new VirError('INVALID_ARG', `options of blockMerge must be an object, not ${opts === null ? 'null' : typeof opts}`);
  const flags = opts.flags ?? 0;
  checkFlags(flags, VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES | VIR_DOMAIN_BLOCK_REBASE_RELATIVE, 'blockMerge');
  // The same merge, left in QEMU by a process that died (or a manager that
  // lost its connection) before its end, is finished rather than refused as busy.
  const left = abandonedMark(jobDataOf(m, diskArg));
  const mark = newMark();
  followedHere.add(mark);
  try {
    // The job is this merge's once its mark is ours, swapped in one step in
    // its record: of two retries at once, one takes it, the other finds
    // the disk busy.
    let resumed: MergeHandle | undefined;
    // Twice at most: a manager attached long ago may hold a mark that another
    // process has since moved on (its record says which).
    for (let mine = left, tries = 0; mine !== undefined && tries < 2 && resumed === undefined; tries++) {
      if (leftoverMergeJob(m, diskArg, source, dest, mine) === undefined) break;
      if (await m.swapJobData(diskArg, 'mergeOf', mine, mark)) resumed = resumeMerge(m, diskArg, source, dest, mark);
      else mine = abandonedMark(jobDataOf(m, diskArg));
    }
    // Only the public options: a caller cannot mark its merge as a snapshot's (StartMergeOptions).
    const h = resumed ?? (await startMerge(m, diskArg, source, dest, { bandwidth: opts.bandwidth, flags: opts.flags, mergeOf: mark }));
    // A job taken over keeps its start's options (its backing names); a
    // bandwidth given now is set, 0 too, while it still copies (QEMU takes
    // no speed once a job waits to be finalized).
    if (resumed !== undefined && opts.bandwidth !== undefined && stillCopies(m, diskArg)) {
      const bytes = (flags & VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES) !== 0;
      await m.blockJobSetSpeed(diskArg, opts.bandwidth, bytes ? VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES : 0).catch((err: unknown) => {
        // Done copying meanwhile: nothing left to limit.
        if (!stillCopies(m, diskArg)) return;
        h.dispose();
        throw err;
      });
    }
    await h.finish();
  } finally {
    followedHere.delete(mark);
  }
}

/** Whether the disk's job still copies (running, paused or READY), i.e. takes a speed. */
function stillCopies(m: BlockJobManager, diskArg: string): boolean {
  const job = m.jobFor(diskArg);
  if (job === undefined) return false;
  const status = job.qemuStatus;
  return status === undefined || status === 'running' || status === 'paused' || status === 'ready' || status === 'standby';
}

/** The disk's job record, if any; an unknown disk is left for startMerge to refuse, in its order of checks. */
function jobDataOf(m: BlockJobManager, diskArg: string): unknown {
  try {
    return m.jobDataFor(diskArg);
  } catch {
    return undefined;
  }
}

/** Marks of the merges this process follows now: their jobs are not left over. */
const followedHere = new Set<string>();
let marks = 0;
const ownStart = processStart(process.pid);

/**
 * The mark blockMerge's job carries in its record, `merge:<pid>:<start>:<n>`:
 * a retry can tell whether the process that followed the job is gone.
 */
function newMark(): string {
  return `merge:${process.pid}:${ownStart ?? ''}:${++marks}`;
}

/** The mark in a job's record, when it is blockMerge's and nobody follows that merge any more. */
function abandonedMark(data: unknown): string | undefined {
  const mark = data !== null && typeof data === 'object' ? (data as { mergeOf?: unknown }).mergeOf : undefined;
  const parts = typeof mark === 'string' ? /^merge:(\d+):(\d*):\d+$/.exec(mark) : null;
  if (parts === null) return undefined;
  const pid = Number(parts[1]);
  const start = parts[2] === '' ? undefined : Number(parts[2]);
  if (followedHere.has(mark as string)) return undefined;
  // This process: gone, as no merge here follows it (its manager detached or lost its connection).
  const here = pid === process.pid && (start === undefined || start === ownStart);
  return here || !processStillAlive(pid, start) ? (mark as string) : undefined;
}

/**
 * `block-stream` into the image at `into` (the top: a pull/rebase; below it,
 * QEMU streams into an intermediate node): the data of the images down to
 * `base` is pulled into it and it is re-linked onto `base`. Registered as a
 * pull job on the disk, so the disk is reserved meanwhile and the chain is
 * re-read (dropped nodes deleted) at the end. Auto-finalize off: see above.
 */
async function streamInto(
  m: BlockJobManager,
  diskArg: string,
  into: number,
  base: number | null,
  speed: number,
  onJobId: (id: string) => void,
  { backingName, mergeOf }: { backingName?: string | undefined; mergeOf?: string | undefined } = {},
): Promise<void> {
  const autoDismiss = m.keepsJobRecords;
  await m.startJob({
    disk: diskArg,
    kind: 'pull',
    plan: (disk) => {
      const target = disk.chain[into];
      const baseImg = base === null ? undefined : disk.chain[base];
      const legacyTop = disk.mode === 'drive' && into === 0;
      if (!target || (!legacyTop && !target.nodeName) || (baseImg && !legacyTop && !baseImg.nodeName)) {
        throw new VirError('OPERATION_INVALID', `cannot address the images of disk '${disk.name}' by node name`);
      }
      // A -drive top is a plain pull: the device, named after itself; any node needs an explicit id.
      const jobId = legacyTop ? disk.device! : blockJobName('pull', disk.name, target.nodeName!);
      onJobId(jobId);
      let baseArgs = {};
      if (baseImg) {
        baseArgs = legacyTop
          ? { base: baseImg.filename, ...(backingName !== undefined ? { backingFile: backingName } : {}) }
          : { baseNode: baseImg.nodeName!, backingFile: backingName ?? baseImg.filename };
      }
      return {
        jobId,
        data: { base: baseImg?.filename, into: target.filename, ...(mergeOf !== undefined ? { mergeOf } : {}) },
        // As a pull (pull.ts): with records kept, QEMU forgets it as it ends, so no node read meets it concluded.
        autoDismiss,
        send: (mon) => mon.blockStream({
          device: legacyTop ? disk.device! : target.nodeName!,
          ...(legacyTop ? {} : { jobId }),
          ...baseArgs,
          ...(speed ? { speed } : {}),
          autoFinalize: false,
          autoDismiss,
        }),
      };
    },
  });
}
