/**
 * The fixed-seed slice of the protocol fuzzer that runs in `npm test` (a few
 * seconds). The long campaign is `npm run fuzz` (spec/fuzz/run.ts); both use
 * the same property code (harness.ts, targets.ts). A failure prints the
 * seed, the path and the shrunk case, to be replayed with `npm run fuzz --
 * --seed S --path P`.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { caseArb, loadScripts, runCase, sessionProperty, traceFiles, isClean, type CaseResult, type CaseSpec } from './harness.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientTexts, loadTraces, recorderProperty, recorderSessionProperty, replayCaseArb, runReplayCase, splitterProperty, traceReaderProperty, traceTexts } from './targets.js';

const files = traceFiles();
const scripts = loadScripts(files);
const traces = loadTraces(files);

const unhandled: unknown[] = [];
const onUnhandled = (r: unknown): void => {
  unhandled.push(r);
};

describe('protocol fuzzing (fixed-seed slice)', function () {
  this.timeout(60_000);
  before(() => process.on('unhandledRejection', onUnhandled));
  after(() => process.off('unhandledRejection', onUnhandled));
  afterEach(() => expect(unhandled, 'unhandled rejections').to.deep.equal([]));

  it('has the recorded traces to mutate', function () {
    expect(files.filter((f) => f.includes('qmp-traces-qemu72')).length).to.be.at.least(8);
    for (const s of scripts) expect(s.commands[0]?.execute, s.name).to.equal('qmp_capabilities');
  });

  it('a QmpSession survives mutated server streams over an in-memory pair (400 cases)', async function () {
    const seen: { c: CaseSpec; r: CaseResult }[] = [];
    await fc.assert(sessionProperty(scripts, {}, (c, r) => seen.push({ c, r })), { seed: 20261126, numRuns: 400 });
    // The mutations did reach the session: it met every kind of ending.
    const kinds = new Set(seen.map((x) => x.r.outcome.closeCause));
    expect([...kinds]).to.include.members(['eof', 'QMP_ERR_PROTOCOL', 'QMP_ERR_DISCONNECTED']);
    expect(seen.filter((x) => x.r.outcome.handshake !== 'ok').length).to.be.greaterThan(10);
    // ... and unmutated replays came back exactly as recorded.
    expect(seen.filter((x) => isClean(x.c) && x.r.outcome.resolved > 5).length).to.be.greaterThan(10);
  });

  it('a QmpSession survives mutated server streams over a unix socket (25 cases)', async function () {
    await fc.assert(sessionProperty(scripts, { unix: 1 }), { seed: 4242, numRuns: 25 });
  });

  it('a clean replay split into single bytes gives every recorded answer', async function () {
    const c = fc.sample(caseArb(), { seed: 1, numRuns: 1 })[0]!;
    for (let trace = 0; trace < scripts.length; trace++) {
      const clean: CaseSpec = {
        ...c,
        trace,
        lineOps: [],
        byteOps: [],
        split: { mode: 'bytes' },
        truncate: null,
        end: 'end',
        transport: 'pair',
        maxMessageBytes: 1 << 20,
        drive: { waits: [true], timeouts: true, aborts: [], serialize: false, maxInFlight: null },
        final: 'close',
      };
      const r = await runCase(scripts, clean);
      expect(r.failures, scripts[trace]!.name).to.deep.equal([]);
      expect(r.outcome.handshake).to.equal('ok');
      expect(r.outcome.resolved + r.outcome.rejected, scripts[trace]!.name).to.equal(scripts[trace]!.commands.length - 1);
    }
  });

  it('the server-side splitter reads any cut of any command stream the same, and garbage only as a protocol error', function () {
    fc.assert(splitterProperty(clientTexts(traces)), { seed: 7, numRuns: 1000 });
  });

  it('the trace reader reads a mutated trace or refuses it with TraceFormatError', function () {
    fc.assert(traceReaderProperty(traceTexts(files)), { seed: 8, numRuns: 1000 });
  });

  it('the recorder writes whatever crosses the wire so that it reads back as it was (100 cases)', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-recfuzz-'));
    try {
      await fc.assert(recorderProperty(dir), { seed: 10, numRuns: 100 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a recorder on a session writes every chunk it takes whole so that it reads back as it was (300 cases)', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-recsess-'));
    try {
      await fc.assert(recorderSessionProperty(dir), { seed: 12, numRuns: 300 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the replayer survives mutated client streams (30 cases)', async function () {
    await fc.assert(
      fc.asyncProperty(replayCaseArb, async (c) => {
        const f = await runReplayCase(traces, c);
        if (f.length) throw new Error(f.join('\n'));
      }),
      { seed: 9, numRuns: 30 },
    );
  });
});
