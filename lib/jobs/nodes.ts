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

export async function dropNodes(ctx: JobContext, images: readonly NodePair[]): Promise<void> {
  if (images.length === 0) return;
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
