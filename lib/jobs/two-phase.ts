/**
 * What copy and active commit share: the pivot and cancel commands (as the
 * manager's defaults), preceded for an *adopted* job on a -blockdev disk
 * without frontend by learning the node it writes to (job-target.ts); and the
 * completion of such a job: after a pivot the disk is that node, and the old
 * chain's nodes that left it are deleted; after a cancel, a copy's target
 * nodes go.
 */
import type { Job, JobResult } from './state.js';
import type { JobContext } from './job-types.js';
import { findJobTarget, rememberTarget, takeTarget } from './job-target.js';
import { dropNodes } from './nodes.js';

async function learnIfAdopted(ctx: JobContext, job: Job): Promise<void> {
  if (ctx.data(job.id) !== undefined) return;
  const disk = ctx.disk(job.disk);
  if (!disk || disk.mode !== 'blockdev' || disk.qdev !== undefined) return;
  const target = await findJobTarget(ctx, job.id);
  if (target) rememberTarget(ctx, job.id, { target, chainBefore: disk.chain });
}

export async function sendPivot(ctx: JobContext, job: Job): Promise<void> {
  await learnIfAdopted(ctx, job);
  const disk = ctx.disk(job.disk);
  await (disk?.mode === 'blockdev' ? ctx.monitor.jobComplete(job.id) : ctx.monitor.blockJobComplete(job.id));
}

export async function sendCancel(ctx: JobContext, job: Job): Promise<void> {
  await learnIfAdopted(ctx, job);
  const disk = ctx.disk(job.disk);
  await ctx.monitor.blockJobCancel(job.id, disk?.mode === 'blockdev' ? { force: false } : {});
}

/** Completion of a job this manager did not start. */
export async function finishAdopted(ctx: JobContext, job: Job, result: JobResult): Promise<void> {
  const learnt = takeTarget(ctx, job.id);
  const pivoted = result === 'completed' && job.endRequest === 'pivot';
  if (!learnt) {
    await ctx.refreshChain(job.disk);
    return;
  }
  if (pivoted) {
    const after = await ctx.refreshChain(job.disk, { topNode: learnt.target });
    const kept = new Set<string | undefined>();
    for (const img of after?.chain ?? []) kept.add(img.nodeName).add(img.fileNodeName);
    await dropNodes(ctx, learnt.chainBefore.filter((img) => !kept.has(img.nodeName)), after?.qdev === undefined ? { newTop: learnt.target } : {});
    return;
  }
  const after = await ctx.refreshChain(job.disk);
  // A copy's target is not part of the disk (an active commit's target is its base: kept).
  if (job.kind === 'copy' && !after?.chain.some((img) => img.nodeName === learnt.target)) {
    const storage = learnt.target.endsWith('-format') ? `${learnt.target.slice(0, -'-format'.length)}-storage` : undefined;
    await dropNodes(ctx, [{ nodeName: learnt.target, ...(storage ? { fileNodeName: storage } : {}) }]);
  }
}
