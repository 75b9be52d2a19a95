/**
 * The QMP session against a real QEMU started by each test: handshake,
 * commands (plain, pipelined, refused), block-job events, a connection lost
 * with a command in flight, and the images checked offline with qemu-img
 * after the job. Skipped when QEMU is missing (fails with
 * QMPBLOCK_REQUIRE_QEMU=1).
 */
import path from 'node:path';
import { expect } from 'chai';
import { QmpSession } from '../../lib/qmp/session.js';
import type { ReceivedEvent } from '../../lib/qmp/types.js';
import { QmpDisconnectedError, QmpError } from '../../lib/errors.js';
import {
  MiB,
  QemuProcess,
  backingChain,
  compareImages,
  createStandardChain,
  flatten,
  verifyPattern,
  type Chain,
} from '../../lib/qemu/index.js';
import { useQemuSandbox } from '../helpers/qemu.js';

interface BlockInfo {
  device: string;
  inserted?: { file: string; image: { filename: string; 'backing-image'?: { filename: string; 'backing-image'?: { filename: string } } } };
}

describe('QmpSession against real QEMU', function () {
  this.timeout(30_000);
  const tmp = useQemuSandbox();
  let qemu: QemuProcess | undefined;
  let session: QmpSession | undefined;
  let chain: Chain;

  async function start(kind: 'drive' | 'blockdev' = 'drive'): Promise<QmpSession> {
    chain = await createStandardChain(tmp());
    qemu = await QemuProcess.start({ disks: [{ kind, chain: chain.images }] });
    session = await QmpSession.connect({ path: qemu.socketPath });
    return session;
  }

  afterEach(async function () {
    session?.destroy();
    session = undefined;
    if (qemu) await qemu.kill();
    qemu = undefined;
  });

  it('reads the greeting and negotiates capabilities, with oob when asked', async function () {
    chain = await createStandardChain(tmp());
    qemu = await QemuProcess.start({ disks: [{ kind: 'drive', chain: chain.images }] });
    session = await QmpSession.connect({ path: qemu.socketPath }, { oob: true });
    expect(session.state).to.equal('running');
    expect(session.greeting?.version.qemu.major).to.be.a('number').and.to.be.at.least(2);
    expect(session.greeting?.capabilities).to.include('oob');
    expect(session.enabled).to.deep.equal(['oob']);
    const v = await session.execute<{ qemu: { major: number } }>('query-version');
    expect(v.qemu.major).to.equal(session.greeting?.version.qemu.major);
  });

  it('query-block shows the legacy drive and its backing chain', async function () {
    const s = await start();
    const blocks = await s.execute<BlockInfo[]>('query-block');
    const drive = blocks.find((b) => b.device === 'drive0');
    expect(drive, 'drive0 in query-block').to.exist;
    const img = drive!.inserted!.image;
    expect([img.filename, img['backing-image']?.filename, img['backing-image']?.['backing-image']?.filename]).to.deep.equal(chain.images);
  });

  it('pipelines commands and matches each answer to its command', async function () {
    const s = await start('blockdev');
    const pVersion = s.execute<{ qemu: { major: number } }>('query-version');
    const pNodes = s.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true });
    const pJobs = s.execute<unknown[]>('query-jobs');
    const pStatus = s.execute<{ status: string }>('query-status');
    const pName = s.execute<Record<string, unknown>>('query-name');
    // All five were written before any answer could be read.
    expect(s.inFlight).to.equal(5);
    const [version, nodes, jobs, status, name] = await Promise.all([pVersion, pNodes, pJobs, pStatus, pName]);
    expect(version.qemu.major).to.be.a('number');
    expect(nodes.map((n) => n['node-name'])).to.include.members(['libvirt-1-format', 'libvirt-3-storage']);
    expect(jobs).to.deep.equal([]);
    expect(status.status).to.equal('running');
    expect(name).to.deep.equal({});
    expect(s.inFlight).to.equal(0);
    expect(s.stats.unknownAnswers).to.equal(0);
  });

  it('rejects a refused command with QmpError carrying class and desc, and stays usable', async function () {
    const s = await start();
    const err = await s.execute('block-stream', { device: 'nosuchdrive' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(QmpError);
    const qe = err as QmpError;
    expect(qe.code).to.equal('QMP_ERR_COMMAND');
    expect(qe.class).to.equal('GenericError');
    expect(qe.desc).to.equal("Cannot find device='nosuchdrive' nor node-name='nosuchdrive'");
    expect(qe.command).to.equal('block-stream');

    const unknown = await s.execute('no-such-command').catch((e: unknown) => e);
    expect(unknown).to.be.instanceOf(QmpError);
    expect((unknown as QmpError).class).to.equal('CommandNotFound');

    const jobs = await s.execute<unknown[]>('query-block-jobs');
    expect(jobs).to.deep.equal([]);
  });

  it('delivers the events of a block-stream, including those sent before its return', async function () {
    const s = await start();
    const reference = await flatten(chain.top, path.join(tmp(), 'before.raw'));
    const all: ReceivedEvent[] = [];
    s.on('event', (ev: unknown) => all.push(structuredClone(ev as ReceivedEvent)));

    const since = s.eventSeq;
    await s.execute('block-stream', { device: 'drive0', speed: 32 * MiB });
    const seqAtReturn = s.eventSeq;
    // QEMU sends `created` before the command's return: only `since` lets us see it.
    const created = await s.waitForEvent('JOB_STATUS_CHANGE', (e) => e.data?.status === 'created', { since, timeout: 5000 });
    expect(created.data).to.deep.equal({ status: 'created', id: 'drive0' });
    expect(created.seq).to.be.at.least(since).and.below(seqAtReturn);

    const done = await s.waitForEvent('BLOCK_JOB_COMPLETED', (e) => e.data?.device === 'drive0', { since, timeout: 20_000 });
    expect(done.data).to.include({ device: 'drive0', type: 'stream', len: 32 * MiB, offset: 32 * MiB });
    expect(done.data).to.not.have.property('error');
    await s.waitForEvent('JOB_STATUS_CHANGE', (e) => e.data?.status === 'null', { since, timeout: 5000 });

    const statuses = all.filter((e) => e.event === 'JOB_STATUS_CHANGE').map((e) => e.data?.status);
    expect(statuses).to.deep.equal(['created', 'running', 'waiting', 'pending', 'concluded', 'null']);

    const exit = await qemu!.stop({ session: s });
    expect(exit.code).to.equal(0);
    // Offline: top now stands alone and still shows the same guest data.
    const after = await backingChain(chain.top);
    expect(after.map((e) => e.filename)).to.deep.equal([chain.top]);
    expect(after[0]!.backingFilename).to.equal(null);
    expect(await compareImages(chain.top, reference, { formatB: 'raw' })).to.deep.equal({ identical: true });
    // And the pulled data is really in top now, not just visible through it.
    expect(await verifyPattern(chain.top, 8 * MiB, 1 * MiB, 0x22)).to.equal(true);
  });

  it('pulls down to a base node over -blockdev: chain becomes base <- top', async function () {
    const s = await start('blockdev');
    const reference = await flatten(chain.top, path.join(tmp(), 'before.raw'));
    const since = s.eventSeq;
    await s.execute('block-stream', {
      'job-id': 'pull-vda',
      device: 'libvirt-1-format',
      'base-node': 'libvirt-3-format',
      'backing-file': chain.base,
      'auto-dismiss': false,
    });
    const done = await s.waitForEvent('BLOCK_JOB_COMPLETED', (e) => e.data?.device === 'pull-vda', { since, timeout: 20_000 });
    expect(done.data).to.not.have.property('error');
    const jobs = await s.execute<{ id: string; status: string }[]>('query-jobs');
    expect(jobs.map((j) => [j.id, j.status])).to.deep.equal([['pull-vda', 'concluded']]);
    await s.execute('job-dismiss', { id: 'pull-vda' });
    expect(await s.execute('query-jobs')).to.deep.equal([]);
    await qemu!.stop({ session: s });

    const after = await backingChain(chain.top);
    expect(after.map((e) => e.filename)).to.deep.equal([chain.top, chain.base]);
    expect(after[0]!.backingFilename).to.equal(chain.base);
    expect(await compareImages(chain.top, reference, { formatB: 'raw' })).to.deep.equal({ identical: true });
  });

  it('rejects the command in flight with QmpDisconnectedError when QEMU is killed', async function () {
    const s = await start();
    let closeEmitted = false;
    s.on('close', () => (closeEmitted = true));
    // A frozen QEMU cannot answer, so the command is surely still in flight at the kill.
    qemu!.freeze();
    const pending = s.execute('query-block').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(s.inFlight).to.equal(1);
    await qemu!.kill();
    const err = await pending;
    expect(err).to.be.instanceOf(QmpDisconnectedError);
    expect((err as QmpDisconnectedError).code).to.equal('QMP_ERR_DISCONNECTED');
    expect((err as QmpDisconnectedError).command).to.equal('query-block');
    expect((err as Error).message).to.contain("'query-block' in flight");
    expect(s.closed).to.equal(true);
    expect(closeEmitted).to.equal(true);
    const later = await s.execute('query-status').catch((e: unknown) => e);
    expect(later).to.be.instanceOf(QmpDisconnectedError);
    expect(qemu!.exitInfo?.signal).to.equal('SIGKILL');
  });
});
