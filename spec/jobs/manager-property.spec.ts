/**
 * Random interleavings of what QEMU and callers do to one job (fast-check),
 * against the fake QEMU: whatever the order, a job produces at most one
 * terminal event, exactly one once QEMU has let go of it, the disk is free
 * again after it, and every caller returns.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { QmpError } from '../../lib/errors.js';
import { BlockJobManager, VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC, type BlockJobEvent } from '../../lib/jobs/index.js';
import { FakeQemu, flush } from './helpers/fake-qemu.js';

type Op =
  | 'finish' | 'fail' | 'cancelled-by-other' | 'vanish' | 'dismiss-by-other'
  | 'abort' | 'abort-async' | 'info' | 'speed' | 'ready-blip' | 'paused-blip';

const ops: Op[] = ['finish', 'fail', 'cancelled-by-other', 'vanish', 'dismiss-by-other', 'abort', 'abort-async', 'info', 'speed', 'ready-blip', 'paused-blip'];

describe('jobs/manager: random interleavings (fast-check)', () => {
  it('one terminal event per job, disk freed, callers return', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...ops), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        async (seq, blockdev, cancelAtOnce) => {
          const q = new FakeQemu();
          if (blockdev) q.addBlockdev(['/i/top.qcow2', '/i/mid.qcow2', '/i/base.qcow2']);
          else q.addDrive('drive0', ['/i/top.qcow2', '/i/mid.qcow2', '/i/base.qcow2']);
          q.cancelEndsAtOnce = cancelAtOnce;
          const events: BlockJobEvent[] = [];
          const m = await BlockJobManager.attach(q, { onEvent: (e) => events.push(e) });
          const disk = m.listDisks()[0]!.name;
          await m.blockPull(disk, 1);
          const id = m.jobFor(disk)!.id;
          const calls: Promise<unknown>[] = [];
          const live = (): boolean => q.jobs.has(id) && q.jobs.get(id)!.status !== 'concluded';
          for (const op of seq) {
            switch (op) {
              case 'finish':
                if (live()) q.finish(id);
                break;
              case 'fail':
                if (live()) q.finish(id, { error: 'Input/output error' });
                break;
              case 'cancelled-by-other':
                if (live()) q.cancelled(id);
                break;
              case 'vanish':
                q.jobs.delete(id);
                break;
              case 'dismiss-by-other':
                if (q.jobs.get(id)?.status === 'concluded') {
                  q.status(id, 'null');
                  q.jobs.delete(id);
                }
                break;
              case 'abort':
                calls.push(m.blockJobAbort(disk).catch((e: Error) => e));
                break;
              case 'abort-async':
                calls.push(m.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC).catch((e: Error) => e));
                break;
              case 'info':
                calls.push(m.getBlockJobInfo(disk).catch((e: Error) => e));
                break;
              case 'speed':
                calls.push(m.blockJobSetSpeed(disk, 3).catch((e: Error) => e));
                break;
              case 'ready-blip':
                if (live()) q.emitEvent('JOB_STATUS_CHANGE', { id, status: 'ready' });
                break;
              case 'paused-blip':
                if (live()) {
                  q.emitEvent('JOB_STATUS_CHANGE', { id, status: 'paused' });
                  q.emitEvent('JOB_STATUS_CHANGE', { id, status: 'running' });
                }
                break;
            }
            await flush();
          }
          // QEMU lets go of the job in the end: finish it if still there, then have someone notice.
          if (live()) q.finish(id);
          await flush();
          if (m.jobFor(disk)) await m.getBlockJobInfo(disk);
          await flush();
          const results = await Promise.all(calls);
          for (const r of results) if (r instanceof Error) expect(r).to.not.be.instanceOf(QmpError);
          const terminal = events.filter((e) => e.status !== 'READY');
          expect(terminal, JSON.stringify(seq)).to.have.length(1);
          expect(m.jobFor(disk), JSON.stringify(seq)).to.equal(undefined);
          expect(q.crashed).to.equal(false);
          if (seq.includes('abort') && !terminal.some((e) => e.status === 'CANCELED')) {
            // An abort that came after the job had ended reports the real end.
            expect(seq.indexOf('abort')).to.be.greaterThan(Math.min(...['finish', 'fail', 'cancelled-by-other', 'vanish'].map((o) => (seq.includes(o as Op) ? seq.indexOf(o as Op) : Infinity))));
          }
          m.detach();
        },
      ),
      { numRuns: 150 },
    );
  });
});
