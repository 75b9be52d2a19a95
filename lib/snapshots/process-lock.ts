/**
 * A lock between processes on one state file, for its read-modify-writes:
 * every CLI command is a process of its own, and two of them updating the
 * same file at once lost records. The lock is a file beside it holding the
 * owner's pid, made whole in one step (a hard link of a written temp file,
 * which fails if the lock exists). A lock whose owner is gone (killed in the
 * milliseconds it holds one) is replaced in one step too (a rename over
 * it); the taker then waits a moment and holds it only if it is still its
 * own, as two takers of one dead lock decide within microseconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeDirs } from '../make-dirs.js';
import { processAlive } from '../process-alive.js';

/** How long to wait for a lock another live process holds. */
const WAIT_MS = 10_000;
/** A lock older than this is stale whoever has its pid now. */
const STALE_MS = 30_000;
/** How long a taker of a dead lock waits before it trusts that the lock is its own. */
const SETTLE_MS = 25;

function ownerOf(lock: string): number | undefined {
  try {
    return Number(fs.readFileSync(lock, 'utf8'));
  } catch {
    return undefined; // gone meanwhile
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function withProcessLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  await makeDirs(path.dirname(lock), 0o700);
  const mine = `${lock}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    fs.writeFileSync(mine, String(process.pid), { mode: 0o600 });
  } catch (err) {
    // A folder no process can write in (a read-only mount) has no writer to keep out:
    // a read goes on; a write fails on its own, as it would have.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return fn();
    throw err;
  }
  const deadline = Date.now() + WAIT_MS;
  try {
    for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
      fs.writeFileSync(mine, String(process.pid), { mode: 0o600 });
      try {
        fs.linkSync(mine, lock);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const owner = ownerOf(lock);
      if (owner === undefined) continue;
      // A lock is held for milliseconds: one much older was left by a process
      // whose pid has been reused since.
      if (!processAlive(owner) || Date.now() - mtimeOf(lock) > STALE_MS) {
        fs.renameSync(mine, lock);
        await sleep(SETTLE_MS);
        if (ownerOf(lock) === process.pid) break;
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${file}: locked by process ${owner} for over ${WAIT_MS / 1000} s`);
      await sleep(pause);
    }
  } finally {
    fs.rmSync(mine, { force: true });
  }
  removeDeadAttempts(lock);
  try {
    return await fn();
  } finally {
    if (ownerOf(lock) === process.pid) fs.rmSync(lock, { force: true });
  }
}

function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** The attempt files (`<lock>.<pid>.<random>`) of processes killed while they waited: nobody else removes them. */
function removeDeadAttempts(lock: string): void {
  const dir = path.dirname(lock);
  const prefix = `${path.basename(lock)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
