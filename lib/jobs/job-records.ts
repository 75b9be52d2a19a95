/**
 * The starter's data of each running job, kept in a small JSON file beside
 * the snapshot store (same VM key: `<VM key>.jobs.json`), as libvirt keeps a
 * job's data in its status XML (reference §9): a manager that adopts the job
 * at attach (another process, or this one after reconnecting) finishes it as
 * the starter would have (DELETE of committed images, `lastJobOutcome`).
 *
 * A record is written before the start command goes out (marked `starting`,
 * so that a process killed once QEMU has the job still leaves its data),
 * again once it succeeded, and removed when the job reached a terminal state
 * (not when the connection was lost: the job goes on in QEMU). Writes go through the snapshot store's per-file lock and
 * atomic write. Only managers given `stateDir` or `stateFile` keep records.
 *
 * A record that says how its job was asked to end leaves a short note of it
 * (`ended`, kept ENDED_KEEP_MS): another process following the job may read
 * it only after the ender removed the record, and without it would call an
 * abort after READY (QEMU completes it) COMPLETED.
 *
 * The data must survive JSON: the one non-JSON value job modules put there is
 * the manager itself (`owner`, the key of `lastJobOutcome`); its keys are
 * stored by name and given the adopting manager back.
 */
import fs from 'node:fs/promises';
import { logger } from '../log.js';
import { parseStateFile, withFileLock, writeJsonAtomic } from '../snapshots/store.js';
import type { BlockJobKind } from './constants.js';

const log = logger('job');

export interface JobRecord {
  id: string;
  kind: BlockJobKind;
  /** Canonical disk name. */
  disk: string;
  /** The disk as the caller named it. */
  diskArg: string;
  /** The job module's data, JSON form (see toJsonData). */
  data?: unknown;
  /** Keys of `data` that held the starting manager. */
  ownerKeys?: string[];
  /**
   * How the starter asked a copy, an active commit or a pull to end, written before the
   * command went out: after READY, QEMU reports an abort (a soft cancel) as a
   * completion, so whoever learns of the end elsewhere needs this to call it
   * CANCELED (libvirt keeps the job's state in its status XML likewise).
   */
  ending?: 'abort' | 'pivot';
  /**
   * How the job ended, written by a manager that lost the connection after
   * sending job-dismiss and before its answer (QEMU may have forgotten the
   * job): the next manager to attach reports the job from here when QEMU no
   * longer has it, and only that manager reports it. A live manager never
   * writes it, so another manager attaching meanwhile takes the record of a
   * job QEMU no longer lists for a stale one, as before.
   */
  result?: 'completed' | 'failed' | 'cancelled';
  error?: string;
  /**
   * The job was started with auto-dismiss on (a pull): QEMU forgets it as it
   * ends, so a record QEMU has no job for is of a job that ended while no
   * manager watched, told from the chain (unseen-end.ts), not a stale one.
   */
  autoDismiss?: boolean;
  /**
   * `<pid>:<start time>` of the process whose manager follows the job (its
   * starter, or the last to take it over), with `:<token>` once a manager
   * claimed its end at attach; for auto-dismiss jobs. While that process
   * lives, a job QEMU no longer has is its to report.
   */
  owner?: string;
  /**
   * Written with the record before the start command went out, and gone
   * once QEMU accepted it: a token of the starter, which takes the record
   * back only while it still holds this token if QEMU refuses the job.
   */
  starting?: string;
  /**
   * A process that only watched (the CLI's `events`) printed this job's end
   * from QEMU's events while no follower was there to process it: the next
   * manager still processes the end, and says so (`endShownElsewhere`), so
   * that its caller need not print the end a second time.
   */
  shown?: boolean;
  /** A manager reported the job READY: one that adopts it reports READY no more (libvirt's reconnect, §9). */
  ready?: boolean;
}

/** What a record says of its job to a process that does not follow it (recordedJob). */
export interface RecordedJob {
  kind: BlockJobKind;
  ending?: 'abort' | 'pivot';
  /** The record itself, while there is one (not from an ended note). */
  record?: JobRecord;
}

