/**
 * block-commit of an image below the active layer (block/commit.c): copy
 * what the layers from `top` down to `base` hold into `base`, 512 KiB at a
 * time under the speed limit; at the end the overlay of `top` is re-linked
 * onto `base`. The active-layer case is a mirror (see mirror.ts).
 * Knows the graph and the job machine; no QMP.
 */
import type { BlockGraph, BlockNode } from '../graph.js';
import { allocatedAbove, layers, readAbove, sourceImages } from '../content.js';
import { ZERO, ZERO_DATA } from '../extents.js';
import type { JobBody, JobHost, JobOptions, JobRequest, Yield } from '../job.js';
import { BlockJob } from './block-job.js';

const COMMIT_BUFFER = 512 * 1024;

export interface CommitOptions extends JobOptions {
  graph: BlockGraph;
  /** The disk's top node (where the overlay of `top` is found). */
  root: BlockNode;
  top: BlockNode;
  base: BlockNode;
  backingFile?: string;
}

export class CommitJob extends BlockJob {
  readonly type = 'commit';
  private readonly graph: BlockGraph;
  readonly root: BlockNode;
  readonly top: BlockNode;
  readonly base: BlockNode;
  private readonly backingFile: string | undefined;

  constructor(host: JobHost, opts: CommitOptions) {
    super(host, opts);
    this.graph = opts.graph;
    this.root = opts.root;
    this.top = opts.top;
    this.base = opts.base;
    this.backingFile = opts.backingFile;
    const held = [...layers(this.top, this.base), this.base];
    // The overlay of top is the job's too (its backing link gets rewritten).
    const overlay = this.graph.overlayOf(this.root, this.top);
    if (overlay) held.push(overlay);
    this.hold(held);
    // QEMU reopens the base read-write to write into it.
    this.wasReadOnly = this.base.readOnly;
    this.base.setReadOnly(false);
    this.filter = this.graph.insertFilter(this.top, 'commit_top', opts.filterNodeName);
  }

  private readonly wasReadOnly: boolean;

  /** As QEMU 7.2 draws a commit: the overlay of top is its main node; its filter is nobody's edge. */
  override graphEdges(): { name: string; node: BlockNode }[] {
    const overlay = this.graph.overlayOf(this.root, this.top);
    return [
      ...(overlay ? [{ name: 'main node', node: overlay }] : []),
      ...layers(this.top, this.base).map((node) => ({ name: 'intermediate node', node })),
      { name: 'base', node: this.base },
    ];
  }

  protected *run(): JobBody {
    const len = this.top.image.size;
    this.total = len;
    if (this.base.image.size < len) this.base.image.size = len;
    return yield* this.requestLoop(len, 'write', (offset) => this.request(offset));
  }

  private *request(offset: number): Generator<Yield, JobRequest, void> {
    const { allocated, n } = allocatedAbove(this.top, this.base, offset, COMMIT_BUFFER);
    let ret = 0;
    if (allocated) {
      ret = yield* this.io('write', n, [...sourceImages(this.top, this.base, offset, offset + n), this.base.image.filename]);
      // Plain writes: a zero cluster above becomes zero data in the base.
      if (ret === 0) for (const e of readAbove(this.top, this.base, offset, offset + n)) this.base.image.write(e.start, e.end, e.fp === ZERO ? ZERO_DATA : e.fp);
    }
    return { n, copied: allocated, ret };
  }

  protected override prepare(): void {
    this.graph.removeFilter(this.filter);
    const overlay = this.graph.overlayOf(this.root, this.top);
    if (overlay) this.graph.setBacking(overlay, this.base, true, this.backingFile);
  }

  protected override free(): void {
    this.release();
  }

  protected override clean(): void {
    this.graph.removeFilter(this.filter);
    if (this.wasReadOnly) this.base.setReadOnly(true);
  }
}
