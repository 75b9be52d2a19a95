/**
 * Deleting the -blockdev nodes of images that left a disk, as libvirt does
 * after a job: format node first, then its file node (QEMU refuses to delete
 * a node still in use, so the order matters). A node still used elsewhere is
 * kept and logged: that is not the job's failure.
 */
import { logger } from '../log.js';
import type { JobContext } from './job-types.js';
import type { Monitor } from '../monitor.js';
import type { BlockGraph } from './disks.js';

const log = logger('job');

export interface NodePair {
  nodeName?: string;
  fileNodeName?: string;
}


/**
 * Whether the nodes that left a frontend-less disk's chain must stay: when its
 * new top is a node QEMU named (`#blockN`, opened from an image header), no
 * monitor reference holds it, and if nothing else does either (an export, a
 * job: another parent in QEMU's block graph), deleting its old parents would
 * take the disk away (seen on QEMU 7.2 after an active commit's pivot). When
 * the graph cannot be read they go, as libvirt's would: a disk that vanishes
 * loses no data, a stale chain read later could.
 */
export async function keepLeftNodes(monitor: Monitor, newTop: string | undefined, leaving: readonly NodePair[]): Promise<boolean> {
  if (newTop === undefined || !newTop.startsWith('#')) return false;
  const graph = await monitor.execute<BlockGraph>('x-debug-query-block-graph').catch(() => undefined);
  if (graph === undefined || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) return false;
  const names = new Set(leaving.flatMap((img) => [img.nodeName, img.fileNodeName]).filter((n): n is string => n !== undefined));
  const idOf = (name: string): number | undefined => graph.nodes.find((n) => n.type === 'block-driver' && n.name === name)?.id;
  const top = idOf(newTop);
  if (top === undefined) return false;
  const leavingIds = new Set(graph.nodes.filter((n) => n.type === 'block-driver' && names.has(n.name)).map((n) => n.id));
  return !graph.edges.some((e) => e.child === top && !leavingIds.has(e.parent));
}

/** `newTop`: the disk's top node after the job, for a disk with no frontend (see keepLeftNodes). */
export async function dropNodes(ctx: JobContext, images: readonly NodePair[], opts: { newTop?: string } = {}): Promise<void> {
  if (images.length === 0 || (await keepLeftNodes(ctx.monitor, opts.newTop, images))) return;
  const existing = new Set((await ctx.nodeList()).map((n) => n['node-name']));
  for (const img of images) {
    for (const node of [img.nodeName, img.fileNodeName]) {
      if (!node || node.startsWith('#') || !existing.has(node)) continue;
      await ctx.monitor.blockdevDel(node).catch((err: unknown) => {
        if (log.enabled) log('blockdev-del %s failed: %s', node, (err as Error).message);
      });
    }
  }
}

/**
 * The old chain's nodes after a pivot, for a manager that never saw that
 * chain. refreshChain deletes the nodes that left the chain the manager
 * knew; one that adopted the job after QEMU had pivoted (the starter's
 * connection cut at the end) knew only the new chain, and on a disk with a
 * frontend the old nodes then stayed open, write locks and all (QA run on
 * QEMU 7.2). `seen`: the manager's chain before the refresh; `old`: the
 * nodes that left, from the starter's record.
 */
export async function dropUnseenChain(ctx: JobContext, disk: string, seen: readonly NodePair[], old: readonly NodePair[]): Promise<void> {
  const oldTop = old[0]?.nodeName;
  if (oldTop === undefined || seen.some((img) => img.nodeName === oldTop)) return;
  const now = ctx.disk(disk);
  if (now?.mode !== 'blockdev') return;
  const kept = new Set(now.chain.flatMap((img) => [img.nodeName, img.fileNodeName]));
  await dropNodes(ctx, old.filter((img) => img.nodeName === undefined || !kept.has(img.nodeName)));
}
