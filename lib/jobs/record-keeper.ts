/**
 * A manager's side of its job records (job-records.ts): where the file is,
 * one queue of changes (a failure logged and kept for recordsWritten(),
 * never thrown at the job), and the records read at attach. Knows no
 * slots or sessions.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { JobInfo } from '../qapi/types.js';
import { logger } from '../log.js';
import { keyFileName } from '../cli/vm-key.js';
import { isRecordedJob, QEMU_TYPE_OF } from './adoption.js';
import { JobRecordStore, recordsFileOf, type JobRecord, type RecordedJob } from './job-records.js';
import { processStart, processStillAlive } from '../process-alive.js';
import type { BlockJobKind } from './constants.js';

const log = logger('job');

export interface RecordLocation {
  stateFile?: string;
  stateDir?: string;
  vmKey?: string;
}

/**
 * Each keeper's queue of changes while it has one pending, with its records
 * file once known: a keeper reading at attach in this process reads that
 * file after them (a detached manager's hand-over).
 */
const pending = new Map<JobRecordKeeper, { file: () => string | undefined; queue: Promise<void> }>();

/** This process, as a record's `owner` names it (a pid is reused; with its start time it is one process). */
export const OWN_PROCESS = `${process.pid}:${processStart(process.pid) ?? ''}`;

/** Whether the process a record's `owner` (or the pid of a `starting` token) names still runs. */
export function stillRuns(token: string): boolean {
  const [pid, start] = token.split(':');
  return processStillAlive(Number(pid), start === undefined || start === '' || !/^\d+$/.test(start) ? undefined : Number(start));
}

/** What load() finds in the records (see there). */
export interface Loaded {
  byId: Map<string, JobRecord>;
  ended: JobRecord[];
  reused: JobRecord[];
  unseen: JobRecord[];
  maybeNeverStarted: Set<string>;
  shown: Set<string>;
}

/** Keepers of live managers of this process, with the auto-dismiss jobs each follows. */
const following = new Map<JobRecordKeeper, Set<string>>();

export class JobRecordKeeper {
  private queue: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private storeP: Promise<JobRecordStore> | undefined;
  /** The records file, once storeP has resolved. */
  private file: string | undefined;

  /** `findStore`: the VM's snapshot store (asked from QEMU), for a location without a file or key. */
  constructor(
    private readonly where: RecordLocation,
    private readonly findStore: () => Promise<{ file: string; vm?: string }>,
  ) {}

  /** This keeper's manager follows auto-dismiss job `id` (until `unfollow`): its end is that manager's to report. */
  follow(id: string): void {
    let ids = following.get(this);
    if (ids === undefined) following.set(this, (ids = new Set()));
    ids.add(id);
  }

  unfollow(id: string): void {
    const ids = following.get(this);
    if (ids?.delete(id) && ids.size === 0) following.delete(this);
  }

  /** Whether another live manager of this process, on the same records file, follows job `id`. */
  private followedHere(id: string): boolean {
    return [...following].some(([k, ids]) => k !== this && k.file === this.file && ids.has(id));
  }

  /** Only with a state location (`stateDir`/`stateFile`) are records kept. */
  get keeps(): boolean {
    return this.where.stateFile !== undefined || this.where.stateDir !== undefined;
  }

  /** The records file: beside the snapshot store, same VM key. */
  private store(): Promise<JobRecordStore> {
    if (!this.storeP) {
      const o = this.where;
      const made =
        o.stateFile !== undefined
          ? Promise.resolve(new JobRecordStore(recordsFileOf(o.stateFile), o.vmKey))
          : o.stateDir !== undefined && o.vmKey !== undefined
            ? Promise.resolve(new JobRecordStore(recordsFileOf(path.join(o.stateDir, keyFileName(o.vmKey))), o.vmKey))
            : this.findStore().then((s) => new JobRecordStore(recordsFileOf(s.file), s.vm));
      this.storeP = made.then((store) => {
        // Compared with other keepers' files: one file however it was named.
        this.file = path.resolve(store.file);
        return store;
      });
    }
    return this.storeP;
  }

  /** Queue a change of the records; failures are logged, never thrown (the job goes on). */
  op(fn: (s: JobRecordStore) => Promise<void>): Promise<void> {
    const next = this.queue.then(async () => fn(await this.store())).catch((err: unknown) => {
      if (log.enabled) log('job records: %s', (err as Error).message);
      this.failure ??= new Error(`job records could not be read or written: ${(err as Error).message}`, { cause: err });
    });
    this.queue = next;
    pending.set(this, { file: () => this.file, queue: next });
    void next.then(() => {
      if (pending.get(this)?.queue === next) pending.delete(this);
    });
    return next;
  }

