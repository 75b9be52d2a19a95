/**
 * Job records (lib/jobs/job-records.ts) against the fake QEMU: a manager with
 * a state location writes the starter's data before the start command goes
 * out (again once it answered) and removes it at the job's end; a second manager adopting the job uses it
 * (DELETE carried out, the caller's disk name in the events, lastJobOutcome);
 * records of jobs QEMU no longer has are dropped at attach; without a state
 * location nothing is written.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import {
  BlockJobManager,
  VIR_DOMAIN_BLOCK_COMMIT_ACTIVE,
  VIR_DOMAIN_BLOCK_COMMIT_DELETE,
  VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  type BlockJobEvent,
} from '../../lib/jobs/index.js';
import { FakeJobsQemu } from '../commit/helpers/fake-jobs.js';
import sinon from 'sinon';
import { ENDED_KEEP_MS, JobRecordStore } from '../../lib/jobs/job-records.js';
import { QmpDisconnectedError, QmpError } from '../../lib/errors.js';
import { flush } from './helpers/fake-qemu.js';
import { until } from '../helpers/until.js';
import { recordsDir, removeRecordsDir } from './helpers/records-dir.js';

const ACTIVE_DELETE = VIR_DOMAIN_BLOCK_COMMIT_ACTIVE | VIR_DOMAIN_BLOCK_COMMIT_DELETE;

describe('jobs/job-records (fake QEMU)', () => {
  let dir: string;
  let files: string[];
  let stateFile: string;
  let recordsFile: string;

  beforeEach(() => ({ dir, files, stateFile, recordsFile } = recordsDir('qmpblock-jobrec-', true)));
  afterEach(() => removeRecordsDir(dir));

  function qemu(): FakeJobsQemu {
    const q = new FakeJobsQemu();
    q.addDrive('drive0', files);
    return q;
  }

  /** What QEMU's pivot does to the -drive chain: the device now runs on base. */
  function pivotChain(q: FakeJobsQemu): void {
    const base = [...q.images.values()].find((i) => i.file === files[2])!;
    q.drives.set('drive0', base.node);
  }

  /**
   * A second manager adopts the active commit (--delete) on drive0 and
   * pivots it: the events name the disk as the starter did, and the
   * starter's DELETE is carried out.
   */
  async function adoptAndPivot(q: FakeJobsQemu): Promise<BlockJobManager> {
    const events: BlockJobEvent[] = [];
    const m = await BlockJobManager.attach(q, { stateFile, onEvent: (e) => events.push(e) });
    expect(m.jobFor('drive0')?.kind).to.equal('active-commit');
    q.ready('drive0');
    await flush();
    pivotChain(q);
    await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
    expect(events.map((e) => [e.disk, e.status])).to.deep.equal([[files[0], 'READY'], [files[0], 'COMPLETED']]);
    expect(files.map((f) => fs.existsSync(f))).to.deep.equal([false, false, true]);
    return m;
  }

  function readRecords(): { version: number; jobs: Record<string, unknown>[] } {
    return JSON.parse(fs.readFileSync(recordsFile, 'utf8')) as { version: number; jobs: Record<string, unknown>[] };
  }

  /** A manager (records in `stateFile`) whose active commit on drive0 is READY; `events` gets each event's status. */
  async function readyActiveCommit(): Promise<{ q: FakeJobsQemu; m: BlockJobManager; events: string[] }> {
    const q = qemu();
    const events: string[] = [];
    const m = await BlockJobManager.attach(q, { stateFile, onEvent: (e) => events.push(e.status) });
    await m.blockCommit('drive0', null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    q.ready('drive0');
    await flush();
    return { q, m, events };
  }

  /** The job's record is gone; what is left is the note of how it was asked to end (for other processes following it). */
  function expectOnlyEndedNote(ending: 'abort' | 'pivot'): void {
    const { jobs, ended } = readRecords() as { jobs: unknown[]; ended?: Record<string, unknown>[] };
    expect(jobs).to.deep.equal([]);
    expect(ended?.map(({ at: _at, ...rest }) => rest)).to.deep.equal([{ id: 'drive0', kind: 'active-commit', ending }]);
  }

  it('removing stale records keeps one that got a result meanwhile (its manager handed the job over)', async () => {
    const store = new JobRecordStore(path.join(dir, 'x.jobs.json'));
    await store.put({ id: 'a', kind: 'pull', disk: 'vda', diskArg: 'vda' });
    await store.put({ id: 'b', kind: 'pull', disk: 'vdb', diskArg: 'vdb' });
    const seen = await store.list();
    // read as stale by an attaching manager; then b's manager hands it over
    expect(await store.markResult('b', 'completed', undefined)).to.equal(true);
    await store.removeStale(seen);
    expect((await store.list()).map((r) => `${r.id} ${r.result}`)).to.deep.equal(['b completed']);
  });

  it('removing stale records keeps one its starter wrote again meanwhile (QEMU had the job by then)', async () => {
    const store = new JobRecordStore(path.join(dir, 'x.jobs.json'));
    await store.putStarting({ id: 'a', kind: 'commit', disk: 'vda', diskArg: 'vda', starting: '1:x' });
    const seen = await store.list();
    // An attaching manager read it before QEMU had the job; the starter then wrote it without the mark.
    await store.put({ id: 'a', kind: 'commit', disk: 'vda', diskArg: 'vda' });
    await store.removeStale(seen);
    expect((await store.list()).map((r) => r.id)).to.deep.equal(['a']);
  });

  it('takeOwnership: a record whose owner still runs keeps it; one whose owner is gone is taken', async () => {
    const store = new JobRecordStore(path.join(dir, 'x.jobs.json'));
    await store.put({ id: 'a', kind: 'pull', disk: 'vda', diskArg: 'vda', autoDismiss: true, owner: 'alive' });
    await store.put({ id: 'b', kind: 'pull', disk: 'vdb', diskArg: 'vdb', autoDismiss: true, owner: 'gone' });
    for (const id of ['a', 'b']) await store.takeOwnership(id, 'me', (o) => o === 'alive');
    expect((await store.list()).map((r) => `${r.id} ${r.owner}`)).to.deep.equal(['a alive', 'b me']);
  });

  it('claim: of two managers taking the same records at once, each record goes to one', async () => {
    const store = new JobRecordStore(path.join(dir, 'x.jobs.json'));
    await store.put({ id: 'a', kind: 'pull', disk: 'vda', diskArg: 'vda', autoDismiss: true, owner: '1:1' });
    await store.put({ id: 'b', kind: 'pull', disk: 'vdb', diskArg: 'vdb', autoDismiss: true, owner: '1:1' });
    const seen = await store.list();
    const [x, y] = await Promise.all([store.claim(seen, '2:2'), store.claim(seen, '3:3')]);
    expect([...x, ...y].sort()).to.deep.equal(['a', 'b']);
    expect([...x].filter((id) => y.has(id))).to.deep.equal([]);
  });

  it('a removed record that said how its job was asked to end leaves a note of it, which a new record of that id replaces', async () => {
    const file = path.join(dir, 'x.jobs.json');
    const store = new JobRecordStore(file);
    await store.put({ id: 'a', kind: 'copy', disk: 'vda', diskArg: 'vda', ending: 'abort' });
    await store.put({ id: 'b', kind: 'pull', disk: 'vdb', diskArg: 'vdb' });
    await store.finish('a');
    await store.finish('b');
    // Adopting managers see no job; a follower of job a still learns how it was ended.
    expect(await store.list()).to.deep.equal([]);
    expect(await store.describe('a')).to.deep.equal({ kind: 'copy', ending: 'abort' });
    expect(await store.describe('b')).to.equal(undefined);
    const next = { id: 'a', kind: 'active-commit', disk: 'vda', diskArg: 'vda', starting: 't' } as const;
    await store.putStarting(next);
    expect(await store.describe('a')).to.deep.equal({ kind: 'active-commit', record: next });
    await store.finish('a');
    expect(fs.existsSync(file)).to.equal(false);
  });

  it('markShown marks a record only while it is the one read: not one rewritten since, nor another job\'s under its id', async () => {
    const file = path.join(dir, 'x.jobs.json');
    const store = new JobRecordStore(file);
    await store.put({ id: 'vda', kind: 'pull', disk: 'vda', diskArg: 'vda', autoDismiss: true, owner: '1:1' });
    const seen = (await store.describe('vda'))!.record!;
    expect(seen).to.include({ id: 'vda', owner: '1:1' });
    expect(await store.markShown(seen)).to.equal(true);
    expect((await store.list())[0]).to.include({ id: 'vda', shown: true });
    // Another job under the same id (-drive jobs are named by their device).
    await store.put({ id: 'vda', kind: 'pull', disk: 'vda', diskArg: 'vda', autoDismiss: true, owner: '2:2' });
    expect(await store.markShown(seen)).to.equal(false);
    expect((await store.list())[0]).to.not.have.property('shown');
    // Without a record: nothing to mark, no file made.
    await store.finish('vda');
    expect(await store.markShown(seen)).to.equal(false);
    expect(fs.existsSync(file)).to.equal(false);
  });

  it('an ended note is kept ENDED_KEEP_MS, then dropped with the next change or at pruneEnded()', async () => {
    const clock = sinon.useFakeTimers({ now: 1_700_000_000_000, toFake: ['Date'] });
    try {
      const file = path.join(dir, 'x.jobs.json');
      const store = new JobRecordStore(file);
      await store.put({ id: 'a', kind: 'copy', disk: 'vda', diskArg: 'vda', ending: 'pivot' });
      await store.finish('a');
      clock.tick(ENDED_KEEP_MS - 1);
      expect(await store.describe('a')).to.deep.equal({ kind: 'copy', ending: 'pivot' });
      await store.pruneEnded();
      expect(fs.existsSync(file)).to.equal(true);
      clock.tick(1);
      expect(await store.describe('a')).to.equal(undefined);
      await store.pruneEnded();
      expect(fs.existsSync(file)).to.equal(false);
      await store.put({ id: 'b', kind: 'copy', disk: 'vda', diskArg: 'vda', ending: 'abort' });
      await store.finish('b');
      clock.tick(ENDED_KEEP_MS);
      await store.put({ id: 'c', kind: 'pull', disk: 'vdb', diskArg: 'vdb' });
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).to.not.have.property('ended');
    } finally {
      clock.restore();
    }
  });

  it('is written after the start (data in JSON form, the manager by key name) and removed at the end', async () => {
    const q = qemu();
    const m = await BlockJobManager.attach(q, { stateFile });
    await m.blockCommit(files[0]!, null, null, 0, ACTIVE_DELETE);
    await m.recordsWritten();
    const { version, jobs } = readRecords();
    expect(version).to.equal(1);
    expect(jobs).to.have.length(1);
    const rec = jobs[0] as { id: string; kind: string; disk: string; diskArg: string; data: Record<string, unknown>; ownerKeys: string[] };
    expect(rec).to.include({ id: 'drive0', kind: 'active-commit', disk: 'drive0', diskArg: files[0] });
    expect(rec.ownerKeys).to.deep.equal(['owner']);
    expect(rec.data).to.not.have.property('owner');
    expect(rec.data).to.include({ active: true, topIdx: 0, baseIdx: 2 });
    expect(rec.data.deleteFiles).to.deep.equal([files[0], files[1]]);
    q.ready('drive0');
    await flush();
    pivotChain(q);
    await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
    expectOnlyEndedNote('pivot');
    expect(files.map((f) => fs.existsSync(f))).to.deep.equal([false, false, true]);
  });

  it('is in the file before the start command goes out, marked starting; the mark goes once QEMU accepted', async () => {
    const q = qemu();
    const m = await BlockJobManager.attach(q, { stateFile });
    let atSend: Record<string, unknown>[] | undefined;
    const start = q.overrides.get('block-commit')!;
    q.overrides.set('block-commit', (a) => {
      atSend = readRecords().jobs;
      return start(a);
    });
    await m.blockCommit(files[0]!, null, null, 0, ACTIVE_DELETE);
    expect(atSend).to.have.length(1);
    expect(atSend![0]).to.include({ id: 'drive0', kind: 'active-commit', diskArg: files[0] });
    expect(atSend![0]!.starting).to.match(new RegExp(`^${process.pid}:`));
    expect((atSend![0]!.data as { deleteFiles: string[] }).deleteFiles).to.deep.equal([files[0], files[1]]);
    await m.recordsWritten();
    const { jobs } = readRecords();
    expect(jobs).to.have.length(1);
    expect(jobs[0]).to.not.have.property('starting');
    expect(jobs[0]).to.include({ id: 'drive0', kind: 'active-commit' });
  });

  it('a start QEMU refuses takes its record back, and leaves another job\'s record of the same id as it was', async () => {
    const q = qemu();
    const m = await BlockJobManager.attach(q, { stateFile });
    q.overrides.set('block-commit', () => {
      throw new QmpError('GenericError', "Job ID 'drive0' already in use", 'block-commit');
    });
    const refused = (): Promise<unknown> => m.blockCommit(files[0]!, null, null, 0, ACTIVE_DELETE).then(() => undefined, (e: unknown) => e);
    expect(await refused()).to.be.instanceOf(Error);
    await m.recordsWritten();
    expect(fs.existsSync(recordsFile)).to.equal(false);
    // Another process's job of that id (QEMU refuses ours because of it): its record is kept whole.
    const other = { id: 'drive0', kind: 'pull', disk: 'drive0', diskArg: 'drive0', data: { base: 'theirs' } } as const;
    await new JobRecordStore(recordsFile).put(other);
    expect(await refused()).to.be.instanceOf(Error);
    await m.recordsWritten();
    expect(readRecords().jobs).to.deep.equal([other]);
  });

  it('a start whose answer is lost with the connection keeps the record: the adopter finishes the job as its starter would', async () => {
    const q = qemu();
    const first = await BlockJobManager.attach(q, { stateFile });
    const start = q.overrides.get('block-commit')!;
    q.overrides.set('block-commit', (a) => {
      q.overrides.set('block-commit', start);
      start(a);
      // QEMU has the job; the starter never hears back (killed, or cut off).
      q.drop();
      throw new QmpDisconnectedError("QMP connection closed with 'block-commit' in flight", 'block-commit');
    });
    const err = await first.blockCommit(files[0]!, null, null, 0, ACTIVE_DELETE).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(Error);
    await first.recordsWritten();
    expect(readRecords().jobs.map((j) => j.id)).to.deep.equal(['drive0']);
    q.closed = false;
    // The starter's DELETE is carried out from the record.
    await adoptAndPivot(q);
    expectOnlyEndedNote('pivot');
  });

  it('a manager adopting the job uses it: DELETE carried out, caller\'s disk name, lastJobOutcome', async () => {
    const q = qemu();
    const first = await BlockJobManager.attach(q, { stateFile });
    await first.blockCommit(files[0]!, null, null, 0, ACTIVE_DELETE);
    await first.recordsWritten();
    // The starting process is gone; the job goes on in QEMU.
    first.detach();
    const m = await adoptAndPivot(q);
    expect(m.lastJobOutcome('drive0')).to.include({ status: 'COMPLETED', pivoted: true, synced: true });
    expectOnlyEndedNote('pivot');
  });

  it('a manager detached while its job\'s dismiss is unanswered hands the job over to one attached at once in this process: reported once', async () => {
    const q = qemu();
    const firstEvents: BlockJobEvent[] = [];
    const first = await BlockJobManager.attach(q, { stateFile, onEvent: (e) => firstEvents.push(e) });
    // A commit: QEMU keeps it concluded until dismissed (a pull forgets itself, see auto-dismiss.spec.ts).
    await first.blockCommit('drive0', files[2]!, files[1]!, 0, 0);
    await first.recordsWritten();
    const run = (c: string, a: unknown): unknown => (q as unknown as { run(c: string, a: unknown): unknown }).run(c, a);
    let dismissed = false;
    q.overrides.set('job-dismiss', (a) => {
      // QEMU dismisses the job; its answer has not come when the manager detaches.
      run('job-dismiss', a);
      dismissed = true;
      return new Promise(() => undefined);
    });
    q.finish('drive0');
    await until(() => dismissed);
    first.detach();
    q.overrides.delete('job-dismiss');
    // No recordsWritten() in between: the hand-over is still being written.
    const events: BlockJobEvent[] = [];
    const m = await BlockJobManager.attach(q, { stateFile, onEvent: (e) => events.push(e) });
    await m.settled();
    expect(events.map((e) => [e.disk, e.type, e.status])).to.deep.equal([['drive0', 'commit', 'COMPLETED']]);
    expect(firstEvents).to.deep.equal([]);
    await m.recordsWritten();
    expect(fs.existsSync(recordsFile)).to.equal(false);
  });

  it('a manager detached while a start\'s record is written sends no start command, and takes the record back', async () => {
    const q = qemu();
    const m = await BlockJobManager.attach(q, { stateFile });
    q.sent.length = 0;
    const p = m.blockPull('drive0');
    m.detach();
    const err = await p.then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal('Requested operation is not valid: domain is not running');
    expect(q.commands()).to.deep.equal([]);
    expect(q.jobs.size).to.equal(0);
    await m.recordsWritten();
    expect(fs.existsSync(recordsFile)).to.equal(false);
  });

  it('a job that concluded while nobody listened is finished with its record at attach', async () => {
    const q = qemu();
    const first = await BlockJobManager.attach(q, { stateFile });
    await first.blockCommit('drive0', files[2]!, files[1]!, 0, VIR_DOMAIN_BLOCK_COMMIT_DELETE);
    await first.recordsWritten();
    first.detach();
    // QEMU re-links the chain (top onto base) and the job concludes.
    const top = [...q.images.values()].find((i) => i.file === files[0])!;
    top.backing = [...q.images.values()].find((i) => i.file === files[2])!.node;
    q.finish('drive0');
    const events: BlockJobEvent[] = [];
    const m = await BlockJobManager.attach(q, { stateFile, onEvent: (e) => events.push(e) });
    await m.settled();
    expect(events.map((e) => [e.disk, e.type, e.status])).to.deep.equal([['drive0', 'commit', 'COMPLETED']]);
    expect(files.map((f) => fs.existsSync(f))).to.deep.equal([true, false, true]);
    expect(m.lastJobOutcome('drive0')).to.include({ status: 'COMPLETED' });
    await m.recordsWritten();
    expect(fs.existsSync(recordsFile)).to.equal(false);
  });

  for (const keep of [true, false]) {
    it(`a READY job adopted by the next manager is ${keep ? 'not reported READY again (its record says it was)' : 'reported READY again without records (nothing says it was)'}`, async () => {
      const { q, m, events } = await readyActiveCommit();
      expect(events).to.deep.equal(['READY']);
      await m.recordsWritten();
      m.detach();
      if (!keep) fs.rmSync(recordsFile);
      const second: string[] = [];
      const m2 = await BlockJobManager.attach(q, { stateFile, onEvent: (e) => second.push(e.status) });
      await flush();
      expect(m2.jobFor('drive0')?.state).to.equal('ready');
      pivotChain(q);
      await m2.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(second).to.deep.equal(keep ? ['COMPLETED'] : ['READY', 'COMPLETED']);
    });
  }

  it('an abort of a READY active commit is noted in the record before the cancel goes out', async () => {
    const { q, m } = await readyActiveCommit();
    let seen: unknown;
    const cancel = q.overrides.get('block-job-cancel')!;
    q.overrides.set('block-job-cancel', (a) => {
      seen = readRecords().jobs.find((j) => j.id === 'drive0')?.ending;
      return cancel(a);
    });
    await m.blockJobAbort('drive0');
    expect(seen).to.equal('abort');
    expect(m.lastJobOutcome('drive0')).to.include({ status: 'CANCELED', pivoted: false, synced: true });
    await m.recordsWritten();
    expectOnlyEndedNote('abort');
  });

  it('a READY active commit that fails on its own while an abort writes its mark: the abort says there is no active job, the job is FAILED, the mark is taken back', async () => {
    const { q, m, events } = await readyActiveCommit();
    const markEnding = JobRecordStore.prototype.markEnding;
    JobRecordStore.prototype.markEnding = async function (this: JobRecordStore, id: string, ending: 'abort' | 'pivot') {
      // An I/O error ends the job while the abort's mark is written.
      q.finish('drive0', { error: 'Input/output error' });
      await flush();
      return markEnding.call(this, id, ending);
    };
    let err: unknown;
    try {
      err = await m.blockJobAbort('drive0').then(() => undefined, (e: unknown) => e);
    } finally {
      JobRecordStore.prototype.markEnding = markEnding;
    }
    expect((err as Error | undefined)?.message).to.equal('invalid argument: disk drive0 does not have an active block job');
    expect(events).to.deep.equal(['READY', 'FAILED']);
    expect(q.commands().filter((c) => c.startsWith('block-job-cancel'))).to.deep.equal([]);
    await m.recordsWritten();
    // No record, and no note saying it was aborted.
    expect(fs.existsSync(recordsFile)).to.equal(false);
  });

  for (const [first, second] of [['pivot', 'abort'], ['abort', 'pivot']] as const) {
    it(`${first} and ${second} of a READY active commit in the same tick: the ${second} is refused and leaves the ${first}'s mark`, async () => {
      // Found by a QA run: the second call's mark, written while the first's was,
      // replaced it, and other processes then reported the job's end wrongly.
      const { q, m, events } = await readyActiveCommit();
      if (first === 'pivot') pivotChain(q);
      const flag = (x: 'pivot' | 'abort'): number => VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC | (x === 'pivot' ? VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT : 0);
      const a = m.blockJobAbort('drive0', flag(first)).then(() => 'ok', (e: Error) => e.message);
      const b = m.blockJobAbort('drive0', flag(second)).then(() => 'ok', (e: Error) => e.message);
      expect([await a, await b]).to.deep.equal(['ok', "Requested operation is not valid: block job on disk 'drive0' is still being ended"]);
      await m.recordsWritten();
      expect(readRecords().jobs.find((j) => j.id === 'drive0')?.ending).to.equal(first);
      await m.waitForJob('drive0').catch(() => undefined);
      await flush();
      await m.recordsWritten();
      expect(events).to.deep.equal(['READY', first === 'pivot' ? 'COMPLETED' : 'CANCELED']);
      expectOnlyEndedNote(first);
    });
  }

  it('a record that cannot be written: the job runs, and recordsWritten() says so once', async () => {
    const q = qemu();
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    // Its folder cannot be made: a file is in the way.
    const m = await BlockJobManager.attach(q, { stateFile: path.join(blocker, 'state', 'vm.json') });
    await m.blockPull('drive0', 1);
    const err = await m.recordsWritten().then(() => undefined, (e: Error) => e);
    expect(err?.message).to.match(/^job records could not be read or written: ENOTDIR/);
    expect(m.jobFor('drive0')?.state).to.equal('running');
    await m.recordsWritten();
  });

  it('a pivot refused as not ready leaves no mark in the record', async () => {
    const q = qemu();
    const m = await BlockJobManager.attach(q, { stateFile });
    await m.blockCommit('drive0', null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    await m.recordsWritten();
    const err = await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT).catch((e: Error) => e);
    expect(err?.message).to.match(/not ready for pivot yet/);
    await m.recordsWritten();
    expect(readRecords().jobs.find((j) => j.id === 'drive0')).to.not.have.property('ending');
  });

  it('a pull aborted by a process that then went away is CANCELED for the adopter (QEMU: concluded, "Operation canceled")', async () => {
    const q = qemu();
    const first = await BlockJobManager.attach(q);
    await first.blockPull('drive0', 1);
    first.detach();
    q.cancelled('drive0');
    const events: BlockJobEvent[] = [];
    const m = await BlockJobManager.attach(q, { onEvent: (e) => events.push(e) });
    await m.settled();
    expect(events.map((e) => [e.type, e.status, e.error])).to.deep.equal([['pull', 'CANCELED', undefined]]);
  });

  it('a READY active commit aborted by a process that then went away is CANCELED for the adopter, though QEMU says completed', async () => {
    const q = qemu();
    const first = await BlockJobManager.attach(q, { stateFile });
    await first.blockCommit('drive0', null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    q.ready('drive0');
    await flush();
    // The starter asks for the abort and dies before QEMU's answer: the soft cancel completes unseen.
    q.overrides.set('block-job-cancel', () => new Promise(() => undefined));
    void first.blockJobAbort('drive0');
    await until(() => q.sent.some((c) => c.command === 'block-job-cancel'));
    first.detach();
    q.finish('drive0');
    const events: BlockJobEvent[] = [];
    const m = await BlockJobManager.attach(q, { stateFile, onEvent: (e) => events.push(e) });
    await m.settled();
    expect(events.map((e) => [e.type, e.status])).to.deep.equal([['active-commit', 'CANCELED']]);
    expect(m.lastJobOutcome('drive0')).to.include({ status: 'CANCELED', pivoted: false });
  });

  it('records of jobs QEMU no longer has are dropped at attach; the others kept', async () => {
    const q = qemu();
    const first = await BlockJobManager.attach(q, { stateFile });
    await first.blockCommit('drive0', null, null, 0, ACTIVE_DELETE);
    await first.recordsWritten();
    first.detach();
    const stale = { id: 'commit-gone-x', kind: 'commit', disk: 'gone', diskArg: 'gone', data: { deleteFiles: [files[2]] } };
    const cur = readRecords();
    fs.writeFileSync(recordsFile, JSON.stringify({ ...cur, jobs: [...cur.jobs, stale] }));
    const m = await BlockJobManager.attach(q, { stateFile });
    await m.recordsWritten();
    expect(readRecords().jobs.map((j) => j.id)).to.deep.equal(['drive0']);
    // QEMU loses the job (say, it restarted): the next attach drops its record too.
    m.detach();
    q.jobs.clear();
    const m2 = await BlockJobManager.attach(q, { stateFile });
    await m2.recordsWritten();
    expect(fs.existsSync(recordsFile)).to.equal(false);
    expect(fs.existsSync(files[2]!)).to.equal(true);
  });

  it('nothing is written without a state location (stateDir/stateFile)', async () => {
    const saved = process.env.XDG_STATE_HOME;
    process.env.XDG_STATE_HOME = path.join(dir, 'xdg');
    try {
      const q = qemu();
      const m = await BlockJobManager.attach(q);
      await m.blockCommit('drive0', null, null, 0, ACTIVE_DELETE);
      await m.recordsWritten();
      expect(fs.existsSync(path.join(dir, 'xdg'))).to.equal(false);
      expect(fs.existsSync(path.join(dir, 'state'))).to.equal(false);
      q.ready('drive0');
      await flush();
      pivotChain(q);
      await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
      expect(fs.readdirSync(dir).sort()).to.deep.equal(['base.qcow2']);
    } finally {
      if (saved === undefined) delete process.env.XDG_STATE_HOME;
      else process.env.XDG_STATE_HOME = saved;
    }
  });

  it('with stateDir and vmKey the file is <key>.jobs.json in stateDir', async () => {
    const q = qemu();
    const stateDir = path.join(dir, 'sd');
    const m = await BlockJobManager.attach(q, { stateDir, vmKey: 'name:vm1' });
    await m.blockCommit('drive0', null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    await m.recordsWritten();
    expect(fs.readdirSync(stateDir)).to.deep.equal(['name%3avm1.jobs.json']);
  });
});
