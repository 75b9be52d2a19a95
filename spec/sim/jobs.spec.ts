/**
 * Job life cycles on the simulator, over the wire, on the virtual clock:
 * status sequences, events before/after answers, speed, pause, cancel,
 * manual finalize/dismiss, active commit, mirror, quit.
 */
import { expect } from 'chai';
import { startSimulator, type Simulator, type DiskSpec } from '../../lib/sim/index.js';
import { TestClient } from './client.js';

const MiB = 1024 * 1024;
const DISK: DiskSpec = {
  name: 'drive0',
  chain: ['/img/top', '/img/mid', '/img/base'],
  sizeBytes: 8 * MiB,
  layers: [
    [{ start: 0, end: 1 * MiB, fp: 'T' }],
    [{ start: 2 * MiB, end: 4 * MiB, fp: 'M' }],
    [{ start: 0, end: 8 * MiB, fp: 'B' }],
  ],
};

describe('sim jobs', function () {
  let sim: Simulator;
  let c: TestClient;
  beforeEach(async function () {
    sim = await startSimulator({ disks: [DISK], clock: 'virtual' });
    c = await TestClient.open(sim);
  });
  afterEach(async function () {
    c.close();
    await sim.close();
  });

  it('block-stream: created and running before the answer, then waiting..null; rate limited; chain and data', async function () {
    const before = sim.guestContent('drive0');
    const m = c.mark;
    await c.cmd('block-stream', { device: 'drive0', speed: 1 * MiB });
    expect(c.tokens(m)).to.deep.equal(['created', 'running', 'return#2']);
    // 7 MiB to copy at 1 MiB/s: still running after 6 s, done by 8 s.
    await c.advance(6000);
    const [info] = await c.cmd('query-block-jobs');
    expect(info).to.include({ device: 'drive0', type: 'stream', status: 'running', speed: MiB, len: 8 * MiB });
    expect(info.offset).to.be.greaterThan(5 * MiB).and.lessThan(8 * MiB);
    const m2 = c.mark;
    await c.advance(2000);
    expect(c.tokens(m2)).to.deep.equal(['waiting', 'pending', 'BLOCK_JOB_COMPLETED', 'concluded', 'null']);
    expect(c.events('BLOCK_JOB_COMPLETED')[0]!.data).to.deep.equal({ device: 'drive0', len: 8 * MiB, offset: 8 * MiB, speed: MiB, type: 'stream' });
    expect(sim.chain('drive0')).to.deep.equal(['/img/top']);
    expect(sim.guestContent('drive0')).to.deep.equal(before);
    expect(sim.image('/img/top')!.backingFile).to.equal(null);
  });

  it('block-stream keeps a guest write made while a request is in flight', async function () {
    await c.cmd('block-stream', { device: 'drive0', speed: 1 * MiB });
    await c.advance(400);
    const job = sim.machine.jobs.get('drive0')!;
    for (let i = 0; i < 2000 && !job.busy; i++) await sim.advance(0.05); // step into the next request
    expect(job.busy).to.equal(true);
    expect(job.current).to.equal(1.5 * MiB); // the request in flight reads 1.5..2 MiB
    sim.guestWrite('drive0', 1.5 * MiB, 4096, 'G');
    await c.advance(10_000);
    expect(sim.chain('drive0')).to.deep.equal(['/img/top']);
    expect(sim.guestContent('drive0').find((e) => e.fp === 'G')).to.deep.equal({ start: 1.5 * MiB, end: 1.5 * MiB + 4096, fp: 'G' });
  });

  it('block-stream with base: only the layers above base are copied, backing file rewritten', async function () {
    const before = sim.guestContent('drive0');
    await c.cmd('block-stream', { device: 'drive0', base: '/img/base' });
    await c.advance(100);
    expect(sim.chain('drive0')).to.deep.equal(['/img/top', '/img/base']);
    expect(sim.image('/img/top')!.backingFile).to.equal('/img/base');
    expect(sim.image('/img/top')!.extents.toArray().map((e) => e.fp)).to.deep.equal(['T', 'M']);
    expect(sim.guestContent('drive0')).to.deep.equal(before);
  });

  it('set-speed to a higher limit wakes the job; a lower one slows it', async function () {
    await c.cmd('block-stream', { device: 'drive0', speed: 1 * MiB });
    await c.advance(1000);
    await c.cmd('block-job-set-speed', { device: 'drive0', speed: 0 });
    await c.advance(50);
    expect(c.events('BLOCK_JOB_COMPLETED')).to.have.length(1);
    expect(c.events('BLOCK_JOB_COMPLETED')[0]!.data.speed).to.equal(0);
  });

  it('pause and resume: status events before the answer, no progress while paused', async function () {
    await c.cmd('block-stream', { device: 'drive0', speed: 1 * MiB });
    await c.advance(1100); // mid-sleep, not in the middle of a request
    let m = c.mark;
    await c.cmd('block-job-pause', { device: 'drive0' });
    expect(c.tokens(m)).to.deep.equal(['paused', `return#${c.messages[c.mark - 1]!.id}`]);
    const [p1] = await c.cmd('query-block-jobs');
    expect(p1).to.include({ status: 'paused', paused: true });
    await c.advance(10_000);
    const [p2] = await c.cmd('query-block-jobs');
    expect(p2.offset).to.equal(p1.offset);
    expect(await c.err('block-job-pause', { device: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: 'Job is already paused' });
    expect(await c.err('block-job-cancel', { device: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: "The block job for device 'drive0' is currently paused" });
    m = c.mark;
    await c.cmd('block-job-resume', { device: 'drive0' });
    expect(c.tokens(m)[0]).to.equal('running');
    expect(await c.err('block-job-resume', { device: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: "Can't resume a job that was not paused" });
    await c.advance(10_000);
    expect(c.events('BLOCK_JOB_COMPLETED')).to.have.length(1);
  });

  it('cancel of a stream busy with a request: the answer first, then the end events', async function () {
    await c.cmd('block-stream', { device: 'drive0', speed: 1 * MiB });
    await c.advance(2000); // the sleep ends at 2 s and a request starts
    const m = c.mark;
    await c.cmd('block-job-cancel', { device: 'drive0' });
    await c.advance(5);
    expect(c.tokens(m)).to.deep.equal([`return#${c.messages[m]!.id}`, 'aborting', 'BLOCK_JOB_CANCELLED', 'concluded', 'null']);
  });

  it('cancel of a sleeping stream: the job ends before the answer, chain unchanged', async function () {
    const before = sim.guestContent('drive0');
    await c.cmd('block-stream', { device: 'drive0', speed: 1 * MiB });
    await c.advance(2100);
    const m = c.mark;
    await c.cmd('block-job-cancel', { device: 'drive0' });
    expect(c.tokens(m)).to.deep.equal(['aborting', 'BLOCK_JOB_CANCELLED', 'concluded', 'null', `return#${c.messages[c.mark - 1]!.id}`]);
    expect(sim.chain('drive0')).to.deep.equal(['/img/top', '/img/mid', '/img/base']);
    expect(sim.guestContent('drive0')).to.deep.equal(before);
  });

  it('auto-finalize and auto-dismiss off: pending, BLOCK_JOB_PENDING, finalize, concluded with query info, dismiss', async function () {
    await c.cmd('block-stream', { device: 'drive0', 'job-id': 'j1', 'auto-finalize': false, 'auto-dismiss': false });
    const m = c.mark;
    await c.advance(100);
    expect(c.tokens(m)).to.deep.equal(['waiting', 'pending', 'BLOCK_JOB_PENDING']);
    expect(c.events('BLOCK_JOB_PENDING')[0]!.data).to.deep.equal({ type: 'stream', id: 'j1' });
    expect(sim.chain('drive0')).to.have.length(3); // the graph changes only at finalize
    expect(await c.err('job-dismiss', { id: 'j1' })).to.deep.equal({ class: 'GenericError', desc: "Job 'j1' in state 'pending' cannot accept command verb 'dismiss'" });
    expect(await c.err('block-job-complete', { device: 'j1' })).to.deep.equal({ class: 'GenericError', desc: "Job 'j1' in state 'pending' cannot accept command verb 'complete'" });
    const m2 = c.mark;
    await c.cmd('job-finalize', { id: 'j1' });
    expect(c.tokens(m2).slice(0, 2)).to.deep.equal(['BLOCK_JOB_COMPLETED', 'concluded']);
    expect(sim.chain('drive0')).to.deep.equal(['/img/top']);
    expect(await c.cmd('query-jobs')).to.deep.equal([{ 'current-progress': 8 * MiB, status: 'concluded', 'total-progress': 8 * MiB, type: 'stream', id: 'j1' }]);
    // A concluded stream keeps its nodes until it is dismissed, as in QEMU.
    expect(await c.err('block-stream', { device: 'drive0', 'job-id': 'j1' })).to.deep.equal({ class: 'GenericError', desc: "Node 'drive0' is busy: block device is in use by block job: stream" });
    expect(await c.err('block-commit', { device: 'drive0', 'job-id': 'j2' })).to.deep.equal({ class: 'GenericError', desc: 'Need a root block node' });
    await c.cmd('job-dismiss', { id: 'j1' });
    expect(await c.cmd('query-jobs')).to.deep.equal([]);
    await c.cmd('block-stream', { device: 'drive0', 'job-id': 'j1' });
  });

  it('active commit: READY with len = data to copy, complete pivots to base, data kept', async function () {
    const before = sim.guestContent('drive0');
    await c.cmd('block-commit', { device: 'drive0', speed: 1 * MiB });
    expect(await c.err('block-job-complete', { device: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: "Job 'drive0' in state 'running' cannot accept command verb 'complete'" });
    await c.advance(5000);
    const ready = c.events('BLOCK_JOB_READY');
    expect(ready).to.have.length(1);
    expect(ready[0]!.data).to.deep.equal({ device: 'drive0', len: 3 * MiB, offset: 3 * MiB, speed: MiB, type: 'commit' });
    const m = c.mark;
    await c.cmd('block-job-complete', { device: 'drive0' });
    await c.advance(10);
    expect(c.tokens(m)).to.deep.equal([`return#${c.messages[m]!.id}`, 'waiting', 'pending', 'BLOCK_JOB_COMPLETED', 'concluded', 'null']);
    expect(sim.chain('drive0')).to.deep.equal(['/img/base']);
    expect(sim.guestContent('drive0')).to.deep.equal(before);
  });

  it('active commit soft-cancelled after READY: COMPLETED, no pivot, base holds the merged data', async function () {
    const before = sim.guestContent('drive0');
    await c.cmd('block-commit', { device: 'drive0' });
    await c.advance(100);
    await c.cmd('block-job-cancel', { device: 'drive0' });
    await c.advance(10);
    expect(c.events('BLOCK_JOB_CANCELLED')).to.have.length(0);
    expect(c.events('BLOCK_JOB_COMPLETED')[0]!.data).to.not.have.property('error');
    expect(sim.chain('drive0')).to.deep.equal(['/img/top', '/img/mid', '/img/base']);
    expect(sim.image('/img/base')!.extents.toArray().map((e) => [e.start / MiB, e.end / MiB, e.fp])).to.deep.equal([
      [0, 1, 'T'], [1, 2, 'B'], [2, 4, 'M'], [4, 8, 'B'],
    ]);
    expect(sim.guestContent('drive0')).to.deep.equal(before);
  });

  it('drive-mirror: READY, a guest write is copied again, complete pivots to the copy', async function () {
    await c.cmd('drive-mirror', { device: 'drive0', target: '/img/copy', sync: 'full', format: 'qcow2' });
    await c.advance(100);
    expect(c.events('BLOCK_JOB_READY')).to.have.length(1);
    sim.guestWrite('drive0', 5 * MiB, MiB, 'W');
    await c.advance(200);
    const [info] = await c.cmd('query-block-jobs');
    expect(info).to.include({ status: 'ready', ready: true });
    expect(info.len).to.equal(9 * MiB);
    await c.cmd('block-job-complete', { device: 'drive0' });
    await c.advance(10);
    expect(sim.chain('drive0')).to.deep.equal(['/img/copy']);
    expect(sim.guestContent('drive0').find((e) => e.fp === 'W')).to.deep.equal({ start: 5 * MiB, end: 6 * MiB, fp: 'W' });
  });

  it('a guest write to a mirror in standby waits for the resume', async function () {
    await c.cmd('drive-mirror', { device: 'drive0', target: '/img/copy', sync: 'full', format: 'qcow2' });
    await c.advance(100);
    await c.cmd('block-job-pause', { device: 'drive0' });
    const m = c.mark;
    sim.guestWrite('drive0', 5 * MiB, MiB, 'W');
    await c.advance(1000);
    expect(c.tokens(m)).to.deep.equal([]);
    expect(sim.image('/img/copy')!.extents.toArray().map((e) => e.fp)).to.not.include('W');
    await c.cmd('block-job-resume', { device: 'drive0' });
    await c.advance(100);
    expect(c.tokens(m)[0]).to.equal('ready');
    expect(sim.image('/img/copy')!.extents.toArray().map((e) => e.fp)).to.include('W');
  });

  it('pausing a READY job gives standby, resuming gives ready; force cancel gives CANCELLED', async function () {
    await c.cmd('block-commit', { device: 'drive0' });
    await c.advance(100);
    await c.cmd('block-job-pause', { device: 'drive0' });
    await c.cmd('block-job-resume', { device: 'drive0' });
    const m = c.mark;
    await c.cmd('block-job-cancel', { device: 'drive0', force: true });
    await c.advance(10);
    expect(c.tokens(m).slice(1)).to.deep.equal(['aborting', 'BLOCK_JOB_CANCELLED', 'concluded', 'null']);
    const statuses = c.events('JOB_STATUS_CHANGE').map((e) => e.data.status);
    expect(statuses).to.deep.equal(['created', 'running', 'ready', 'standby', 'ready', 'aborting', 'concluded', 'null']);
    expect(sim.chain('drive0')).to.deep.equal(['/img/top', '/img/mid', '/img/base']);
  });

  it('quit during a job: SHUTDOWN, drain blip, cancel, then the answer and EOF', async function () {
    await c.cmd('block-stream', { device: 'drive0', speed: MiB });
    await c.advance(1000);
    const m = c.mark;
    await c.cmd('quit');
    await c.sync();
    expect(c.tokens(m)).to.deep.equal(['SHUTDOWN', 'paused', 'running', 'aborting', 'BLOCK_JOB_CANCELLED', 'concluded', 'null', `return#${c.messages[c.mark - 1]!.id}`]);
    for (let i = 0; i < 200 && !c.closed; i++) await new Promise((r) => setTimeout(r, 1));
    expect(c.closed).to.equal(true);
    expect(await sim.exited).to.equal('quit');
  });

  it('stream with nothing between device and base finishes inside the command', async function () {
    const m = c.mark;
    const mid = sim.topNode('drive0').backing!.nodeName;
    await c.cmd('block-stream', { device: mid, 'job-id': 'm1', 'base-node': sim.topNode('drive0').backing!.backing!.nodeName });
    expect(c.tokens(m)).to.deep.equal(['created', 'running', 'waiting', 'pending', 'BLOCK_JOB_COMPLETED', 'concluded', 'null', `return#${c.messages[c.mark - 1]!.id}`]);
    expect(c.events('BLOCK_JOB_COMPLETED')[0]!.data).to.include({ len: 0, offset: 0 });
  });
});
