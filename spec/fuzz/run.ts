/**
 * The long fuzz campaign: `npm run fuzz [-- --cases N --seed S --unix F --batch B]`.
 *
 * Runs the session property (harness.ts) in batches of B cases, each batch
 * with its own seed (S, S+1, ...), in this one process over in-memory pairs
 * (a share F over unix sockets), plus the splitter, trace reader, recorder (alone and on a session) and replayer
 * targets (targets.ts) in proportion. A failing batch is shrunk and reported
 * with its seed and path (replay it with `--seed S --path P --cases 1`), and
 * the campaign goes on with the next batch. Heap use (after a forced GC) is
 * sampled after every batch: it must not grow with the number of cases.
 *
 * Prints a summary and exits 1 when anything failed.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { loadScripts, sessionProperty, traceFiles, type CaseResult, type CaseSpec } from './harness.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientTexts, loadTraces, recorderProperty, recorderSessionProperty, replayCaseArb, runReplayCase, splitterProperty, traceReaderProperty, traceTexts } from './targets.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : def;
}

const totalCases = Number(arg('cases', '100000'));
const seed0 = Number(arg('seed', String(Date.now() % 1_000_000_007)));
const unixShare = Number(arg('unix', '0.02'));
const batch = Number(arg('batch', '5000'));
const replayPath = arg('path', '');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMiB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

const files = traceFiles();
const scripts = loadScripts(files);
const traces = loadTraces(files);

let unhandled = 0;
let uncaught = 0;
process.on('unhandledRejection', (r) => {
  unhandled++;
  console.error('unhandled rejection:', r);
});
process.on('uncaughtException', (e) => {
  uncaught++;
  console.error('uncaught exception:', e);
});

interface Failure {
  target: string;
  seed: number;
  path: string | null;
  counterexample: string;
  error: string;
}
const failures: Failure[] = [];
const stats = { session: 0, splitter: 0, traceReader: 0, recorder: 0, recorderSession: 0, replayer: 0 };
const recDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-fuzz-rec-'));
const outcomes = new Map<string, number>();
const t0 = Date.now();

interface Details {
  failed: boolean;
  seed: number;
  counterexamplePath: string | null;
  counterexample: unknown;
  errorInstance: unknown;
}

function record(target: string, details: Details): void {
  if (!details.failed) return;
  failures.push({
    target,
    seed: details.seed,
    path: details.counterexamplePath,
    counterexample: JSON.stringify(details.counterexample).slice(0, 4000),
    error: String((details.errorInstance as Error)?.message ?? details.errorInstance).slice(0, 2000),
  });
  console.log(`FAILURE in ${target}: seed ${details.seed} path ${details.counterexamplePath}\n  ${String((details.errorInstance as Error)?.message ?? details.errorInstance).split('\n').join('\n  ')}`);
}

const onCase = (_c: CaseSpec, r: CaseResult): void => {
  stats.session++;
  const k = `handshake=${r.outcome.handshake} close=${r.outcome.closeCause}`;
  outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
};

console.log(`qmpblock fuzz campaign: ${totalCases} session cases in batches of ${batch}, seed ${seed0}, ${scripts.length} traces, unix share ${unixShare}`);
const heap: number[] = [];
let b = 0;
for (let done = 0; done < totalCases; b++) {
  const n = Math.min(batch, totalCases - done);
  const seed = seed0 + b;
  const params: fc.Parameters<[CaseSpec]> = { seed, numRuns: n, ...(replayPath ? { path: replayPath } : {}) };
  const before = stats.session;
  const details = await fc.check(sessionProperty(scripts, { unix: unixShare }, onCase), params);
  record('session', details);
  done += Math.max(1, n);
  // Smaller targets, in proportion.
  const small = Math.max(1, Math.round(n / 10));
  let k = 0;
  record('splitter', fc.check(splitterProperty(clientTexts(traces)), { seed, numRuns: small }));
  stats.splitter += small;
  record('trace-reader', fc.check(traceReaderProperty(traceTexts(files)), { seed, numRuns: small }));
  stats.traceReader += small;
  const recs = Math.max(1, Math.round(n / 50));
  record('recorder', await fc.check(recorderProperty(recDir), { seed, numRuns: recs }));
  stats.recorder += recs;
  record('recorder-session', await fc.check(recorderSessionProperty(recDir), { seed, numRuns: recs }));
  stats.recorderSession += recs;
  const replays = Math.max(1, Math.round(n / 100));
  record(
    'replayer',
    (await fc.check(
      fc.asyncProperty(replayCaseArb, async (c) => {
        k++;
        const f = await runReplayCase(traces, c);
        if (f.length) throw new Error(f.join('\n'));
      }),
      { seed, numRuns: replays },
    )),
  );
  stats.replayer += k;
  heap.push(heapMiB());
  const secs = (Date.now() - t0) / 1000;
  console.log(
    `batch ${b} seed ${seed}: ${stats.session - before} session cases (${stats.session} in all, ${Math.round(stats.session / secs)}/s), heap ${heap[heap.length - 1]!.toFixed(1)} MiB, failures ${failures.length}`,
  );
  if (replayPath) break;
}

const secs = (Date.now() - t0) / 1000;
// Heap growth: the last sample against the first (the first batch warms up caches).
const growth = heap.length > 1 ? heap[heap.length - 1]! - heap[0]! : 0;
const heapBounded = growth < 32;
console.log('\n=== fuzz campaign summary ===');
console.log(`seed ${seed0} (batches use ${seed0}..${seed0 + b - 1}), ${secs.toFixed(1)} s`);
console.log(`session cases: ${stats.session} (${Math.round(stats.session / secs)}/s)`);
console.log(`splitter cases: ${stats.splitter}, trace-reader cases: ${stats.traceReader}, recorder cases: ${stats.recorder}, recorder-on-a-session cases: ${stats.recorderSession}, replayer cases: ${stats.replayer}`);
console.log(`cases in all: ${stats.session + stats.splitter + stats.traceReader + stats.recorder + stats.recorderSession + stats.replayer}`);
fs.rmSync(recDir, { recursive: true, force: true });
console.log(`failures: ${failures.length}; unhandled rejections: ${unhandled}; uncaught exceptions: ${uncaught}`);
console.log(`heap after GC: first batch ${heap[0]?.toFixed(1)} MiB, last ${heap[heap.length - 1]?.toFixed(1)} MiB, max ${Math.max(...heap).toFixed(1)} MiB (${heapBounded ? 'bounded' : 'GROWING'})`);
console.log('session outcomes:');
for (const [k, v] of [...outcomes].sort((x, y) => y[1] - x[1])) console.log(`  ${String(v).padStart(7)}  ${k}`);
for (const f of failures) console.log(`\nFAILURE ${f.target} seed ${f.seed} path ${f.path}\n  ${f.error}\n  case: ${f.counterexample}`);
process.exitCode = failures.length || unhandled || uncaught || !heapBounded ? 1 : 0;
