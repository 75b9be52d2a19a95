/**
 * Deleting the -blockdev nodes of images that left a disk, as libvirt does
 * after a job: format node first, then its file node (QEMU refuses to delete
 * a node still in use, so the order matters). A node still used elsewhere is
 * kept and logged: that is not the job's failure.
 */
import { logger } from '../log.js';
import type { JobContext } from './job-types.js';

const log = logger('job');

export interface NodePair {
  nodeName?: string;
  fileNodeName?: string;
}

/**
 * Whether a frontend-less disk's new top is held only by the nodes that left
 * its chain: a node QEMU named (`#blockN`, opened from an image header) has
 * no monitor reference, so deleting its old parents would take the disk away
 * (seen on QEMU 7.2 after an active commit's pivot). They stay then.
 */
export function heldByLeftNodes(newTop: string | undefined): boolean {
  return newTop?.startsWith('#') === true;
}

/** `newTop`: the disk's top node after the job, for a disk with no frontend (see heldByLeftNodes). */
export async function dropNodes(ctx: JobContext, images: readonly NodePair[], opts: { newTop?: string } = {}): Promise<void> {
  if (images.length === 0 || heldByLeftNodes(opts.newTop)) return;
  const existing = new Set((await ctx.monitor.queryNamedBlockNodes()).map((n) => n['node-name']));
  for (const img of images) {
    for (const node of [img.nodeName, img.fileNodeName]) {
      if (!node || node.startsWith('#') || !existing.has(node)) continue;
      await ctx.monitor.blockdevDel(node).catch((err: unknown) => {
        if (log.enabled) log('blockdev-del %s failed: %s', node, (err as Error).message);
      });
    }
  }
}
