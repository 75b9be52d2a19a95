/**
 * Snapshot metadata QEMU does not keep (which overlay a snapshot created on
 * which disk, and the seed's merge direction for undoing it), in one small
 * JSON file per VM. Every change is a read-modify-write under a lock (within
 * the process, and a lock file against other processes), written atomically (temp file in the same folder, fsync, rename), so a
 * crash leaves either the old or the new file, never half of one.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { logger } from '../log.js';
import { makeDirs } from '../make-dirs.js';
import { processAlive } from '../process-alive.js';
import { withProcessLock } from './process-lock.js';

const log = logger('snapshot');

export type MergeDirection = 'forward' | 'backward';

export interface SnapshotDiskRecord {
  /** The disk's name when the snapshot was taken. */
  disk: string;
  /** The overlay the snapshot created (the disk's new top). */
  file: string;
  /** The image the overlay was put on (the disk's top before the snapshot). */
  backing: string;
  merge: MergeDirection;
  /** pending: not merged yet; merged: done; failed: the last attempt failed (see `error`). */
  state: 'pending' | 'merged' | 'failed';
  error?: string;
  /** The overlay's file was there before the snapshot (an empty file, a block device): never removed. */
  existed?: true;
}

export interface SnapshotRecord {
  name: string;
  /** ISO time of creation. */
  created: string;
  /** creating: the transaction may not have happened; disk-snapshot: taken; deleting / partial: being or half deleted. */
  state: 'creating' | 'disk-snapshot' | 'deleting' | 'partial';
  /** While `creating`: the pid of the process taking it (another one must not sort it out meanwhile). */
  creator?: number;
  /**
   * While `deleting`: the pid of the process deleting it. Another process
   * may take its merge jobs over only once it is gone.
   */
  deleter?: number;
  /** The deleter's start time (process-lock.ts processStart), so that a reused pid is not taken for it. */
  deleterStart?: number;
  disks: SnapshotDiskRecord[];
}

interface StoreFile {
  version: 1;
  vm?: string;
  snapshots: SnapshotRecord[];
}

/** `$XDG_STATE_HOME/qmpblock`, else `~/.local/state/qmpblock` (interface.md). */
export function defaultStateDir(): string {
  const xdg = process.env.XDG_STATE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.local', 'state'), 'qmpblock');
}

const locks = new Map<string, Promise<unknown>>();

/**
 * Run `fn` after every earlier `withFileLock` of the same file in this process
 * has ended, holding the file's lock against other processes meanwhile.
 */
export function withFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const prev = locks.get(file) ?? Promise.resolve();
  const next = prev.catch(() => undefined).then(() => withProcessLock(file, fn));
  locks.set(file, next);
  void next.finally(() => {
    if (locks.get(file) === next) locks.delete(file);
  }).catch(() => undefined);
  return next;
}

/** Write `data` as JSON atomically: temp file in the same folder (0600), fsync, rename. */
export async function writeJsonAtomic(file: string, data: unknown): Promise<void> {
  const dir = path.dirname(file);
  await makeDirs(dir, 0o700);
  await dropDeadTemps(dir, path.basename(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fh = await fs.open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(`${JSON.stringify(data, null, 2)}\n`);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Temp files of writers killed mid-write (their pid is in the name, and they are gone). */
async function dropDeadTemps(dir: string, base: string): Promise<void> {
  const prefix = `.${base}.`;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (pid !== process.pid && !processAlive(pid)) await fs.rm(path.join(dir, name), { force: true });
  }
}

/** A state file's JSON; a damaged one is reported with its path (the user must find and fix it). */
export function parseStateFile(text: string, file: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${file}: not a JSON object`);
  return v as Record<string, unknown>;
}

/** One snapshot of one VM, as work under way in this process is keyed (a create, a delete). */
export function snapshotKey(storeFile: string, name: string): string {
  return `${storeFile}\n${name}`;
}

export class SnapshotStore {
  constructor(readonly file: string, readonly vm?: string) {}

  async list(): Promise<SnapshotRecord[]> {
    return (await this.read()).snapshots;
  }

  async get(name: string): Promise<SnapshotRecord | undefined> {
    return (await this.list()).find((s) => s.name === name);
  }

  /**
   * Change the file under the lock: `fn` gets the snapshots and returns the
   * new list (or undefined to leave the file alone) and a value for the caller.
   */
  update<T>(fn: (snaps: SnapshotRecord[]) => { snapshots?: SnapshotRecord[]; value: T }): Promise<T> {
    return withFileLock(this.file, async () => {
      const cur = await this.read();
      const { snapshots, value } = fn(structuredClone(cur.snapshots));
      if (snapshots) {
        await writeJsonAtomic(this.file, { version: 1, ...(this.vm ? { vm: this.vm } : cur.vm ? { vm: cur.vm } : {}), snapshots });
        if (log.enabled) log('wrote %s (%d snapshots)', this.file, snapshots.length);
      }
      return value;
    });
  }

  /** Change one snapshot's record; a no-op when it is gone. */
  patch(name: string, fn: (s: SnapshotRecord) => void): Promise<void> {
    return this.update((snaps) => {
      const s = snaps.find((x) => x.name === name);
      if (!s) return { value: undefined };
      fn(s);
      return { snapshots: snaps, value: undefined };
    });
  }

  private async read(): Promise<StoreFile> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, snapshots: [] };
      throw err;
    }
    const parsed = parseStateFile(text, this.file) as Partial<StoreFile>;
    if (parsed.version !== 1 || !Array.isArray(parsed.snapshots)) throw new Error(`${this.file}: not a qmpblock snapshot store (version ${String(parsed.version)})`);
    parsed.snapshots.forEach((snap, i) => {
      if (!wellFormed(snap)) throw new Error(`${this.file}: snapshot record ${i + 1} is damaged (needs a name, a state and disks with disk, file, backing and merge)`);
    });
    return parsed as StoreFile;
  }
}

/** What the code reads of a record, checked once when the file is read. */
function wellFormed(s: unknown): s is SnapshotRecord {
  const r = s as Partial<SnapshotRecord> | null;
  if (r === null || typeof r !== 'object' || typeof r.name !== 'string' || typeof r.state !== 'string' || !Array.isArray(r.disks)) return false;
  return r.disks.every((d: Partial<SnapshotDiskRecord> | null) =>
    d !== null && typeof d === 'object' && typeof d.disk === 'string' && typeof d.file === 'string' && typeof d.backing === 'string' && (d.merge === 'forward' || d.merge === 'backward'),
  );
}
