/**
 * The embedded QEMU simulator: a QMP server that behaves like QEMU 7.2's
 * block layer (block jobs, their events and errors) over in-memory images,
 * for tests of programs that drive block jobs and for the demo.
 *
 * Jobs copy in QEMU 7.2's request sizes (512 KiB for stream and commit, a
 * contiguous dirty run of up to 16 MiB for mirror and active commit) under
 * QEMU's rate limiter, so a speed limit takes as long as on QEMU; each
 * request takes `timing.ioLatencyMs` (0.5 ms per 512 KiB). With the virtual
 * clock nothing moves until `advance()`; with the real clock jobs run on
 * timers. How closely the answers and events follow QEMU's is measured
 * against recorded traces (see FIDELITY.md).
 *
 * @example
 *   const sim = await startSimulator({ disks: [{ name: 'drive0', chain: ['/top', '/mid', '/base'] }], clock: 'virtual' });
 *   const session = await connect(sim.endpoint);
 *   await session.execute('block-stream', { device: 'drive0', speed: 1 << 20 });
 *   await sim.advance(60_000);           // the job runs 60 s of virtual time
 *   sim.guestContent('drive0');          // what the guest sees, to compare
 *   await sim.close();
 */
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { formatEndpoint, parseEndpoint, type Endpoint } from '../transport/endpoint.js';
import { RealClock, VirtualClock, type SimClock } from './clock.js';
import { guestContent as contentOf } from './content.js';
import type { Extent } from './extents.js';
import type { Faults } from './faults.js';
import type { BlockNode } from './graph.js';
import { SimImage, DEFAULT_SIZE, type ImageFormat } from './image.js';
import { SimMachine, type Timing } from './machine.js';
import { QmpSimServer } from './server.js';
import { addDisk, type DiskSpec } from './setup.js';
import { queryCommands } from './commands/query.js';
import { blockJobCommands } from './commands/block-jobs.js';
import { jobVerbCommands } from './commands/job-verbs.js';
import { blockdevCommands } from './commands/blockdev.js';
import { hmpCommands } from './commands/hmp.js';

export type { DiskSpec } from './setup.js';
export type { Extent } from './extents.js';
export type { IoErrorRule, SlowReplyRule, DisconnectRule } from './faults.js';
export { parseSimArgs, type SimCliSpec } from './cli-args.js';
export { VirtualClock, RealClock } from './clock.js';
export { SimMachine } from './machine.js';
// Fidelity tooling: run a recorded QEMU trace against a simulator set up like it.
export { runFidelity, normalize as normalizeForFidelity, type FidelityResult, type FidelityOptions } from './fidelity.js';
export { setupFromTrace, type TraceSetup } from './from-trace.js';

export interface SimulatorOptions {
  /** Where to listen: `unix:PATH`, `tcp:HOST:PORT` (port 0 = any) or an Endpoint. Default: a new socket in os.tmpdir(). */
  listen?: string | Endpoint;
  /** The disks, as -drive devices or -blockdev graphs. */
  disks?: DiskSpec[];
  /** Image files that exist beside the disks (e.g. a target for mode=existing or blockdev-add). */
  images?: Array<{ path: string; sizeBytes?: number; format?: ImageFormat; extents?: Extent[]; backingFile?: string }>;
  /** 'virtual' (tests: time moves only in advance()) or 'real' (timers). Default 'real'. */
  clock?: 'real' | 'virtual';
  /** The greeting's package string; default "qmpblock-sim". */
  package?: string;
  /** Modelled I/O latency and timer slack. */
  timing?: Partial<Timing>;
  /** query-uuid answer; default all zeros (QEMU without -uuid). */
  uuid?: string;
  /** query-name answer; default none (QEMU without -name). */
  name?: string;
}

