/**
 * A temporary folder per test for the job-record specs: drive0's three image
 * files (top, mid, base), and the state file whose records file sits beside it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RecordsDir {
  dir: string;
  /** top, mid, base */
  files: string[];
  stateFile: string;
  recordsFile: string;
}

/** Make one; `touch`: the image files exist (empty). */
export function recordsDir(prefix: string, touch = false): RecordsDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const files = ['top', 'mid', 'base'].map((n) => path.join(dir, `${n}.qcow2`));
  if (touch) for (const f of files) fs.writeFileSync(f, '');
  return { dir, files, stateFile: path.join(dir, 'state', 'vm.json'), recordsFile: path.join(dir, 'state', 'vm.jobs.json') };
}

/** Remove it; a manager of a test may still be writing its records into it: retried (ENOTEMPTY). */
export function removeRecordsDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
}
