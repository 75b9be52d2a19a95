/**
 * Mirror (block/mirror.c), which also runs the active-layer commit: copy the
 * dirty areas of the source chain (everything allocated above `base`) to the
 * target in large requests under the speed limit, report READY when nothing
 * is left, then idle until `complete` (pivot: the target replaces the source)
 * or cancel (soft: point-in-time copy, no pivot; forced: BLOCK_JOB_CANCELLED).
 * `len` counts what there is to copy, not the disk size, as QEMU reports it.
 * Knows the graph and the job machine; no QMP.
 */
import type { BlockGraph, BlockNode } from '../graph.js';
import { layers, readAbove, sourceImages } from '../content.js';
import { ExtentMap, ZERO } from '../extents.js';
import type { JobBody, JobHost, JobOptions } from '../job.js';
import { SLICE_MS } from '../ratelimit.js';
import { BlockJob } from './block-job.js';

/** Largest request of one iteration (QEMU's default buf-size). */
const MAX_RUN = 16 * 1024 * 1024;
const EINVAL = 22;

export interface MirrorOptions extends JobOptions {
  graph: BlockGraph;
  kind: 'commit' | 'mirror';
  source: BlockNode;
  target: BlockNode;
  /** Copy what is allocated above this node (null: the whole chain). */
  base: BlockNode | null;
  /** sync=none: copy only what the guest writes from now on. */
  syncNone?: boolean;
  /**
   * drive-mirror to a new image opens the target without its backing and
   * attaches this one when the job ends well (MIRROR_SOURCE_BACKING_CHAIN).
   */
  attachBacking?: BlockNode;
  /**
   * The target is not known to read as zeroes (blockdev-mirror, or
   * drive-mirror to an existing image, with sync=full): every byte counts,
   * unallocated areas are written as zeroes.
   */
  zeroTarget?: boolean;
}

export class MirrorJob extends BlockJob {
  readonly type: 'commit' | 'mirror';
  private readonly graph: BlockGraph;
  readonly source: BlockNode;
  readonly target: BlockNode;
  readonly base: BlockNode | null;
  private readonly syncNone: boolean;
  private readonly attachBacking: BlockNode | undefined;
  private readonly zeroTarget: boolean;
  readonly dirty = new ExtentMap();
  private shouldComplete = false;

  constructor(host: JobHost, opts: MirrorOptions) {
    super(host, opts);
    this.type = opts.kind;
    this.graph = opts.graph;
    this.source = opts.source;
    this.target = opts.target;
    this.base = opts.base;
    this.syncNone = opts.syncNone ?? false;
    this.attachBacking = opts.attachBacking;
    this.zeroTarget = opts.zeroTarget ?? false;
    this.hold([...layers(this.source, this.base), this.target]);
    this.source.bitmaps.push(this.bitmapInfo);
    // The target (the base of an active commit) is written: QEMU reopens it
    // read-write, and 7.2 leaves it so even when the job is cancelled.
    this.target.setReadOnly(false);
    this.filter = this.graph.insertFilter(this.source, 'mirror_top', opts.filterNodeName);
  }


  /** QEMU draws the nodes between source and base for an active commit only, not for a copy. */
  protected override edgeName(node: BlockNode): string | undefined {
    if (node === this.target) return 'target';
    if (node === this.source) return 'source';
    return this.type === 'commit' ? 'intermediate node' : undefined;
  }

  /** The mirror's dirty bitmap as query-block shows it on the source. */
  private readonly bitmapInfo = (): Record<string, unknown> => ({
    recording: true,
    persistent: false,
    busy: false,
    granularity: 65536,
    count: this.dirty.allocatedBytes,
  });

  override guestWrote(node: object, start: number, end: number): void {
    if (node === this.source && ['running', 'paused', 'ready', 'standby'].includes(this.status)) this.markDirty(start, end);
  }

