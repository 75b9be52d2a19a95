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
  /** The filter node the job put above the node it works on (the job's main node in QEMU's graph). */
  protected filter: BlockNode | undefined;

  /** Take `nodes` for this job: they refuse other jobs. */
  protected hold(nodes: readonly BlockNode[]): void {
    for (const n of nodes) {
      this.held.push(n);
      n.blocker = this;
    }
  }

  /** Let go of the held nodes (those no other job has taken since). */
  protected release(): void {
    this.released = true;
    for (const n of this.held) if (n.blocker === this) n.blocker = undefined;
  }

  /**
   * The job's edges in QEMU's block graph (x-debug-query-block-graph): its
   * filter as the 'main node' (block_job_create), then each node it holds
   * under the name block_job_add_bdrv gives it.
   */
  graphEdges(): { name: string; node: BlockNode }[] {
    const main = this.filter ? [{ name: 'main node', node: this.filter }] : [];
    if (this.released) return [];
    const edges = this.held.map((node) => ({ name: this.edgeName(node), node }));
    return [...main, ...edges.filter((e): e is { name: string; node: BlockNode } => e.name !== undefined)];
  }

  /** The name QEMU gives the job's edge to a node it holds; undefined: QEMU draws none. */
  protected edgeName(_node: BlockNode): string | undefined {
    return 'intermediate node';
  }

  /** The job let go of its nodes: QEMU draws no edges from it any more. */
  private released = false;

  override uses(node: object): boolean {
    return this.held.includes(node as BlockNode);
  }
}
