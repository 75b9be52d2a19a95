/**
 * The manager driven by QEMU's side of the project's own QEMU 7.2 recordings
 * (qmp-traces/, recorded by scripts/record-traces.ts, a client of its own):
 * where the recording has the commands the manager sends, they must be the
 * recorded ones (libvirt 9.0's: job-id, base-node, backing-file, query-jobs,
 * job-dismiss, blockdev-del of the dropped nodes), and the manager must end
 * with the recorded outcome and one event.
 *
 * These recordings never read the disks before the job; QEMU's answers to
 * the manager's first query-block / query-named-block-nodes are synthesised
 * from the header's `setup` with the fake QEMU's model of the same graph.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { BlockJobManager, type BlockJobEvent } from '../../lib/jobs/index.js';
import { FakeQemu, flush } from './helpers/fake-qemu.js';
import { TraceMonitor } from './helpers/trace-monitor.js';

const DIR = path.resolve('qmp-traces');

interface Setup {
  imageDir: string;
  disks: { kind: 'drive' | 'blockdev'; chain: string[]; id?: string }[];
}

function initialAnswers(file: string): (command: string) => unknown {
  const header = JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[0]!) as { setup: Setup };
  const q = new FakeQemu();
  for (const d of header.setup.disks) {
    const files = d.chain.map((f) => path.join(header.setup.imageDir, f));
    if (d.kind === 'drive') q.addDrive(d.id ?? 'drive0', files);
    else q.addBlockdev(files);
  }
  const block = q.queryBlock();
  const nodes = q.queryNamedBlockNodes();
  return (command) => {
    if (command === 'query-block') return block;
    if (command === 'query-named-block-nodes') return nodes;
    if (command.startsWith('query-')) return [];
    throw new Error(`not in the recording: ${command}`);
  };
}

interface Case {
  trace: string;
  disk: string;
  aliases?: Record<string, string>;
  run(m: BlockJobManager, disk: string): Promise<void>;
  status: BlockJobEvent['status'];
  /** commands that must have been matched, in this order */
  commands: string[];
}

const cases: Case[] = [
  {
    trace: 'rebase-blockdev-libvirt',
    disk: 'vda',
    aliases: { 'libvirt-1-format': 'vda' },
    run: (m, disk) => m.blockRebase(disk, 'vda[3]', 16),
    status: 'COMPLETED',
    commands: ['block-stream', 'query-jobs', 'job-dismiss', 'query-named-block-nodes', 'blockdev-del', 'blockdev-del'],
  },
  {
    trace: 'pull-io-error',
    disk: 'vda',
    aliases: { 'libvirt-1-format': 'vda' },
    run: (m, disk) => m.blockPull(disk, 16),
    status: 'FAILED',
    commands: ['block-stream', 'query-jobs', 'job-dismiss'],
  },
  {
    trace: 'pull-base',
    disk: 'drive0',
    run: (m, disk) => m.blockRebase(disk, 'drive0[3]', 8),
    status: 'COMPLETED',
    commands: ['block-stream', 'query-block'],
  },
  {
    trace: 'pull-cancel',
    disk: 'drive0',
    run: async (m, disk) => {
      await m.blockPull(disk, 2);
      await m.blockJobAbort(disk);
    },
    status: 'CANCELED',
    commands: ['block-stream', 'block-job-cancel', 'query-block'],
  },
];

function withoutAuto(args: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!args) return args;
  const { 'auto-finalize': _f, 'auto-dismiss': _d, ...rest } = args;
  return rest;
}

describe('jobs: driven by the project\'s QEMU 7.2 recordings (qmp-traces/)', () => {
  for (const c of cases) {
    const file = path.join(DIR, `${c.trace}.jsonl`);
    it(`${c.trace}: recorded commands, ${c.status}`, async function () {
      if (!fs.existsSync(file)) this.skip();
      const t = new TraceMonitor(file, initialAnswers(file));
      const events: BlockJobEvent[] = [];
      const m = await BlockJobManager.attach(t, { onEvent: (e) => events.push(e), ...(c.aliases ? { diskAliases: c.aliases } : {}) });
      expect(m.getDisk(c.disk).chain).to.have.length(3);
      await c.run(m, c.disk);
      t.drain();
      await flush();
      expect(t.matched.map((x) => x.command), JSON.stringify(t.unmatched)).to.deep.equal(c.commands);
      for (const x of t.matched) {
        const sent = x.command === 'block-stream' ? withoutAuto(x.sent) : x.sent;
        const recorded = x.command === 'block-stream' ? withoutAuto(x.recorded) : x.recorded;
        expect(sent, `${c.trace}:${x.line} ${x.command}`).to.deep.equal(recorded);
      }
      expect(events.map((e) => [e.disk, e.type, e.status])).to.deep.equal([[c.disk, 'pull', c.status]]);
      const finalChain = (t.header.expect as { finalChain?: string[] }).finalChain;
      if (finalChain && t.matched.some((x) => x.command.startsWith('query-') && x.command !== 'query-jobs')) {
        expect(m.getDisk(c.disk).chain.map((i) => path.basename(i.filename))).to.deep.equal(finalChain);
      }
      expect(await m.getBlockJobInfo(c.disk)).to.equal(null);
    });
  }
});