  /** A guest write while the job runs: the area must be copied (again). */
  markDirty(start: number, end: number): void {
    this.dirty.set(start, end, 'dirty');
    if (this.status === 'ready' && !this.busy) this.enter();
  }

  protected *run(): JobBody {
    // An active commit grows a smaller base; a copy's target must be the
    // source's size (checked before anything else: len stays 0).
    if (this.type === 'commit') {
      if (this.target.image.size < this.source.image.size) this.target.image.size = this.source.image.size;
    } else if (this.target.image.size !== this.source.image.size) {
      // QEMU's job ends in a bottom half, after the command's answer.
      yield { kind: 'io', ms: 0 };
      this.err = 'Source and target image have different sizes';
      return -EINVAL;
    }
    // Opening the target and building the dirty bitmap takes a moment, during
    // which a poll shows len 0 and busy; with sync=none there is no bitmap to
    // build and QEMU is READY before the command answers.
    if (!this.syncNone) yield { kind: 'io', ms: this.host.ioLatency(0) };
    if (this.zeroTarget) {
      // QEMU zeroes the whole target first (zero clusters), then copies over it.
      this.target.image.write(0, this.source.image.size, ZERO);
      this.dirty.set(0, this.source.image.size, 'dirty');
    }
    else if (!this.syncNone) {
      for (const e of readAbove(this.source, this.base, 0, this.source.image.size)) this.dirty.set(e.start, e.end, 'dirty');
    }
    let error = 0;
    for (;;) {
      yield* this.pausePoint();
      if (this.isCancelled) break;
      const cnt = this.dirty.allocatedBytes;
      this.total = this.current + cnt;
      if (cnt > 0) {
        yield* this.rateLimitSleep();
        if (this.isCancelled) break;
        const first = this.dirty.toArray()[0];
        if (!first) continue;
        const start = first.start;
        const end = Math.min(first.end, start + MAX_RUN);
        const ret = yield* this.io('read', end - start, sourceImages(this.source, this.base, start, end));
        if (ret < 0) {
          const action = this.errorAction('read', -ret);
          if (action === 'stop') continue;
          if (action === 'report') {
            error = ret;
            break;
          }
        }
        for (const e of readAbove(this.source, this.base, start, end)) this.target.image.write(e.start, e.end, e.fp);
        this.dirty.clear(start, end);
        this.current += end - start;
        this.processed(end - start);
        continue;
      }
      if (!this.ready) {
        this.transition('ready');
        this.host.emit('BLOCK_JOB_READY', this.progressData());
      }
      if (this.shouldComplete || this.cancelled) break;
      yield* this.sleep(SLICE_MS);
    }
    // Draining in-flight requests before the job can end: QEMU answers the
    // command that ended the job before the job's own events.
    yield { kind: 'io', ms: this.host.ioLatency(0) };
    return error;
  }

  protected override driverCancel(force: boolean): boolean {
    return force || !this.ready;
  }

  protected override canComplete(): boolean {
    return true;
  }

  protected override driverComplete(): void {
    this.shouldComplete = true;
    if (!this.paused) this.enter();
  }

  /** Pivot when completed; a soft-cancelled job leaves the disk where it was. */
  protected override prepare(): void {
    this.graph.removeFilter(this.filter);
    if (this.attachBacking) this.target.backing = this.attachBacking;
    if (this.cancelled || !this.shouldComplete) return;
    const replaced = this.type === 'commit' ? this.base! : this.target;
    this.graph.replaceNode(this.source, replaced);
    replaced.setReadOnly(false);
  }

  /** Unlike stream and commit, a mirror lets go of its nodes when it ends (mirror_exit_common). */
  protected override clean(): void {
    this.release();
    this.graph.removeFilter(this.filter);
    const i = this.source.bitmaps.indexOf(this.bitmapInfo);
    if (i >= 0) this.source.bitmaps.splice(i, 1);
  }
}
