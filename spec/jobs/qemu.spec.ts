/**
 * BlockJobManager against a real QEMU 7.2, in a -drive and a -blockdev
 * set-up: pull, rebase to base, and a bandwidth-limited pull inspected by a
 * second manager (a new connection, as another CLI process would) and then
 * aborted. Each test checks the final chain (`qemu-img info --backing-chain`)
 * and that the guest-visible data is unchanged (`qemu-img compare` against a
 * raw copy flattened before the job). No timing assertions: the tests wait
 * for the job's event.
 */
import { expect } from 'chai';
import path from 'node:path';
import { BlockJobManager, VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES, type BlockJobEvent } from '../../lib/jobs/index.js';
import { backingChain, compareImages, createStandardChain, flatten, QemuProcess, type BlkdebugSpec, type Chain } from '../../lib/qemu/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import type { WireTap } from '../../lib/qmp/wire-tap.js';
import { nextEvent } from '../helpers/events.js';
import { useQemuSandbox } from '../helpers/qemu.js';

for (const kind of ['drive', 'blockdev'] as const) {
  describe(`jobs against QEMU 7.2 (-${kind})`, function () {
    this.timeout(60_000);
    const dir = useQemuSandbox('qmpblock-jobs-');
    let chain: Chain;
    let reference: string;
    let qemu: QemuProcess | undefined;
    let sessions: QmpSession[];

    async function start(opts: { blkdebug?: BlkdebugSpec } = {}): Promise<{ m: BlockJobManager; disk: string; session: QmpSession }> {
      chain = await createStandardChain(dir());
      reference = await flatten(chain.top, path.join(dir(), 'reference.raw'));
      const extra = opts.blkdebug ? { blkdebug: opts.blkdebug } : {};
      qemu = await QemuProcess.start({ disks: [kind === 'drive' ? { kind, id: 'drive0', chain: chain.images, ...extra } : { kind, chain: chain.images, ...extra }] });
      return open();
    }

    async function open(tap?: WireTap): Promise<{ m: BlockJobManager; disk: string; session: QmpSession }> {
      const session = await connect({ path: qemu!.socketPath }, tap ? { tap } : {});
      sessions.push(session);
      const m = await BlockJobManager.attach(session);
      const disk = kind === 'drive' ? 'drive0' : 'libvirt-1-format';
      return { m, disk, session };
    }

    async function stopAndCheck(expectedChain: string[]): Promise<void> {
      const live = sessions.find((s) => !s.closed);
      await qemu!.stop(live ? { session: live } : {});
      qemu = undefined;
      const c = await backingChain(chain.top);
      expect(c.map((e) => e.filename)).to.deep.equal(expectedChain);
      expect(await compareImages(chain.top, reference, { formatB: 'raw' })).to.deep.equal({ identical: true });
    }

    beforeEach(() => {
      sessions = [];
    });
    afterEach(async () => {
      for (const s of sessions) if (!s.closed) s.destroy();
    });

    it('blockPull flattens the chain into the top image', async () => {
      const { m, disk, session } = await start();
      expect(m.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal(chain.images);
      const done = nextEvent(m);
      await m.blockPull(disk);
      const ev = await done;
      expect(ev).to.include({ disk, type: 'pull', status: 'COMPLETED' });
      expect(m.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal([chain.top]);
      expect(await m.getBlockJobInfo(disk)).to.equal(null);
      const jobs = await session.execute<unknown[]>('query-jobs');
      expect(jobs).to.deep.equal([]);
      if (kind === 'blockdev') {
        // The dropped layers' nodes were deleted, format and storage.
        const nodes = await session.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true });
        expect(nodes.map((n) => n['node-name']).sort()).to.deep.equal(['libvirt-1-format', 'libvirt-1-storage']);
      }
      await stopAndCheck([chain.top]);
    });

    it('blockRebase to base keeps base as the backing file', async () => {
      const { m, disk, session } = await start();
      const done = nextEvent(m);
      await m.blockRebase(disk, chain.base, 0, 0);
      expect(await done).to.include({ status: 'COMPLETED', type: 'pull' });
      expect(m.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal([chain.top, chain.base]);
      if (kind === 'blockdev') {
        const nodes = await session.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true });
        expect(nodes.map((n) => n['node-name']).sort()).to.deep.equal(['libvirt-1-format', 'libvirt-1-storage', 'libvirt-3-format', 'libvirt-3-storage']);
      }
      await stopAndCheck([chain.top, chain.base]);
      const recorded = await backingChain(chain.top);
      expect(recorded[0]!.backingFilename).to.equal(chain.base);
    });

    it('a bandwidth-limited pull, inspected from a new connection, then aborted', async () => {
      const first = await start();
      await first.m.blockPull(first.disk, 1);
      // The starting "process" goes away; the job keeps running in QEMU.
      first.m.detach();
      await first.session.close();
      const { m, disk } = await open();
      const info = await m.getBlockJobInfo(disk);
      expect(info).to.not.equal(null);
      expect(info!.type).to.equal(1);
      expect(info!.bandwidth).to.equal(1);
      expect(info!.end).to.equal(chain.size);
      expect(info!.cur).to.be.below(info!.end);
      const bytes = await m.getBlockJobInfo(disk, 1);
      expect(bytes!.bandwidth).to.equal(1048576);
      await m.blockJobSetSpeed(disk, 2);
      expect((await m.getBlockJobInfo(disk))!.bandwidth).to.equal(2);
      const events: BlockJobEvent[] = [];
      m.on('blockJob', (e) => events.push(e));
      await m.blockJobAbort(disk);
      expect(events.map((e) => e.status)).to.deep.equal(['CANCELED']);
      expect(await m.getBlockJobInfo(disk)).to.equal(null);
      expect(m.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal(chain.images);
      await stopAndCheck(chain.images);
    });

    it("libvirt's largest bandwidth, 8796093022207 MiB/s, reaches QEMU exact and reads back exact", async () => {
      const first = await start();
      await first.m.blockPull(first.disk, 1);
      first.m.detach();
      await first.session.close();
      // QEMU's own text of its answers: JSON.parse reads ...727000 and ...727232 as one Number.
      const answers: string[] = [];
      const { m, disk, session } = await open((dir, text) => void (dir === 's2c' && answers.push(text)));
      const [job] = await session.execute<{ device: string }[]>('query-block-jobs');
      // Paused, so that the unlimited job cannot end before it is read.
      await session.execute('block-job-pause', { device: job!.device });
      await m.blockJobSetSpeed(disk, 8796093022207);
      const info = await m.getBlockJobInfo(disk, VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES);
      expect(BigInt(info!.bandwidth)).to.equal(8796093022207n << 20n);
      expect(answers.filter((a) => a.includes('"speed"')).at(-1)).to.include('"speed": 9223372036853727232,');
      expect((await m.getBlockJobInfo(disk))!.bandwidth).to.equal(8796093022207);
      await m.blockJobSetSpeed(disk, 1);
      await session.execute('block-job-resume', { device: job!.device });
      await m.blockJobAbort(disk);
      await stopAndCheck(chain.images);
    });

    it('an I/O error fails the pull: FAILED with QEMU\'s error, chain unchanged', async () => {
      // Every write into the top image fails (the pull copies into it).
      const { m, disk } = await start({ blkdebug: { layer: 0, rules: [{ event: 'write_aio', errno: 5 }] } });
      const done = nextEvent(m);
      await m.blockPull(disk);
      const ev = await done;
      expect(ev).to.include({ disk, type: 'pull', status: 'FAILED' });
      expect(ev.error).to.match(/Input\/output error/);
      expect(await m.getBlockJobInfo(disk)).to.equal(null);
      // The top is opened through blkdebug, so QEMU names it with a json: filename.
      const files = m.getDisk(disk).chain.map((i) => i.filename);
      expect(files).to.have.length(3);
      expect(files[0]).to.contain(chain.top);
      expect(files.slice(1)).to.deep.equal(chain.images.slice(1));
      await stopAndCheck(chain.images);
    });

    it('a job that concluded while no manager was attached is reported once by the next one', async () => {
      const first = await start();
      await first.m.blockPull(first.disk, 1);
      const jobId = first.m.jobFor(first.disk)!.id;
      first.m.detach();
      // Let it finish with nobody processing it, then go away.
      const since = first.session.eventSeq;
      await first.session.execute('block-job-set-speed', { device: jobId, speed: 0 });
      await first.session.waitForEvent('JOB_STATUS_CHANGE', (e) => e.data?.id === jobId && e.data?.status === 'concluded', { since });
      await first.session.close();
      const events: BlockJobEvent[] = [];
      const session = await connect({ path: qemu!.socketPath });
      sessions.push(session);
      const m = await BlockJobManager.attach(session, { onEvent: (e) => events.push(e) });
      expect(events.map((e) => [e.disk, e.type, e.status, e.jobId])).to.deep.equal([[first.disk, 'pull', 'COMPLETED', jobId]]);
      expect(await session.execute('query-jobs')).to.deep.equal([]);
      expect(await m.getBlockJobInfo(first.disk)).to.equal(null);
      expect(m.listDisks().map((d) => d.name)).to.deep.equal([first.disk]);
      expect(m.getDisk(first.disk).chain.map((i) => i.filename)).to.deep.equal([chain.top]);
      if (kind === 'blockdev') {
        // The dropped layers were deleted although this manager never saw the chain they left.
        const nodes = await session.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true });
        expect(nodes.map((n) => n['node-name']).sort()).to.deep.equal(['libvirt-1-format', 'libvirt-1-storage']);
      }
      await stopAndCheck([chain.top]);
    });

    it('errors before sending: busy disk, unknown base', async () => {
      const { m, disk } = await start();
      await m.blockPull(disk, 1);
      try {
        await m.blockPull(disk);
        expect.fail('second pull accepted');
      } catch (err) {
        expect((err as Error).message).to.equal(`Operation not supported: disk '${disk}' already in active block job`);
      }
      await m.blockJobAbort(disk);
      try {
        await m.blockRebase(disk, '/nonexistent.qcow2');
        expect.fail('unknown base accepted');
      } catch (err) {
        expect((err as Error).message).to.equal(`invalid argument: could not find image '/nonexistent.qcow2' beneath '${chain.top}' in chain for '${disk}'`);
      }
      await stopAndCheck(chain.images);
    });
  });
}

