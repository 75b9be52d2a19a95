/**
 * Differential check of the simulator against a recorded QEMU trace: start
 * a simulator set up like the trace's VM (virtual clock), send the trace's
 * client messages at the trace's times over a real socket, and compare every
 * message the simulator sends with what QEMU sent, in order. Allowed to
 * differ: event timestamps, auto-generated node names, and values that
 * depend on timing (offset/len/busy in job polls, the offset a cancel caught,
 * actual-size). Reports how many messages were compared and each difference.
 */
import net from 'node:net';
import stringify from 'fast-json-stable-stringify';
import { LineFramer } from '../transport/line-framer.js';
import { JsonStreamSplitter } from '../transport/json-stream.js';
import type { Trace } from '../trace/format.js';
import { setupFromTrace } from './from-trace.js';
import { startSimulator, type Simulator } from './index.js';
import type { VirtualClock } from './clock.js';

export interface FidelityResult {
  scenario: string;
  compared: number;
  differences: string[];
  notes: string[];
}

export interface FidelityOptions {
  /** Longest virtual time to wait for events QEMU had sent before a command (ms). */
  catchUpMs?: number;
  /** Timer slack used for the run (QEMU's jobs run a bit slower than their speed). */
  timerSlackMs?: number;
}

const PLACEHOLDER = '<timing>';

function isJobInfo(o: Record<string, unknown>): boolean {
  return ('busy' in o && 'offset' in o && 'len' in o) || ('current-progress' in o && 'total-progress' in o);
}

/** Replace what may legitimately differ by placeholders. */
export function normalize(msg: unknown): unknown {
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const poll = isJobInfo(o);
      for (const [k, x] of Object.entries(o)) {
        if (k === 'actual-size') out[k] = PLACEHOLDER;
        // A file node's size is the host file's length, which grows as a job copies.
        else if (k === 'virtual-size' && o.format === 'file') out[k] = PLACEHOLDER;
        else if (k === 'count' && 'granularity' in o) out[k] = PLACEHOLDER; // a dirty bitmap's count
        else if (poll && ['offset', 'len', 'busy', 'current-progress', 'total-progress'].includes(k)) out[k] = PLACEHOLDER;
        else out[k] = walk(x, k);
      }
      return out;
    }
    if (key === 'node-name' && typeof v === 'string' && /^#block\d+$/.test(v)) return '#block';
    return v;
  };
  if (msg && typeof msg === 'object' && 'event' in msg) {
    const ev = { ...(msg as Record<string, unknown>) };
    delete ev.timestamp;
    if (ev.event === 'BLOCK_JOB_CANCELLED' && ev.data) ev.data = { ...(ev.data as object), offset: PLACEHOLDER };
    return walk(ev);
  }
  return walk(msg);
}

const TERMINAL = new Set(['aborting', 'waiting', 'pending', 'concluded', 'null']);

function isEndOfJobEvent(msg: unknown): boolean {
  const m = msg as { event?: string; data?: { status?: string } };
  if (m.event === 'BLOCK_JOB_CANCELLED' || m.event === 'BLOCK_JOB_COMPLETED') return true;
  return m.event === 'JOB_STATUS_CHANGE' && TERMINAL.has(m.data?.status ?? '');
}

/**
 * Whether a cancel answers before or after the job's last events depends on
 * whether the job was asleep or busy with I/O at that instant (QEMU 7.2 does
 * both, see qmp-block-jobs.md 6.1). Put a cancel's answer after the job's
 * end events that directly follow or precede it, in both lists alike.
 */
export function canonicalCancelOrder(msgs: unknown[], cancelIds: ReadonlySet<string>): unknown[] {
  const out = [...msgs];
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as { id?: unknown; return?: unknown };
    if (!('return' in (m as object)) || !cancelIds.has(JSON.stringify(m.id))) continue;
    let j = i;
    while (j + 1 < out.length && isEndOfJobEvent(out[j + 1])) j++;
    if (j > i) {
      out.splice(i, 1);
      out.splice(j, 0, m);
      i = j;
    }
  }
  return out;
}

