/**
 * QEMU's answers are input: a list answer that is not a list of objects with
 * the members the engine reads is a typed protocol error (code
 * QMP_ERR_PROTOCOL), never a TypeError, and never an unhandled rejection
 * from the job bookkeeping.
 */
import { expect } from 'chai';
import { BlockJobManager, type BlockJobEvent } from '../../lib/jobs/index.js';
import { FakeJobsQemu } from '../commit/helpers/fake-jobs.js';
import { flush } from './helpers/fake-qemu.js';

describe('jobs: malformed answers from QEMU (fake QEMU)', () => {
  function qemu(): FakeJobsQemu {
    const q = new FakeJobsQemu();
    q.addDrive('drive0', ['/m/top', '/m/mid', '/m/base']);
    return q;
  }

  it('attach: a malformed query-jobs, query-block or node list is a protocol error naming the command', async () => {
    const cases: [string, unknown][] = [
      ['query-jobs', [null]],
      ['query-jobs', { id: 'x' }],
      ['query-block', [5]],
      ['query-named-block-nodes', [{ 'node-name': 'n', drv: 'qcow2' }]],
    ];
    for (const [command, answer] of cases) {
      const q = qemu();
      q.overrides.set(command, () => answer);
      const err = await BlockJobManager.attach(q).then(() => undefined, (e: unknown) => e);
      expect(err, command).to.include({ code: 'QMP_ERR_PROTOCOL' });
      expect((err as Error).message, command).to.match(new RegExp(`^QEMU answered '${command}' with `));
    }
  });

  it('getBlockJobInfo: a malformed query-block-jobs is a protocol error', async () => {
    const q = qemu();
    const m = await BlockJobManager.attach(q);
    await m.blockPull('drive0', 0);
    q.overrides.set('query-block-jobs', () => [null]);
    const err = await m.getBlockJobInfo('drive0').then(() => undefined, (e: unknown) => e);
    expect(err).to.include({ code: 'QMP_ERR_PROTOCOL' });
  });

  it('a malformed query-jobs as a job ends: no unhandled rejection, one terminal event', async () => {
    const q = qemu();
    const m = await BlockJobManager.attach(q);
    const events: BlockJobEvent[] = [];
    m.on('blockJob', (e) => events.push(e));
    const unhandled: unknown[] = [];
    const onUnhandled = (r: unknown): void => void unhandled.push(r);
    process.on('unhandledRejection', onUnhandled);
    try {
      await m.blockPull('drive0', 0);
      q.overrides.set('query-jobs', () => [null]);
      q.finish('drive0');
      await m.waitForJob('drive0');
      await flush();
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).to.deep.equal([]);
    expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
  });
});