describe('jobs against QEMU 7.2 (-blockdev with a virtio-blk frontend, as libvirt runs it)', function () {
  this.timeout(60_000);
  const dir = useQemuSandbox('qmpblock-jobs-fe-');

  it('the disk is named by its qdev id; job id pull-vda-libvirt-1-format; rebase to base; nodes deleted; data unchanged', async () => {
    const chain = await createStandardChain(dir());
    const reference = await flatten(chain.top, path.join(dir(), 'reference.raw'));
    // A paused q35 machine: a bus for the frontend, no guest code running.
    const qemu = await QemuProcess.start({
      disks: [{ kind: 'blockdev', chain: chain.images }],
      extraArgs: ['-machine', 'q35', '-S', '-device', 'virtio-blk-pci,drive=libvirt-1-format,id=vda'],
    });
    const session = await connect({ path: qemu.socketPath });
    try {
      const m = await BlockJobManager.attach(session);
      expect(m.listDisks().map((d) => [d.name, d.mode])).to.deep.equal([['vda', 'blockdev']]);
      const done = nextEvent(m);
      await m.blockRebase('vda', 'vda[3]', 0, 0);
      expect(await done).to.include({ disk: 'vda', status: 'COMPLETED', jobId: 'pull-vda-libvirt-1-format' });
      expect(m.getDisk('vda').chain.map((i) => i.nodeName)).to.deep.equal(['libvirt-1-format', 'libvirt-3-format']);
      const nodes = await session.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true });
      expect(nodes.map((n) => n['node-name']).sort()).to.deep.equal(['libvirt-1-format', 'libvirt-1-storage', 'libvirt-3-format', 'libvirt-3-storage']);
      await qemu.stop({ session });
      expect((await backingChain(chain.top)).map((e) => e.filename)).to.deep.equal([chain.top, chain.base]);
      expect(await compareImages(chain.top, reference, { formatB: 'raw' })).to.deep.equal({ identical: true });
    } finally {
      if (!session.closed) session.destroy();
    }
  });
});
