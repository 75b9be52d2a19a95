/**
 * Checks that a recorded scenario is reproducible: a fresh QEMU, set up
 * exactly as for the recording (same image folder, same disks), is driven
 * with the trace's commands in the recorded order, and what it sends back is
 * compared with the recording.
 *
 * Compared: each command's answer (matched by id), and the events in their
 * order. Not compared: where events fall relative to answers (QEMU orders a
 * job's events and a command's return by timing; qmp-block-jobs.md §6),
 * values that depend on timing (TIMING_KEYS), and the counter in a legacy
 * drive's auto-generated node names (`#block123`).
 */
import fs from 'node:fs';
import stringify from 'fast-json-stable-stringify';
import { QemuProcess } from '../../lib/qemu/index.js';
import { readTrace } from '../../lib/trace/format.js';
import { driveTrace } from '../../lib/trace/driver.js';
import { jsonDiff, withoutKeys } from '../../lib/trace/compare.js';
import type { Scenario } from './scenario.js';
import { TRACE_IMAGE_ROOT, setUpScenario } from './runner.js';

/**
 * Keys whose values depend on when a message was sent, not on what was
 * done: event timestamps, job progress (an active commit's or a mirror's
 * `len` is what is left to copy), and image allocation that grows while a
 * job copies.
 */
export const TIMING_KEYS = ['timestamp', 'offset', 'len', 'current-progress', 'total-progress', 'actual-size', 'busy'];

type Msg = Record<string, unknown>;

/** Replace `#block123` by `#block` anywhere in a message. */
function normaliseNodeNames(m: unknown): unknown {
  return JSON.parse(JSON.stringify(m).replace(/"#block\d+"/g, '"#block"'));
}

function canonical(m: Msg): Msg {
  return withoutKeys(normaliseNodeNames(m), new Set(TIMING_KEYS)) as Msg;
}

/** Differences between recorded and received server messages, as readable lines. */
export function compareServerMessages(expected: Msg[], received: Msg[], file: string): string[] {
  const out: string[] = [];
  const answers = (l: Msg[]): Map<string, Msg> => new Map(l.filter((m) => 'id' in m && ('return' in m || 'error' in m)).map((m) => [stringify(m.id), m]));
  const events = (l: Msg[]): Msg[] => l.filter((m) => typeof m.event === 'string');
  const expA = answers(expected);
  const gotA = answers(received);
  for (const [id, e] of expA) {
    const g = gotA.get(id);
    if (!g) out.push(`${file}: no answer to command id ${id}`);
    else {
      const d = jsonDiff(canonical(e), canonical(g));
      if (d.length) out.push(`${file}: answer to id ${id}: ${d.join('; ')}`);
    }
  }
  for (const id of gotA.keys()) if (!expA.has(id)) out.push(`${file}: unexpected answer with id ${id}`);
  const expE = events(expected).map(canonical);
  const gotE = events(received).map(canonical);
  const n = Math.max(expE.length, gotE.length);
  for (let i = 0; i < n; i++) {
    const e = expE[i];
    const g = gotE[i];
    if (!e || !g) {
      out.push(`${file}: event #${i + 1}: expected ${e ? stringify(e) : 'nothing'}, got ${g ? stringify(g) : 'nothing'}`);
      continue;
    }
    const d = jsonDiff(e, g);
    if (d.length) out.push(`${file}: event #${i + 1}: ${d.join('; ')}`);
  }
  return out;
}

export async function checkScenario(sc: Scenario, file: string, imageRoot = TRACE_IMAGE_ROOT): Promise<string[]> {
  const trace = readTrace(file);
  const { env, disks } = await setUpScenario(sc, imageRoot);
  try {
    const qemu = await QemuProcess.start({ disks });
    try {
      const r = await driveTrace(trace, { path: qemu.socketPath }, { timeout: 30_000 });
      r.session.destroy();
      return compareServerMessages(r.expected, r.received, file);
    } finally {
      await qemu.kill();
    }
  } finally {
    fs.rmSync(env.dir, { recursive: true, force: true });
  }
}
