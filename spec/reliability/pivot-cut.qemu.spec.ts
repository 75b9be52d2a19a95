/**
 * Against QEMU 7.2: a copy or active commit whose starter's connection is cut
 * as QEMU reports the job's end (the pivot or abort done), finished by the
 * next manager from the job's record. The disk must be on the right chain,
 * and the nodes that left it must be gone, on every set-up, libvirt's
 * (-blockdev with a guest device) included. Found by a QA run: with a
 * device, the old chain's nodes stayed open (write locks held); without
 * one, an aborted copy's destination stayed listed as a disk.
 */
import { expect } from 'chai';
import path from 'node:path';
import { BlockJobManager, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT, type BlockJobEvent } from '../../lib/jobs/index.js';
import { connect } from '../../lib/qmp/session.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { nodeNames, sameData, startVm, stopVm, type Kind, type Vm } from '../merge/helpers/vm.js';

type Case = { kind: Kind; job: 'active-commit' | 'copy'; end: 'pivot' | 'abort' };

const cases: Case[] = [
  { kind: 'blockdev-vda', job: 'active-commit', end: 'pivot' },
  { kind: 'blockdev-vda', job: 'copy', end: 'pivot' },
  { kind: 'blockdev-vda', job: 'copy', end: 'abort' },
  { kind: 'blockdev', job: 'active-commit', end: 'pivot' },
  { kind: 'blockdev', job: 'copy', end: 'abort' },
];

describe('a two-phase job ended while its connection is cut, finished by the next manager (QEMU 7.2)', function () {
  this.timeout(60_000);
  const dir = useQemuSandbox('qmpblock-pivotcut-');
  let vm: Vm | undefined;
  afterEach(async () => {
    if (vm) await stopVm(vm).catch(() => undefined);
    vm = undefined;
  });

  for (const c of cases) {
    it(`${c.kind}, ${c.job}, ${c.end}: the disk on its new chain, the nodes that left it deleted, no stale disk`, async () => {
      vm = await startVm(dir(), [c.kind]);
      const d = vm.disks[0]!;
      const stateFile = path.join(dir(), 'state', 'vm.json');
      const dest = path.join(dir(), 'copy.qcow2');
      const ready = new Promise<void>((r) => vm!.m.on('blockJob', (e: BlockJobEvent) => e.status === 'READY' && r()));
      if (c.job === 'copy') await vm.m.blockCopy(d.name, dest);
      else await vm.m.blockCommit(d.name, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
      await ready;
      // The starter's connection goes the moment QEMU says the job ended.
      const s1 = vm.session;
      s1.on('event', (ev: { event: string }) => {
        if (ev.event === 'BLOCK_JOB_COMPLETED') s1.destroy();
      });
      const lost = await vm.m.blockJobAbort(d.name, c.end === 'pivot' ? VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT : 0).then(() => 'ended', (e: Error) => e.message);
      expect(lost).to.equal('Requested operation is not valid: domain is not running');
      await vm.m.recordsWritten();

      const events: BlockJobEvent[] = [];
      const session = await connect({ path: vm.qemu.socketPath });
      vm.session = session;
      const m2 = await BlockJobManager.attach(session, { stateFile, onEvent: (e) => events.push(e) });
      vm.m = m2;
      for (let i = 0; i < 200 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await m2.recordsWritten();
      expect(events.map((e) => `${e.type} ${e.status}`)).to.deep.equal([`${c.job} ${c.end === 'pivot' ? 'COMPLETED' : 'CANCELED'}`]);

      const nodes = (await nodeNames(session)).sort();
      const layer = (n: number): string[] => [`libvirt-${n}-format`, `libvirt-${n}-storage`];
      const disks = m2.listDisks();
      expect(disks, 'one disk, no stale entry').to.have.length(1);
      const chain = disks[0]!.chain.map((i) => i.filename);
      if (c.end === 'abort') {
        expect(chain).to.deep.equal(d.chain.images);
        expect(nodes).to.deep.equal([...layer(1), ...layer(2), ...layer(3)].sort());
      } else if (c.job === 'copy') {
        expect(chain).to.deep.equal([dest]);
        expect(nodes).to.deep.equal(layer(4).sort());
      } else {
        expect(chain).to.deep.equal([d.chain.base]);
        expect(nodes).to.deep.equal(layer(3).sort());
      }
      if (c.kind === 'blockdev-vda') expect(disks[0]!.name).to.equal(d.name);
      await stopVm(vm);
      vm = undefined;
      const top = c.end === 'abort' ? d.chain.top : c.job === 'copy' ? dest : d.chain.base;
      expect(await sameData(top, d.reference)).to.equal(true);
    });
  }
});
