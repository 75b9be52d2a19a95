/**
 * Where the library may create images: absolute paths only, and, when the
 * manager was given `allowDirs`, only beneath one of them (symlinks of
 * existing folders and of the file itself resolved, so `/allowed/../etc/x`,
 * a link out of an allowed folder, or a link in it to a file outside is
 * refused). libvirt relies on its security drivers for
 * this; a library running as the user needs an explicit fence instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { VirError } from '../errors.js';

/** Links the kernel follows before giving up (ELOOP). */
const MAX_LINKS = 40;

/**
 * Where creating `p` would put the file: its folder resolved, and the file
 * itself followed when it is a link (creating through a dangling link makes
 * the link's target).
 */
function realFile(p: string): string {
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let link: string;
    try {
      if (!fs.lstatSync(p).isSymbolicLink()) break;
      link = fs.readlinkSync(p);
    } catch {
      break;
    }
    p = path.resolve(realDir(path.dirname(p)), link);
  }
  try {
    return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
  } catch {
    return p;
  }
}

function realDir(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export function isAllowed(allowDirs: readonly string[] | undefined, file: string): boolean {
  if (!allowDirs || allowDirs.length === 0) return true;
  const abs = realFile(path.resolve(file));
  return allowDirs.some((dir) => {
    const rel = path.relative(realDir(dir), abs);
    // `..s1.qcow2` is a name inside; only a `..` component leads out.
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
  });
}

/** @throws VirError OPERATION_INVALID when a new image would land outside the allowed folders */
export function checkNewImagePath(allowDirs: readonly string[] | undefined, file: string): void {
  if (!isAllowed(allowDirs, file)) {
    throw new VirError('OPERATION_INVALID', `'${file}' is outside the folders allowed by --allow-dir (${(allowDirs ?? []).join(', ')})`);
  }
}

/** The image format from the file's first bytes, as libvirt probes a reused destination. */
export function probeFormat(file: string): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(4);
    const n = fs.readSync(fd, buf, 0, 4, 0);
    return n === 4 && buf.toString('latin1') === 'QFI\xfb' ? 'qcow2' : 'raw';
  } catch {
    return 'raw';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Remove a file this process made, if it is there. A path that cannot name
 * a file (ENOTDIR, ENAMETOOLONG: `force` only forgives ENOENT) holds none,
 * and the caller's own error is the one to tell, so nothing is thrown. At a
 * symbolic link (a dangling one: the path counted as free) QEMU made the
 * file the link names: that goes, and the link, the user's, stays.
 */
export function removeMadeFile(file: string): void {
  try {
    const target = fs.lstatSync(file).isSymbolicLink() ? fs.realpathSync(file) : file;
    fs.rmSync(target, { force: true });
  } catch {
    // Nothing there to remove (or a link that still leads nowhere).
  }
}

/** strerror's words for the errors a path check meets (libvirt appends them). */
const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  ENAMETOOLONG: 'File name too long',
  EACCES: 'Permission denied',
  ELOOP: 'Too many levels of symbolic links',
};

/** An error of a path check in strerror's words, else its own message. */
export function errnoText(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && ERRNO_TEXT[code]) || (err instanceof Error ? err.message : String(err));
}
