/**
 * A merge (blockMerge, the CLI's `merge`) whose process died, or whose
 * manager lost its connection, before its end leaves its job in QEMU,
 * waiting (PENDING or READY) or still running. The retry of the same merge
 * finishes that job instead of refusing the disk as busy; a job whose
 * follower still lives, or any other job, stays refused.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QmpError } from '../../lib/errors.js';
import { BlockJobManager } from '../../lib/jobs/index.js';
import { flush } from '../jobs/helpers/fake-qemu.js';
import { FakeJobsQemu } from '../commit/helpers/fake-jobs.js';
import { until } from '../helpers/until.js';

const A = ['/a/top.qcow2', '/a/mid.qcow2', '/a/base.qcow2'];

describe('blockMerge: a retry finishes the merge a dead process left', () => {
  let dir: string;
  let q: FakeJobsQemu;
  let m: BlockJobManager;
  const stateFile = (): string => path.join(dir, 'vm.json');
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-mergeresume-'));
    q = new FakeJobsQemu();
    q.addDrive('drive0', A);
    m = await BlockJobManager.attach(q, { stateFile: stateFile() });
  });
  afterEach(async () => {
    // Record writes a test's manager still has under way go into `dir`
    // (see spec/snapshots/snapshots.spec.ts): they end first.
    m.detach();
    await m.recordsWritten().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Start merging `source` into `dest` with `m`, then lose `m` once its job runs; the job's id. */
  async function mergeThenLose(source: string, dest: string): Promise<string> {
    const first = m.blockMerge('drive0', source, dest).then(() => undefined, (e: Error) => e);
    await until(() => q.jobs.size > 0);
    await m.recordsWritten();
    m.detach();
    const err = await first;
    expect(err?.message).to.equal('Requested operation is not valid: domain is not running');
    return [...q.jobs.keys()][0]!;
  }

  /** The job record's mark rewritten as if the merge ran in process `pid`. */
  function markedBy(pid: number): void {
    const records = path.join(dir, 'vm.jobs.json');
    const text = fs.readFileSync(records, 'utf8');
    expect(text).to.match(/"mergeOf":\s*"merge:\d+:\d*:\d+"/);
    fs.writeFileSync(records, text.replace(/"merge:\d+:\d*:/g, `"merge:${pid}::`));
  }

  const jobCommands = (): string[] => q.commands().filter((c) => /^(block-stream|block-commit|job-|block-job-)/.test(c));

  it('a forward merge (a stream) left PENDING by a dead process: the retry only finalizes it', async () => {
    expect(await mergeThenLose(A[1]!, A[0]!)).to.equal('drive0');
    markedBy(999_999_999);
    q.pending('drive0');
    const m2 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    const events: string[] = [];
    m2.on('blockJob', (e: { disk: string; status: string }) => events.push(`${e.disk} ${e.status}`));
    q.sent.length = 0;
    await m2.blockMerge('drive0', A[1]!, A[0]!);
    // Its stream was started with auto-dismiss (records kept): nothing to dismiss after it.
    expect(jobCommands()).to.deep.equal(['job-finalize {"id":"drive0"}']);
    expect(events).to.deep.equal(['drive0 COMPLETED']);
    expect(m2.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([A[0], A[2]]);
    expect(m2.jobFor('drive0')).to.equal(undefined);
  });

  it('a backward merge of the top (an active commit) still running when its manager was lost in this process: the retry waits for READY and pivots', async () => {
    const jobId = await mergeThenLose(A[0]!, A[1]!);
    // A -drive top's job is named after its device.
    expect(jobId).to.equal('drive0');
    const m2 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    q.sent.length = 0;
    let done = false;
    const retry = m2.blockMerge('drive0', A[0]!, A[1]!).then(() => (done = true));
    await flush();
    expect(jobCommands()).to.deep.equal([]);
    expect(done).to.equal(false);
    q.ready(jobId);
    await retry;
    expect(jobCommands()).to.deep.equal([`block-job-complete {"device":"${jobId}"}`, `job-dismiss {"id":"${jobId}"}`]);
  });

  it('of two retries at once, one takes the job over and the other finds the disk busy', async () => {
    expect(await mergeThenLose(A[1]!, A[0]!)).to.equal('drive0');
    markedBy(999_999_999);
    const m2 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    const m3 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    q.sent.length = 0;
    const settled: string[] = [];
    const settle = (p: Promise<void>): Promise<string> => p.then(() => 'done', (e: Error) => e.message).then((r) => (settled.push(r), r));
    // The job's end is held until one retry has been answered: both are at once.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const finalize = q.overrides.get('job-finalize')!;
    q.overrides.set('job-finalize', (a) => released.then(() => finalize(a)));
    const both = Promise.all([settle(m2.blockMerge('drive0', A[1]!, A[0]!)), settle(m3.blockMerge('drive0', A[1]!, A[0]!))]);
    await until(() => fs.readFileSync(path.join(dir, 'vm.jobs.json'), 'utf8').includes(`"merge:${process.pid}:`));
    q.pending('drive0');
    await until(() => settled.length > 0);
    release();
    const results = await both;
    expect(results.filter((r) => r === 'done')).to.have.length(1);
    expect(results.find((r) => r !== 'done')).to.match(/already in active block job/);
    expect(jobCommands().filter((c) => c.startsWith('job-finalize'))).to.deep.equal(['job-finalize {"id":"drive0"}']);
  });

  it('a manager attached before another took the job over (and lost it) still takes it over: the record tells it the mark moved', async () => {
    expect(await mergeThenLose(A[1]!, A[0]!)).to.equal('drive0');
    markedBy(999_999_999);
    const early = await BlockJobManager.attach(q, { stateFile: stateFile() });
    const m2 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    // m2 takes the job over, then is lost before its end.
    const second = m2.blockMerge('drive0', A[1]!, A[0]!).then(() => undefined, (e: Error) => e.message);
    await until(() => fs.readFileSync(path.join(dir, 'vm.jobs.json'), 'utf8').includes(`"merge:${process.pid}:`));
    await m2.recordsWritten();
    m2.detach();
    expect(await second).to.equal('Requested operation is not valid: domain is not running');
    q.sent.length = 0;
    const third = early.blockMerge('drive0', A[1]!, A[0]!);
    await flush();
    q.pending('drive0');
    await third;
    // Its stream was started with auto-dismiss (records kept): nothing to dismiss after it.
    expect(jobCommands()).to.deep.equal(['job-finalize {"id":"drive0"}']);
  });

  it('a record that cannot be read when the job is taken over is said so, not taken for a busy disk', async () => {
    expect(await mergeThenLose(A[1]!, A[0]!)).to.equal('drive0');
    markedBy(999_999_999);
    const m2 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    fs.writeFileSync(path.join(dir, 'vm.jobs.json'), 'not json');
    q.sent.length = 0;
    const err = await m2.blockMerge('drive0', A[1]!, A[0]!).then(() => undefined, (e: Error) => e.message);
    expect(err).to.match(/^operation failed: job records could not be read or written: /);
    expect(jobCommands()).to.deep.equal([]);
  });

  it('a retry with a bandwidth sets it on the job it takes over', async () => {
    expect(await mergeThenLose(A[1]!, A[0]!)).to.equal('drive0');
    markedBy(999_999_999);
    const m2 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    q.sent.length = 0;
    const retry = m2.blockMerge('drive0', A[1]!, A[0]!, { bandwidth: 5 });
    await until(() => jobCommands().length > 0);
    expect(jobCommands()).to.deep.equal([`block-job-set-speed {"device":"drive0","speed":${5 * 1024 * 1024}}`]);
    q.pending('drive0');
    await retry;
  });

  it('a retry with a bandwidth finalizes a job already waiting in PENDING without setting its speed (QEMU refuses it there)', async () => {
    expect(await mergeThenLose(A[1]!, A[0]!)).to.equal('drive0');
    markedBy(999_999_999);
    q.pending('drive0');
    q.overrides.set('block-job-set-speed', () => {
      throw new QmpError('GenericError', "Job 'drive0' in state 'pending' cannot accept command verb 'set-speed'", 'block-job-set-speed');
    });
    const m2 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    q.sent.length = 0;
    await m2.blockMerge('drive0', A[1]!, A[0]!, { bandwidth: 4 });
    // Its stream was started with auto-dismiss (records kept): nothing to dismiss after it.
    expect(jobCommands()).to.deep.equal(['job-finalize {"id":"drive0"}']);
    expect(m2.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([A[0], A[2]]);
  });

  it('is refused as busy while the process that merges lives, for another pair, and for a job not marked as a merge', async () => {
    expect(await mergeThenLose(A[1]!, A[0]!)).to.equal('drive0');
    // The parent of this test process lives, and is not this process.
    markedBy(process.ppid);
    const m2 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    q.sent.length = 0;
    const busy = async (source: string, dest: string): Promise<string | undefined> =>
      m2.blockMerge('drive0', source, dest).then(() => undefined, (e: Error) => e.message);
    expect(await busy(A[1]!, A[0]!)).to.match(/already in active block job/);
    markedBy(999_999_999);
    const m3 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    // Not the merge the job is: the mid image into the base (a commit), not the stream into the top.
    expect(await m3.blockMerge('drive0', A[1]!, A[2]!).then(() => undefined, (e: Error) => e.message)).to.match(/already in active block job/);
    expect(jobCommands()).to.deep.equal([]);
    // A user's own pull of the same images is not a merge's, whoever started it.
    q.pending('drive0');
    await m3.blockMerge('drive0', A[1]!, A[0]!);
    await m3.blockPull('drive0', 0);
    const m4 = await BlockJobManager.attach(q, { stateFile: stateFile() });
    expect(await m4.blockMerge('drive0', A[2]!, A[0]!).then(() => undefined, (e: Error) => e.message)).to.match(/already in active block job/);
  });
});
