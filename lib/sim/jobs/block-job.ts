/**
 * What stream, commit and mirror share as QEMU's BlockJob (blockjob.c): the
 * nodes a job holds, which refuse other jobs while it holds them (op
 * blockers, block_job_add_bdrv), until it lets go of them
 * (block_job_remove_all_bdrv). When that happens is each job's own.
 */
import type { BlockNode } from '../graph.js';
import { SimJob } from '../job.js';

export abstract class BlockJob extends SimJob {
  private readonly held: BlockNode[] = [];

  /** Take `nodes` for this job: they refuse other jobs. */
  protected hold(nodes: readonly BlockNode[]): void {
    for (const n of nodes) {
      this.held.push(n);
      n.blocker = this;
    }
  }

  /** Let go of the held nodes (those no other job has taken since). */
  protected release(): void {
    for (const n of this.held) if (n.blocker === this) n.blocker = undefined;
  }

  override uses(node: object): boolean {
    return this.held.includes(node as BlockNode);
  }
}