/** Count and describe the differences of two message lists (LCS alignment). */
export function diffMessages(expected: unknown[], actual: unknown[], cancelIds: ReadonlySet<string> = new Set()): string[] {
  const a = canonicalCancelOrder(expected, cancelIds).map((m) => stringify(normalize(m)));
  const b = canonicalCancelOrder(actual, cancelIds).map((m) => stringify(normalize(m)));
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push(`+ sim #${j + 1}: ${b[j]!}`);
      j++;
    } else {
      out.push(`- qemu #${i + 1}: ${a[i]!}`);
      i++;
    }
  }
  return out;
}

/** Wait until the client has read everything the simulator has written. */
async function drain(sim: Simulator, received: () => number, closed: () => boolean): Promise<void> {
  for (let spins = 0; spins < 10_000; spins++) {
    await sim.settle();
    if (received() >= sim.stats().messagesSent || closed()) return;
    await new Promise((r) => setTimeout(r, 1));
  }
}

export async function runFidelity(trace: Trace, opts: FidelityOptions = {}): Promise<FidelityResult> {
  const setup = setupFromTrace(trace);
  const sim = await startSimulator({
    disks: setup.disks,
    clock: 'virtual',
    package: setup.package,
    images: setup.images,
    timing: { timerSlackMs: opts.timerSlackMs ?? 4 },
  });
  for (const r of setup.ioErrors) sim.faults.ioError(r);
  const clock = sim.clock as VirtualClock;
  const received: unknown[] = [];
  let closed = false;
  const sock = net.createConnection(sim.endpoint as net.NetConnectOpts);
  const framer = new LineFramer((line) => received.push(JSON.parse(line)));
  sock.on('data', (c: Buffer) => framer.push(c));
  sock.on('close', () => (closed = true));
  sock.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    sock.once('connect', () => resolve());
    sock.once('error', reject);
  });
  const expected: unknown[] = [];
  try {
    // What the simulator reads from the text sent, counted the way it reads
    // it: a raw line may hold no complete value yet, or more than one.
    let sentCommands = 0;
    const sent = new JsonStreamSplitter(() => sentCommands++);
    for (const e of trace.entries) {
      if (e.dir === 's2c') {
        if (e.msg) expected.push(e.msg);
        continue;
      }
      if (closed) break;
      await drain(sim, () => received.length, () => closed);
      if (e.t > clock.now()) await clock.advanceTo(e.t);
      await drain(sim, () => received.length, () => closed);
      // QEMU had already sent these before the client spoke: let the
      // simulator's jobs run until it has too (it is never faster than QEMU).
      const deadline = clock.now() + (opts.catchUpMs ?? 10_000);
      while (received.length < expected.length && clock.nextAt() !== undefined && clock.nextAt()! <= deadline) {
        await clock.advanceTo(clock.nextAt()!);
        await drain(sim, () => received.length, () => closed);
      }
      const text = e.msg ? `${JSON.stringify(e.msg)}\r\n` : `${e.raw ?? ''}\n`;
      sock.write(text);
      sent.push(Buffer.from(text));
      for (let spins = 0; spins < 10_000 && sim.stats().commandsHandled < sentCommands && !closed; spins++) {
        await new Promise((r) => setTimeout(r, 1));
      }
      await drain(sim, () => received.length, () => closed);
    }
    await drain(sim, () => received.length, () => closed);
  } finally {
    sock.destroy();
    await sim.close();
  }
  const cancelIds = new Set(
    trace.entries
      .filter((e) => e.dir === 'c2s' && ['block-job-cancel', 'job-cancel'].includes(String(e.msg?.execute)))
      .map((e) => JSON.stringify(e.msg?.id)),
  );
  return { scenario: trace.header.scenario, compared: expected.length, differences: diffMessages(expected, received, cancelIds), notes: setup.notes };
}