/** What is left of a removed record that said how its job was asked to end. */
export interface EndedNote {
  id: string;
  kind: BlockJobKind;
  ending: 'abort' | 'pivot';
  /** When the record was removed (ms since the epoch). */
  at: number;
}

/** How long an ended note is kept: far longer than any follower takes to read it. */
export const ENDED_KEEP_MS = 10 * 60_000;

interface RecordsFile {
  version: 1;
  vm?: string;
  jobs: JobRecord[];
  ended?: EndedNote[];
}

/** The records file beside a snapshot store file. */
export function recordsFileOf(storeFile: string): string {
  return `${storeFile.replace(/\.json$/, '')}.jobs.json`;
}

/**
 * `data` as JSON keeps it: top-level values that are `owner` are left out and
 * their keys named; the rest goes through a JSON round trip (functions and
 * undefined vanish, as they would in the file).
 */
export function toJsonData(data: unknown, owner: object): { data?: unknown; ownerKeys?: string[] } {
  if (data === undefined) return {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { data: JSON.parse(JSON.stringify(data)) as unknown };
  const ownerKeys: string[] = [];
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (v === owner) ownerKeys.push(k);
    else rest[k] = v;
  }
  return { data: JSON.parse(JSON.stringify(rest)) as unknown, ...(ownerKeys.length ? { ownerKeys } : {}) };
}

/** A record's data for the adopting manager `owner`. */
export function fromJsonData(rec: JobRecord, owner: object): unknown {
  if (rec.data === undefined) return undefined;
  if (!rec.ownerKeys?.length || rec.data === null || typeof rec.data !== 'object') return rec.data;
  const d: Record<string, unknown> = { ...(rec.data as Record<string, unknown>) };
  for (const k of rec.ownerKeys) d[k] = owner;
  return d;
}

export class JobRecordStore {
  constructor(readonly file: string, readonly vm?: string) {}

  /** The records of jobs not known to have ended. */
  async list(): Promise<JobRecord[]> {
    return (await this.read()).jobs;
  }

