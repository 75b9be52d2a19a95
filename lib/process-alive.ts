/**
 * Whether a process recorded in a state file (a snapshot's creator or
 * deleter, a merge's follower, a lock's owner) still runs. A pid is reused;
 * a pid with its start time names one process.
 */
import fs from 'node:fs';

/** Whether a process with this pid runs (signal 0 only checks; a zombie is dead). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists, under another user.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A killed process stays a zombie until its parent reaps it: it takes
  // signals, but it will never finish what it recorded.
  const state = statFields(pid)?.[0];
  return state !== 'Z' && state !== 'X';
}

/** The fields of /proc/PID/stat after the command name (field 3 on), or undefined where that cannot be read. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * When a process started (clock ticks since boot, field 22 of Linux's
 * /proc/PID/stat), or undefined where that cannot be read. With the pid it
 * names one process: a pid is reused, a pid and its start time are not.
 */
export function processStart(pid: number): number | undefined {
  const field = statFields(pid)?.[19];
  const v = field === undefined ? NaN : Number(field);
  return Number.isFinite(v) ? v : undefined;
}

/** Whether the process `pid` that started at `start` (processStart) still runs; without `start`, any process with that pid. */
export function processStillAlive(pid: number, start: number | undefined): boolean {
  if (!processAlive(pid)) return false;
  if (start === undefined) return true;
  const now = processStart(pid);
  return now === undefined || now === start;
}
