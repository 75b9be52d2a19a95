/**
 * `--allow-dir`: new images (copy destinations, snapshot overlays) may only be
 * created under the folders given. Checked on the resolved absolute path,
 * symlinks of existing folders resolved, so `/allowed/../etc/x` and `/allowed-not` are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** The path with symlinks of its existing folders resolved, so a link cannot lead outside. */
function real(p: string): string {
  const abs = path.resolve(p);
  try {
    return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
  } catch {
    return abs;
  }
}

function realDir(p: string): string {
  try {
    return fs.realpathSync(path.resolve(p));
  } catch {
    return path.resolve(p);
  }
}

export function isAllowed(allowDirs: readonly string[], file: string): boolean {
  if (allowDirs.length === 0) return true;
  const abs = real(file);
  return allowDirs.some((dir) => {
    const rel = path.relative(realDir(dir), abs);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

export function checkAllowed(allowDirs: readonly string[], file: string): void {
  if (!isAllowed(allowDirs, file)) {
    throw new UsageError(`Requested operation is not valid: '${file}' is outside the folders allowed by --allow-dir (${allowDirs.join(', ')})`);
  }
}
