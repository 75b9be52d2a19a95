/**
 * `mkdir -p` without Node 20's `{ recursive: true }`, which loops forever
 * under /proc (mkdir there fails with ENOENT, and Node retries the parent,
 * which exists, and then the child again): each missing folder is made in
 * turn from the deepest one that exists, so such a path fails at once with
 * the system's error.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The folders of `dir` that do not exist yet, outermost first. */
function missing(dir: string): string[] {
  const out: string[] = [];
  for (let d = path.resolve(dir); !exists(d); ) {
    out.unshift(d);
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return out;
}

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Make `dir` and its missing parents; an existing folder is fine, a file there is not. */
export function makeDirsSync(dir: string, mode?: number): void {
  for (const d of missing(dir)) {
    try {
      fs.mkdirSync(d, mode === undefined ? undefined : { mode });
    } catch (err) {
      // Made meanwhile by someone else: fine.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  mustBeFolder(dir);
}

function mustBeFolder(dir: string): void {
  if (!fs.statSync(dir).isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
  }
}

/** As makeDirsSync; the stat calls are few and cheap, the mkdirs asynchronous. */
export async function makeDirs(dir: string, mode?: number): Promise<void> {
  for (const d of missing(dir)) {
    try {
      await fs.promises.mkdir(d, mode === undefined ? undefined : { mode });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  mustBeFolder(dir);
}
