/**
 * A job's end with the connection still up but the bookkeeping disturbed
 * (simulator): a graceful close() as the job concludes, a job-dismiss or
 * query-jobs refused once, a manager detached, a second manager attached at
 * once, a SHUTDOWN that QEMU survives.
 * Each job is reported once between the manager and the next one to attach
 * (same state folder), and QEMU is left with no job.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { BlockJobManager, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT, type BlockJobEvent } from '../../lib/jobs/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import { QmpError } from '../../lib/errors.js';
import { startSimulator, type Simulator } from '../../lib/sim/index.js';
import type { ReceivedEvent } from '../../lib/qmp/types.js';

const MiB = 1024 * 1024;

describe('a job ends while the bookkeeping is disturbed (simulator)', function () {
  let dir: string;
  let sim: Simulator;
  const sessions: QmpSession[] = [];
  const events: string[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-jobend-'));
    events.length = 0;
  });
  afterEach(async () => {
    for (const s of sessions.splice(0)) if (!s.closed) s.destroy();
    await sim?.close();
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
  });

  async function vm(blockdev: boolean): Promise<void> {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/mid', '/d/base'], blockdev, sizeBytes: 4 * MiB }], name: 'vm1' });
  }
  async function manager(who: string, s?: QmpSession, records = true): Promise<{ s: QmpSession; m: BlockJobManager; disk: string }> {
    s ??= await connect(sim.endpoint);
    sessions.push(s);
    const m = await BlockJobManager.attach(s, { ...(records ? { stateDir: dir } : {}), onEvent: (e: BlockJobEvent) => events.push(`${who} ${e.type} ${e.status}`) });
    return { s, m, disk: m.listDisks()[0]!.name };
  }
  /** The connection `s` cut as QEMU reports a job concluded. */
  function cutAtConcluded(s: QmpSession): void {
    let cut = false;
    s.on('JOB_STATUS_CHANGE', (e: ReceivedEvent) => {
      if (e.data?.status === 'concluded' && !cut) {
        cut = true;
        s.destroy();
      }
    });
  }
  /** A second manager attaches directly; QEMU's jobs once it has settled. */
  async function nextManager(): Promise<unknown[]> {
    const { s } = await manager('B');
    await new Promise((r) => setTimeout(r, 100));
    return s.execute<unknown[]>('query-jobs');
  }

  for (const blockdev of [false, true]) {
    const mode = blockdev ? '-blockdev' : '-drive';
    for (const when of ['pending', 'concluded']) {
      it(`${mode}: close() as the job turns ${when}: reported once, by the next manager`, async () => {
        await vm(blockdev);
        const { s, m, disk } = await manager('A');
        let closing: Promise<void> | undefined;
        s.on('JOB_STATUS_CHANGE', (e: ReceivedEvent) => {
          if (e.data?.status === when && closing === undefined) closing = s.close();
        });
        await m.blockPull(disk);
        await m.waitForJob(disk).catch(() => undefined);
        await closing;
        await m.recordsWritten();
        expect(await nextManager()).to.deep.equal([]);
        expect(events).to.have.length(1);
        expect(events[0]).to.match(/^[AB] pull COMPLETED$/);
      });
    }

    for (const command of ['job-dismiss', 'query-jobs']) {
      it(`${mode}: ${command} refused once while connected: asked again, reported once, the disk free for the next job`, async () => {
        await vm(blockdev);
        const s1 = await connect(sim.endpoint);
        const execute = s1.execute.bind(s1);
        let armed = false;
        (s1 as { execute: QmpSession['execute'] }).execute = ((cmd: string, ...rest: never[]) => {
          if (armed && cmd === command) {
            armed = false;
            return Promise.reject(new QmpError('GenericError', 'simulated failure', cmd));
          }
          return execute(cmd, ...rest);
        }) as QmpSession['execute'];
        const { m, disk } = await manager('A', s1);
        armed = true;
        // A commit: QEMU keeps it concluded until the manager dismisses it (a pull, with
        // records kept, QEMU forgets as it ends: no query-jobs, no job-dismiss).
        await m.blockCommit(disk, '/d/base', '/d/mid', 0, 0);
        expect((await m.waitForJob(disk)).state).to.equal('completed');
        expect(armed, 'the refusal happened').to.equal(false);
        expect(await execute('query-jobs')).to.deep.equal([]);
        await m.blockPull(disk);
        expect((await m.waitForJob(disk)).state).to.equal('completed');
        await m.recordsWritten();
        expect(await nextManager()).to.deep.equal([]);
        expect(events).to.deep.equal(['A commit COMPLETED', 'A pull COMPLETED']);
      });
    }

    for (const how of ['close', 'detach'] as const) {
      it(`${mode}: job-dismiss refused until the manager goes (${how}), no records: not reported by it; the next manager reports it once`, async () => {
        await vm(blockdev);
        const s1 = await connect(sim.endpoint);
        const execute = s1.execute.bind(s1);
        let refusals = 0;
        (s1 as { execute: QmpSession['execute'] }).execute = ((cmd: string, ...rest: never[]) => {
          if (cmd === 'job-dismiss') {
            refusals++;
            return Promise.reject(new QmpError('GenericError', 'simulated failure', cmd));
          }
          return execute(cmd, ...rest);
        }) as QmpSession['execute'];
        const { m, disk } = await manager('A', s1, false);
        await m.blockPull(disk);
        for (let i = 0; i < 200 && refusals < 2; i++) await new Promise((r) => setTimeout(r, 10));
        if (how === 'close') await s1.close();
        else m.detach();
        await m.waitForJob(disk).catch(() => undefined);
        expect(events).to.deep.equal([]);
        const { s: s2 } = await manager('B', undefined, false);
        for (let i = 0; i < 100 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
        expect(events).to.deep.equal(['B pull COMPLETED']);
        expect(await s2.execute('query-jobs')).to.deep.equal([]);
      });
    }

    it(`${mode}: a copy whose abort QEMU refused, then pivoted by another client: COMPLETED, not CANCELED (the abort's mark is taken back)`, async () => {
      await vm(blockdev);
      const s1 = await connect(sim.endpoint);
      const execute = s1.execute.bind(s1);
      (s1 as { execute: QmpSession['execute'] }).execute = ((cmd: string, ...rest: never[]) => {
        if (cmd === 'block-job-cancel' || cmd === 'job-cancel') return Promise.reject(new QmpError('GenericError', 'simulated refusal', cmd));
        return execute(cmd, ...rest);
      }) as QmpSession['execute'];
      const { m, disk } = await manager('A', s1);
      await m.blockCopy(disk, path.join(dir, 'copy.qcow2'), {}, 0);
      const err = await m.blockJobAbort(disk).then(() => undefined, (e: Error) => e);
      expect(err?.message).to.match(/simulated refusal/);
      for (let i = 0; i < 500 && m.jobFor(disk)?.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 5));
      await m.recordsWritten();
      // Someone without a manager (a raw QMP client) pivots it: the job's record says nothing of an end.
      const id = m.jobFor(disk)!.id;
      await (blockdev ? execute('job-complete', { id }) : execute('block-job-complete', { device: id }));
      await m.waitForJob(disk);
      expect(events.filter((e) => !e.endsWith(' READY'))).to.deep.equal(['A copy COMPLETED']);
    });

    it(`${mode}: detach() while a caller waits and an abort is under way: both are told, the next manager takes the job over`, async () => {
      await vm(blockdev);
      const { s, m, disk } = await manager('A');
      await m.blockPull(disk, 1);
      const waited = m.waitForJob(disk).then(() => 'resolved', (e: Error) => e.message);
      const aborted = m.blockJobAbort(disk).then(() => 'resolved', (e: Error) => e.message);
      m.detach();
      expect(await waited).to.equal('Requested operation is not valid: domain is not running');
      expect(await aborted).to.equal('Requested operation is not valid: domain is not running');
      await m.recordsWritten();
      // The abort had not left yet: the next manager on the same session finds the job running, and ends it.
      const b = await manager('B', s);
      expect(await b.m.getBlockJobInfo(disk)).to.include({ type: 1 });
      await b.m.blockJobAbort(disk);
      expect(events).to.deep.equal(['B pull CANCELED']);
      expect(await s.execute('query-jobs')).to.deep.equal([]);
    });

    /** A READY copy or active commit started by manager A, and manager B attached beside it. */
    async function readyWithTwoManagers(kind: 'copy' | 'active-commit'): Promise<{ a: Awaited<ReturnType<typeof manager>>; b: Awaited<ReturnType<typeof manager>> }> {
      await vm(blockdev);
      const a = await manager('A');
      if (kind === 'copy') await a.m.blockCopy(a.disk, path.join(dir, 'copy.qcow2'), {}, 0);
      else await a.m.blockCommit(a.disk, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
      for (let i = 0; i < 500 && a.m.jobFor(a.disk)?.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 5));
      await a.m.recordsWritten();
      const b = await manager('B');
      expect(b.m.jobFor(b.disk)?.state).to.equal('ready');
      return { a, b };
    }

    /** Both managers report the job's end as asked, once each, and see the disk's chain as it now is. */
    async function bothReportAndFollow(a: BlockJobManager, b: BlockJobManager, kind: string, pivot: boolean): Promise<void> {
      const ends = (): string[] => events.filter((e) => !e.endsWith(' READY')).sort();
      for (let i = 0; i < 200 && ends().length < 2; i++) await new Promise((r) => setTimeout(r, 5));
      const status = pivot ? 'COMPLETED' : 'CANCELED';
      expect(ends()).to.deep.equal([`A ${kind} ${status}`, `B ${kind} ${status}`]);
      const chains = (m: BlockJobManager): string[][] => m.listDisks().map((d) => d.chain.map((i) => i.filename));
      for (let i = 0; i < 200 && JSON.stringify(chains(b)) !== JSON.stringify(chains(a)); i++) await new Promise((r) => setTimeout(r, 5));
      expect(chains(b)).to.deep.equal(chains(a));
    }

    for (const [kind, pivot] of [['active-commit', false], ['active-commit', true], ['copy', false], ['copy', true]] as const) {
      it(`${mode}: two managers at once, a READY ${kind} ${pivot ? 'pivoted' : 'aborted'} by one: both report ${pivot ? 'COMPLETED' : 'CANCELED'}`, async () => {
        const { a, b } = await readyWithTwoManagers(kind);
        await a.m.blockJobAbort(a.disk, pivot ? VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT : 0);
        const ends = (): string[] => events.filter((e) => !e.endsWith(' READY')).sort();
        for (let i = 0; i < 200 && ends().length < 2; i++) await new Promise((r) => setTimeout(r, 5));
        const status = pivot ? 'COMPLETED' : 'CANCELED';
        expect(ends()).to.deep.equal([`A ${kind} ${status}`, `B ${kind} ${status}`]);
        // Both see the disk's chain as it now is.
        const chains = (m: BlockJobManager): string[][] => m.listDisks().map((d) => d.chain.map((i) => i.filename));
        expect(chains(b.m)).to.deep.equal(chains(a.m));
      });

      it(`${mode}: two managers ${pivot ? 'pivot' : 'abort'} one READY ${kind}, the second's command reaching QEMU after the first's concluded the job: both calls succeed, both report ${pivot ? 'COMPLETED' : 'CANCELED'} and follow the chain`, async () => {
        const { a, b } = await readyWithTwoManagers(kind);
        // B's command is held until QEMU has concluded the job at A's request; QEMU then refuses it.
        const held = new Set(pivot ? ['block-job-complete', 'job-complete'] : ['block-job-cancel', 'job-cancel']);
        const exec = b.s.execute.bind(b.s);
        let concluded!: () => void;
        const conc = new Promise<void>((r) => (concluded = r));
        b.s.on('JOB_STATUS_CHANGE', (e: ReceivedEvent) => e.data?.status === 'concluded' && concluded());
        (b.s as { execute: QmpSession['execute'] }).execute = ((cmd: string, ...rest: never[]) =>
          held.has(cmd) ? conc.then(() => exec(cmd, ...rest)) : exec(cmd, ...rest)) as QmpSession['execute'];
        const flags = pivot ? VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT : 0;
        const pb = b.m.blockJobAbort(b.disk, flags).then(() => 'ok', (e: Error) => e.message);
        const pa = a.m.blockJobAbort(a.disk, flags).then(() => 'ok', (e: Error) => e.message);
        expect([await pa, await pb]).to.deep.equal(['ok', 'ok']);
        await bothReportAndFollow(a.m, b.m, kind, pivot);
      });

      it(`${mode}: two managers at once, a READY ${kind} ${pivot ? 'pivoted' : 'aborted'} by one, the other hearing of it only after the record is gone: both report ${pivot ? 'COMPLETED' : 'CANCELED'}`, async () => {
        const { a, b } = await readyWithTwoManagers(kind);
        // B's events wait (a loaded process, a slow reader) until A has ended the job and removed its record.
        const held: [string, unknown[]][] = [];
        const emit = b.s.emit.bind(b.s);
        b.s.emit = ((name: string, ...args: unknown[]) => (name === 'event' || /^[A-Z_]+$/.test(name) ? held.push([name, args]) > 0 : emit(name, ...args))) as typeof b.s.emit;
        await a.m.blockJobAbort(a.disk, pivot ? VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT : 0);
        await a.m.waitForJob(a.disk).catch(() => undefined);
        await a.m.recordsWritten();
        // No record of the job is left (the file may hold a note of its end).
        expect(fs.readdirSync(dir).filter((f) => f.endsWith('.jobs.json')).flatMap((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { jobs: unknown[] }).jobs)).to.deep.equal([]);
        b.s.emit = emit as typeof b.s.emit;
        for (const [name, args] of held) emit(name, ...args);
        await bothReportAndFollow(a.m, b.m, kind, pivot);
      });
    }

    it(`${mode}: SHUTDOWN then STOP (QEMU run with -no-shutdown stays): a connection lost at the job's end hands the job over`, async () => {
      await vm(blockdev);
      const { s, m, disk } = await manager('A');
      cutAtConcluded(s);
      sim.machine.emit('SHUTDOWN', { guest: true, reason: 'guest-shutdown' });
      sim.machine.emit('STOP', {});
      // A commit: QEMU keeps it, concluded, for the next manager (see below for a pull).
      await m.blockCommit(disk, '/d/base', '/d/mid', 0, 0);
      await m.waitForJob(disk).catch(() => undefined);
      await m.recordsWritten();
      expect(await nextManager()).to.deep.equal([]);
      expect(events).to.deep.equal(['B commit COMPLETED']);
    });

    it(`${mode}: a pull (auto-dismiss, records kept) whose connection is cut as it concludes: reported by its manager, which saw how it ended, and not again`, async () => {
      await vm(blockdev);
      const { s, m, disk } = await manager('A');
      cutAtConcluded(s);
      await m.blockPull(disk);
      await m.waitForJob(disk).catch(() => undefined);
      await m.recordsWritten();
      expect(await nextManager()).to.deep.equal([]);
      expect(events).to.deep.equal(['A pull COMPLETED']);
    });
  }
});
