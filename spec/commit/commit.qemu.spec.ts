/**
 * blockCommit against a real QEMU 7.2, -drive and -blockdev (with and
 * without a guest device, libvirt's set-up being with): non-active
 * commit (with DELETE), active commit + pivot, active commit + abort (QEMU's
 * soft cancel: CANCELED for libvirt, the disk stays on its top, base holds
 * everything). Each test checks the events, the final chain as qemu-img reads
 * it, and the guest-visible data against a copy flattened beforehand.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import {
  BlockJobManager,
  VIR_DOMAIN_BLOCK_COMMIT_ACTIVE,
  VIR_DOMAIN_BLOCK_COMMIT_DELETE,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  type BlockJobEvent,
} from '../../lib/jobs/index.js';
import { connect } from '../../lib/qmp/session.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { nextEvent } from '../helpers/events.js';
import { chainOf, nodeNames, recordEvents, sameData, startVm, stopVm, type Kind, type Vm } from '../merge/helpers/vm.js';

for (const kind of ['drive', 'blockdev', 'blockdev-vda'] as Kind[]) {
  describe(`blockCommit against QEMU 7.2 (-${kind})`, function () {
    this.timeout(60_000);
    const dir = useQemuSandbox('qmpblock-commit-');
    let vm: Vm | undefined;
    afterEach(async () => {
      if (vm) await stopVm(vm).catch(() => undefined);
      vm = undefined;
    });

    it('commits mid into base below the active layer, re-links top onto base, deletes mid with DELETE', async () => {
      vm = await startVm(dir(), [kind]);
      const { m, session } = vm;
      const d = vm.disks[0]!;
      const [top, mid, base] = d.chain.images as [string, string, string];
      const events = recordEvents(m);
      const done = nextEvent(m, (e) => e.status !== 'READY');
      await m.blockCommit(d.name, base, mid, 0, VIR_DOMAIN_BLOCK_COMMIT_DELETE);
      const ev = await done;
      expect(ev).to.include({ disk: d.name, type: 'commit', status: 'COMPLETED' });
      expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
      expect(m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal([top, base]);
      expect(fs.existsSync(mid)).to.equal(false);
      expect(await session.execute('query-jobs')).to.deep.equal([]);
      if (kind !== 'drive') {
        const nodes = await nodeNames(session);
        expect(nodes).to.not.include('libvirt-2-format');
        expect(nodes).to.not.include('libvirt-2-storage');
      }
      await stopVm(vm);
      vm = undefined;
      expect(await chainOf(top)).to.deep.equal([top, base]);
      expect(await sameData(top, d.reference)).to.equal(true);
    });

    it('active commit reaches READY, the pivot puts the disk on base; DELETE removes top and mid after it', async () => {
      vm = await startVm(dir(), [kind]);
      const { m, session } = vm;
      const d = vm.disks[0]!;
      const base = d.chain.base;
      const ready = nextEvent(m);
      await m.blockCommit(d.name, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE | VIR_DOMAIN_BLOCK_COMMIT_DELETE);
      // Nothing is deleted before the pivot succeeded.
      expect(d.chain.images.every((f) => fs.existsSync(f))).to.equal(true);
      expect(await ready).to.include({ type: 'active-commit', status: 'READY' });
      const done = nextEvent(m);
      await m.blockJobAbort(d.name, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(await done).to.include({ type: 'active-commit', status: 'COMPLETED' });
      expect(m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal([base]);
      expect(m.lastJobOutcome(d.name)).to.include({ status: 'COMPLETED', pivoted: true, synced: true });
      expect(d.chain.images.map((f) => fs.existsSync(f))).to.deep.equal([false, false, true]);
      if (kind !== 'drive') {
        const nodes = await nodeNames(session);
        expect(nodes.sort()).to.deep.equal(['libvirt-3-format', 'libvirt-3-storage']);
      } else {
        const blocks = await session.execute<{ inserted: { file: string } }[]>('query-block');
        expect(blocks[0]!.inserted.file).to.equal(base);
      }
      await stopVm(vm);
      vm = undefined;
      expect(await chainOf(base)).to.deep.equal([base]);
      expect(await sameData(base, d.reference)).to.equal(true);
    });

    it('a plain abort of a READY active commit is CANCELED and leaves the disk on its top; base holds all', async () => {
      vm = await startVm(dir(), [kind]);
      const { m } = vm;
      const d = vm.disks[0]!;
      const ready = nextEvent(m);
      await m.blockCommit(d.name, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
      await ready;
      const done = nextEvent(m);
      await m.blockJobAbort(d.name);
      expect(await done).to.include({ type: 'active-commit', status: 'CANCELED' });
      expect(m.lastJobOutcome(d.name)).to.include({ status: 'CANCELED', pivoted: false, synced: true });
      expect(m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal(d.chain.images);
      await stopVm(vm);
      vm = undefined;
      expect(await chainOf(d.chain.top)).to.deep.equal(d.chain.images);
      expect(await sameData(d.chain.top, d.reference)).to.equal(true);
      // QEMU completed the copy before the soft cancel: base alone has everything.
      expect(await sameData(d.chain.base, d.reference)).to.equal(true);
    });

    it('an active commit with DELETE started on one connection is adopted by a new manager on another (same state), pivoted, and its images deleted', async () => {
      vm = await startVm(dir(), [kind]);
      const d = vm.disks[0]!;
      const base = d.chain.base;
      await vm.m.blockCommit(d.name, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE | VIR_DOMAIN_BLOCK_COMMIT_DELETE);
      await vm.m.recordsWritten();
      // The starter goes away: its connection closes, the job goes on in QEMU.
      await vm.session.close();
      vm.m.detach();
      const session = await connect({ path: vm.qemu.socketPath });
      const events: BlockJobEvent[] = [];
      const m = await BlockJobManager.attach(session, { stateFile: path.join(vm.dir, 'state', 'vm.json'), onEvent: (e) => events.push(e) });
      vm = { ...vm, session, m };
      expect(m.jobFor(d.name)?.kind).to.equal('active-commit');
      for (let i = 0; i < 500 && !events.some((e) => e.status === 'READY'); i++) await new Promise((r) => setTimeout(r, 10));
      expect(events.map((e) => [e.disk, e.type, e.status])).to.deep.equal([[d.name, 'active-commit', 'READY']]);
      await m.blockJobAbort(d.name, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(events.map((e) => e.status)).to.deep.equal(['READY', 'COMPLETED']);
      expect(m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal([base]);
      expect(m.lastJobOutcome(d.name)).to.include({ status: 'COMPLETED', pivoted: true, synced: true });
      // DELETE, as the starter asked: top and mid are gone, base stays.
      expect(d.chain.images.map((f) => fs.existsSync(f))).to.deep.equal([false, false, true]);
      // The job's record is gone (a note of its pivot stays a while for other followers).
      await m.recordsWritten();
      expect((JSON.parse(fs.readFileSync(path.join(vm.dir, 'state', 'vm.jobs.json'), 'utf8')) as { jobs: unknown[] }).jobs).to.deep.equal([]);
      expect(await session.execute('query-jobs')).to.deep.equal([]);
      if (kind !== 'drive') {
        const nodes = await nodeNames(session);
        expect(nodes.sort()).to.deep.equal(['libvirt-3-format', 'libvirt-3-storage']);
      }
      await stopVm(vm);
      vm = undefined;
      expect(await chainOf(base)).to.deep.equal([base]);
      expect(await sameData(base, d.reference)).to.equal(true);
    });
  });
}
