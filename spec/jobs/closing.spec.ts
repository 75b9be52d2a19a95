/**
 * A manager whose caller closes the session (close(), not detach()) while a
 * job ends: QA E of session 21 saw, without job records, the end of an
 * aborted copy reported by that manager and again by the next, in 13 runs
 * of 60 on QEMU 7.2. The query-jobs answer came after close() was called;
 * the manager took its job-dismiss, refused at once by the closing session,
 * for one that had left, and reported the job QEMU still held.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import { BlockJobManager, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE, VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC, type AttachOptions, type BlockJobEvent } from '../../lib/jobs/index.js';
import { FakeJobsQemu } from '../commit/helpers/fake-jobs.js';
import { flush } from './helpers/fake-qemu.js';
import { until } from '../helpers/until.js';
import { recordsDir, removeRecordsDir } from './helpers/records-dir.js';

describe('jobs: a job ending as its caller closes the session (fake QEMU)', () => {
  let dir: string;
  let files: string[];
  let stateFile: string;
  let recordsFile: string;

  beforeEach(() => ({ dir, files, stateFile, recordsFile } = recordsDir('qmpblock-closing-')));
  afterEach(() => removeRecordsDir(dir));

  const ends = (evs: BlockJobEvent[]): string[] => evs.filter((e) => e.status !== 'READY').map((e) => `${e.type} ${e.status}`);

  /** Start a job with `start`, end it with `end`, then close() the way QA's client did; a second manager attaches after. */
  async function closeAsItEnds(opts: AttachOptions, start: (q: FakeJobsQemu, m: BlockJobManager) => Promise<void>, end: (q: FakeJobsQemu) => void): Promise<{ first: string[]; second: string[] }> {
    const q = new FakeJobsQemu();
    q.addDrive('drive0', files);
    const first: BlockJobEvent[] = [];
    const m1 = await BlockJobManager.attach(q, { ...opts, onEvent: (e) => first.push(e) });
    await start(q, m1);
    // QEMU's end events are read before close(); the answer to the query-jobs they
    // set off comes after it, when the session refuses new commands.
    let answer: (() => void) | undefined;
    q.overrides.set('query-jobs', () => new Promise((resolve) => (answer = () => resolve(q.run('query-jobs')))));
    const held = (): void => {
      q.overrides.delete('query-jobs');
      answer?.();
    };
    end(q);
    await flush();
    q.closing = true;
    held();
    await flush();
    await m1.recordsWritten();
    q.closing = false;
    q.drop();
    q.closed = false;
    const second: BlockJobEvent[] = [];
    await BlockJobManager.attach(q, { ...opts, onEvent: (e) => second.push(e) });
    await flush();
    return { first: ends(first), second: ends(second) };
  }

  /** An active commit made READY, then aborted (ASYNC): QEMU takes the cancel, its end comes later. */
  async function readyThenAbort(q: FakeJobsQemu, m: BlockJobManager): Promise<void> {
    await m.blockCommit('drive0', null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    q.ready('drive0');
    await until(() => m.jobFor('drive0')?.state === 'ready');
    q.overrides.set('block-job-cancel', () => ({}));
    await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC);
  }

  it('without records: the job QEMU still holds concluded is the next manager\'s to report, once', async () => {
    const { first, second } = await closeAsItEnds(
      {},
      readyThenAbort,
      (q) => q.finish('drive0'),
    );
    expect(first).to.deep.equal([]);
    // Without records the next manager knows neither the abort (QEMU's soft cancel says
    // completed) nor that the commit was an active one (README, Known limits).
    expect(second).to.deep.equal(['commit COMPLETED']);
  });

  it('with records: the same, and the abort asked for is kept: CANCELED, once', async () => {
    const { first, second } = await closeAsItEnds(
      { stateFile },
      readyThenAbort,
      (q) => q.finish('drive0'),
    );
    expect([...first, ...second]).to.deep.equal(['active-commit CANCELED']);
  });

  it('a pull with auto-dismiss (records kept): QEMU forgot it as it ended, so the manager that saw the end reports it', async () => {
    const { first, second } = await closeAsItEnds(
      { stateFile },
      async (_q, m) => m.blockPull('drive0'),
      (q) => q.finish('drive0'),
    );
    expect(first).to.deep.equal(['pull COMPLETED']);
    expect(second).to.deep.equal([]);
    expect(fs.existsSync(recordsFile)).to.equal(false);
  });
});