  private async read(): Promise<{ jobs: JobRecord[]; ended: EndedNote[] }> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { jobs: [], ended: [] };
      throw err;
    }
    const parsed = parseStateFile(text, this.file) as Partial<RecordsFile>;
    if (parsed.version !== 1 || !Array.isArray(parsed.jobs)) throw new Error(`${this.file}: not a qmpblock job record file (version ${String(parsed.version)})`);
    return { jobs: parsed.jobs, ended: Array.isArray(parsed.ended) ? parsed.ended : [] };
  }

  /**
   * Job `id`'s kind and how it was asked to end: from its record, or from the
   * note its record left when it was removed.
   */
  async describe(id: string): Promise<RecordedJob | undefined> {
    const { jobs, ended } = await this.read();
    const rec = jobs.find((j) => j.id === id);
    const r = rec ?? ended.find((e) => e.id === id && Date.now() - e.at < ENDED_KEEP_MS);
    if (r === undefined) return undefined;
    return { kind: r.kind, ...(r.ending !== undefined ? { ending: r.ending } : {}), ...(rec !== undefined ? { record: rec } : {}) };
  }

  /**
   * Mark the record `seen` (as read earlier) `shown`, if it is still there
   * unchanged: a record rewritten since may be another job's under the same
   * id (a -drive device). Resolves whether it was marked.
   */
  async markShown(seen: JobRecord): Promise<boolean> {
    const before = JSON.stringify(seen);
    let marked = false;
    await this.change((jobs) => {
      const at = jobs.findIndex((j) => j.id === seen.id && JSON.stringify(j) === before);
      if (at < 0) return undefined;
      marked = true;
      return jobs.map((j, i) => (i === at ? { ...j, shown: true } : j));
    });
    return marked;
  }

  /**
   * Replace the records under the file lock; `fn` returns the new list, or
   * undefined to leave the file alone; `endedNow`: records that leave an
   * ended note. Old notes go with any change.
   */
  private change(fn: (jobs: JobRecord[]) => JobRecord[] | undefined, endedNow: (jobs: JobRecord[]) => readonly JobRecord[] = () => []): Promise<void> {
    return withFileLock(this.file, async () => {
      const before = await this.read();
      const jobs = fn(before.jobs);
      if (!jobs) return;
      const now = Date.now();
      const noted = endedNow(before.jobs).flatMap((j) => (j.ending ? [{ id: j.id, kind: j.kind, ending: j.ending, at: now }] : []));
      // A job written now under a noted id is another job: its note no longer applies.
      const current = new Set([...jobs.map((j) => j.id), ...noted.map((n) => n.id)]);
      const ended = [...before.ended.filter((e) => now - e.at < ENDED_KEEP_MS && !current.has(e.id)), ...noted];
      if (jobs.length === 0 && ended.length === 0) {
        await fs.rm(this.file, { force: true });
        if (log.enabled) log('removed %s (no job records)', this.file);
        return;
      }
      await writeJsonAtomic(this.file, { version: 1, ...(this.vm ? { vm: this.vm } : {}), jobs, ...(ended.length ? { ended } : {}) } satisfies RecordsFile);
      if (log.enabled) log('wrote %s (%d job records, %d ended notes)', this.file, jobs.length, ended.length);
    });
  }

  put(rec: JobRecord): Promise<void> {
    return this.change((jobs) => [...jobs.filter((j) => j.id !== rec.id), rec]);
  }

  /**
   * A record for a job about to start: written only if no record has its id
   * (another process's job of the same id keeps its own; QEMU will refuse
   * the new one). Resolves whether it was written.
   */
  async putStarting(rec: JobRecord & { starting: string }): Promise<boolean> {
    let written = false;
    await this.change((jobs) => {
      if (jobs.some((j) => j.id === rec.id)) return undefined;
      written = true;
      return [...jobs, rec];
    });
    return written;
  }

  /** Remove the record of `id` if it is still the one written with this `starting` token. */
  removeStarting(id: string, token: string): Promise<void> {
    return this.change((jobs) => (jobs.some((j) => j.id === id && j.starting === token) ? jobs.filter((j) => j.id !== id) : undefined));
  }

  /**
   * Set `data[key]` of job `id`'s record to `to` if it is `from` now, in one
   * step under the file lock. Resolves whether it was set, and the value
   * the record holds now (undefined without a record).
   */
  async swapData(id: string, key: string, from: unknown, to: unknown): Promise<{ swapped: boolean; current: unknown }> {
    const out: { swapped: boolean; current: unknown } = { swapped: false, current: undefined };
    await this.change((jobs) => {
      const rec = jobs.find((j) => j.id === id);
      const data = rec?.data;
      if (data === null || typeof data !== 'object') return undefined;
      out.current = (data as Record<string, unknown>)[key];
      if (out.current !== from) return undefined;
      out.swapped = true;
      out.current = to;
      return jobs.map((j) => (j === rec ? { ...j, data: { ...(data as Record<string, unknown>), [key]: to } } : j));
    });
    return out;
  }

  /** Note how a job was asked to end (a no-op for an id without a record). */
  markEnding(id: string, ending: 'abort' | 'pivot'): Promise<void> {
    return this.change((jobs) => (jobs.some((j) => j.id === id) ? jobs.map((j) => (j.id === id ? { ...j, ending } : j)) : undefined));
  }

  /** Note that the job was reported READY (a no-op without a record, or once noted). */
  markReady(id: string): Promise<void> {
    return this.change((jobs) => (jobs.some((j) => j.id === id && j.ready !== true) ? jobs.map((j) => (j.id === id ? { ...j, ready: true } : j)) : undefined));
  }

  /** Take back an end mark whose command QEMU refused (the job goes on as it was). */
  clearEnding(id: string, ending: 'abort' | 'pivot'): Promise<void> {
    return this.change((jobs) =>
      jobs.some((j) => j.id === id && j.ending === ending)
        ? jobs.map((j) => {
            if (j.id !== id) return j;
            const { ending: _e, ...rest } = j;
            return rest;
          })
        : undefined,
    );
  }

  /** Note how a job ended; resolves false for an id without a record. */
  async markResult(id: string, result: NonNullable<JobRecord['result']>, error: string | undefined): Promise<boolean> {
    let marked = false;
    await this.change((jobs) => {
      if (!jobs.some((j) => j.id === id)) return undefined;
      marked = true;
      return jobs.map((j) => (j.id === id ? { ...j, result, ...(error !== undefined ? { error } : {}) } : j));
    });
    return marked;
  }

  /**
   * Remove the records of these job ids that still have no result: one that
   * got a result meanwhile (its manager handed the job over after this list
   * was read) stays for the next manager to report.
   */
  removeStale(seen: readonly JobRecord[]): Promise<void> {
    // Only as read: a starter that put its record again meanwhile (QEMU had the job by then) keeps it.
    const bySeen = new Map(seen.map((r) => [r.id, r]));
    const gone = (j: JobRecord): boolean => {
      const r = bySeen.get(j.id);
      return r !== undefined && j.result === undefined && r.starting === j.starting;
    };
    return this.change((jobs) => (jobs.some(gone) ? jobs.filter((j) => !gone(j)) : undefined));
  }

  /**
   * Make this process the owner of each of `seen` that is still as read
   * (same owner, same `starting`): resolves the ids taken. Two managers
   * attaching at once take each job once between them.
   */
  async claim(seen: readonly JobRecord[], owner: string): Promise<Set<string>> {
    const taken = new Set<string>();
    const bySeen = new Map(seen.map((r) => [r.id, r]));
    await this.change((jobs) => {
      const next = jobs.map((j) => {
        const r = bySeen.get(j.id);
        if (r === undefined || j.result !== undefined || j.owner !== r.owner || j.starting !== r.starting) return j;
        taken.add(j.id);
        const { starting: _s, ...rest } = j;
        return { ...rest, owner };
      });
      return taken.size ? next : undefined;
    });
    return taken;
  }

  /**
   * Record `owner` as the process whose manager now follows job `id`, unless
   * its owner still runs (`runs`): a starter waiting for its job keeps it, or
   * a command that only looked at the job would take it and exit, and the
   * next to attach would report the end beside the starter. A no-op without
   * a record.
   */
  takeOwnership(id: string, owner: string, runs: (owner: string) => boolean): Promise<void> {
    const take = (j: JobRecord): boolean => j.id === id && j.owner !== owner && (j.owner === undefined || !runs(j.owner));
    return this.change((jobs) => (jobs.some(take) ? jobs.map((j) => (take(j) ? { ...j, owner } : j)) : undefined));
  }

  /**
   * Remove the record of a job that reached a terminal state, leaving a note
   * of how it was asked to end if it says (a no-op without a record).
   */
  finish(id: string): Promise<void> {
    return this.change(
      (jobs) => (jobs.some((j) => j.id === id) ? jobs.filter((j) => j.id !== id) : undefined),
      (jobs) => jobs.filter((j) => j.id === id),
    );
  }

  /** Drop ended notes past their time (the file goes if nothing else is left). */
  async pruneEnded(): Promise<void> {
    const { ended } = await this.read();
    if (ended.some((e) => Date.now() - e.at >= ENDED_KEEP_MS)) await this.change((jobs) => jobs);
  }

  /** Remove the records of these job ids (a no-op for ids without one). */
  remove(ids: readonly string[]): Promise<void> {
    const drop = new Set(ids);
    return this.change((jobs) => (jobs.some((j) => drop.has(j.id)) ? jobs.filter((j) => !drop.has(j.id)) : undefined));
  }

  /** Remove every record (QEMU has no job). */
  removeAll(): Promise<void> {
    return this.change((jobs) => (jobs.length ? [] : undefined));
  }
}
