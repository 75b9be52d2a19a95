/**
 * The simulated QEMU process: block graph, image store, jobs, clock, the
 * main loop's bottom halves, event fan-out to monitors, and the command
 * table. One per simulator. Knows commands by name (commands/*) but not
 * sockets or JSON framing (server.ts).
 */
import { logger } from '../log.js';
import type { SimClock } from './clock.js';
import { SimCommandError } from './errors.js';
import { checkArgs, type ArgSpec } from './args.js';
import { Faults } from './faults.js';
import { BlockGraph, type BlockNode } from './graph.js';
import { ImageStore } from './image.js';
import type { JobHost, SimJob } from './job.js';

const log = logger('sim');

export interface CommandDef {
  args: ArgSpec;
  run(m: SimMachine, args: Record<string, unknown>): unknown;
}

export interface EventSink {
  /** Deliver an event (only monitors past capabilities negotiation get them). */
  event(msg: { timestamp: { seconds: number; microseconds: number }; event: string; data?: Record<string, unknown> }): void;
}

export interface Timing {
  /** Time one I/O request of 512 KiB takes (scaled by size); default 0.5 ms. */
  ioLatencyMs: number;
  /** Extra delay on every timed sleep of a job; default 0. */
  timerSlackMs: number;
}

export class SimMachine implements JobHost {
  readonly store = new ImageStore();
  readonly graph = new BlockGraph(this.store);
  readonly jobs = new Map<string, SimJob>();
  readonly faults = new Faults();
  readonly sinks = new Set<EventSink>();
  private readonly commands = new Map<string, CommandDef>();
  private bhQueue: Array<() => void> = [];
  /** Set by quit: the server closes connections after answering. */
  quitting = false;
  /** Next libvirt-N index for -blockdev disks. */
  nextBlockdevIndex = 1;
  /** The `package` string of the greeting and of query-version. */
  packageString = 'qmpblock-sim';
  uuid = '00000000-0000-0000-0000-000000000000';
  name: string | undefined;

  constructor(
    readonly clock: SimClock,
    readonly timing: Timing = { ioLatencyMs: 0.5, timerSlackMs: 0 },
  ) {}

  get timerSlackMs(): number {
    return this.timing.timerSlackMs;
  }

  register(table: Record<string, CommandDef>): void {
    for (const [name, def] of Object.entries(table)) this.commands.set(name, def);
  }

  hasCommand(name: string): boolean {
    return this.commands.has(name);
  }

  /** Every command the machine answers (for query-commands). */
  commandNames(): string[] {
    return ['qmp_capabilities', ...this.commands.keys()];
  }

  /**
   * Run one command to its answer: check arguments, run it, then the bottom
   * halves it scheduled (a job that ended inside the command sends its events
   * before the answer, as QEMU's dispatcher lets them run first).
   */
  execute(name: string, args: Record<string, unknown>): unknown {
    const def = this.commands.get(name);
    if (!def) throw new SimCommandError('CommandNotFound', `The command ${name} has not been found`);
    checkArgs(def.args, args);
    try {
      return def.run(this, args);
    } finally {
      this.runBottomHalves();
    }
  }

  // ---- JobHost ----

  emit(event: string, data: Record<string, unknown>): void {
    const msg = { timestamp: this.clock.timestamp(), event, data };
    if (log.enabled) log('event %s %o', event, data);
    for (const s of this.sinks) s.event(msg);
  }

  bh(fn: () => void): void {
    this.bhQueue.push(fn);
  }

  /** Run the bottom halves, then let go of nodes nothing references any more. */
  runBottomHalves(): void {
    while (this.bhQueue.length > 0) this.bhQueue.shift()!();
    this.graph.collectGarbage();
  }

  timer(ms: number, fn: () => void): { at: number } {
    return this.clock.setTimer(ms, () => {
      fn();
      this.runBottomHalves();
    });
  }

  clearTimer(t: { at: number } | undefined): void {
    this.clock.clearTimer(t);
  }

  ioFault(job: SimJob, op: 'read' | 'write', images: readonly string[]): number {
    return this.faults.checkIo(job, op, images);
  }

  ioLatency(bytes: number): number {
    return this.timing.ioLatencyMs * Math.max(bytes, 512 * 1024) / (512 * 1024);
  }

  /**
   * QEMU drains I/O around graph changes (transactions): running jobs pass
   * through a pause point, which shows as paused/running (standby/ready)
   * status pairs.
   */
  drainBlip(which: (job: SimJob) => boolean = () => true): void {
    // All stop, then all go on (bdrv_drain_all_begin / _end), oldest job first.
    const stopped = [...this.jobs.values()].filter((j) => which(j) && j.drainBegin());
    for (const job of stopped) job.drainEnd();
  }

  /**
   * Draining a node quiesces everything above it, so a job that works on the
   * node or on any node over it stops at a pause point.
   */
  drainNode(node: BlockNode): void {
    const above = this.graph.ancestorsOf(node);
    this.drainBlip((j) => [...above].some((n) => j.uses(n)));
  }

  /** Jobs as QEMU lists them: the most recently created first. */
  jobsNewestFirst(): SimJob[] {
    return [...this.jobs.values()].reverse();
  }

  registerJob(job: SimJob): void {
    this.jobs.set(job.id, job);
  }

  unregisterJob(job: SimJob): void {
    if (this.jobs.get(job.id) === job) this.jobs.delete(job.id);
  }

  /**
   * A guest write into `node` (the top of a disk): the data lands there, and
   * a mirror (or active commit) over the node has to copy that range again.
   */
  guestWrite(node: BlockNode, offset: number, length: number, fp: string): void {
    node.image.write(offset, offset + length, fp);
    for (const job of this.jobs.values()) job.guestWrote(node, offset, offset + length);
  }

  /** quit: SHUTDOWN, every job cancelled on the way out. */
  shutdown(): void {
    this.emit('SHUTDOWN', { guest: false, reason: 'host-qmp-quit' });
    // Live jobs are cancelled one by one, then the concluded ones dismissed
    // (QEMU dismisses everything on exit, auto-dismiss or not).
    const concluded = this.jobsNewestFirst().filter((j) => j.status === 'concluded');
    for (const job of this.jobsNewestFirst()) if (job.status !== 'concluded') job.cancelForExit();
    for (const job of this.jobsNewestFirst()) if (job.status === 'concluded' && !concluded.includes(job)) job.dismissForExit();
    for (const job of concluded) job.dismissForExit();
    this.runBottomHalves();
    this.quitting = true;
  }
}
