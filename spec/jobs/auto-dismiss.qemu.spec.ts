/**
 * Pulls of a manager that keeps job records, on a real QEMU 7.2 (-drive and
 * -blockdev): they run with auto-dismiss on, so a node list read at any time
 * around a pull's end finds no concluded stream (QEMU 7.2 segfaults on
 * `query-named-block-nodes` then: lib/jobs/pull.ts), and a pull that ends
 * while no manager is connected is reported by the next one from its record
 * and the chain. No timing assertions: the tests wait for events and states.
 */
import { expect } from 'chai';
import path from 'node:path';
import { BlockJobManager, VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES, type BlockJobEvent } from '../../lib/jobs/index.js';
import { backingChain, compareImages, createStandardChain, flatten, QemuProcess, type Chain } from '../../lib/qemu/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import { useQemuSandbox } from '../helpers/qemu.js';

const MiB = 1024 * 1024;

for (const kind of ['drive', 'blockdev'] as const) {
  describe(`jobs: pulls with auto-dismiss on QEMU 7.2 (-${kind})`, function () {
    this.timeout(60_000);
    const dir = useQemuSandbox('qmpblock-autodismiss-');
    const disk = kind === 'drive' ? 'drive0' : 'libvirt-1-format';
    let chain: Chain;
    let reference: string;
    let qemu: QemuProcess;
    let sessions: QmpSession[];

    beforeEach(async () => {
      sessions = [];
      chain = await createStandardChain(dir());
      reference = await flatten(chain.top, path.join(dir(), 'reference.raw'));
      qemu = await QemuProcess.start({ disks: [kind === 'drive' ? { kind, id: 'drive0', chain: chain.images } : { kind, chain: chain.images }] });
    });
    afterEach(() => {
      for (const s of sessions) if (!s.closed) s.destroy();
    });

    async function session(): Promise<QmpSession> {
      const s = await connect({ path: qemu.socketPath });
      sessions.push(s);
      return s;
    }

    /** A manager keeping records, on `s` (QEMU's monitor serves one client at a time) or a new session. */
    async function manager(events: string[], s?: QmpSession): Promise<BlockJobManager> {
      return BlockJobManager.attach(s ?? (await session()), { stateDir: path.join(dir(), 'state'), onEvent: (e: BlockJobEvent) => events.push(`${e.type} ${e.status}`) });
    }

    async function stopAndCheck(s: QmpSession): Promise<void> {
      await qemu.stop({ session: s });
      expect((await backingChain(chain.top)).map((e) => e.filename)).to.deep.equal([chain.top]);
      expect(await compareImages(chain.top, reference, { formatB: 'raw' })).to.deep.equal({ identical: true });
    }

    it('the node list read without pause, past the manager\'s guard, across the pull\'s end: QEMU lives, COMPLETED once', async () => {
      const events: string[] = [];
      const m = await manager(events);
      // Raw reads on the manager's own connection, as any other client's would be.
      const reader = sessions[0]!;
      // About 2 s of pulling (24 MiB to copy at 12 MiB/s), read the whole time.
      await m.blockPull(disk, 12 * MiB, VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES);
      let reads = 0;
      let after = 0;
      while (after < 20) {
        await reader.execute('query-named-block-nodes', { flat: true });
        reads++;
        if (events.length > 0) after++;
      }
      expect(reads).to.be.greaterThan(20);
      expect(events).to.deep.equal(['pull COMPLETED']);
      expect(await reader.execute<unknown[]>('query-jobs')).to.deep.equal([]);
      await stopAndCheck(reader);
    });

    it('a pull ending while no manager is connected: the next manager reports COMPLETED, once, from the chain', async () => {
      const first: string[] = [];
      const a = await manager(first);
      await a.blockPull(disk, 24 * MiB, VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES);
      await a.recordsWritten();
      await sessions[0]!.close();
      const probe = await session();
      // QEMU forgets the job as it ends.
      while ((await probe.execute<unknown[]>('query-jobs')).length > 0) await new Promise((r) => setTimeout(r, 50));
      const second: string[] = [];
      const b = await manager(second, probe);
      await b.settled();
      expect([...first, ...second]).to.deep.equal(['pull COMPLETED']);
      expect(b.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal([chain.top]);
      if (kind === 'blockdev') {
        // The nodes the pull dropped were deleted by the manager that reported it.
        const nodes = await probe.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true });
        expect(nodes.map((n) => n['node-name']).sort()).to.deep.equal(['libvirt-1-format', 'libvirt-1-storage']);
      }
      b.detach();
      const third: string[] = [];
      await (await manager(third, probe)).settled();
      expect(third).to.deep.equal([]);
      await stopAndCheck(probe);
    });
  });
}
