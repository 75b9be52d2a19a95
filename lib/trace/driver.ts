/**
 * The client half of a replay: connects a QmpSession to a server (a
 * replayer, a simulator or QEMU itself), sends a trace's recorded commands in
 * the recorded order — each one only once the server messages that preceded
 * it in the recording have arrived — and collects what the server sends, so
 * that it can be compared with the recording.
 */
import { QmpSession } from '../qmp/session.js';
import type { Endpoint } from '../transport/endpoint.js';
import type { Trace } from './format.js';
import { jsonDiff, withoutKeys } from './compare.js';

export interface DriveResult {
  /** Server messages received after the greeting and the capabilities answer, in order. */
  received: Record<string, unknown>[];
  /** The recorded server messages they correspond to, ids mapped to the ones this client used. */
  expected: Record<string, unknown>[];
  /** Line of each expected message in the trace file. */
  lines: (number | undefined)[];
  session: QmpSession;
}

export interface DriveOptions {
  /** Milliseconds to wait for each expected server message. Default 10 s. */
  timeout?: number;
  /** Close the session at the end (default true). */
  close?: boolean;
}

export async function driveTrace(trace: Trace, target: Endpoint | string, opts: DriveOptions = {}): Promise<DriveResult> {
  const received: Record<string, unknown>[] = [];
  // The handshake (the greeting, and what came before it; then the
  // capabilities answer) is not part of the comparison; whatever comes after
  // it, even in the same read, is.
  let handshake: 'greeting' | 'answer' | 'done' = 'greeting';
  let wake: (() => void) | undefined;
  const session = await QmpSession.connect(target, {
    tap: (dir, text, msg) => {
      if (dir !== 's2c') return;
      if (handshake !== 'done') {
        const m = msg as Record<string, unknown> | undefined;
        if (handshake === 'greeting' && m !== undefined && 'QMP' in m) handshake = 'answer';
        else if (handshake === 'answer' && m !== undefined && ('return' in m || 'error' in m)) handshake = 'done';
        return;
      }
      // Copy before the session decorates events with `seq`. A line that was
      // not JSON is kept as the trace keeps it ({ raw }); JSON.stringify of
      // undefined would make JSON.parse throw inside the session.
      received.push(msg === undefined ? { raw: text } : (JSON.parse(JSON.stringify(msg)) as Record<string, unknown>));
      const w = wake;
      wake = undefined;
      w?.();
    },
  });
  // Once the session is closed no message can come: stop waiting at once.
  session.on('close', () => {
    const w = wake;
    wake = undefined;
    w?.();
  });
  const timeout = opts.timeout ?? 10_000;
  const waitFor = async (n: number): Promise<void> => {
    const deadline = Date.now() + timeout;
    while (received.length < n) {
      if (session.closed) return;
      const left = deadline - Date.now();
      if (left <= 0) return;
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        wake = () => {
          clearTimeout(t);
          r();
        };
      });
    }
  };

  const expected: Record<string, unknown>[] = [];
  const lines: (number | undefined)[] = [];
  const idMap = new Map<string, number>();
  const entries = trace.entries;
  // Skip the greeting and the capabilities exchange: the session did them.
  let i = 0;
  while (i < entries.length && entries[i]!.dir === 's2c' && entries[i]!.msg && 'QMP' in entries[i]!.msg!) i++;
  if (entries[i]?.dir === 'c2s' && entries[i]!.msg?.execute === 'qmp_capabilities') {
    i++;
    while (i < entries.length && entries[i]!.dir === 's2c' && entries[i]!.msg && ('return' in entries[i]!.msg! || 'error' in entries[i]!.msg!)) {
      i++;
      break;
    }
  }
  const pending: Promise<unknown>[] = [];
  let nextClientId = -1;
  for (; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.dir === 's2c') {
      let m = e.msg ?? { raw: e.raw };
      if ('id' in m && ('return' in m || 'error' in m)) {
        const mapped = idMap.get(JSON.stringify(m.id));
        if (mapped !== undefined) m = { ...m, id: mapped };
      }
      expected.push(m);
      lines.push(e.line);
      continue;
    }
    await waitFor(expected.length);
    if (session.closed) break;
    const m = e.msg;
    if (!m || typeof m.execute !== 'string') continue; // raw or malformed lines cannot be sent through a session
    nextClientId = session.nextCommandId;
    if ('id' in m) idMap.set(JSON.stringify(m.id), nextClientId);
    // The recorded arguments with their 64-bit integers exact (execute writes bigints as such).
    const args = (e.exact ?? m).arguments as Record<string, unknown> | undefined;
    const p = session.execute(m.execute, args).catch((err: unknown) => err);
    pending.push(p);
  }
  await waitFor(expected.length);
  await Promise.race([Promise.allSettled(pending), new Promise((r) => setTimeout(r, 100))]);
  if (opts.close !== false) await session.close();
  return { received, expected, lines, session };
}

/** Keys whose values depend on time or on the run (allowed to differ). */
export const VOLATILE_KEYS = ['timestamp'];

/**
 * Compare what a driven server sent with the recording. Returns a list of
 * readable differences (empty when equal), ignoring the given keys at any depth.
 */
export function diffDriveResult(r: DriveResult, ignore: string[] = VOLATILE_KEYS, file = 'trace'): string[] {
  const keys = new Set(ignore);
  const out: string[] = [];
  const n = Math.max(r.received.length, r.expected.length);
  for (let k = 0; k < n; k++) {
    const exp = r.expected[k];
    const got = r.received[k];
    const where = `${file}:${r.lines[k] ?? '?'}`;
    if (exp === undefined) {
      out.push(`${file}: unexpected extra message ${JSON.stringify(got).slice(0, 160)}`);
      continue;
    }
    if (got === undefined) {
      out.push(`${where}: missing ${JSON.stringify(exp).slice(0, 160)}`);
      continue;
    }
    const d = jsonDiff(withoutKeys(exp, keys), withoutKeys(got, keys));
    if (d.length) out.push(`${where}: ${d.join('; ')}`);
  }
  return out;
}
