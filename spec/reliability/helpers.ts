/**
 * Shared pieces of the fault tests: a QEMU with the standard chain, a
 * manager over a fresh session, an event log per job, and the checks every
 * fault test makes (no unhandled rejection, data as QEMU left it).
 */
import path from 'node:path';
import { expect } from 'chai';
import { BlockJobManager, type BlockJobEvent } from '../../lib/jobs/index.js';
import { compareImages, createStandardChain, flatten, QemuProcess, type Chain, type DiskSpec } from '../../lib/qemu/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';

export interface Rig {
  chain: Chain;
  reference: string;
  qemu: QemuProcess;
  disk: string;
  sessions: QmpSession[];
  events: BlockJobEvent[];
  open(): Promise<{ session: QmpSession; m: BlockJobManager }>;
  checkData(): Promise<void>;
  cleanup(): void;
}

export async function startRig(dir: string, kind: 'drive' | 'blockdev', extra: Partial<DiskSpec> = {}): Promise<Rig> {
  const chain = await createStandardChain(dir);
  const reference = await flatten(chain.top, path.join(dir, 'reference.raw'));
  const spec = (kind === 'drive' ? { kind, id: 'drive0', chain: chain.images, ...extra } : { kind, chain: chain.images, ...extra }) as DiskSpec;
  const qemu = await QemuProcess.start({ disks: [spec] });
  const rig: Rig = {
    chain,
    reference,
    qemu,
    disk: kind === 'drive' ? 'drive0' : 'libvirt-1-format',
    sessions: [],
    events: [],
    async open() {
      const session = await connect({ path: qemu.socketPath });
      rig.sessions.push(session);
      const m = await BlockJobManager.attach(session, { onEvent: (e) => rig.events.push(e) });
      return { session, m };
    },
    async checkData() {
      // Whatever happened to the job, the guest sees the same data through the chain QEMU left.
      expect(await compareImages(chain.top, reference, { formatB: 'raw' })).to.deep.equal({ identical: true });
    },
    cleanup() {
      for (const s of rig.sessions) if (!s.closed) s.destroy();
    },
  };
  return rig;
}

/** Collects unhandled rejections for the duration of a describe block; each test asserts none. */
export function noUnhandledRejections(): void {
  const seen: unknown[] = [];
  const h = (r: unknown): void => {
    seen.push(r);
  };
  before(() => process.on('unhandledRejection', h));
  after(() => process.off('unhandledRejection', h));
  afterEach(function () {
    const got = seen.splice(0);
    expect(got.map(String), 'unhandled rejections').to.deep.equal([]);
  });
}

export const TERMINAL = new Set(['COMPLETED', 'FAILED', 'CANCELED']);

export function terminalEvents(events: BlockJobEvent[], jobId?: string): BlockJobEvent[] {
  return events.filter((e) => TERMINAL.has(e.status) && (jobId === undefined || e.jobId === jobId));
}
