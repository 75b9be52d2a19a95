/**
 * Commands QEMU answers after the session's commandTimeout (a QEMU that
 * stalls: the simulator holds a command, and the ones behind it, as QEMU
 * does): a late answer is not a missing one. A start that timed out is
 * followed if QEMU has the job; the bookkeeping of a job's end waits as long
 * as QEMU takes. Either way one terminal event, and the job dismissed.
 */
import { expect } from 'chai';
import { BlockJobManager, type BlockJobEvent } from '../../lib/jobs/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import { startSimulator, type Simulator } from '../../lib/sim/index.js';
import { QmpTimeoutError, VirError } from '../../lib/errors.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeJobsQemu } from '../commit/helpers/fake-jobs.js';
import { flush } from '../jobs/helpers/fake-qemu.js';

const MiB = 1024 * 1024;

describe('commands answered after the command timeout (simulator)', function () {
  let sim: Simulator | undefined;
  let s: QmpSession | undefined;
  afterEach(async () => {
    if (s && !s.closed) s.destroy();
    await sim?.close();
  });

  async function setUp(): Promise<{ m: BlockJobManager; events: BlockJobEvent[] }> {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/mid', '/d/base'], sizeBytes: 4 * MiB }] });
    s = await connect(sim.endpoint, { commandTimeout: 200 });
    const m = await BlockJobManager.attach(s);
    const events: BlockJobEvent[] = [];
    m.on('blockJob', (e) => events.push(e));
    return { m, events };
  }

  it('a start QEMU answers late: the caller is told it timed out, the disk stays reserved, and the job is followed to its one end', async () => {
    const { m, events } = await setUp();
    sim!.faults.slowReply({ command: 'block-stream', delayMs: 600, count: 1 });
    const err = await m.blockPull('vda', 0).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(VirError);
    expect(err).to.include({ code: 'VIR_ERR_OPERATION_TIMEOUT' });
    expect((err as Error).message).to.match(/^Timed out during operation: .*'block-stream'.*QEMU may still start the job/);
    // Not started twice: the disk counts as busy until QEMU's answer is known.
    const again = await m.blockPull('vda', 0).then(() => undefined, (e: unknown) => e);
    expect((again as Error).message).to.match(/already in active block job/);
    await m.waitForJob('vda');
    expect(events.map((e) => [e.disk, e.status])).to.deep.equal([['vda', 'COMPLETED']]);
    expect(await s!.execute('query-jobs')).to.deep.equal([]);
    expect(sim!.chain('vda')).to.deep.equal(['/d/top']);
  });

  it('query-jobs answered late as the job concludes: still one event, after the job is dismissed', async () => {
    const { m, events } = await setUp();
    await m.blockPull('vda', 0);
    // The first query-jobs from here on (the manager asking how the job ended) stalls.
    sim!.faults.slowReply({ command: 'query-jobs', delayMs: 600, count: 1 });
    await m.waitForJob('vda');
    expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
    expect(await s!.execute('query-jobs')).to.deep.equal([]);
    // The disk is free for the next job.
    await m.blockPull('vda', 0);
  });

  /** A fake QEMU with drive0, a manager keeping its records in a temp folder, and its events. */
  async function withRecordsVm(test: (vm: { dir: string; q: FakeJobsQemu; m: BlockJobManager; events: BlockJobEvent[] }) => Promise<void>): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-late-'));
    try {
      const q = new FakeJobsQemu();
      q.addDrive('drive0', ['top', 'base'].map((f) => path.join(dir, f)));
      const m = await BlockJobManager.attach(q, { stateFile: path.join(dir, 'vm.json') });
      const events: BlockJobEvent[] = [];
      m.on('blockJob', (e) => events.push(e));
      await test({ dir, q, m, events });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('with records kept (auto-dismiss): a start answered late whose job ended and was forgotten before query-jobs is still followed to its one end', async () => {
    await withRecordsVm(async ({ dir, q, m, events }) => {
      const start = q.overrides.get('block-stream');
      q.overrides.set('block-stream', (a) => {
        q.overrides.delete('block-stream');
        // QEMU started the job, which ended (and was forgotten) before the answer came.
        (q as unknown as { run(c: string, a: unknown): unknown }).run('block-stream', a);
        q.finish('drive0');
        if (start) q.overrides.set('block-stream', start);
        throw new QmpTimeoutError("'block-stream' got no answer within 200 ms");
      });
      const err = await m.blockPull('drive0', 0).then(() => undefined, (e: unknown) => e);
      expect(err).to.include({ code: 'VIR_ERR_OPERATION_TIMEOUT' });
      expect(q.jobs.size).to.equal(0);
      await m.settled();
      expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
      await m.recordsWritten();
      expect(fs.existsSync(path.join(dir, 'vm.jobs.json'))).to.equal(false);
    });
  });

  it('a start that timed out and QEMU does not have (refused, its answer dropped): the disk is free again, no event, its record taken back', async () => {
    await withRecordsVm(async ({ dir, q, m, events }) => {
      q.overrides.set('block-stream', () => {
        q.overrides.delete('block-stream');
        throw new QmpTimeoutError("'block-stream' got no answer within 200 ms");
      });
      const err = await m.blockPull('drive0', 0).then(() => undefined, (e: unknown) => e);
      expect(err).to.include({ code: 'VIR_ERR_OPERATION_TIMEOUT' });
      await flush();
      await m.recordsWritten();
      expect(m.jobFor('drive0')).to.equal(undefined);
      expect(fs.existsSync(path.join(dir, 'vm.jobs.json'))).to.equal(false);
      expect(events).to.deep.equal([]);
      await m.blockPull('drive0', 0);
      expect(m.jobFor('drive0')?.state).to.equal('running');
    });
  });
});
