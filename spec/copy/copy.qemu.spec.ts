/**
 * blockCopy / blockRebase(COPY) against a real QEMU 7.2, -drive and -blockdev
 * (with and without a guest device):
 * a full copy to a new file pivoted onto (the disk then runs on the copy alone,
 * the old nodes deleted), and a shallow copy ended with a plain abort after
 * READY (virsh --finish: the disk stays, the copy is a complete point-in-time
 * image sharing the backing chain). Chains and data checked with qemu-img.
 * Also two-phase jobs ended by a second manager that adopted them (another
 * CLI process): on a disk without frontend it learns the job's target node.
 */
import { expect } from 'chai';
import path from 'node:path';
import {
  BlockJobManager,
  VIR_DOMAIN_BLOCK_COMMIT_ACTIVE,
  VIR_DOMAIN_BLOCK_COPY_REUSE_EXT,
  VIR_DOMAIN_BLOCK_COPY_SHALLOW,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  VIR_DOMAIN_BLOCK_REBASE_COPY,
  VIR_DOMAIN_BLOCK_REBASE_COPY_RAW,
} from '../../lib/jobs/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import { createImage } from '../../lib/qemu/index.js';
import { plainFilename } from '../../lib/jobs/disks.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { nextEvent } from '../helpers/events.js';
import { chainOf, nodeNames, sameData, startVm, stopVm, type Kind, type Vm } from '../merge/helpers/vm.js';

