/**
 * Naming images of a disk's chain where the top itself may be meant (commit's
 * `top`, the merge's source and destination), on top of disks.ts, which only
 * looks strictly beneath a position as libvirt's base lookup does. Pure.
 */
import path from 'node:path';
import { errors } from './errors.js';
import { resolveImage, type Disk } from './disks.js';

/** Whether `arg` names the disk's top image: the disk itself, its top path or node, or `disk[1]`. */
export function namesTop(disk: Disk, arg: string): boolean {
  const top = disk.chain[0];
  if (!top) return false;
  if (arg === disk.name || arg === disk.device || arg === top.filename || arg === top.nodeName || arg === top.fileNodeName) return true;
  const m = /^(.*)\[1\]$/.exec(arg);
  return m !== null && (m[1] === disk.name || m[1] === disk.device);
}

/**
 * Position of an image anywhere in the chain, the top included.
 * @throws VirError INVALID_ARG with libvirt's "could not find image ..." texts
 */
export function findImage(disks: readonly Disk[], disk: Disk, arg: string): number {
  if (namesTop(disk, arg)) return 0;
  try {
    return resolveImage(disks, disk, arg, 0);
  } catch (err) {
    // libvirt looks such an image up from no image (its startFrom is NULL): its text
    // has no "beneath"; an index form keeps its own.
    if ((err as Error).message === errors.imageNotFound(arg, disk.chain[0]?.filename, disk.name).message) throw errors.imageNotFound(arg, undefined, disk.name);
    throw err;
  }
}

/**
 * The relative backing name libvirt records for RELATIVE: possible only when
 * every link from `fromIdx` down to `baseIdx` was itself recorded relative;
 * the name is then relative to the folder of the image at `fromIdx - 1`.
 * @throws VirError "can't keep relative backing relationship"
 */
export function relativeName(disk: Disk, fromIdx: number, baseIdx: number): string {
  const owner = disk.chain[fromIdx - 1];
  if (!owner) throw errors.cannotKeepRelative();
  for (let i = fromIdx - 1; i < baseIdx; i++) {
    const name = disk.chain[i]!.backingName;
    if (name === undefined || path.isAbsolute(name) || name.startsWith('json:')) throw errors.cannotKeepRelative();
  }
  return path.relative(path.dirname(owner.filename), disk.chain[baseIdx]!.filename);
}
