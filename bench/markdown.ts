/**
 * Print the tables of a `npm run bench -- --json FILE` result as Markdown,
 * for BENCHMARKS.md: `node --import tsx bench/markdown.ts FILE`.
 */
import fs from 'node:fs';
import { pairRange, type BenchResult } from './result.js';

const file = process.argv[2];
if (!file) throw new Error('usage: markdown.ts RESULT.json');
const r = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult;

function num(x: number, unit: string): string {
  if (Number.isNaN(x)) return 'n/a';
  const digits = Math.abs(x) >= 1000 ? 0 : Math.abs(x) >= 100 ? 1 : 2;
  const s = x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit && unit !== '/s' ? `${s} ${unit}` : s;
}

const out: string[] = [];
out.push(`${r.machine.nproc} CPUs, ${r.machine.cpu}, ${r.machine.memGiB} GiB, ${r.machine.platform}, node ${r.machine.node}; ${r.date}, ${r.rounds} rounds, ${Math.round(r.seconds)} s; ${r.pinning}`);
out.push('');
out.push('| case | metric | A | B | B vs A | pairs |');
out.push('|---|---|---:|---:|---:|---:|');
let last = '';
for (const row of r.rows) {
  out.push(`| ${row.case === last ? '' : row.case} | ${row.metric}${row.unit === '/s' ? ' (/s)' : ''} | ${num(row.naive, row.unit)} | ${num(row.qmpblock, row.unit)} | ${row.ratio.toFixed(2)}× | ${pairRange(row)} |`);
  last = row.case;
}
out.push('');
out.push('| case | metric | value |');
out.push('|---|---|---:|');
last = '';
for (const e of r.extras) {
  out.push(`| ${e.case === last ? '' : e.case} | ${e.metric} | ${num(e.value, e.unit)}${e.unit === '/s' ? '/s' : ''} |`);
  last = e.case;
}
out.push('');
out.push('| target | measured | met |');
out.push('|---|---|---|');
for (const t of r.targets) out.push(`| ${t.target} | ${t.value} | ${t.ok === undefined ? '?' : t.ok ? 'yes' : 'no'} |`);
for (const n of r.notes) out.push(`\nnote: ${n}`);
process.stdout.write(out.join('\n') + '\n');
