/**
 * The trace recording script's machinery against real QEMU: a scenario is
 * recorded with a verified header, its offline checks catch a wrong chain
 * and changed data, and a recorded trace replays against a fresh QEMU.
 * Also the trace analysis (pure, no QEMU).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { readTrace, parseTrace } from '../../lib/trace/format.js';
import { recordScenario } from '../../scripts/traces/runner.js';
import { checkScenario, compareServerMessages } from '../../scripts/traces/check.js';
import { commandSequence, eventSequence, finalJobEvent, jobStatusSequence, sourceFromGreeting } from '../../scripts/traces/analyse.js';
import { pullCancel } from '../../scripts/traces/scenarios/pull.js';
import { allScenarios } from '../../scripts/traces/scenarios/index.js';
import type { Scenario } from '../../scripts/traces/scenario.js';
import { fileURLToPath } from 'node:url';
import { QmpSession } from '../../lib/qmp/session.js';
import { QemuProcess, liveQemuCount } from '../../lib/qemu/index.js';
import { useQemuSandbox } from '../helpers/qemu.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('record-traces against real QEMU', function () {
  this.timeout(60_000);
  const tmp = useQemuSandbox();

  it('records a scenario: greeting first, quit last, header verified with the final chain and data', async function () {
    const out = path.join(tmp(), 'out');
    const r = await recordScenario(pullCancel, { outDir: out, imageRoot: tmp() });
    expect(r.failures).to.deep.equal([]);
    expect(r.verified).to.equal(true);
    const trace = readTrace(r.file);
    const h = trace.header;
    expect(h.qmpTrace).to.equal(1);
    expect(h.scenario).to.equal('pull-cancel');
    expect(h.source).to.match(/^qemu-system-x86_64 \d+\.\d+\.\d+$/);
    const ex = h.expect as Record<string, unknown>;
    expect(ex.verified).to.equal(true);
    expect(ex.finalChain).to.deep.equal(['top.qcow2', 'mid.qcow2', 'base.qcow2']);
    expect((ex.dataCheck as { result: string }).result).to.equal('identical');
    expect((ex.finalJobEvent as { event: string }).event).to.equal('BLOCK_JOB_CANCELLED');
    expect(ex.jobStatusSequence).to.deep.equal(['created', 'running', 'aborting', 'concluded', 'null']);
    expect(trace.entries[0]!.msg).to.have.property('QMP');
    expect(trace.entries[1]!.msg).to.deep.include({ execute: 'qmp_capabilities' });
    const lastCommand = trace.entries.filter((e) => e.dir === 'c2s').at(-1)!;
    expect(lastCommand.msg?.execute).to.equal('quit');
    expect((ex.eventSequence as string[]).at(-1)).to.equal('SHUTDOWN');
    // Verified recordings leave no images behind.
    expect(fs.existsSync(path.join(tmp(), 'pull-cancel'))).to.equal(false);

    // The same commands against a fresh QEMU give the same answers and events.
    expect(await checkScenario(pullCancel, r.file, tmp())).to.deep.equal([]);
  });

  it('marks a recording unverified when the chain or the data is not as the scenario expects', async function () {
    const wrong: Scenario = {
      name: 'wrong',
      description: 'writes guest data through the monitor, then claims nothing changed and that the chain was flattened',
      libvirt: 'none',
      disk: 'drive',
      async run(ctx) {
        await ctx.exec('human-monitor-command', { 'command-line': 'qemu-io drive0 "write -P 0x77 0 65536"' });
      },
      final: [{ disk: 'drive0', active: 'top.qcow2', chain: ['top.qcow2'] }],
    };
    const r = await recordScenario(wrong, { outDir: tmp(), imageRoot: tmp() });
    expect(r.verified).to.equal(false);
    expect(r.failures.join('\n')).to.contain('final chain base.qcow2 <- mid.qcow2 <- top.qcow2 but expected top.qcow2');
    expect(r.failures.join('\n')).to.match(/top\.qcow2 differs from original\.raw: .*mismatch at offset 0/i);
    const h = readTrace(r.file).header;
    expect((h.expect as { verified: boolean }).verified).to.equal(false);
    // Images are kept for inspection after a failure.
    expect(fs.existsSync(path.join(tmp(), 'wrong', 'top.qcow2'))).to.equal(true);
  });

  it('reports a scenario that throws as a failure, and still leaves a readable trace and no QEMU', async function () {
    const broken: Scenario = {
      name: 'broken',
      description: 'sends a command QEMU refuses, without expecting it',
      libvirt: 'none',
      disk: 'blockdev',
      async run(ctx) {
        await ctx.exec('block-stream', { device: 'nosuchnode' });
      },
      final: [{ disk: 'libvirt-1-format', active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2', 'base.qcow2'] }],
    };
    const r = await recordScenario(broken, { outDir: tmp(), imageRoot: tmp() });
    expect(r.verified).to.equal(false);
    expect(r.failures[0]).to.contain("scenario failed: block-stream: GenericError: Cannot find device='nosuchnode'");
    expect(readTrace(r.file).entries.length).to.be.greaterThan(3);
    expect(liveQemuCount()).to.equal(0);
  });

  // Fast ones only (about 2 s together); `npm run record-traces -- --check` does them all.
  for (const name of ['errors-no-job', 'errors-busy', 'pull-io-error', 'quit-during-job', 'snapshot-transaction']) {
    it(`the committed trace ${name}.jsonl still reproduces on this QEMU`, async function () {
      const file = path.join(repoRoot, 'qmp-traces', `${name}.jsonl`);
      const trace = readTrace(file);
      const sc = allScenarios.find((s) => s.name === name)!;
      const q = await QemuProcess.start();
      const s = await QmpSession.connect({ path: q.socketPath });
      const v = s.greeting!.version.qemu;
      await q.stop({ session: s });
      // Another QEMU version may word its errors differently: that is not a regression.
      if (trace.header.source !== `qemu-system-x86_64 ${v.major}.${v.minor}.${v.micro}`) this.skip();
      expect(await checkScenario(sc, file)).to.deep.equal([]);
    });
  }

  it('has unique scenario names', function () {
    const names = allScenarios.map((s) => s.name);
    expect(new Set(names).size).to.equal(names.length);
  });
});

describe('trace analysis for headers (scripts/traces/analyse.ts)', function () {
  const lines = [
    { qmpTrace: 1, source: 'x', scenario: 's', description: 'd' },
    { t: 0, dir: 's2c', msg: { QMP: { version: { qemu: { major: 7, minor: 2, micro: 22 }, package: '' }, capabilities: [] } } },
    { t: 1, dir: 'c2s', msg: { execute: 'block-stream', arguments: { device: 'drive0' }, id: 2 } },
    { t: 2, dir: 's2c', msg: { event: 'JOB_STATUS_CHANGE', data: { id: 'drive0', status: 'created' } } },
    { t: 3, dir: 's2c', msg: { return: {}, id: 2 } },
    { t: 4, dir: 'c2s', msg: { execute: 'query-block-jobs', id: 3 } },
    { t: 4, dir: 'c2s', msg: { execute: 'block-job-cancel', arguments: { device: 'drive0' }, id: 4 } },
    { t: 5, dir: 's2c', msg: { return: [], id: 3 } },
    { t: 6, dir: 's2c', msg: { event: 'BLOCK_JOB_CANCELLED', data: { device: 'drive0', len: 10, offset: 1, speed: 0, type: 'stream' } } },
    { t: 7, dir: 's2c', msg: { error: { class: 'GenericError', desc: 'x' }, id: 4 } },
    { t: 8, dir: 's2c', msg: { event: 'JOB_STATUS_CHANGE', data: { id: 'drive0', status: 'null' } } },
    { t: 9, dir: 'c2s', msg: { execute: 'quit', id: 5 } },
    { t: 9, dir: 's2c', msg: { event: 'SHUTDOWN', data: {} } },
  ];
  const trace = parseTrace(lines.map((l) => JSON.stringify(l)).join('\n'));

  it('tokenises events, statuses and the final job event', function () {
    expect(eventSequence(trace)).to.deep.equal(['JOB_STATUS_CHANGE:drive0:created', 'BLOCK_JOB_CANCELLED:drive0', 'JOB_STATUS_CHANGE:drive0:null', 'SHUTDOWN']);
    expect(jobStatusSequence(trace, 'drive0')).to.deep.equal(['created', 'null']);
    expect(finalJobEvent(trace, 'drive0')).to.deep.equal({ event: 'BLOCK_JOB_CANCELLED', device: 'drive0', len: 10, offset: 1, speed: 0, type: 'stream', error: null });
    expect(finalJobEvent(trace, 'other')).to.equal(null);
    expect(sourceFromGreeting(trace)).to.equal('qemu-system-x86_64 7.2.22');
  });

  it('follows one command: events and its own answer, other answers left out, up to the next command after it', function () {
    expect(commandSequence(trace, 2)).to.deep.equal(['JOB_STATUS_CHANGE:drive0:created', 'return#2']);
    expect(commandSequence(trace, 4)).to.deep.equal(['BLOCK_JOB_CANCELLED:drive0', 'error#4:GenericError', 'JOB_STATUS_CHANGE:drive0:null']);
    expect(commandSequence(trace, 99)).to.deep.equal([]);
  });

  it('compares replayed server messages by answer id and event order, not by their interleaving', function () {
    const ev = (status: string, ts: number) => ({ event: 'JOB_STATUS_CHANGE', data: { id: 'd', status }, timestamp: { seconds: ts, microseconds: 0 } });
    const expected = [ev('aborting', 1), { return: {}, id: 5 }, ev('null', 2)];
    const swapped = [{ return: {}, id: 5 }, ev('aborting', 7), ev('null', 8)];
    expect(compareServerMessages(expected, swapped, 'f')).to.deep.equal([]);
    const differs = [{ return: { x: 1 }, id: 5 }, ev('null', 7)];
    const diffs = compareServerMessages(expected, differs, 'f');
    expect(diffs).to.have.length(3);
    expect(diffs[0]).to.contain('answer to id 5');
    expect(diffs[1]).to.contain('event #1');
  });
});
