/**
 * Reading through a backing chain: what the guest sees at each byte, and
 * where data is allocated above a given base (bdrv_is_allocated_above). Pure
 * functions over nodes; no jobs, no QMP.
 */
import { isZeroFp, type Extent } from './extents.js';
import type { BlockNode } from './graph.js';

/** Layers from `top` down to, not including, `base` (null = the whole chain). */
export function layers(top: BlockNode, base: BlockNode | null): BlockNode[] {
  const out: BlockNode[] = [];
  for (let n: BlockNode | null = top; n && n !== base; n = n.backing) out.push(n);
  return out;
}

/**
 * Is `offset` allocated in any layer from `top` down to (not including)
 * `base`, and for how many bytes (at most `max`) the answer holds.
 */
export function allocatedAbove(top: BlockNode, base: BlockNode | null, offset: number, max: number): { allocated: boolean; n: number } {
  let n = max;
  for (const layer of layers(top, base)) {
    if (offset >= layer.image.size) continue;
    const a = layer.image.extents.allocation(offset, n);
    if (a.allocated) return { allocated: true, n: a.n };
    n = a.n;
  }
  return { allocated: false, n };
}

/**
 * The content of [start, end) as seen through the layers above `base`:
 * allocated extents only (a hole means "comes from below `base`").
 */
export function readAbove(top: BlockNode, base: BlockNode | null, start: number, end: number): Extent[] {
  const out: Extent[] = [];
  let pos = start;
  while (pos < end) {
    let found: Extent | undefined;
    let hole = end;
    for (const layer of layers(top, base)) {
      if (pos >= layer.image.size) continue;
      const a = layer.image.extents.allocation(pos, hole - pos);
      if (a.allocated) {
        const e = layer.image.extents.slice(pos, pos + a.n)[0]!;
        found = e;
        break;
      }
      hole = pos + a.n;
    }
    if (found) {
      out.push(found);
      pos = found.end;
    } else {
      pos = hole;
    }
  }
  return out;
}

/**
 * The guest-visible content of a disk whose top node is `top`: sorted
 * extents, each with the fingerprint of the layer that provides it. Ranges
 * that no layer holds read as zeroes and are left out, as are zero clusters,
 * so two chains that a guest cannot tell apart give equal maps.
 */
export function guestContent(top: BlockNode): Extent[] {
  const out: Extent[] = [];
  for (const e of readAbove(top, null, 0, top.image.size)) {
    if (isZeroFp(e.fp)) continue;
    const last = out[out.length - 1];
    if (last && last.end === e.start && last.fp === e.fp) last.end = e.end;
    else out.push({ ...e });
  }
  return out;
}

/** The images (paths) above `base` that hold some of [start, end): what a request reads. */
export function sourceImages(top: BlockNode, base: BlockNode | null, start: number, end: number): string[] {
  return layers(top, base).filter((l) => l.image.extents.slice(start, end).length > 0).map((l) => l.image.filename);
}

/** Total bytes allocated above `base` (what a mirror or active commit copies). */
export function bytesAllocatedAbove(top: BlockNode, base: BlockNode | null): number {
  return readAbove(top, base, 0, top.image.size).reduce((n, e) => n + e.end - e.start, 0);
}