export interface Simulator {
  /** Where clients connect. */
  readonly endpoint: Endpoint;
  /** The same as a `unix:`/`tcp:` URI. */
  readonly uri: string;
  readonly machine: SimMachine;
  readonly clock: SimClock;
  /** Fault injection rules (I/O errors, slow replies, disconnect on a command). */
  readonly faults: Faults;
  /**
   * Move virtual time forward; jobs progress, events are sent. Resolves once
   * the resulting messages are written. Throws with a real clock.
   */
  advance(ms: number): Promise<void>;
  /** Let pending work (timers due now, socket writes) run without moving time. */
  settle(): Promise<void>;
  /** The image at `path` (also ones no longer in the graph). */
  image(path: string): SimImage | undefined;
  /** Top node of a disk: device name, or node-name of a -blockdev top. */
  topNode(disk: string): BlockNode;
  /** Image paths of a disk's chain, top first. */
  chain(disk: string): string[];
  /** Guest-visible content of a disk (see content.ts guestContent). */
  guestContent(disk: string): Extent[];
  /** A guest write of `length` bytes at `offset` with content `fp`; mirrors over the disk copy it again. */
  guestWrite(disk: string, offset: number, length: number, fp: string): void;
  /** Messages written to all clients so far, and requests answered. */
  stats(): { messagesSent: number; commandsHandled: number };
  /**
   * Settles when the simulated QEMU is gone: `'quit'` after a client's quit
   * (answered, connections closed), `'killed'` after kill(), `'closed'`
   * after close().
   */
  readonly exited: Promise<'quit' | 'killed' | 'closed'>;
  /** Drop every client connection abruptly (no answer, no events). */
  disconnectAll(): void;
  /** QEMU dies: connections drop, the socket stops listening, jobs vanish without events. */
  kill(): Promise<void>;
  /** Stop the simulator (connections closed, timers cleared). */
  close(): Promise<void>;
}

/**
 * Start a simulator and listen for QMP clients.
 * @throws Error if a disk spec is invalid or the endpoint cannot be bound.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const virtual = options.clock === 'virtual' ? new VirtualClock() : undefined;
  const clock: SimClock = virtual ?? new RealClock();
  const machine = new SimMachine(clock, { ioLatencyMs: 0.5, timerSlackMs: 0, ...options.timing });
  for (const table of [queryCommands, blockJobCommands, jobVerbCommands, blockdevCommands, hmpCommands]) machine.register(table);
  if (options.uuid !== undefined) machine.uuid = options.uuid;
  machine.packageString = options.package ?? 'qmpblock-sim';
  machine.name = options.name;
  for (const d of options.disks ?? []) addDisk(machine, d);
  for (const i of options.images ?? []) {
    const img = machine.store.add(new SimImage(i.path, i.format ?? 'qcow2', i.sizeBytes ?? DEFAULT_SIZE, i.extents ?? []));
    if (i.backingFile) {
      img.backingFile = i.backingFile;
      img.backingFormat = 'qcow2';
    }
  }

  const server = new QmpSimServer(machine, { package: machine.packageString });
  const want: Endpoint = options.listen === undefined
    ? { path: path.join(os.tmpdir(), `qmpblock-sim-${process.pid}-${randomBytes(4).toString('hex')}.sock`) }
    : typeof options.listen === 'string' ? parseEndpoint(options.listen) : options.listen;
  const endpoint = await server.listen(want);

  const topNode = (disk: string): BlockNode => {
    const n = machine.graph.lookup(disk, disk);
    if (!n) throw new Error(`no disk '${disk}'`);
    return n;
  };
  let closed = false;
  let exit!: (how: 'quit' | 'killed' | 'closed') => void;
  const exited = new Promise<'quit' | 'killed' | 'closed'>((resolve) => (exit = resolve));
  server.onQuit = () => exit('quit');
  const sim: Simulator = {
    exited,
    endpoint,
    uri: formatEndpoint(endpoint),
    machine,
    clock,
    faults: machine.faults,
    async advance(ms) {
      if (!virtual) throw new Error('advance() needs clock: "virtual"');
      await virtual.advance(ms);
    },
    async settle() {
      if (virtual) await virtual.settle();
      else await new Promise((r) => setImmediate(r));
    },
    image: (p) => machine.store.get(p),
    topNode,
    chain: (disk) => machine.graph.chain(topNode(disk)).map((n) => n.image.filename),
    guestContent: (disk) => contentOf(topNode(disk)),
    guestWrite(disk, offset, length, fp) {
      machine.guestWrite(topNode(disk), offset, length, fp);
    },
    stats: () => ({ messagesSent: server.messagesSent, commandsHandled: server.commandsHandled }),
    disconnectAll: () => server.dropAll(),
    async kill() {
      server.dropAll();
      await server.stopListening();
      clock.dispose();
      machine.jobs.clear();
      exit('killed');
    },
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
      clock.dispose();
      exit('closed');
    },
  };
  return sim;
}
