/**
 * Faults with a real QEMU 7.2 (issue 6): the daemon restarting mid-job, QEMU
 * killed or told to quit mid-job, a stuck QEMU, 50 callers racing for one
 * disk, and an I/O error injected with blkdebug. Every test checks: no
 * unhandled rejection, every call settles, at most one terminal event per job
 * (exactly one wherever QEMU reported the end), and the guest-visible data
 * (`qemu-img compare` against a copy flattened before the job).
 */
import { expect } from 'chai';
import { backingChain } from '../../lib/qemu/index.js';
import { connect } from '../../lib/qmp/session.js';
import { QmpDisconnectedError, QmpError, QmpTimeoutError, VirError } from '../../lib/errors.js';
import { BlockJobManager, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT } from '../../lib/jobs/index.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { nextEvent } from '../helpers/events.js';
import { noUnhandledRejections, startRig, terminalEvents, type Rig } from './helpers.js';

const MiB = 1024 * 1024;

describe('faults with real QEMU', function () {
  this.timeout(90_000);
  const dir = useQemuSandbox('qmpblock-fault-');
  noUnhandledRejections();
  let rig: Rig | undefined;
  afterEach(() => rig?.cleanup());

  describe('the embedding process restarts mid-job', function () {
    it('a new manager adopts a running job, reports it, and delivers its one terminal event', async function () {
      rig = await startRig(dir(), 'blockdev');
      const first = await rig.open();
      await first.m.blockPull(rig.disk, 1); // 1 MiB/s: still running when the "daemon" dies
      const jobId = first.m.jobFor(rig.disk)!.id;
      expect(jobId).to.equal('pull-libvirt-1-format-libvirt-1-format');
      first.session.destroy(); // the daemon goes away without a word
      expect(terminalEvents(rig.events)).to.deep.equal([]);

      const second = await rig.open();
      const info = await second.m.getBlockJobInfo(rig.disk);
      expect(info).to.include({ type: 1, bandwidth: 1 });
      const done = nextEvent(second.m, (e) => e.status !== 'READY');
      await second.m.blockJobSetSpeed(rig.disk, 0);
      expect(await done).to.include({ type: 'pull', status: 'COMPLETED', jobId });
      await second.m.settled();
      expect(terminalEvents(rig.events, jobId)).to.have.length(1);
      expect(await second.session.execute('query-jobs')).to.deep.equal([]);
      await rig.qemu.stop({ session: second.session });
      expect((await backingChain(rig.chain.top)).map((c) => c.filename)).to.deep.equal([rig.chain.top]);
      await rig.checkData();
    });

    it('a job that concluded while nobody was attached is reported once at attach and dismissed', async function () {
      rig = await startRig(dir(), 'blockdev');
      const first = await rig.open();
      await first.m.blockPull(rig.disk, 1);
      const jobId = first.m.jobFor(rig.disk)!.id;
      first.session.destroy();

      // Meanwhile the job runs to its end in QEMU; auto-dismiss is off, so it waits, concluded.
      const raw = await connect({ path: rig.qemu.socketPath });
      rig.sessions.push(raw);
      const since = raw.eventSeq;
      await raw.execute('block-job-set-speed', { device: jobId, speed: 0 });
      await raw.waitForEvent('JOB_STATUS_CHANGE', (e) => e.data?.id === jobId && e.data?.status === 'concluded', { since, timeout: 30_000 });
      expect(await raw.execute('query-jobs')).to.have.length(1);
      await raw.close();

      const second = await rig.open();
      await second.m.settled();
      expect(terminalEvents(rig.events, jobId).map((e) => e.status)).to.deep.equal(['COMPLETED']);
      expect(await second.session.execute('query-jobs')).to.deep.equal([]);
      expect(second.m.getDisk(rig.disk).chain.map((c) => c.filename)).to.deep.equal([rig.chain.top]);
      // QEMU serves one QMP client at a time: the next one is accepted when this one leaves.
      await second.session.close();
      // A third attach has nothing left to report.
      const third = await rig.open();
      await third.m.settled();
      expect(terminalEvents(rig.events, jobId)).to.have.length(1);
      await rig.qemu.stop({ session: third.session });
      await rig.checkData();
    });

    it('a paused job is adopted as a job, and ends once when resumed', async function () {
      rig = await startRig(dir(), 'drive');
      const first = await rig.open();
      await first.m.blockPull(rig.disk, 1);
      await first.session.execute('block-job-pause', { device: 'drive0' });
      first.session.destroy();
      const second = await rig.open();
      expect(await second.m.getBlockJobInfo(rig.disk)).to.include({ type: 1 });
      await second.session.execute('block-job-resume', { device: 'drive0' });
      const done = nextEvent(second.m);
      await second.m.blockJobSetSpeed(rig.disk, 0);
      expect(await done).to.include({ status: 'COMPLETED', type: 'pull' });
      await second.m.settled();
      expect(terminalEvents(rig.events)).to.have.length(1);
      await rig.qemu.stop({ session: second.session });
      await rig.checkData();
    });
  });

  describe('QEMU refuses the end bookkeeping once', function () {
    for (const kind of ['drive', 'blockdev'] as const) {
      it(`${kind}: a job-dismiss refused while connected is sent again: one COMPLETED, no job left, QEMU alive (its node listing is not read while the job is concluded)`, async function () {
        rig = await startRig(dir(), kind);
        const session = await connect({ path: rig.qemu.socketPath });
        rig.sessions.push(session);
        const execute = session.execute.bind(session);
        let refused = 0;
        (session as { execute: typeof session.execute }).execute = ((cmd: string, ...rest: never[]) => {
          if (cmd === 'job-dismiss' && refused++ === 0) return Promise.reject(new QmpError('GenericError', 'refused once by the test', cmd));
          return execute(cmd, ...rest);
        }) as typeof session.execute;
        const m = await BlockJobManager.attach(session, { onEvent: (e) => rig!.events.push(e) });
        const done = nextEvent(m, (e) => e.status !== 'READY');
        await m.blockPull(rig.disk);
        expect(await done).to.include({ type: 'pull', status: 'COMPLETED' });
        await m.settled();
        expect(refused).to.equal(2);
        expect(terminalEvents(rig.events)).to.have.length(1);
        expect(await execute('query-jobs')).to.deep.equal([]);
        expect(await execute('query-status')).to.include({ status: 'running' });
        await rig.qemu.stop({ session });
        expect((await backingChain(rig.chain.top)).map((c) => c.filename)).to.deep.equal([rig.chain.top]);
        await rig.checkData();
      });
    }
  });

  describe('the connection closes mid-job', function () {
    it('QEMU killed with SIGKILL while an abort waits: the call rejects clearly, no event is invented, data intact', async function () {
      rig = await startRig(dir(), 'drive');
      const { m, session } = await rig.open();
      await m.blockPull(rig.disk, 1);
      rig.qemu.freeze(); // the cancel will be in flight, unanswered
      const abort = m.blockJobAbort(rig.disk).then(
        () => undefined,
        (e: unknown) => e,
      );
      const info = m.getBlockJobInfo(rig.disk).catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r, 50));
      await rig.qemu.kill();
      const err = await abort;
      expect(err).to.be.instanceOf(Error);
      expect((err as Error).message).to.match(/connection|closed|disconnect|not running/i);
      expect(await info).to.be.instanceOf(Error);
      expect(session.closed).to.equal(true);
      expect(terminalEvents(rig.events)).to.deep.equal([]);
      // A later call fails at once with a clear error instead of hanging.
      const later = await m.blockPull(rig.disk).catch((e: unknown) => e);
      expect(later).to.be.instanceOf(VirError);
      await rig.checkData();
    });

    it('QEMU told to quit mid-job: the job it cancels is reported CANCELED exactly once', async function () {
      rig = await startRig(dir(), 'drive');
      const { m, session } = await rig.open();
      await m.blockPull(rig.disk, 1);
      const ret = await session.execute('quit').catch((e: unknown) => e);
      expect(ret === undefined || (typeof ret === 'object' && !(ret instanceof Error)) || ret instanceof QmpDisconnectedError).to.equal(true);
      await rig.qemu.exited;
      await new Promise((r) => setTimeout(r, 50));
      expect(terminalEvents(rig.events).map((e) => e.status)).to.deep.equal(['CANCELED']);
      expect((await backingChain(rig.chain.top)).length).to.equal(3);
      await rig.checkData();
    });
  });

  for (const first of ['abort', 'pivot'] as const) {
    it(`a READY active commit aborted and pivoted at once by two callers (${first} first): one wins, the other is told it is still being ended`, async function () {
      rig = await startRig(dir(), 'blockdev');
      const { m, session } = await rig.open();
      const ready = nextEvent(m, (e) => e.status === 'READY');
      await m.blockCommit(rig.disk, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
      await ready;
      const abort = (): Promise<string> => m.blockJobAbort(rig!.disk).then(() => 'ok', (e: Error) => e.message);
      const pivot = (): Promise<string> => m.blockJobAbort(rig!.disk, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT).then(() => 'ok', (e: Error) => e.message);
      const [a, b] = await Promise.all(first === 'abort' ? [abort(), pivot()] : [pivot(), abort()]);
      expect(a).to.equal('ok');
      expect(b).to.match(/^Requested operation is not valid: block job on disk '.*' is still being ended$/);
      await m.settled();
      const ends = terminalEvents(rig.events);
      expect(ends).to.have.length(1);
      expect(ends[0]!.status).to.equal(first === 'abort' ? 'CANCELED' : 'COMPLETED');
      expect(await session.execute('query-jobs')).to.deep.equal([]);
      const active = m.listDisks()[0]!.chain[0]!.filename;
      expect(active).to.equal(first === 'abort' ? rig.chain.top : rig.chain.base);
      await rig.qemu.stop({ session });
      // Either way the guest sees the same data through the image it now runs on.
      const { compareImages } = await import('../../lib/qemu/index.js');
      expect(await compareImages(active, rig.reference, { formatB: 'raw' })).to.deep.equal({ identical: true });
    });
  }

  it('a stuck QEMU: a command with a timeout rejects cleanly and the session stays usable', async function () {
    rig = await startRig(dir(), 'drive');
    const { session } = await rig.open();
    rig.qemu.freeze();
    const err = await session.execute('query-block-jobs', undefined, { timeout: 200 }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(QmpTimeoutError);
    rig.qemu.thaw();
    expect(await session.execute('query-block-jobs')).to.deep.equal([]);
    expect(session.stats.unknownAnswers).to.equal(0);
    expect(session.inFlight).to.equal(0);
    await rig.qemu.stop({ session });
  });

  it('a start answered after the command timeout (QEMU stopped meanwhile): the caller is told, the job is followed to one COMPLETED and dismissed', async function () {
    rig = await startRig(dir(), 'drive');
    const session = await connect({ path: rig.qemu.socketPath }, { commandTimeout: 300 });
    rig.sessions.push(session);
    const m = await BlockJobManager.attach(session, { onEvent: (e) => rig!.events.push(e) });
    rig.qemu.freeze();
    const thaw = setTimeout(() => rig!.qemu.thaw(), 900);
    try {
      const err = await m.blockPull(rig.disk, 0).then(() => undefined, (e: unknown) => e);
      expect(err).to.include({ code: 'VIR_ERR_OPERATION_TIMEOUT' });
      await m.waitForJob(rig.disk);
    } finally {
      clearTimeout(thaw);
      rig.qemu.thaw();
    }
    expect(terminalEvents(rig.events).map((e) => e.status)).to.deep.equal(['COMPLETED']);
    expect(await session.execute('query-jobs')).to.deep.equal([]);
    expect((await backingChain(rig.chain.top)).map((x) => x.filename)).to.deep.equal([rig.chain.top]);
    await rig.qemu.stop({ session });
    await rig.checkData();
  });

  it('50 concurrent callers on one disk: one job starts, 49 are told the disk is busy, one QMP command is sent', async function () {
    rig = await startRig(dir(), 'drive');
    const { m, session } = await rig.open();
    let streams = 0;
    session.tap = (dir2, _t, msg) => {
      if (dir2 === 'c2s' && (msg as { execute?: string }).execute === 'block-stream') streams++;
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => m.blockPull(rig!.disk, 1).then(() => 'started', (e: Error) => e.message)));
    expect(results.filter((r) => r === 'started')).to.have.length(1);
    expect(new Set(results.filter((r) => r !== 'started'))).to.deep.equal(new Set(["Operation not supported: disk 'drive0' already in active block job"]));
    expect(streams).to.equal(1);
    const done = nextEvent(m);
    await m.blockJobAbort(rig.disk);
    expect(await done).to.include({ status: 'CANCELED' });
    await rig.qemu.stop({ session });
    await rig.checkData();
  });

  it('an I/O error during a pull (blkdebug) ends the job FAILED with QEMU\'s error, chain and data as they were', async function () {
    rig = await startRig(dir(), 'blockdev', { blkdebug: { layer: 1, rules: [{ event: 'read_aio', errno: 5 }] } } as never);
    const { m, session } = await rig.open();
    const done = nextEvent(m);
    await m.blockPull(rig.disk);
    const ev = await done;
    expect(ev).to.include({ status: 'FAILED', type: 'pull' });
    expect(ev.error).to.match(/Input\/output error/);
    await m.settled();
    expect(terminalEvents(rig.events)).to.have.length(1);
    expect(await session.execute('query-jobs')).to.deep.equal([]);
    await rig.qemu.stop({ session });
    expect((await backingChain(rig.chain.top)).map((c) => c.filename)).to.deep.equal(rig.chain.images);
    await rig.checkData();
    void MiB;
  });
});
