/**
 * A two-phase job adopted from QEMU (started by another process) comes with
 * none of the data its starter kept, in particular which node it mirrors to.
 * On a -blockdev disk without frontend that node *becomes* the disk at a
 * pivot, so it must be known: QEMU's block graph names it, as the child of the
 * job node on the edge called `target` (mirror and active commit alike).
 * `x-debug-query-block-graph` is unstable API, so any failure just means
 * "unknown" and the caller falls back to a plain chain re-read.
 */
import { logger } from '../log.js';
import type { JobContext } from './job-types.js';
import type { BlockGraph } from './disks.js';

const log = logger('job');

/** The node-name a block job writes to, if QEMU's graph tells. */
export async function findJobTarget(ctx: JobContext, jobId: string): Promise<string | undefined> {
  try {
    const g = await ctx.monitor.execute<BlockGraph>('x-debug-query-block-graph');
    const job = g.nodes.find((n) => n.type === 'block-job' && n.name === jobId);
    const edge = job && g.edges.find((e) => e.parent === job.id && e.name === 'target');
    const node = edge && g.nodes.find((n) => n.id === edge.child);
    return node?.name || undefined;
  } catch (err) {
    if (log.enabled) log('cannot read the block graph for %s: %s', jobId, (err as Error).message);
    return undefined;
  }
}

/** Targets learnt for adopted jobs, per manager (its JobContext) and job id. */
const learnt = new WeakMap<JobContext, Map<string, { target: string; chainBefore: { nodeName?: string; fileNodeName?: string }[] }>>();

export function rememberTarget(ctx: JobContext, jobId: string, v: { target: string; chainBefore: { nodeName?: string; fileNodeName?: string }[] }): void {
  let m = learnt.get(ctx);
  if (!m) learnt.set(ctx, (m = new Map()));
  m.set(jobId, v);
}

export function takeTarget(ctx: JobContext, jobId: string): { target: string; chainBefore: { nodeName?: string; fileNodeName?: string }[] } | undefined {
  const m = learnt.get(ctx);
  const v = m?.get(jobId);
  m?.delete(jobId);
  return v;
}
