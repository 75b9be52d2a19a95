/**
 * The manager driven by QEMU's side of the shared QEMU 7.2 traces
 * (../shared/qmp-traces-qemu72, recorded by an independent client): the
 * commands the manager sends where the recording has them must equal the
 * recorded ones (ours add only auto-finalize/auto-dismiss, as modern libvirt
 * does), and the manager must end with the recorded outcome, one event, and
 * the recorded final chain.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { BlockJobManager, type BlockJobEvent } from '../../lib/jobs/index.js';
import { TraceMonitor } from './helpers/trace-monitor.js';
import { flush } from './helpers/fake-qemu.js';

const DIR = path.resolve('..', 'shared', 'qmp-traces-qemu72');

function withoutAuto(args: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!args) return args;
  const { 'auto-finalize': _f, 'auto-dismiss': _d, ...rest } = args;
  return rest;
}

/**
 * Some recordings never ask query-block before the job; QEMU's answer then is
 * pull-full's first one (the same standard chain) with the scenario's folder.
 */
function initialBlock(trace: string): (command: string) => unknown {
  const first = fs.readFileSync(path.join(DIR, 'pull-full.jsonl'), 'utf8').split('\n').find((l) => l.includes('"return": [{"device": "drive0"'));
  const answer = JSON.parse(first!.replaceAll('/pull-full/', `/${trace}/`)).msg.return as unknown;
  return (command) => {
    if (command === 'query-block') return answer;
    if (command.startsWith('query-')) return [];
    throw new Error(`not in the recording: ${command}`);
  };
}

interface Case {
  trace: string;
  run(m: BlockJobManager, t: TraceMonitor): Promise<void>;
  status: BlockJobEvent['status'];
  /** false when the recording never reads the chain after the job */
  chainRecorded?: boolean;
}

const cases: Case[] = [
  {
    trace: 'pull-full',
    run: (m) => m.blockPull('drive0', 8),
    status: 'COMPLETED',
  },
  {
    trace: 'rebase-to-base',
    run: (m) => m.blockRebase('drive0', 'drive0[3]', 8),
    status: 'COMPLETED',
  },
  {
    trace: 'pull-cancel',
    run: async (m) => {
      await m.blockPull('drive0', 4);
      await m.blockJobAbort('drive0');
    },
    status: 'CANCELED',
  },
  {
    trace: 'set-speed',
    run: async (m) => {
      await m.blockPull('drive0', 2);
      await m.blockJobSetSpeed('drive0', 16);
      await m.blockJobSetSpeed('drive0', 1);
      await m.blockJobSetSpeed('drive0', 0);
    },
    status: 'COMPLETED',
    chainRecorded: false,
  },
];

describe('jobs: replay of the shared QEMU 7.2 traces', function () {
  before(function () {
    if (!fs.existsSync(DIR)) this.skip();
  });

  for (const c of cases) {
    it(`${c.trace}: recorded commands, ${c.status}, recorded final chain`, async () => {
      const t = new TraceMonitor(path.join(DIR, `${c.trace}.jsonl`), initialBlock(c.trace));
      const events: BlockJobEvent[] = [];
      const m = await BlockJobManager.attach(t, { onEvent: (e) => events.push(e) });
      const disk = m.getDisk('drive0');
      expect(disk.chain.map((i) => path.basename(i.filename))).to.deep.equal(['top.qcow2', 'mid.qcow2', 'base.qcow2']);
      await c.run(m, t);
      t.drain();
      await flush();
      // Every recorded command we sent, with the recorded arguments.
      for (const x of t.matched) {
        if (x.command.startsWith('block-')) expect(withoutAuto(x.sent), `${c.trace}:${x.line}`).to.deep.equal(x.recorded);
      }
      expect(t.matched.map((x) => x.command)).to.include('block-stream');
      if (c.trace === 'set-speed') {
        expect(t.matched.filter((x) => x.command === 'block-job-set-speed').map((x) => x.sent)).to.deep.equal([
          { device: 'drive0', speed: 16777216 }, { device: 'drive0', speed: 1048576 }, { device: 'drive0', speed: 0 },
        ]);
      }
      expect(events.map((e) => [e.disk, e.type, e.status])).to.deep.equal([['drive0', 'pull', c.status]]);
      const expectHdr = t.header.expect as { finalChain: string[] };
      if (c.chainRecorded !== false) expect(m.getDisk('drive0').chain.map((i) => path.basename(i.filename))).to.deep.equal(expectHdr.finalChain);
      expect(await m.getBlockJobInfo('drive0')).to.equal(null);
    });
  }
});
