/**
 * `npm run record-traces [-- [--out DIR] [--keep-images] [--list] [--check] [SCENARIO...]]`:
 * records the scenarios (all by default) against a real QEMU into
 * qmp-traces/<scenario>.jsonl, each verified offline with qemu-img.
 * With `--check`, records nothing: drives a fresh QEMU with each recorded
 * trace's commands and reports where its answers differ (timing aside).
 * Exits 1 when a scenario fails, does not verify, or (with --check) differs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingQemuTools } from '../lib/qemu/index.js';
import { recordScenario } from './traces/runner.js';
import { checkScenario } from './traces/check.js';
import { allScenarios } from './traces/scenarios/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: string[]): Promise<number> {
  let outDir = path.join(root, 'qmp-traces');
  let keepImages = false;
  let check = false;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') outDir = path.resolve(argv[++i] ?? '.');
    else if (a === '--keep-images') keepImages = true;
    else if (a === '--check') check = true;
    else if (a === '--list') {
      for (const s of allScenarios) process.stdout.write(`${s.name}\n`);
      return 0;
    } else if (a.startsWith('-')) {
      process.stderr.write(`error: unknown option ${a}\n`);
      return 1;
    } else names.push(a);
  }
  const missing = missingQemuTools();
  if (missing.length) {
    process.stderr.write(`error: ${missing.join(', ')} not found; install qemu-system-x86 and qemu-utils\n`);
    return 1;
  }
  const unknown = names.filter((n) => !allScenarios.some((s) => s.name === n));
  if (unknown.length) {
    process.stderr.write(`error: unknown scenario ${unknown.join(', ')} (see --list)\n`);
    return 1;
  }
  const chosen = names.length ? allScenarios.filter((s) => names.includes(s.name)) : allScenarios;
  let failed = 0;
  for (const sc of chosen) {
    const t0 = Date.now();
    if (check) {
      const file = path.join(outDir, `${sc.name}.jsonl`);
      const diffs = await checkScenario(sc, file);
      process.stdout.write(`${diffs.length ? 'DIFF' : 'same'} ${sc.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
      for (const d of diffs) process.stdout.write(`     ${d}\n`);
      if (diffs.length) failed++;
      continue;
    }
    const r = await recordScenario(sc, { outDir, keepImages });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    process.stdout.write(`${r.verified ? 'ok  ' : 'FAIL'} ${sc.name} (${r.messages} messages, ${secs} s) -> ${path.relative(process.cwd(), r.file)}\n`);
    for (const f of r.failures) process.stdout.write(`     ${f}\n`);
    if (!r.verified) failed++;
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
