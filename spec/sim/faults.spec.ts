/**
 * Fault injection: I/O errors under on-error report/stop/ignore, slow
 * replies on the virtual clock, a connection dropped on a command, and a
 * dying QEMU.
 */
import { expect } from 'chai';
import { startSimulator, type Simulator, type DiskSpec } from '../../lib/sim/index.js';
import { TestClient } from './client.js';

const MiB = 1024 * 1024;
const DISK: DiskSpec = {
  name: 'drive0',
  chain: ['/f/top', '/f/base'],
  sizeBytes: 4 * MiB,
  layers: [[{ start: 0, end: MiB, fp: 'T' }], [{ start: 0, end: 4 * MiB, fp: 'B' }]],
};

describe('sim faults', function () {
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

  it('an I/O error under on-error=report ends the job with the error, chain unchanged', async function () {
    sim.faults.ioError({ operation: 'read', atOffset: 2 * MiB, errno: 'EIO' });
    await c.cmd('block-stream', { device: 'drive0', 'auto-dismiss': false });
    const m = c.mark;
    await c.advance(100);
    expect(c.tokens(m)).to.deep.equal(['BLOCK_JOB_ERROR', 'aborting', 'BLOCK_JOB_COMPLETED', 'concluded']);
    expect(c.events('BLOCK_JOB_ERROR')[0]!.data).to.deep.equal({ device: 'drive0', operation: 'read', action: 'report' });
    expect(c.events('BLOCK_JOB_COMPLETED')[0]!.data).to.deep.equal({ device: 'drive0', len: 4 * MiB, offset: 2 * MiB, speed: 0, type: 'stream', error: 'Input/output error' });
    const [job] = await c.cmd('query-jobs');
    expect(job).to.include({ status: 'concluded', error: 'Input/output error' });
    expect(sim.chain('drive0')).to.deep.equal(['/f/top', '/f/base']);
  });

  it('on-error=stop pauses with BLOCK_JOB_ERROR; cancel refused; resume retries and completes', async function () {
    sim.faults.ioError({ operation: 'read', errno: 'ENOSPC' });
    await c.cmd('block-stream', { device: 'drive0', 'on-error': 'stop' });
    await c.advance(100);
    expect(c.events('BLOCK_JOB_ERROR')[0]!.data).to.deep.equal({ device: 'drive0', operation: 'read', action: 'stop' });
    const [info] = await c.cmd('query-block-jobs');
    expect(info).to.include({ status: 'paused', paused: true, 'io-status': 'nospace' });
    expect(await c.err('block-job-cancel', { device: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: "The block job for device 'drive0' is currently paused" });
    await c.cmd('block-job-resume', { device: 'drive0' });
    await c.advance(100);
    expect(c.events('BLOCK_JOB_COMPLETED')).to.have.length(1);
    expect(c.events('BLOCK_JOB_COMPLETED')[0]!.data).to.not.have.property('error');
    expect(sim.chain('drive0')).to.deep.equal(['/f/top']);
  });

  it('an error rule on one image only hits requests that read it', async function () {
    sim.faults.ioError({ image: '/f/other', count: Infinity });
    await c.cmd('block-stream', { device: 'drive0' });
    await c.advance(100);
    expect(c.events('BLOCK_JOB_ERROR')).to.have.length(0);
    expect(c.events('BLOCK_JOB_COMPLETED')).to.have.length(1);
  });

  it('a slow reply holds the answer, and the commands after it, for the given virtual time', async function () {
    sim.faults.slowReply({ command: 'query-status', delayMs: 5000, count: 1 });
    const id = 99;
    const before = sim.stats().commandsHandled;
    (c as unknown as { sock: { write(s: string): void } }).sock.write(`{"execute":"query-status","id":${id}}{"execute":"query-name","id":100}`);
    await c.sync();
    await c.advance(4999);
    expect(sim.stats().commandsHandled).to.equal(before);
    expect(c.messages.find((m) => m.id === id)).to.equal(undefined);
    await c.advance(1);
    for (let i = 0; i < 500 && sim.stats().commandsHandled < before + 2; i++) await new Promise((r) => setTimeout(r, 1));
    await c.sync();
    expect(c.messages.slice(-2).map((m) => m.id)).to.deep.equal([99, 100]);
  });

  it('disconnectOn drops the connection without answering', async function () {
    sim.faults.disconnectOn({ command: 'block-stream' });
    (c as unknown as { sock: { write(s: string): void } }).sock.write('{"execute":"block-stream","arguments":{"device":"drive0"},"id":7}');
    for (let i = 0; i < 500 && !c.closed; i++) await new Promise((r) => setTimeout(r, 1));
    expect(c.closed).to.equal(true);
    expect(c.messages.find((m) => m.id === 7)).to.equal(undefined);
  });

  it('disconnectAll: the client is cut off, the job goes on, a new client finds it (events only after negotiation)', async function () {
    await c.cmd('block-stream', { device: 'drive0', speed: MiB, 'auto-dismiss': false });
    sim.disconnectAll();
    for (let i = 0; i < 500 && !c.closed; i++) await new Promise((r) => setTimeout(r, 1));
    expect(c.closed).to.equal(true);
    await sim.advance(10_000); // the job ends while nobody listens
    const again = await TestClient.open(sim, false);
    try {
      expect(again.events()).to.deep.equal([]);
      await again.cmd('qmp_capabilities');
      const [job] = await again.cmd('query-jobs');
      expect(job).to.deep.include({ id: 'drive0', status: 'concluded', type: 'stream' });
      expect(job).to.not.have.property('error');
      await again.cmd('job-dismiss', { id: 'drive0' });
      expect(again.events('JOB_STATUS_CHANGE').map((e) => e.data.status)).to.deep.equal(['null']);
    } finally {
      again.close();
    }
  });

  it('kill: QEMU dies mid-job, the socket closes, no job events, nobody can connect', async function () {
    await c.cmd('block-stream', { device: 'drive0', speed: MiB });
    const m = c.mark;
    await sim.kill();
    expect(await sim.exited).to.equal('killed');
    for (let i = 0; i < 500 && !c.closed; i++) await new Promise((r) => setTimeout(r, 1));
    expect(c.closed).to.equal(true);
    expect(c.tokens(m)).to.deep.equal([]);
    let refused = false;
    try {
      await TestClient.open(sim);
    } catch {
      refused = true;
    }
    expect(refused).to.equal(true);
  });
});