  /** Mark job `rec.id`'s record shown if it is still `rec` (JobRecordStore.markShown). */
  markShown(rec: JobRecord): Promise<void> {
    return this.op(async (s) => void (await s.markShown(rec)));
  }

  /** Resolves once the changes queued so far are written; rejects if one failed since the last call. */
  written(): Promise<void> {
    return this.queue.then(() => {
      const err = this.failure;
      this.failure = undefined;
      if (err !== undefined) throw err;
    });
  }

  /** Job `jobId`'s kind and how it was asked to end, from its record or the note of its end. */
  async describe(jobId: string): Promise<RecordedJob | undefined> {
    let found: RecordedJob | undefined;
    await this.op(async (s) => {
      found = await s.describe(jobId);
    });
    return found;
  }

  /**
   * The records of QEMU's jobs (`rows`) by id, and the records of jobs QEMU
   * no longer has but whose result was recorded (a manager lost the
   * connection while dismissing them: they are reported now); `reused`: such
   * a result whose id QEMU now gives another job; `unseen`: records of jobs
   * started with auto-dismiss that QEMU no longer has (they ended while no
   * manager watched), taken over by this process (its `owner` now) so that
   * no other manager reports them too; `maybeNeverStarted`: those of them
   * whose starter died before QEMU's answer (a failure there may be a start
   * QEMU never had). An auto-dismiss record another live process (or another
   * live manager here) follows, or whose starter still runs, is left alone.
   * Other records of jobs QEMU no longer has are dropped. `shown`: the ids
   * among these whose end a watching process printed already (`shown`).
   */
  async load(rows: readonly JobInfo[]): Promise<Loaded> {
    const byId = new Map<string, JobRecord>();
    const ended: JobRecord[] = [];
    const reused: JobRecord[] = [];
    let unseen: JobRecord[] = [];
    const maybeNeverStarted = new Set<string>();
    const shown = new Set<string>();
    if (!this.keeps) return { byId, ended, reused, unseen, maybeNeverStarted, shown };
    // A manager of this process that detached or lost its connection may still
    // be writing a hand-over: read after it, or its job is lost. (A store that
    // cannot be found is said by the read below.)
    const mine = await this.store().then(() => this.file, () => undefined);
    await Promise.all([...pending].filter(([k, p]) => k !== this && p.file() === mine).map(([, p]) => p.queue));
    let list: JobRecord[] = [];
    await this.op(async (s) => {
      list = await s.list();
    });
    const rowOf = new Map(rows.map((r) => [r.id, r]));
    const stale: JobRecord[] = [];
    for (const r of list) {
      // A job of another type under an auto-dismiss pull's id is a later one (-drive jobs are
      // named by their device): the pull ended unwatched, and QEMU forgot it.
      const row = r.autoDismiss === true && r.result === undefined && rowOf.get(r.id)?.type !== QEMU_TYPE_OF[r.kind] ? undefined : rowOf.get(r.id);
      if (row !== undefined && (r.result === undefined || isRecordedJob(r, row))) byId.set(r.id, r);
      // A recorded end whose id QEMU now gives another job (-drive jobs are named by their device).
      else if (r.result !== undefined) (row !== undefined ? reused : ended).push(r);
      else if (r.autoDismiss === true) {
        // QEMU forgot it as it ended, unwatched; unless its starter, or the process
        // following it, still runs: then that one reports it (the job may be just
        // starting, or ending under its eyes).
        const here = r.owner !== undefined && (r.owner === OWN_PROCESS || r.owner.startsWith(`${OWN_PROCESS}:`));
        if (r.starting !== undefined ? stillRuns(r.starting) : here ? this.followedHere(r.id) : r.owner !== undefined && stillRuns(r.owner)) continue;
        if (r.starting !== undefined) maybeNeverStarted.add(r.id);
        unseen.push(r);
      } else stale.push(r);
    }
    if (stale.length) {
      if (log.enabled) log('dropping records of jobs QEMU no longer has: %o', stale.map((r) => r.id));
      await this.op((s) => s.removeStale(stale));
    }
    if (unseen.length) {
      let taken = new Set<string>();
      // A token of this claim: two managers of one process taking it at once differ too.
      const claim = `${OWN_PROCESS}:${randomUUID()}`;
      await this.op(async (s) => {
        taken = await s.claim(unseen, claim);
      });
      unseen = unseen.filter((r) => taken.has(r.id));
    }
    // Notes of ended jobs past their time would otherwise keep the file.
    await this.op((s) => s.pruneEnded());
    for (const r of [...byId.values(), ...ended, ...reused, ...unseen]) if (r.shown === true) shown.add(r.id);
    return { byId, ended, reused, unseen, maybeNeverStarted, shown };
  }
}