for (const kind of ['drive', 'blockdev', 'blockdev-vda'] as Kind[]) {
  describe(`blockCopy against QEMU 7.2 (-${kind})`, function () {
    this.timeout(60_000);
    const dir = useQemuSandbox('qmpblock-copy-');
    let vm: Vm | undefined;
    afterEach(async () => {
      if (vm) await stopVm(vm).catch(() => undefined);
      vm = undefined;
    });

    it('full copy to a new image, READY, pivot: the disk runs on the copy alone', async () => {
      vm = await startVm(dir(), [kind]);
      const { m, session } = vm;
      const d = vm.disks[0]!;
      const dest = path.join(dir(), 'copy.qcow2');
      const ready = nextEvent(m);
      await m.blockCopy(d.name, dest, {}, 0);
      expect(await ready).to.include({ type: 'copy', status: 'READY' });
      const done = nextEvent(m);
      await m.blockJobAbort(d.name, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(await done).to.include({ type: 'copy', status: 'COMPLETED' });
      expect(m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal([dest]);
      expect(m.lastJobOutcome(d.name)).to.include({ pivoted: true });
      if (kind !== 'drive') {
        // Only the copy's two nodes are left; the old chain's six are gone.
        expect((await nodeNames(session)).sort()).to.deep.equal(['libvirt-4-format', 'libvirt-4-storage']);
      }
      await stopVm(vm);
      vm = undefined;
      expect(await chainOf(dest)).to.deep.equal([dest]);
      expect(await sameData(dest, d.reference)).to.equal(true);
      expect(await sameData(d.chain.top, d.reference)).to.equal(true);
    });

    it('full copy into a new raw image (blockRebase COPY_RAW), pivot', async () => {
      vm = await startVm(dir(), [kind]);
      const { m } = vm;
      const d = vm.disks[0]!;
      const dest = path.join(dir(), 'copy.raw');
      const ready = nextEvent(m);
      await m.blockRebase(d.name, dest, 0, VIR_DOMAIN_BLOCK_REBASE_COPY | VIR_DOMAIN_BLOCK_REBASE_COPY_RAW);
      await ready;
      await m.blockJobAbort(d.name, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(m.getDisk(d.name).chain.map((i) => [i.filename, i.format])).to.deep.equal([[dest, 'raw']]);
      await stopVm(vm);
      vm = undefined;
      expect(await sameData(dest, d.reference)).to.equal(true);
    });

    it('shallow copy into a pre-created image (REUSE_EXT), pivot: the disk runs on it over the old backing chain', async () => {
      vm = await startVm(dir(), [kind]);
      const { m } = vm;
      const d = vm.disks[0]!;
      const [, mid, base] = d.chain.images as [string, string, string];
      const dest = path.join(dir(), 'reused.qcow2');
      await createImage(dest, { backing: mid });
      const ready = nextEvent(m);
      await m.blockCopy(d.name, dest, {}, VIR_DOMAIN_BLOCK_COPY_SHALLOW | VIR_DOMAIN_BLOCK_COPY_REUSE_EXT);
      await ready;
      await m.blockJobAbort(d.name, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal([dest, mid, base]);
      await stopVm(vm);
      vm = undefined;
      expect(await chainOf(dest)).to.deep.equal([dest, mid, base]);
      expect(await sameData(dest, d.reference)).to.equal(true);
    });

    it('shallow REUSE_EXT into an image whose header names another backing: the chain reported is the one QEMU runs', async () => {
      vm = await startVm(dir(), [kind]);
      const { m, session } = vm;
      const d = vm.disks[0]!;
      const [, mid, base] = d.chain.images as [string, string, string];
      const dest = path.join(dir(), 'reused-on-base.qcow2');
      await createImage(dest, { backing: base });
      const ready = nextEvent(m);
      await m.blockCopy(d.name, dest, {}, VIR_DOMAIN_BLOCK_COPY_SHALLOW | VIR_DOMAIN_BLOCK_COPY_REUSE_EXT);
      await ready;
      await m.blockJobAbort(d.name, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      // -drive opens it from its header; -blockdev on the disk's backing, as libvirt does.
      const expected = kind === 'drive' ? [dest, base] : [dest, mid, base];
      expect(m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal(expected);
      // QEMU's own view: a node's nested image info (not flat) follows its real backing.
      type Img = { filename: string; 'backing-image'?: Img };
      const top = m.getDisk(d.name).chain[0]!.nodeName;
      const nodes = await session.execute<{ 'node-name': string; image: Img }[]>('query-named-block-nodes');
      const files: string[] = [];
      for (let img: Img | undefined = nodes.find((n) => n['node-name'] === top)!.image; img; img = img['backing-image']) files.push(plainFilename(img.filename));
      expect(files).to.deep.equal(expected);
    });

    it('shallow copy via blockRebase(COPY), then abort after READY: disk unchanged, copy complete on the shared chain', async () => {
      vm = await startVm(dir(), [kind]);
      const { m, session } = vm;
      const d = vm.disks[0]!;
      const dest = path.join(dir(), 'shallow.qcow2');
      const ready = nextEvent(m);
      await m.blockRebase(d.name, dest, 0, VIR_DOMAIN_BLOCK_REBASE_COPY | VIR_DOMAIN_BLOCK_COPY_SHALLOW);
      await ready;
      const done = nextEvent(m);
      await m.blockJobAbort(d.name);
      expect(await done).to.include({ type: 'copy', status: 'CANCELED' });
      expect(m.lastJobOutcome(d.name)).to.include({ pivoted: false, synced: true });
      expect(m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal(d.chain.images);
      if (kind !== 'drive') {
        const nodes = await nodeNames(session);
        expect(nodes).to.not.include('libvirt-4-format');
        expect(nodes).to.not.include('libvirt-4-storage');
      }
      await stopVm(vm);
      vm = undefined;
      const [, mid, base] = d.chain.images as [string, string, string];
      expect(await chainOf(dest)).to.deep.equal([dest, mid, base]);
      expect(await sameData(dest, d.reference)).to.equal(true);
      expect(await chainOf(d.chain.top)).to.deep.equal(d.chain.images);
    });
  });
}

describe('two-phase jobs adopted by another manager, -blockdev without frontend (QEMU 7.2)', function () {
  this.timeout(60_000);
  const dir = useQemuSandbox('qmpblock-adopt-');
  let vm: Vm | undefined;
  afterEach(async () => {
    if (vm) await stopVm(vm).catch(() => undefined);
    vm = undefined;
  });

  /** A second connection and manager, as a later CLI process would have. */
  async function second(v: Vm): Promise<{ m: BlockJobManager; session: QmpSession }> {
    const session = await connect({ path: v.qemu.socketPath });
    v.session = session;
    const m = await BlockJobManager.attach(session);
    return { m, session };
  }

  it('a copy started by one manager and pivoted by another: the disk is the copy, the old nodes are gone', async () => {
    vm = await startVm(dir(), ['blockdev']);
    const d = vm.disks[0]!;
    const dest = path.join(dir(), 'copy.qcow2');
    const ready = nextEvent(vm.m, (e) => e.status === 'READY');
    await vm.m.blockCopy(d.name, dest);
    await ready;
    vm.m.detach();
    await vm.session.close(); // QEMU's QMP socket serves one client at a time
    const b = await second(vm);
    try {
      expect(b.m.jobFor(d.name)?.state).to.equal('ready');
      await b.m.blockJobAbort(d.name, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(b.m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal([dest]);
      expect((await nodeNames(b.session)).sort()).to.deep.equal(['libvirt-4-format', 'libvirt-4-storage']);
    } finally {
      b.m.detach();
    }
    await stopVm(vm);
    vm = undefined;
    expect(await sameData(dest, d.reference)).to.equal(true);
  });

  it('an adopted active commit pivoted by another manager: the disk is its base, the rest deleted', async () => {
    vm = await startVm(dir(), ['blockdev']);
    const d = vm.disks[0]!;
    const ready = nextEvent(vm.m, (e) => e.status === 'READY');
    await vm.m.blockCommit(d.name, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    await ready;
    vm.m.detach();
    await vm.session.close(); // QEMU's QMP socket serves one client at a time
    const b = await second(vm);
    try {
      await b.m.blockJobAbort(d.name, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(b.m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal([d.chain.base]);
      expect((await nodeNames(b.session)).sort()).to.deep.equal(['libvirt-3-format', 'libvirt-3-storage']);
    } finally {
      b.m.detach();
    }
    await stopVm(vm);
    vm = undefined;
    expect(await sameData(d.chain.base, d.reference)).to.equal(true);
  });

  it('an adopted copy aborted by another manager: the disk unchanged, the copy\'s nodes deleted', async () => {
    vm = await startVm(dir(), ['blockdev']);
    const d = vm.disks[0]!;
    const ready = nextEvent(vm.m, (e) => e.status === 'READY');
    await vm.m.blockCopy(d.name, path.join(dir(), 'copy.qcow2'));
    await ready;
    vm.m.detach();
    await vm.session.close(); // QEMU's QMP socket serves one client at a time
    const b = await second(vm);
    try {
      await b.m.blockJobAbort(d.name);
      expect(b.m.getDisk(d.name).chain.map((i) => i.filename)).to.deep.equal(d.chain.images);
      const nodes = await nodeNames(b.session);
      expect(nodes).to.not.include('libvirt-4-format');
      expect(nodes).to.not.include('libvirt-4-storage');
    } finally {
      b.m.detach();
    }
  });
});
