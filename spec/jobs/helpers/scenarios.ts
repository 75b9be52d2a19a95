/**
 * Manager scenarios run twice: once against real QEMU through the recording
 * proxy (spec/jobs/record-traces.ts writes spec/jobs/traces/*.jsonl), and
 * once against the replay of that recording (spec/jobs/replay-own.spec.ts),
 * where every command the manager sends must equal the recorded one.
 * A scenario reads paths from the manager's chain, never from the machine
 * it was recorded on, and ends with `quit`.
 */
import { expect } from 'chai';
import { BlockJobManager, type BlockJobEvent } from '../../../lib/jobs/index.js';
import type { QmpSession } from '../../../lib/qmp/session.js';
import { nextEvent } from '../../helpers/events.js';

export interface Scenario {
  name: string;
  setup: 'drive' | 'blockdev';
  description: string;
  libvirt: string;
  run(m: BlockJobManager, disk: string, session: QmpSession): Promise<void>;
}

async function pull(m: BlockJobManager, disk: string): Promise<void> {
  const done = nextEvent(m);
  await m.blockPull(disk);
  expect(await done).to.include({ status: 'COMPLETED', type: 'pull' });
  expect(m.getDisk(disk).chain).to.have.length(1);
}

async function rebase(m: BlockJobManager, disk: string): Promise<void> {
  const base = m.getDisk(disk).chain[2]!.filename;
  const done = nextEvent(m);
  await m.blockRebase(disk, base, 0, 0);
  expect(await done).to.include({ status: 'COMPLETED', type: 'pull' });
  expect(m.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal([m.getDisk(disk).chain[0]!.filename, base]);
}

async function limitedThenAbort(m: BlockJobManager, disk: string): Promise<void> {
  await m.blockPull(disk, 1);
  const info = await m.getBlockJobInfo(disk);
  expect(info).to.include({ type: 1, bandwidth: 1 });
  await m.blockJobSetSpeed(disk, 2);
  expect(await m.getBlockJobInfo(disk)).to.include({ bandwidth: 2 });
  const events: BlockJobEvent[] = [];
  m.on('blockJob', (e) => events.push(e));
  await m.blockJobAbort(disk);
  expect(events.map((e) => e.status)).to.deep.equal(['CANCELED']);
  expect(m.getDisk(disk).chain).to.have.length(3);
  expect(await m.getBlockJobInfo(disk)).to.equal(null);
}

export const scenarios: Scenario[] = [
  {
    name: 'jobs-blockdev-pull',
    setup: 'blockdev',
    description: 'qmpblock BlockJobManager, -blockdev chain libvirt-1 (top) .. libvirt-3 (base), no frontend: attach, blockPull, COMPLETED, query-jobs, job-dismiss, query-named-block-nodes, blockdev-del of the 4 dropped nodes.',
    libvirt: 'virDomainBlockPull(dom, "libvirt-1-format", 0, 0)',
    run: pull,
  },
  {
    name: 'jobs-blockdev-rebase',
    setup: 'blockdev',
    description: 'qmpblock BlockJobManager, -blockdev chain: blockRebase to base (base-node + backing-file), mid nodes deleted.',
    libvirt: 'virDomainBlockRebase(dom, "libvirt-1-format", "<base>", 0, 0)',
    run: rebase,
  },
  {
    name: 'jobs-drive-pull',
    setup: 'drive',
    description: 'qmpblock BlockJobManager, -drive drive0: blockPull (device form, auto-dismiss off), COMPLETED, job-dismiss, chain re-read.',
    libvirt: 'virDomainBlockPull(dom, "drive0", 0, 0)',
    run: pull,
  },
  {
    name: 'jobs-drive-rebase',
    setup: 'drive',
    description: 'qmpblock BlockJobManager, -drive drive0: blockRebase with base by filename.',
    libvirt: 'virDomainBlockRebase(dom, "drive0", "<base>", 0, 0)',
    run: rebase,
  },
  {
    name: 'jobs-blockdev-limited-abort',
    setup: 'blockdev',
    description: 'qmpblock BlockJobManager, -blockdev: blockPull at 1 MiB/s, getBlockJobInfo, blockJobSetSpeed 2, getBlockJobInfo, synchronous blockJobAbort: CANCELED, chain unchanged.',
    libvirt: 'virDomainBlockPull(dom, disk, 1, 0); virDomainGetBlockJobInfo; virDomainBlockJobSetSpeed(2); virDomainBlockJobAbort(0)',
    run: limitedThenAbort,
  },
  {
    name: 'jobs-drive-limited-abort',
    setup: 'drive',
    description: 'qmpblock BlockJobManager, -drive drive0: blockPull at 1 MiB/s, info, set speed, synchronous abort.',
    libvirt: 'virDomainBlockPull(dom, "drive0", 1, 0); virDomainGetBlockJobInfo; virDomainBlockJobSetSpeed(2); virDomainBlockJobAbort(0)',
    run: limitedThenAbort,
  },
];

export function diskOf(setup: 'drive' | 'blockdev'): string {
  return setup === 'drive' ? 'drive0' : 'libvirt-1-format';
}
