/**
 * Pulls of a manager that keeps job records run with auto-dismiss on
 * (lib/jobs/pull.ts: QEMU 7.2 crashes listing nodes while a concluded
 * stream waits to be dismissed). QEMU then forgets the job as it ends:
 * BLOCK_JOB_* says how it ended while a manager watches, and one that ends
 * unwatched is told from its record and the chain (lib/jobs/unseen-end.ts).
 * Against the fake QEMU, which forgets such a job before it reads the next
 * command, as QEMU does.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { BlockJobManager, VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC, type BlockJobEvent } from '../../lib/jobs/index.js';
import { QmpError } from '../../lib/errors.js';
import { unseenEnd, UNSEEN_FAILED } from '../../lib/jobs/unseen-end.js';
import type { Disk } from '../../lib/jobs/disks.js';
import type { JobRecord } from '../../lib/jobs/job-records.js';
import { FakeJobsQemu } from '../commit/helpers/fake-jobs.js';
import { flush } from './helpers/fake-qemu.js';
import { until } from '../helpers/until.js';
import { recordsDir, removeRecordsDir } from './helpers/records-dir.js';

describe('jobs: pulls with auto-dismiss (records kept, fake QEMU)', () => {
  let dir: string;
  let files: string[];
  let stateFile: string;
  let recordsFile: string;

  beforeEach(() => ({ dir, files, stateFile, recordsFile } = recordsDir('qmpblock-autodismiss-')));
  afterEach(() => removeRecordsDir(dir));

  function qemu(): FakeJobsQemu {
    const q = new FakeJobsQemu();
    q.addDrive('drive0', files);
    return q;
  }

  async function attach(q: FakeJobsQemu, who = ''): Promise<{ m: BlockJobManager; events: string[] }> {
    const events: string[] = [];
    const m = await BlockJobManager.attach(q, { stateFile, onEvent: (e: BlockJobEvent) => events.push(`${who}${e.type} ${e.status}${e.error !== undefined ? `: ${e.error}` : ''}`) });
    return { m, events };
  }

  /** The first manager starts a rebase onto base and goes away; the job goes on in QEMU. */
  async function startThenLeave(q: FakeJobsQemu): Promise<void> {
    const { m } = await attach(q);
    await m.blockRebase('drive0', files[2]!, 1, 0);
    await m.recordsWritten();
    m.detach();
  }

  it('starts with auto-dismiss on; at the end no query-jobs and no job-dismiss, COMPLETED once, the record gone', async () => {
    const q = qemu();
    const { m, events } = await attach(q);
    await m.blockRebase('drive0', files[2]!, 1, 0);
    expect(q.sent.find((s) => s.command === 'block-stream')?.args).to.include({ 'auto-finalize': true, 'auto-dismiss': true });
    q.sent.length = 0;
    q.finish('drive0');
    await m.settled();
    expect(q.sent.map((s) => s.command)).to.deep.equal(['query-block', 'query-named-block-nodes']);
    expect(events).to.deep.equal(['pull COMPLETED']);
    await m.recordsWritten();
    expect(fs.existsSync(recordsFile)).to.equal(false);
  });

  it('without records it runs as libvirt\'s: auto-dismiss off, dismissed by the manager', async () => {
    const q = qemu();
    const m = await BlockJobManager.attach(q);
    await m.blockPull('drive0');
    expect(q.sent.find((s) => s.command === 'block-stream')?.args).to.include({ 'auto-dismiss': false });
    q.finish('drive0');
    await m.settled();
    expect(q.sent.map((s) => s.command)).to.include('job-dismiss');
  });

  it('two pulls ending together leave no concluded stream for the node reads (QEMU 7.2 would crash), each reported once', async () => {
    const q = qemu();
    q.addDrive('drive1', ['/x/a.qcow2', '/x/b.qcow2']);
    const { m, events } = await attach(q);
    await m.blockPull('drive0');
    await m.blockPull('drive1');
    q.finish('drive0');
    q.finish('drive1');
    await m.settled();
    expect(q.crashed).to.equal(false);
    expect(q.sent.map((s) => s.command)).to.not.include('job-dismiss');
    expect(events).to.deep.equal(['pull COMPLETED', 'pull COMPLETED']);
  });

  it('ended while no manager watched: the next one tells COMPLETED from the chain, once; the record goes', async () => {
    const q = qemu();
    await startThenLeave(q);
    q.finish('drive0');
    expect(q.jobs.size).to.equal(0);
    const { m, events } = await attach(q);
    await m.settled();
    expect(events).to.deep.equal(['pull COMPLETED']);
    expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([files[0], files[2]]);
    await m.recordsWritten();
    expect(fs.existsSync(recordsFile)).to.equal(false);
    const third = await attach(q);
    await third.m.settled();
    expect(third.events).to.deep.equal([]);
  });

  for (const shown of [false, true]) {
    it(`ended while only a watcher ${shown ? 'that printed it' : 'that did not mark it'} was there: the next manager reports it${shown ? ', saying it was shown elsewhere' : ''}`, async () => {
      const q = qemu();
      const watcher = await attach(q);
      await startThenLeave(q);
      // The watcher (the CLI's events) reads the record as the job ends, and marks it once printed.
      const rec = await watcher.m.recordedJob('drive0');
      expect(rec?.record).to.include({ id: 'drive0', kind: 'pull', autoDismiss: true });
      q.finish('drive0');
      if (shown) await watcher.m.markEndShown(rec!.record!);
      watcher.m.detach();
      const { m, events } = await attach(q);
      await m.settled();
      expect(events).to.deep.equal(['pull COMPLETED']);
      expect(m.endShownElsewhere('drive0')).to.equal(shown);
      await m.recordsWritten();
      expect(fs.existsSync(recordsFile)).to.equal(false);
    });
  }

  it('ended unwatched, and another client\'s job runs on the disk now: the pull is reported, the other job adopted as what it is', async () => {
    const q = new FakeJobsQemu();
    const disk = q.addBlockdev(files);
    const first = await attach(q);
    await first.m.blockRebase(disk, files[2]!, 1, 0);
    await first.m.recordsWritten();
    first.m.detach();
    const pullId = [...q.jobs.keys()][0]!;
    q.finish(pullId);
    // A copy another process started since, with no records.
    const copyId = `copy-${disk}-${disk}`;
    q.jobs.set(copyId, { id: copyId, type: 'mirror', top: disk, base: undefined, status: 'running', len: 10, offset: 1, speed: 0, autoDismiss: false, device: undefined });
    const { m, events } = await attach(q);
    await m.settled();
    expect(events).to.deep.equal(['pull COMPLETED']);
    expect(m.jobFor(disk)?.id).to.equal(copyId);
    expect(m.jobFor(disk)?.kind).to.equal('copy');
  });

  it('-drive: ended unwatched, and another client\'s commit runs under the device\'s id now: both told apart by type', async () => {
    const q = qemu();
    await startThenLeave(q);
    q.finish('drive0');
    // A -drive job is named after its device: a raw client's commit takes the pull's id.
    q.jobs.set('drive0', { id: 'drive0', type: 'commit', top: q.drives.get('drive0')!, base: undefined, status: 'running', len: 10, offset: 1, speed: 0, autoDismiss: false, device: 'drive0' });
    const { m, events } = await attach(q);
    await m.settled();
    expect(events).to.deep.equal(['pull COMPLETED']);
    expect(m.jobFor('drive0')?.kind).to.be.oneOf(['commit', 'active-commit']);
    await m.recordsWritten();
    expect(fs.existsSync(recordsFile)).to.equal(false);
  });

  it('a manager attaching while a live one finishes the pull leaves it to that one: reported once', async () => {
    const q = qemu();
    const a = await attach(q, 'A ');
    await a.m.blockRebase('drive0', files[2]!, 1, 0);
    await a.m.recordsWritten();
    // A's re-read of the chain after the end is held, so B attaches while A still finishes the job.
    const run = (c: string, x: unknown): unknown => (q as unknown as { run(c: string, a: unknown): unknown }).run(c, x);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let holdNext = true;
    q.overrides.set('query-named-block-nodes', (x) => {
      if (!holdNext) return run('query-named-block-nodes', x);
      holdNext = false;
      return held.then(() => run('query-named-block-nodes', x));
    });
    q.finish('drive0');
    await flush();
    const b = await attach(q, 'B ');
    await b.m.settled();
    release();
    await a.m.settled();
    expect([...a.events, ...b.events]).to.deep.equal(['A pull COMPLETED']);
  });

  it('a manager that adopts a running pull whose starter still runs (waiting for it) leaves the record to the starter', async () => {
    const q = qemu();
    const { m } = await attach(q);
    await m.blockPull('drive0', 1);
    await m.recordsWritten();
    // The starter is another process that still runs (this one's parent stands for it).
    const starter = `${process.ppid}:`;
    const text = fs.readFileSync(recordsFile, 'utf8').replace(/"owner": "[^"]*"/, `"owner": "${starter}"`);
    fs.writeFileSync(recordsFile, text);
    m.detach();
    const b = await attach(q, 'B ');
    expect(b.m.jobFor('drive0')?.kind).to.equal('pull');
    await b.m.recordsWritten();
    b.m.detach();
    await b.m.recordsWritten();
    expect(JSON.parse(fs.readFileSync(recordsFile, 'utf8')).jobs[0].owner).to.equal(starter);
    // The pull ends while only the starter watches: the next manager leaves it to the starter.
    q.finish('drive0');
    const c = await attach(q, 'C ');
    await c.m.settled();
    expect(c.events).to.deep.equal([]);
  });

  it('two managers attaching at once after an unwatched end: one of them reports it', async () => {
    const q = qemu();
    await startThenLeave(q);
    q.finish('drive0');
    const [b, c] = await Promise.all([attach(q, 'B '), attach(q, 'C ')]);
    await Promise.all([b.m.settled(), c.m.settled()]);
    expect([...b.events, ...c.events]).to.have.length(1);
    expect([...b.events, ...c.events][0]).to.match(/^[BC] pull COMPLETED$/);
  });

  for (const [alive, done] of [[false, true], [false, false], [true, true]] as const) {
    it(`a record still marked starting, its starter ${alive ? 'alive' : 'dead'}, QEMU without the job, the chain ${done ? 'pulled' : 'as it was'}: ${alive ? 'left to the starter' : done ? 'COMPLETED' : 'dropped, nothing reported (QEMU may never have had it)'}`, async () => {
      const q = qemu();
      fs.mkdirSync(path.dirname(recordsFile), { recursive: true });
      const starting = `${alive ? process.pid : 999_999_999}:1b2c`;
      fs.writeFileSync(recordsFile, JSON.stringify({ version: 1, jobs: [{ id: 'drive0', kind: 'pull', disk: 'drive0', diskArg: 'drive0', autoDismiss: true, owner: starting, starting, data: { base: files[2], into: files[0] } }] }));
      if (done) [...q.images.values()].find((i) => i.file === files[0])!.backing = [...q.images.values()].find((i) => i.file === files[2])!.node;
      const { m, events } = await attach(q);
      await m.settled();
      await m.recordsWritten();
      expect(events).to.deep.equal(alive || !done ? [] : ['pull COMPLETED']);
      expect(fs.existsSync(recordsFile)).to.equal(alive);
    });
  }

  it('failed while no manager watched (the chain unchanged): FAILED, saying why it is known so', async () => {
    const q = qemu();
    await startThenLeave(q);
    q.finish('drive0', { error: 'Input/output error' });
    const { m, events } = await attach(q);
    await m.settled();
    expect(events).to.deep.equal([`pull FAILED: ${UNSEEN_FAILED}`]);
    expect(m.getDisk('drive0').chain).to.have.length(3);
    // Nobody was told of it: a CLI prints it (a note).
    expect(m.endShownElsewhere('drive0')).to.equal(false);
  });

  it('aborted by a process that then went away: the abort was noted in the record first, so CANCELED', async () => {
    const q = qemu();
    const { m } = await attach(q);
    await m.blockPull('drive0', 1);
    q.overrides.set('block-job-cancel', () => new Promise(() => undefined));
    void m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC).catch(() => undefined);
    await until(() => q.sent.some((s) => s.command === 'block-job-cancel'));
    await m.recordsWritten();
    expect(fs.readFileSync(recordsFile, 'utf8')).to.match(/"ending": "abort"/);
    m.detach();
    q.cancelled('drive0');
    const second = await attach(q);
    await second.m.settled();
    expect(second.events).to.deep.equal(['pull CANCELED']);
    // It ended as its ASYNC abort asked, and the asker was told then: a CLI prints no note.
    expect(second.m.endShownElsewhere('drive0')).to.equal(true);
  });

  it('a commit aborted (ASYNC) by a process that went away: its abort is noted too; ended as asked, so told already', async () => {
    const q = qemu();
    const { m } = await attach(q);
    await m.blockCommit('drive0', files[2]!, files[1]!);
    q.overrides.set('block-job-cancel', () => ({}));
    await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC);
    await m.recordsWritten();
    expect(fs.readFileSync(recordsFile, 'utf8')).to.match(/"ending": "abort"/);
    m.detach();
    q.cancelled('drive0');
    const second = await attach(q);
    await second.m.settled();
    expect(second.events).to.deep.equal(['commit CANCELED']);
    expect(second.m.endShownElsewhere('drive0')).to.equal(true);
  });

  for (const async of [false, true]) {
    it(`an abort${async ? ' (ASYNC)' : ''} reaching QEMU after the pull ended and was forgotten (DeviceNotActive): COMPLETED once; no active block job`, async () => {
      const q = qemu();
      const { m, events } = await attach(q);
      await m.blockPull('drive0', 1);
      // On the wire: the job's events, then the cancel's refusal (QEMU no longer has the job).
      q.overrides.set('block-job-cancel', async () => {
        await Promise.resolve();
        q.finish('drive0');
        throw new QmpError('DeviceNotActive', "Block job 'drive0' not found", 'block-job-cancel');
      });
      const err = await m.blockJobAbort('drive0', async ? VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC : 0).then(() => undefined, (e: Error) => e.message);
      expect(err).to.equal('invalid argument: disk drive0 does not have an active block job');
      await m.settled();
      expect(events).to.deep.equal(['pull COMPLETED']);
      expect(m.getDisk('drive0').chain).to.have.length(1);
    });
  }

  it('the connection lost between BLOCK_JOB_COMPLETED and the chain read: reported by the manager that saw it, not again', async () => {
    const q = qemu();
    const { m, events } = await attach(q);
    await m.blockPull('drive0');
    q.on('event', (ev: { data?: { status?: string } }) => ev.data?.status === 'null' && q.drop());
    q.finish('drive0');
    await flush();
    expect(events).to.deep.equal(['pull COMPLETED']);
    await m.recordsWritten();
    q.closed = false;
    q.removeAllListeners('event');
    const next = await attach(q);
    await next.m.settled();
    expect(next.events).to.deep.equal([]);
  });
});

