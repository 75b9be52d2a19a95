/**
 * Benchmarks with no hand-written baseline to run beside: trace replay (7a),
 * chains (6) and jobs (8). Each reports medians over the rounds; the
 * targets that apply are checked here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TargetCheck } from './result.js';

export interface ExtraRow {
  case: string;
  metric: string;
  unit: string;
  value: number;
  digits?: number;
}

export interface ExtrasResult {
  rows: ExtraRow[];
  checks: TargetCheck[];
  notes: string[];
}

export interface ExtrasContext {
  quick: boolean;
  rounds: number;
  only: Set<string> | undefined;
  log: (s: string) => void;
  runChild: (file: string, args: string[], nodeArgs?: string[]) => Promise<string>;
  startProc: (file: string, args: string[], onLine?: (line: string) => void) => Promise<() => void>;
  dir: string;
}

function median(xs: number[]): number {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * A trace of `total` messages: greeting, capabilities, then query-status
 * exchanges with a JOB_STATUS_CHANGE event after every ninth answer.
 * Returns the number of commands after qmp_capabilities.
 */
export function writeReplayTrace(file: string, total: number): number {
  const lines: string[] = [
    JSON.stringify({ qmpTrace: 1, source: 'qmpblock-bench', scenario: 'bench-replay', description: `${total} messages: query-status exchanges and events, for replay throughput` }),
  ];
  let t = 0;
  const add = (dir: 'c2s' | 's2c', msg: unknown): void => {
    t += 0.01;
    lines.push(JSON.stringify({ t: Math.round(t * 1000) / 1000, dir, msg }));
  };
  add('s2c', { QMP: { version: { qemu: { micro: 0, minor: 2, major: 7 }, package: '' }, capabilities: ['oob'] } });
  add('c2s', { execute: 'qmp_capabilities', id: 1 });
  add('s2c', { return: {}, id: 1 });
  let pairs = 0;
  while (lines.length - 1 + 2 <= total) {
    const id = pairs + 2;
    add('c2s', { execute: 'query-status', id });
    add('s2c', { return: { status: 'running', singlestep: false, running: true }, id });
    pairs++;
    if (pairs % 9 === 0 && lines.length - 1 < total) {
      add('s2c', { event: 'JOB_STATUS_CHANGE', data: { status: 'running', id: 'job0' }, timestamp: { seconds: 1764122400, microseconds: pairs } });
    }
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return pairs;
}

async function replay(ctx: ExtrasContext, out: ExtrasResult): Promise<void> {
  const total = ctx.quick ? 30_000 : 100_000;
  const file = path.join(ctx.dir, 'replay.jsonl');
  const pairs = writeReplayTrace(file, total);
  const sock = path.join(ctx.dir, 'replay.sock');
  const results: { complete: boolean; consumed: number; total: number; cpuMs: number }[] = [];
  let wake: (() => void) | undefined;
  const stop = await ctx.startProc('replay-server.ts', [file, sock], (line) => {
    results.push(JSON.parse(line));
    wake?.();
  });
  ctx.log(`7a replay of a ${total.toLocaleString('en-US')}-message trace at speed 0 `);
  const rates: number[] = [];
  const serverCpu: number[] = [];
  const clientCpu: number[] = [];
  let incomplete = 0;
  try {
    for (let r = 0; r < ctx.rounds; r++) {
      const before = results.length;
      const f = JSON.parse(await ctx.runChild('client.ts', ['replay', 'qmpblock', sock, JSON.stringify({ pairs, depth: 64 })], ['--expose-gc'])) as { wallMs: number; cpuMs: number };
      while (results.length === before) await new Promise<void>((res) => (wake = res));
      const res = results[results.length - 1]!;
      if (res.consumed !== res.total) incomplete++;
      rates.push((res.total / f.wallMs) * 1000);
      serverCpu.push((res.cpuMs * 1000) / res.total);
      clientCpu.push((f.cpuMs * 1000) / res.total);
      ctx.log('R');
    }
  } finally {
    stop();
    ctx.log('\n');
  }
  const title = `7a replay, ${total.toLocaleString('en-US')} messages, speed 0`;
  const rate = median(rates);
  out.rows.push({ case: title, metric: 'messages/s (64 commands in flight)', unit: '/s', value: rate, digits: 0 });
  out.rows.push({ case: title, metric: 'replayer CPU per message', unit: 'µs', value: median(serverCpu) });
  out.rows.push({ case: title, metric: 'client CPU per message', unit: 'µs', value: median(clientCpu) });
  if (incomplete) out.notes.push(`replay: ${incomplete} of ${ctx.rounds} rounds did not consume the whole trace`);
  out.checks.push({ target: 'replay >= 100,000 messages/s at speed 0', value: `${Math.round(rate).toLocaleString('en-US')}/s`, ok: rate >= 100_000 && incomplete === 0 });
}

export async function runExtras(ctx: ExtrasContext): Promise<ExtrasResult> {
  const out: ExtrasResult = { rows: [], checks: [], notes: [] };
  const want = (name: string): boolean => !ctx.only || ctx.only.has(name);
  // A part that fails (a module being rewritten, say) is reported, not fatal.
  const guard = async (name: string, fn: () => Promise<void>): Promise<void> => {
    try {
      await fn();
    } catch (err) {
      ctx.log(' failed\n');
      out.notes.push(`FAILED ${name}: ${(err as Error).message}`);
    }
  };
  if (want('replay')) await guard('replay', () => replay(ctx, out));
  if (want('chain') || want('jobs')) {
    await guard('chains and jobs', async () => {
      const { runJobBenches } = await import('./jobs.js');
      if (want('chain')) await guard('chain', () => runJobBenches(ctx, out, { chain: true, jobs: false }));
      if (want('jobs')) await guard('jobs', () => runJobBenches(ctx, out, { chain: false, jobs: true }));
    });
  }
  return out;
}
