/**
 * What libvirt 9.0 sends around its jobs on a -blockdev graph, shared by the
 * scenarios that do as it does: opening an image as a new layer's nodes,
 * and what follows a concluded job (outcome, dismiss, old nodes deleted).
 */
import type { ScenarioContext } from '../scenario.js';

/** blockdev-add of `file` as libvirt-N-storage and libvirt-N-format over it (no backing). */
export async function addLayerNodes(ctx: ScenarioContext, n: number, file: string): Promise<void> {
  await ctx.exec('blockdev-add', { driver: 'file', filename: file, 'node-name': `libvirt-${n}-storage`, 'auto-read-only': true, discard: 'unmap' });
  await ctx.exec('blockdev-add', { 'node-name': `libvirt-${n}-format`, 'read-only': false, driver: 'qcow2', file: `libvirt-${n}-storage`, backing: null });
}

/** blockdev-del of the layers that left the chain, format node first. */
export async function deleteLayerNodes(ctx: ScenarioContext, dropped: number[]): Promise<void> {
  for (const n of dropped) {
    await ctx.exec('blockdev-del', { 'node-name': `libvirt-${n}-format` });
    await ctx.exec('blockdev-del', { 'node-name': `libvirt-${n}-storage` });
  }
}

/** What libvirt does once a job has concluded: read its outcome, dismiss it, drop the nodes that left the chain. */
export async function libvirtConclude(ctx: ScenarioContext, jobId: string, dropped: number[]): Promise<void> {
  await ctx.exec('query-jobs');
  const since = ctx.mark();
  await ctx.exec('job-dismiss', { id: jobId }, 'dismiss');
  await ctx.waitStatus(jobId, 'null', since);
  await ctx.exec('query-named-block-nodes', { flat: true });
  await deleteLayerNodes(ctx, dropped);
}
