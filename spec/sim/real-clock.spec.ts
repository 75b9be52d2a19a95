/**
 * The simulator on the real clock (as the demo and `qmpblock sim` run it),
 * over TCP, driven by the project's own QMP session: a job runs by itself
 * and its events arrive. No timing is asserted.
 */
import { expect } from 'chai';
import { startSimulator } from '../../lib/sim/index.js';
import { QmpSession } from '../../lib/qmp/session.js';

describe('sim on the real clock', function () {
  it('serves TCP, runs an unlimited stream to completion by itself', async function () {
    const sim = await startSimulator({ listen: 'tcp:127.0.0.1:0', disks: [{ name: 'vda', chain: ['/r/t', '/r/b'], sizeBytes: 4 * 1024 * 1024 }], clock: 'real' });
    try {
      expect(sim.uri).to.match(/^tcp:127\.0\.0\.1:\d+$/);
      expect((sim.endpoint as { port: number }).port).to.be.greaterThan(0);
      const session = await QmpSession.connect(sim.endpoint);
      try {
        const since = session.eventSeq;
        await session.execute('block-stream', { device: 'vda' });
        const done = await session.waitForEvent('BLOCK_JOB_COMPLETED', undefined, { since, timeout: 10_000 });
        expect(done.data).to.deep.equal({ device: 'vda', len: 4 * 1024 * 1024, offset: 4 * 1024 * 1024, speed: 0, type: 'stream' });
        expect(sim.chain('vda')).to.deep.equal(['/r/t']);
        await session.execute('quit');
        expect(await sim.exited).to.equal('quit');
      } finally {
        await session.close().catch(() => undefined);
      }
    } finally {
      await sim.close();
    }
  });
});
