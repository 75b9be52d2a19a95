/**
 * Block copy against the simulator, which keeps QEMU's node graph: what the
 * fake QEMU of copy.spec.ts cannot show, such as a node still in use.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BlockJobManager, VIR_DOMAIN_BLOCK_COPY_SHALLOW, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT, type BlockJobEvent } from '../../lib/jobs/index.js';
import { QmpSession } from '../../lib/qmp/session.js';
import { QmpError } from '../../lib/errors.js';
import { startSimulator, type Simulator } from '../../lib/sim/index.js';

describe('jobs/copy on the simulator', function () {
  let tmp: string;
  let sim: Simulator | undefined;
  let s: QmpSession | undefined;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-copysim-'));
  });
  afterEach(async () => {
    await s?.close();
    await sim?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const shallow of [true, false]) {
    it(`-blockdev without a frontend, ${shallow ? 'shallow' : 'full'} copy: a pivot deletes the old nodes, each format node before its file node, none refused`, async () => {
      sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/v/top', '/v/mid', '/v/base'], blockdev: true }] });
      const deletes: string[] = [];
      const refusals: string[] = [];
      s = await QmpSession.connect(sim.endpoint, {
        tap: (dir, _text, msg) => {
          const m = msg as { execute?: string; arguments?: { 'node-name'?: string }; error?: { desc: string } };
          if (dir === 'c2s' && m.execute === 'blockdev-del') deletes.push(m.arguments!['node-name']!);
          if (dir === 's2c' && m.error) refusals.push(m.error.desc);
        },
      });
      const events: BlockJobEvent[] = [];
      const m = await BlockJobManager.attach(s, { onEvent: (e) => events.push(e) });
      const disk = m.listDisks()[0]!.name;
      await m.blockCopy(disk, path.join(tmp, 'copy.qcow2'), {}, shallow ? VIR_DOMAIN_BLOCK_COPY_SHALLOW : 0);
      for (let i = 0; i < 500 && !events.some((e) => e.status === 'READY'); i++) await new Promise((r) => setTimeout(r, 10));
      await m.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(refusals).to.deep.equal([]);
      const left = shallow ? [1] : [1, 2, 3];
      expect(deletes).to.deep.equal(left.flatMap((n) => [`libvirt-${n}-format`, `libvirt-${n}-storage`]));
      expect(m.listDisks()[0]!.chain.map((i) => i.filename)).to.deep.equal(shallow ? [path.join(tmp, 'copy.qcow2'), '/v/mid', '/v/base'] : [path.join(tmp, 'copy.qcow2')]);
    });
  }

  /** A first manager copies a 3-image -blockdev disk (no frontend) to READY, its records written. */
  async function copyToReady(state: { stateFile?: string }): Promise<{ m1: BlockJobManager; s1: QmpSession; first: BlockJobEvent[]; disk: string; dest: string }> {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/v/top', '/v/mid', '/v/base'], blockdev: true }] });
    const s1 = await QmpSession.connect(sim.endpoint);
    const first: BlockJobEvent[] = [];
    const m1 = await BlockJobManager.attach(s1, { ...state, onEvent: (e) => first.push(e) });
    const disk = m1.listDisks()[0]!.name;
    const dest = path.join(tmp, 'copy.qcow2');
    await m1.blockCopy(disk, dest, {}, 0);
    for (let i = 0; i < 500 && !first.some((e) => e.status === 'READY'); i++) await new Promise((r) => setTimeout(r, 10));
    await m1.recordsWritten();
    return { m1, s1, first, disk, dest };
  }

  /** copyToReady, then the first manager goes away; a second connection is opened for the caller. */
  async function copyLeftReady(state: { stateFile?: string }): Promise<{ disk: string; dest: string; session: QmpSession }> {
    const { m1, s1, disk, dest } = await copyToReady(state);
    m1.detach();
    await s1.close();
    s = await QmpSession.connect(sim!.endpoint);
    return { disk, dest, session: s };
  }

  for (const withRecords of [false, true]) {
    it(`-blockdev without a frontend: a READY copy adopted by a second manager (${withRecords ? 'with' : 'without'} job records) is one disk, before and after its pivot`, async () => {
      const state = withRecords ? { stateFile: path.join(tmp, 'state', 'vm.json') } : {};
      const { disk, dest, session } = await copyLeftReady(state);
      const m2 = await BlockJobManager.attach(session, state);
      // The copy's destination node (libvirt-4-format) is not a disk of its own.
      expect(m2.listDisks().map((d) => d.name)).to.deep.equal([disk]);
      await m2.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      await m2.settled();
      expect(m2.listDisks().map((d) => [d.name, d.chain.map((i) => i.filename)])).to.deep.equal([[disk, [dest]]]);
      // A second job on the disk, by its new top node, is refused before QEMU sees it.
      await m2.blockPull(disk, 1, 0);
      const err = await m2.blockPull('libvirt-4-format', 1, 0).then(() => undefined, (e: Error) => e.message);
      expect(err).to.equal(`Operation not supported: disk '${disk}' already in active block job`);
      // The pull of a one-image chain has nothing to copy: it ends on its own.
      await m2.waitForJob(disk);
    });
  }

  for (const how of ['pivot', 'abort'] as const) {
    it(`-blockdev without a frontend: a READY copy its starter still follows, ${how === 'pivot' ? 'pivoted' : 'aborted'} by another client: the disk keeps its live top in QEMU`, async () => {
      const { m1, s1, first, disk, dest } = await copyToReady({ stateFile: path.join(tmp, 'state', 'vm.json') });
      s = await QmpSession.connect(sim!.endpoint);
      // The second manager keeps no records (another tool, or one whose
      // record went before the first read it): the first learns of the end
      // only from QEMU, which says COMPLETED either way.
      const m2 = await BlockJobManager.attach(s, {});
      await m2.blockJobAbort(disk, how === 'pivot' ? VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT : 0);
      await m2.settled();
      for (let i = 0; i < 500 && !first.some((e) => e.status === 'COMPLETED' || e.status === 'CANCELED'); i++) await new Promise((r) => setTimeout(r, 10));
      await m1.settled();
      const nodes = ((await s.execute('query-named-block-nodes', { flat: true })) as { 'node-name': string; image: { filename: string } }[]).filter((n) => !n['node-name'].endsWith('-storage'));
      const files = nodes.map((n) => n.image.filename).sort();
      // After a pivot the disk is the copy; after an abort it is its old chain, the copy's nodes gone.
      expect(files).to.deep.equal(how === 'pivot' ? [dest] : ['/v/base', '/v/mid', '/v/top']);
      m1.detach();
      await s1.close();
    });
  }

  it('without QEMU\'s block graph, the adopted copy\'s destination (known from its record) is listed apart while the copy runs, and is one disk with it after the pivot', async () => {
    const state = { stateFile: path.join(tmp, 'state', 'vm.json') };
    const { disk, dest, session } = await copyLeftReady(state);
    // A QEMU without x-debug-query-block-graph (unstable API).
    const noGraph = new Proxy(session, {
      get(target, key) {
        if (key === 'execute') {
          return (command: string, ...rest: unknown[]) =>
            command === 'x-debug-query-block-graph'
              ? Promise.reject(new QmpError('CommandNotFound', `The command ${command} has not been found`, command))
              : (target.execute as (...a: unknown[]) => Promise<unknown>).call(target, command, ...rest);
        }
        const v = Reflect.get(target, key, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const m2 = await BlockJobManager.attach(noGraph, state);
    expect(m2.listDisks().map((d) => d.name)).to.deep.equal([disk, 'libvirt-4-format']);
    await m2.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
    await m2.settled();
    expect(m2.listDisks().map((d) => [d.name, d.chain.map((i) => i.filename)])).to.deep.equal([[disk, [dest]]]);
  });
});
