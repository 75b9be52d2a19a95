/**
 * block-stream: copy into `top` what it reads from the layers between it and
 * `base` (block/stream.c in QEMU 7.2): 512 KiB requests, a request whose
 * range `top` already holds costs nothing and is not rate limited, at the end
 * `top` is re-linked onto `base` and the backing file name rewritten.
 * Knows the graph and the job machine; no QMP.
 */
import type { BlockGraph, BlockNode } from '../graph.js';
import { allocatedAbove, layers, readAbove, sourceImages } from '../content.js';
import type { JobBody, JobHost, JobOptions, JobRequest, Yield } from '../job.js';
import { BlockJob } from './block-job.js';

const STREAM_CHUNK = 512 * 1024;

export interface StreamOptions extends JobOptions {
  graph: BlockGraph;
  top: BlockNode;
  /** The image that stays below `top`, or null to pull everything. */
  base: BlockNode | null;
  backingFile?: string;
}

export class StreamJob extends BlockJob {
  readonly type = 'stream';
  private readonly graph: BlockGraph;
  readonly top: BlockNode;
  readonly base: BlockNode | null;
  private readonly backingFile: string | undefined;

  constructor(host: JobHost, opts: StreamOptions) {
    super(host, opts);
    this.graph = opts.graph;
    this.top = opts.top;
    this.base = opts.base;
    this.backingFile = opts.backingFile;
    this.hold(layers(this.top, this.base));
    // Streaming into a read-only (intermediate) node: QEMU reopens it
    // read-write for the job and back read-only when the job is cleaned up.
    this.wasReadOnly = this.top.readOnly;
    this.top.setReadOnly(false);
    this.filter = this.graph.insertFilter(this.top, 'copy-on-read', opts.filterNodeName);
  }

  private readonly wasReadOnly: boolean;

  protected override edgeName(node: BlockNode): string | undefined {
    return node === this.top ? 'active node' : 'intermediate node';
  }

  protected *run(): JobBody {
    // Nothing between top and base: QEMU returns before its first yield.
    if (this.top.backing === this.base) return 0;
    const len = this.top.image.size;
    this.total = len;
    return yield* this.requestLoop(len, 'read', (offset) => this.request(offset));
  }

  private *request(offset: number): Generator<Yield, JobRequest, void> {
    let copy = false;
    const inTop = this.top.image.extents.allocation(offset, STREAM_CHUNK);
    let n = inTop.n;
    if (!inTop.allocated && this.top.backing) {
      const below = allocatedAbove(this.top.backing, this.base, offset, n);
      n = below.n;
      copy = below.allocated;
    }
    let ret = 0;
    if (copy) {
      ret = yield* this.io('read', n, sourceImages(this.top.backing!, this.base, offset, offset + n));
      if (ret === 0) {
        // Copy-on-read never overwrites what the guest wrote meanwhile.
        for (const e of readAbove(this.top.backing!, this.base, offset, offset + n)) {
          for (let pos = e.start; pos < e.end; ) {
            const a = this.top.image.extents.allocation(pos, e.end - pos);
            if (!a.allocated) this.top.image.write(pos, pos + a.n, e.fp);
            pos += a.n;
          }
        }
      }
    }
    return { n, copied: copy, ret };
  }

  protected override prepare(): void {
    this.graph.removeFilter(this.filter);
    this.graph.setBacking(this.top, this.base, true, this.base ? this.backingFile : undefined);
  }

  protected override free(): void {
    this.release();
  }

  protected override clean(): void {
    this.graph.removeFilter(this.filter);
    if (this.wasReadOnly) this.top.setReadOnly(true);
  }

}
