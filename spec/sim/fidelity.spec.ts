/**
 * Differential fidelity: every recorded QEMU 7.2 trace (the project's own in
 * qmp-traces/ and the independent ones in ../shared/qmp-traces-qemu72/) is
 * driven against the simulator and each message compared (see
 * lib/sim/fidelity.ts for what may differ). Prints the fidelity table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { readTrace } from '../../lib/trace/format.js';
import { runFidelity, type FidelityResult } from '../../lib/sim/fidelity.js';

// qmp-traces/: the project's recordings; shared: the independent recorder's;
// spec/sim/traces/: QEMU 7.2 recordings of edge cases made for the simulator.
const DIRS = [path.resolve('qmp-traces'), path.resolve('../shared/qmp-traces-qemu72'), path.resolve('spec/sim/traces')];

function traceFiles(): string[] {
  return DIRS.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(d, f)) : []));
}

describe('sim fidelity against recorded QEMU 7.2 traces', function () {
  const results: Array<FidelityResult & { file: string }> = [];

  after(function () {
    if (results.length === 0) return;
    const rows = results.map((r) => [path.relative(path.resolve('..'), r.file), String(r.compared), String(r.differences.length)]);
    const w = [Math.max(5, ...rows.map((r) => r[0]!.length)), 8, 11];
    const line = (c: string[]): string => `  ${c[0]!.padEnd(w[0]!)}  ${c[1]!.padStart(w[1]!)}  ${c[2]!.padStart(w[2]!)}`;
    const total = results.reduce((n, r) => n + r.compared, 0);
    const diffs = results.reduce((n, r) => n + r.differences.length, 0);
    console.log('\n  Simulator fidelity (messages QEMU sent, compared in order)');
    console.log(line(['trace', 'compared', 'differences']));
    for (const r of rows) console.log(line(r));
    console.log(line(['total', String(total), String(diffs)]));
    const pct = total === 0 ? 100 : (100 * Math.max(0, total - diffs)) / total;
    console.log(`  fidelity: ${pct.toFixed(1)} %\n`);
  });

  const files = traceFiles();
  it('finds traces to compare', function () {
    expect(files.length).to.be.greaterThan(0);
  });

  for (const file of files) {
    it(`matches ${path.basename(path.dirname(file))}/${path.basename(file)}`, async function () {
      const r = await runFidelity(readTrace(file));
      results.push({ ...r, file });
      expect(r.compared).to.be.greaterThan(0);
      expect(r.differences, r.differences.join('\n')).to.deep.equal([]);
    });
  }

  it('reports a difference when QEMU said something else', async function () {
    const trace = readTrace(path.join(DIRS[1]!, 'pull-cancel.jsonl'));
    // Pretend QEMU refused the cancel: the simulator must be caught out.
    const i = trace.entries.findIndex((e) => e.dir === 's2c' && e.msg && (e.msg as { id?: unknown }).id === 8);
    trace.entries[i] = { ...trace.entries[i]!, msg: { id: 8, error: { class: 'GenericError', desc: 'nope' } } };
    const r = await runFidelity(trace);
    expect(r.differences.length).to.be.greaterThan(0);
  });
});