describe('jobs/unseen-end: how a forgotten pull ended, from its record and the chain', () => {
  const disk = (files: string[]): Disk => ({ name: 'vda', mode: 'drive', device: 'vda', chain: files.map((filename) => ({ filename, format: 'qcow2' })) });
  const rec = (data: unknown, extra: Partial<JobRecord> = {}): JobRecord => ({ id: 'vda', kind: 'pull', disk: 'vda', diskArg: 'vda', autoDismiss: true, data, ...extra });

  it('a rebase: COMPLETED when the image it pulled into is backed by the base, else FAILED', () => {
    expect(unseenEnd(rec({ base: '/b', into: '/t' }), disk(['/t', '/b']))).to.deep.equal({ result: 'completed' });
    expect(unseenEnd(rec({ base: '/b', into: '/t' }), disk(['/t', '/m', '/b']))).to.deep.equal({ result: 'failed', error: UNSEEN_FAILED });
  });
  it('a full pull: COMPLETED when nothing backs the image', () => {
    expect(unseenEnd(rec({ into: '/t' }), disk(['/t']))).to.deep.equal({ result: 'completed' });
    expect(unseenEnd(rec({ into: '/t' }), disk(['/t', '/b']))).to.deep.equal({ result: 'failed', error: UNSEEN_FAILED });
  });
  it('a stream into an image below the top (a merge): judged at that image; a snapshot taken since on top does not matter', () => {
    expect(unseenEnd(rec({ base: '/b', into: '/m' }), disk(['/s', '/t', '/m', '/b']))).to.deep.equal({ result: 'completed' });
    expect(unseenEnd(rec({ base: '/b', into: '/m' }), disk(['/t', '/m', '/x', '/b']))).to.deep.equal({ result: 'failed', error: UNSEEN_FAILED });
  });
  it('a record of an older version (no `into`): judged at the top', () => {
    expect(unseenEnd(rec({ base: '/b' }), disk(['/t', '/b']))).to.deep.equal({ result: 'completed' });
  });
  it('asked to abort: CANCELED, whatever the chain; the disk gone, or the image no longer in its chain: FAILED', () => {
    expect(unseenEnd(rec({ base: '/b', into: '/t' }, { ending: 'abort' }), disk(['/t', '/b']))).to.deep.equal({ result: 'cancelled' });
    expect(unseenEnd(rec({ base: '/b', into: '/t' }), undefined)).to.deep.equal({ result: 'failed', error: UNSEEN_FAILED });
    expect(unseenEnd(rec({ base: '/b', into: '/t' }), disk(['/b']))).to.deep.equal({ result: 'failed', error: UNSEEN_FAILED });
  });
});
