/**
 * The seed's merge matrix (`template <- intermediate <- current`), decided
 * from a disk's chain before anything is sent. Contents flow from `source`
 * into `dest`, which must be adjacent in the chain:
 *
 * - forward (source is the backing of dest):
 *   1. dest is the current image: a pull/rebase (`block-stream` into the top,
 *      base = source's backing, or a full pull when source is the bottom);
 *   2. dest is below the current image: `block-stream` into dest's node
 *      (QEMU streams into intermediate nodes), giving `dest <- ...`;
 * - backward (dest is the backing of source):
 *   3. source is the current image: active commit, then pivot onto dest;
 *   4. source is below it: non-active commit of source into dest.
 *
 * Pure: works on the `Disk` the manager knows.
 */
import { VirError } from '../errors.js';
import { findImage } from '../jobs/chain-args.js';
import type { Disk } from '../jobs/disks.js';
import { errors } from '../jobs/errors.js';

export type MergePlan =
  /** 1: block-stream into the top; `base` = index of the new backing, null = full pull */
  | { op: 'pull'; source: number; dest: 0; base: number | null }
  /** 2: block-stream into the intermediate at `dest` */
  | { op: 'stream-into'; source: number; dest: number; base: number | null }
  /** 3: active commit of the top into index 1, then pivot */
  | { op: 'active-commit'; source: 0; dest: 1 }
  /** 4: commit of `source` into `dest` = source + 1 */
  | { op: 'commit'; source: number; dest: number };

function locate(disks: readonly Disk[], disk: Disk, arg: string): number {
  try {
    return findImage(disks, disk, arg);
  } catch (err) {
    // "beneath '<top>'" would be misleading: the merge accepts the top too.
    if (err instanceof VirError && /beneath/.test(err.message)) throw errors.imageNotFound(arg, undefined, disk.name);
    throw err;
  }
}

/**
 * Decide the operation for merging `source` into `dest` on `disk`.
 * @throws VirError INVALID_ARG when an image is not in the chain, or the pair is not adjacent
 */
export function planMerge(disks: readonly Disk[], disk: Disk, source: string, dest: string): MergePlan {
  const s = locate(disks, disk, source);
  const d = locate(disks, disk, dest);
  const name = (i: number): string => disk.chain[i]!.filename;
  if (s === d) throw new VirError('INVALID_ARG', `cannot merge image '${name(s)}' into itself`);
  if (s > d) {
    if (s !== d + 1) {
      throw new VirError('INVALID_ARG', `merge source '${name(s)}' is not immediately below destination '${name(d)}' in chain for '${disk.name}'`);
    }
    const base = s + 1 < disk.chain.length ? s + 1 : null;
    return d === 0 ? { op: 'pull', source: s, dest: 0, base } : { op: 'stream-into', source: s, dest: d, base };
  }
  if (d !== s + 1) {
    throw new VirError('INVALID_ARG', `merge destination '${name(d)}' is not immediately below source '${name(s)}' in chain for '${disk.name}'`);
  }
  return s === 0 ? { op: 'active-commit', source: 0, dest: 1 } : { op: 'commit', source: s, dest: d };
}

/** The direction of a plan, for logs and messages. */
export function directionOf(plan: MergePlan): 'forward' | 'backward' {
  return plan.op === 'pull' || plan.op === 'stream-into' ? 'forward' : 'backward';
}
