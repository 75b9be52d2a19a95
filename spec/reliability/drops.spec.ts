/**
 * A connection lost at a chosen point of a job's end, on the simulator
 * (cut-proxy.ts): the manager that lost it and the next one to attach (same
 * state folder) report the job once between them, with the right outcome.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { BlockJobManager, type AttachOptions, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE, VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT, type BlockJobEvent } from '../../lib/jobs/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import { startSimulator, type Simulator } from '../../lib/sim/index.js';
import { CutProxy, type Cut } from './cut-proxy.js';

const MiB = 1024 * 1024;
/** The `nth` command `name` the client sends (1 = the first). */
function isCommand(name: string, nth = 1): Cut['at'] {
  let seen = 0;
  return (line, dir) => dir === 'c2s' && line.includes(`"execute":"${name}"`) && ++seen === nth;
}

async function until(cond: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a connection lost while a job ends (simulator)', function () {
  let dir: string;
  let sim: Simulator;
  let proxy: CutProxy;
  const sessions: QmpSession[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-drops-'));
  });
  afterEach(async () => {
    for (const s of sessions.splice(0)) if (!s.closed) s.destroy();
    await proxy?.close();
    await sim?.close();
    // A manager's last record write may still be landing in the state folder.
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
  });

  /** A manager (state in `dir`) attached to the simulator through a proxy that cuts at `cut`. */
  async function attachThrough(cut: Cut, opts: AttachOptions = {}): Promise<{ s1: QmpSession; m1: BlockJobManager }> {
    proxy = await CutProxy.start(path.join(dir, 'cut.sock'), (sim.endpoint as { path: string }).path, cut);
    const s1 = await connect({ path: proxy.path });
    sessions.push(s1);
    return { s1, m1: await BlockJobManager.attach(s1, { stateDir: dir, ...opts }) };
  }

  /**
   * Start a job through a proxy that cuts at `cut`, let it end in the
   * simulator, attach a second manager directly: the events of both.
   */
  async function lose(blockdev: boolean, cut: Cut, start: (m: BlockJobManager, disk: string) => Promise<void>, opts: { vmKey?: string } = {}): Promise<{ first: BlockJobEvent[]; second: BlockJobEvent[]; disk: string }> {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/mid', '/d/base'], blockdev, sizeBytes: 4 * MiB }], name: 'vm1' });
    const first: BlockJobEvent[] = [];
    const { s1, m1 } = await attachThrough(cut, { ...opts, onEvent: (e) => first.push(e) });
    const disk = m1.listDisks()[0]!.name;
    await start(m1, disk).catch((err: Error) => expect(err.message).to.equal('Requested operation is not valid: domain is not running'));
    await until(() => s1.closed, 'the cut');
    await m1.recordsWritten().catch(() => undefined);
    // The job ends in QEMU meanwhile.
    const probe = await connect(sim.endpoint);
    sessions.push(probe);
    await until(async () => (await probe.execute<{ status: string }[]>('query-jobs')).every((j) => j.status === 'concluded'), 'the job to conclude');
    await probe.close();
    const second: BlockJobEvent[] = [];
    const s2 = await connect(sim.endpoint);
    sessions.push(s2);
    const m2 = await BlockJobManager.attach(s2, { stateDir: dir, ...opts, onEvent: (e) => second.push(e) });
    await until(() => m2.listJobs().length === 0, 'the second manager to settle');
    // Nothing left in QEMU, and nothing for a third manager to report.
    expect(await s2.execute('query-jobs')).to.deep.equal([]);
    const third: BlockJobEvent[] = [];
    const s3 = await connect(sim.endpoint);
    sessions.push(s3);
    await BlockJobManager.attach(s3, { stateDir: dir, ...opts, onEvent: (e) => third.push(e) });
    expect(third).to.deep.equal([]);
    return { first, second, disk };
  }

  const ends = (evs: BlockJobEvent[]): string[] => evs.filter((e) => e.status !== 'READY').map((e) => `${e.type} ${e.status}`);

  for (const blockdev of [false, true]) {
    for (const pass of [false, true]) {
      // A commit: QEMU keeps it concluded until dismissed (pulls forget themselves: below).
      it(`${blockdev ? '-blockdev' : '-drive'} commit, lost ${pass ? 'after job-dismiss reached QEMU' : 'before job-dismiss reached QEMU'}: COMPLETED once`, async () => {
        const { first, second } = await lose(blockdev, { at: isCommand('job-dismiss'), pass }, (m, disk) => m.blockCommit(disk, '/d/base', '/d/mid'));
        expect([...ends(first), ...ends(second)]).to.deep.equal(['commit COMPLETED']);
        expect(ends(first)).to.deep.equal([]);
      });

      it(`${blockdev ? '-blockdev' : '-drive'} active commit aborted after READY, lost ${pass ? 'after' : 'before'} job-dismiss reached QEMU: CANCELED once`, async () => {
        const { first, second } = await lose(blockdev, { at: isCommand('job-dismiss'), pass }, async (m, disk) => {
          await m.blockCommit(disk, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
          await until(() => m.jobFor(disk)?.state === 'ready', 'READY');
          await m.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC);
        });
        expect([...ends(first), ...ends(second)]).to.deep.equal(['active-commit CANCELED']);
      });
    }
  }

  it('a job started just before the connection is lost still gets its record (the VM key is read at attach)', async () => {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/base'], sizeBytes: 64 * MiB }], name: 'vm1' });
    let started = false;
    // Cut at whatever the client sends after block-stream (QEMU answers it first).
    const cut: Cut = { at: (line, dir) => dir === 'c2s' && (started || ((started = line.includes('"execute":"block-stream"')), false)), pass: false };
    const { s1, m1 } = await attachThrough(cut);
    await m1.blockPull('vda', 1);
    await m1.getBlockJobInfo('vda').catch(() => undefined);
    await until(() => s1.closed, 'the cut');
    await m1.recordsWritten();
    const records = fs.readdirSync(dir).filter((f) => f.endsWith('.jobs.json'));
    expect(records).to.have.length(1);
    expect(fs.readFileSync(path.join(dir, records[0]!), 'utf8')).to.include('"kind": "pull"');
  });

  it('a second manager attaching while the first dismisses a job (same state folder): the job is reported once, by the first', async () => {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/mid', '/d/base'], sizeBytes: 4 * MiB }], name: 'vm1' });
    const events: string[] = [];
    const { m1: a } = await attachThrough({ at: isCommand('job-dismiss'), pass: true, hold: true }, { onEvent: (e) => events.push(`A ${e.type} ${e.status}`) });
    await a.blockCommit('vda', '/d/base', '/d/mid');
    await until(() => proxy.cut, 'the dismiss');
    const s2 = await connect(sim.endpoint);
    sessions.push(s2);
    const b = await BlockJobManager.attach(s2, { stateDir: dir, onEvent: (e) => events.push(`B ${e.type} ${e.status}`) });
    proxy.release();
    await until(() => a.listJobs().length === 0 && b.listJobs().length === 0, 'both managers to settle');
    await Promise.all([a.recordsWritten(), b.recordsWritten()]);
    expect(events).to.deep.equal(['A commit COMPLETED']);
  });

  // Pulls with records kept start with auto-dismiss on (pull.ts): QEMU forgets them as they end.
  for (const blockdev of [false, true]) {
    const mode = blockdev ? '-blockdev' : '-drive';
    it(`${mode} pull, lost while it runs, ending unseen: the next manager tells COMPLETED from the chain, once, and QEMU has no job`, async () => {
      // Cut at the first command after block-stream (QEMU answered it).
      let started = false;
      const cut: Cut = { at: (line, d) => d === 'c2s' && (started || ((started = line.includes('"execute":"block-stream"')), false)), pass: false };
      const { first, second, disk } = await lose(blockdev, cut, async (m, d) => {
        await m.blockPull(d);
        await m.getBlockJobInfo(d);
      });
      expect(ends(first)).to.deep.equal([]);
      expect(second.map((e) => `${e.type} ${e.status} ${e.disk}`)).to.deep.equal([`pull COMPLETED ${disk}`]);
    });
    it(`${mode} pull, lost as its chain is read after it concluded: reported by its manager, which saw how it ended, and by no other`, async () => {
      let started = false;
      const cut: Cut = { at: (line, d) => d === 'c2s' && (started ||= line.includes('"execute":"block-stream"')) && line.includes('"execute":"query-named-block-nodes"'), pass: false };
      const { first, second } = await lose(blockdev, cut, async (m, d) => {
        await m.blockPull(d);
        await m.waitForJob(d);
      });
      expect(ends(first)).to.deep.equal(['pull COMPLETED']);
      expect(second).to.deep.equal([]);
    });
  }

  for (const blockdev of [false, true]) {
    it(`${blockdev ? '-blockdev' : '-drive'}: a recorded end whose disk has a new job by now (${blockdev ? 'another id' : 'the same id: -drive jobs are named by their device'}) is reported once, and the new job is adopted as what it is`, async () => {
      sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/mid', '/d/base'], blockdev, sizeBytes: 4 * MiB }], name: 'vm1' });
      const events: string[] = [];
      const { s1, m1: a } = await attachThrough({ at: isCommand('job-dismiss'), pass: true }, { onEvent: (e) => events.push(`A ${e.type} ${e.status}`) });
      const disk = a.listDisks()[0]!.name;
      await a.blockCommit(disk, '/d/base', '/d/mid');
      await until(() => s1.closed, 'the cut');
      await a.recordsWritten();
      // Another process, with no state folder, starts a copy on the disk.
      const s2 = await connect(sim.endpoint);
      sessions.push(s2);
      const other = await BlockJobManager.attach(s2);
      await other.blockCopy(disk, path.join(dir, 'copy.qcow2'));
      const s3 = await connect(sim.endpoint);
      sessions.push(s3);
      const b = await BlockJobManager.attach(s3, { stateDir: dir, onEvent: (e) => events.push(`B ${e.type} ${e.status}`) });
      await until(() => events.length > 0, 'the recorded end');
      expect(events.filter((e) => e.endsWith('COMPLETED'))).to.deep.equal(['B commit COMPLETED']);
      expect(b.jobFor(disk)?.kind).to.equal('copy');
      expect(await b.getBlockJobInfo(disk)).to.not.equal(null);
      await b.recordsWritten();
    });
  }

  for (const op of ['copy', 'snapshot'] as const) {
    it(`-blockdev ${op} lost while its image was being created: the retry dismisses the create job left behind and goes through`, async () => {
      sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/base'], blockdev: true, sizeBytes: 4 * MiB }], name: 'vm1' });
      let creating = false;
      const cut: Cut = { at: (line, dir) => dir === 'c2s' && (creating ||= line.includes('"execute":"blockdev-create"')) && line.includes('"execute":"query-jobs"'), pass: false };
      const { m1 } = await attachThrough(cut);
      const disk = m1.listDisks()[0]!.name;
      const lost = op === 'copy' ? m1.blockCopy(disk, path.join(dir, 'c1.qcow2')) : m1.snapshotCreate('s1', [{ disk, file: path.join(dir, 's1.qcow2') }]);
      expect(await lost.then(() => 'done', (e: Error) => e.message)).to.equal('Requested operation is not valid: domain is not running');
      const s2 = await connect(sim.endpoint);
      sessions.push(s2);
      expect((await s2.execute<{ id: string; status: string }[]>('query-jobs')).map((j) => `${j.id} ${j.status}`)).to.deep.equal(['create-libvirt-3-storage concluded']);
      const m2 = await BlockJobManager.attach(s2, { stateDir: dir });
      if (op === 'copy') await m2.blockCopy(disk, path.join(dir, 'c2.qcow2'));
      else await m2.snapshotCreate('s2', [{ disk, file: path.join(dir, 's2.qcow2') }]);
      const jobs = (await s2.execute<{ id: string }[]>('query-jobs')).map((j) => j.id);
      expect(jobs).to.not.include('create-libvirt-3-storage');
      await m2.recordsWritten();
    });
  }

  it('snapshotCreate lost while reading the chains back after its transaction: "domain is not running", no raw QMP error', async () => {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/base'], sizeBytes: 4 * MiB }], name: 'vm1' });
    let sent = false;
    const cut: Cut = { at: (line, dir) => dir === 'c2s' && (sent ||= line.includes('"execute":"transaction"')) && line.includes('"execute":"query-block"'), pass: false };
    const { m1 } = await attachThrough(cut);
    const err = await m1.snapshotCreate('s1', [{ disk: 'vda', file: '/d/s1' }]).then(() => undefined, (e: Error) => e);
    expect(proxy.cut).to.equal(true);
    expect(err?.message).to.equal('Requested operation is not valid: domain is not running');
  });

  for (const nth of [1, 2, 3]) {
    it(`-blockdev active commit pivot lost at blockdev-del ${nth} of its clean-up: the next manager still lists the disk, on its new top`, async () => {
      sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/mid', '/d/base'], blockdev: true, sizeBytes: 4 * MiB }], name: 'vm1' });
      const { s1, m1 } = await attachThrough({ at: isCommand('blockdev-del', nth), pass: true });
      const disk = m1.listDisks()[0]!.name;
      await m1.blockCommit(disk, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
      await until(() => m1.jobFor(disk)?.state === 'ready', 'READY');
      await m1.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT).catch(() => undefined);
      await until(() => s1.closed, 'the cut');
      await m1.recordsWritten().catch(() => undefined);
      const s2 = await connect(sim.endpoint);
      sessions.push(s2);
      const m2 = await BlockJobManager.attach(s2, { stateDir: dir });
      expect(m2.listDisks().map((d) => d.chain.map((i) => i.filename))).to.deep.equal([['/d/base']]);
    });
  }

  for (const where of ['start', 'end'] as const) {
    it(`-blockdev commit below the top, concluded while nobody was connected (lost at its ${where === 'start' ? 'start: no record' : 'end: with a record'}): COMPLETED once, on its disk`, async () => {
      const cut: Cut = where === 'start' ? { at: isCommand('block-commit'), pass: true } : { at: isCommand('query-jobs', 2), pass: false };
      const { first, second, disk } = await lose(true, cut, (m, d) => m.blockCommit(d, '/d/base', '/d/mid'), { vmKey: 'vm1' });
      expect(first).to.deep.equal([]);
      expect(second.map((e) => `${e.type} ${e.status} ${e.disk}`)).to.deep.equal([`commit COMPLETED ${disk}`]);
    });
  }
});
