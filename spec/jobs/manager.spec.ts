/**
 * BlockJobManager against the fake QEMU: what is sent (libvirt 9.0's
 * commands), libvirt's errors before anything is sent, events, and the races
 * (events before the return, terminal event while an abort is in flight, a
 * job vanishing without event, concurrent starts, reconnect).
 */
import { expect } from 'chai';
import { QmpDisconnectedError, QmpError, VirError } from '../../lib/errors.js';
import {
  BlockJobManager,
  VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_JOB_TYPE_PULL,
  VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_REBASE_COPY,
  VIR_DOMAIN_BLOCK_REBASE_RELATIVE,
  VIR_DOMAIN_BLOCK_REBASE_SHALLOW,
  type BlockJobEvent,
} from '../../lib/jobs/index.js';
import { FakeQemu, flush } from './helpers/fake-qemu.js';
import type { JsonObject, ReceivedEvent } from '../../lib/qmp/types.js';

const D = '/img';
const files = [`${D}/top.qcow2`, `${D}/mid.qcow2`, `${D}/base.qcow2`];
const PULL_ID = 'pull-libvirt-1-format-libvirt-1-format';

async function expectVirError(p: Promise<unknown>, message: string, code?: string): Promise<VirError> {
  let err: unknown;
  try {
    await p;
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a rejection').to.be.instanceOf(VirError);
  expect((err as VirError).message).to.equal(message);
  if (code) expect((err as VirError).code).to.equal(code);
  return err as VirError;
}

function setup(kind: 'drive' | 'blockdev'): FakeQemu {
  const q = new FakeQemu();
  if (kind === 'drive') q.addDrive('drive0', files);
  else q.addBlockdev(files);
  return q;
}

async function attach(q: FakeQemu, opts = {}): Promise<{ m: BlockJobManager; events: BlockJobEvent[] }> {
  const events: BlockJobEvent[] = [];
  const m = await BlockJobManager.attach(q, { onEvent: (e) => events.push(e), ...opts });
  q.sent.length = 0;
  return { m, events };
}

describe('jobs/manager', () => {
  describe('discovery', () => {
    it('attach() refuses what is not a QMP session, saying so (not "cannot read properties")', async () => {
      for (const [bad, shown] of [[undefined, 'undefined'], [null, 'null'], [{}, 'an object without execute/on/off'], [42, '42']] as const) {
        let err: unknown;
        try {
          await BlockJobManager.attach(bad as never);
        } catch (e) {
          err = e;
        }
        expect(err).to.be.instanceOf(TypeError);
        expect((err as Error).message).to.equal(`BlockJobManager.attach: expected a QMP session (from connect()), got ${shown}`);
      }
    });
    it('-drive: the device with its chain, node names matched', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      const [d] = m.listDisks();
      expect(d!.name).to.equal('drive0');
      expect(d!.mode).to.equal('drive');
      expect(d!.chain.map((i) => i.filename)).to.deep.equal(files);
      expect(d!.chain.every((i) => i.nodeName?.startsWith('#block'))).to.equal(true);
    });
    it('-blockdev without frontend: the top format node is the disk', async () => {
      const q = setup('blockdev');
      const { m } = await attach(q);
      const disks = m.listDisks();
      expect(disks.map((d) => d.name)).to.deep.equal(['libvirt-1-format']);
      expect(disks[0]!.chain.map((i) => [i.nodeName, i.fileNodeName])).to.deep.equal([
        ['libvirt-1-format', 'libvirt-1-storage'],
        ['libvirt-2-format', 'libvirt-2-storage'],
        ['libvirt-3-format', 'libvirt-3-storage'],
      ]);
    });
    it('two -blockdev disks, and aliases', async () => {
      const q = setup('blockdev');
      q.addBlockdev(['/x/a.qcow2', '/x/b.qcow2'], 4);
      const { m } = await attach(q, { diskAliases: { 'libvirt-1-format': 'vda' } });
      expect(m.listDisks().map((d) => d.name)).to.deep.equal(['vda', 'libvirt-4-format']);
    });
    it('resolves a disk by name, node-name and top path', async () => {
      const q = setup('blockdev');
      const { m } = await attach(q, { diskAliases: { 'libvirt-1-format': 'vda' } });
      expect(m.getDisk('vda').name).to.equal('vda');
      expect(m.getDisk('libvirt-1-format').name).to.equal('vda');
      expect(m.getDisk(files[0]!).name).to.equal('vda');
      expect(() => m.getDisk('vdb')).to.throw(VirError, "invalid argument: disk 'vdb' not found in domain");
    });
  });

  describe('blockPull / blockRebase: what is sent', () => {
    it('-blockdev pull: libvirt 9.0 arguments, then query-jobs, job-dismiss, query-named-block-nodes, blockdev-del (format, then file)', async () => {
      const q = setup('blockdev');
      const { m, events } = await attach(q);
      await m.blockPull('libvirt-1-format', 1);
      expect(q.commands()).to.deep.equal([
        `block-stream {"device":"libvirt-1-format","job-id":"${PULL_ID}","speed":1048576,"auto-finalize":true,"auto-dismiss":false}`,
      ]);
      q.sent.length = 0;
      q.finish(PULL_ID);
      await flush();
      expect(q.sent.map((s) => s.command)).to.deep.equal([
        'query-jobs', 'job-dismiss', 'query-named-block-nodes',
        'blockdev-del', 'blockdev-del', 'blockdev-del', 'blockdev-del',
      ]);
      expect(q.commands((s) => s.command === 'blockdev-del')).to.deep.equal([
        'blockdev-del {"node-name":"libvirt-2-format"}',
        'blockdev-del {"node-name":"libvirt-2-storage"}',
        'blockdev-del {"node-name":"libvirt-3-format"}',
        'blockdev-del {"node-name":"libvirt-3-storage"}',
      ]);
      expect(events).to.deep.equal([{ disk: 'libvirt-1-format', type: 'pull', status: 'COMPLETED', device: 'libvirt-1-format', jobId: PULL_ID }]);
      expect(m.getDisk('libvirt-1-format').chain.map((i) => i.filename)).to.deep.equal([files[0]]);
      expect(await m.getBlockJobInfo('libvirt-1-format')).to.equal(null);
    });

    it('-blockdev rebase to base: base-node and backing-file; only mid leaves', async () => {
      const q = setup('blockdev');
      const { m } = await attach(q);
      await m.blockRebase('libvirt-1-format', files[2]!, 0, 0);
      expect(q.commands()).to.deep.equal([
        `block-stream {"device":"libvirt-1-format","job-id":"${PULL_ID}","base-node":"libvirt-3-format","backing-file":"${files[2]}","auto-finalize":true,"auto-dismiss":false}`,
      ]);
      q.sent.length = 0;
      q.finish(PULL_ID);
      await flush();
      expect(q.commands((s) => s.command === 'blockdev-del')).to.deep.equal([
        'blockdev-del {"node-name":"libvirt-2-format"}',
        'blockdev-del {"node-name":"libvirt-2-storage"}',
      ]);
      expect(m.getDisk('libvirt-1-format').chain.map((i) => i.filename)).to.deep.equal([files[0], files[2]]);
    });

    it('-drive pull: device-name form, base by filename, job id = device; chain re-read with query-block', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockRebase('drive0', 'drive0[3]', 8, 0);
      expect(q.commands()).to.deep.equal([
        `block-stream {"device":"drive0","base":"${files[2]}","speed":8388608,"auto-finalize":true,"auto-dismiss":false}`,
      ]);
      q.sent.length = 0;
      q.finish('drive0');
      await flush();
      expect(q.sent.map((s) => s.command)).to.deep.equal(['query-jobs', 'job-dismiss', 'query-block', 'query-named-block-nodes']);
      expect(events.map((e) => [e.disk, e.status, e.jobId])).to.deep.equal([['drive0', 'COMPLETED', 'drive0']]);
      expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([files[0], files[2]]);
    });

    it('bandwidth in bytes with the BANDWIDTH_BYTES flag; 0 sends no speed', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      await m.blockPull('drive0', 12345, VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES);
      expect(q.sent[0]!.args).to.deep.include({ speed: 12345 });
      q.finish('drive0');
      await flush();
      q.sent.length = 0;
      await m.blockPull('drive0');
      expect(q.sent[0]!.args).to.not.have.property('speed');
    });

    it('the event carries the disk as the caller named it', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockPull(files[0]!);
      q.finish('drive0');
      await flush();
      expect(events[0]!.disk).to.equal(files[0]);
      expect(events[0]!.device).to.equal('drive0');
    });
  });

  describe('errors before anything is sent (libvirt texts)', () => {
    let q: FakeQemu;
    let m: BlockJobManager;
    beforeEach(async () => {
      q = setup('drive');
      ({ m } = await attach(q));
    });
    afterEach(() => expect(q.sent, 'nothing sent').to.deep.equal([]));

    it('unknown disk', () => expectVirError(m.blockPull('vdb'), "invalid argument: disk 'vdb' not found in domain", 'VIR_ERR_INVALID_ARG'));
    it('base not in the chain', () =>
      expectVirError(m.blockRebase('drive0', '/nope.qcow2'), `invalid argument: could not find image '/nope.qcow2' beneath '${files[0]}' in chain for 'drive0'`));
    it('base = the top itself', () =>
      expectVirError(m.blockRebase('drive0', files[0]!), `invalid argument: could not find image '${files[0]}' beneath '${files[0]}' in chain for 'drive0'`));
    it('index out of range', () => expectVirError(m.blockRebase('drive0', 'drive0[7]'), "invalid argument: could not find backing store index '7' in chain for 'drive0'"));
    it('index of another target', () => expectVirError(m.blockRebase('drive0', 'vdb[2]'), "invalid argument: requested target 'vdb' does not match target 'drive0'"));
    it('unknown flags on blockPull', () => expectVirError(m.blockPull('drive0', 0, 1), 'invalid argument: unsupported flags (0x1) in function qemuDomainBlockPull'));
    it('flags that are not an unsigned 32-bit integer (JavaScript would cut 2**32 to 0)', async () => {
      for (const [flags, shown] of [[2 ** 32, '0x100000000'], [1.5, '1.5'], [NaN, 'NaN'], [-1, '0xffffffff']] as const) {
        await expectVirError(m.blockPull('drive0', 0, flags), `invalid argument: unsupported flags (${shown}) in function qemuDomainBlockPull`);
      }
    });
    it('unknown flags on blockRebase', () =>
      expectVirError(m.blockRebase('drive0', '/copy.qcow2', 0, 0x80 | VIR_DOMAIN_BLOCK_REBASE_COPY), 'invalid argument: unsupported flags (0x80) in function qemuDomainBlockRebase'));
    it('COPY without base: the public API\'s check, before the flags are looked at (libvirt-domain.c)', async () => {
      await expectVirError(m.blockRebase('drive0', null, 0, 0x80 | VIR_DOMAIN_BLOCK_REBASE_COPY), 'invalid argument: base in virDomainBlockRebase must not be NULL');
      await expectVirError(m.blockRebase('drive0', null, 0, 0x80 | VIR_DOMAIN_BLOCK_REBASE_SHALLOW), 'invalid argument: use of flags requires a copy job');
      // Flags that are no unsigned int are refused as such first: no bit of them is read.
      for (const [flags, shown] of [[8.5, '8.5'], [2 ** 32 + 8, '0x100000008'], [2 ** 32 + 1, '0x100000001'], ['8', '8']] as const) {
        await expectVirError(m.blockRebase('drive0', null, 0, flags as number), `invalid argument: unsupported flags (${shown}) in function qemuDomainBlockRebase`);
      }
    });
    it('copy-only flags without COPY', () =>
      expectVirError(m.blockRebase('drive0', null, 0, VIR_DOMAIN_BLOCK_REBASE_SHALLOW), 'invalid argument: use of flags requires a copy job'));
    it('RELATIVE without base', () =>
      expectVirError(m.blockRebase('drive0', null, 0, VIR_DOMAIN_BLOCK_REBASE_RELATIVE), 'invalid argument: flag VIR_DOMAIN_BLOCK_REBASE_RELATIVE is valid only with non-null base'));
    it('RELATIVE when the chain records absolute names', () =>
      expectVirError(m.blockRebase('drive0', files[2]!, 0, VIR_DOMAIN_BLOCK_REBASE_RELATIVE), "Requested operation is not valid: can't keep relative backing relationship"));
    it('bandwidth overflow', () => expectVirError(m.blockPull('drive0', 8796093022208), 'numerical overflow: bandwidth must be less than 8796093022207', 'VIR_ERR_OVERFLOW'));
    it('largest MiB bandwidth is accepted by the check (fails later only at QEMU)', async () => {
      q.overrides.set('block-stream', () => ({}));
      await m.blockPull('drive0', 8796093022207);
      expect(q.sent[0]!.args).to.deep.include({ speed: 8796093022207 * 1048576 });
      q.sent.length = 0;
    });
    it('negative bandwidth', () => expectVirError(m.blockPull('drive0', -1), "invalid argument: bandwidth must be a non-negative integer, got '-1'"));
    it('bytes/s beyond 2^53 - 1 (not exact as a Number)', () =>
      expectVirError(m.blockPull('drive0', 2 ** 63, VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES), 'invalid argument: bandwidth must be at most 9007199254740991'));
    it('abort with no job', () => expectVirError(m.blockJobAbort('drive0'), 'invalid argument: disk drive0 does not have an active block job'));
    it('set-speed with no job', () => expectVirError(m.blockJobSetSpeed('drive0', 2), 'invalid argument: disk drive0 does not have an active block job'));
    it('info with no job is null, after one query', async () => {
      expect(await m.getBlockJobInfo('drive0')).to.equal(null);
    });
  });

  describe('RELATIVE with relative backing names', () => {
    it('sends the relative name as backing-file', async () => {
      const q = setup('drive');
      for (const img of q.images.values()) if (img.backing) img.recordedBacking = q.images.get(img.backing)!.file.replace(`${D}/`, '');
      const { m } = await attach(q);
      await m.blockRebase('drive0', 'base.qcow2', 0, VIR_DOMAIN_BLOCK_REBASE_RELATIVE);
      expect(q.sent[0]!.args).to.deep.equal({ device: 'drive0', base: files[2], 'backing-file': 'base.qcow2', 'auto-finalize': true, 'auto-dismiss': false });
    });
  });

  describe('one job per disk', () => {
    it('a second start is refused and sends nothing', async () => {
      const q = setup('blockdev');
      const { m } = await attach(q);
      await m.blockPull('libvirt-1-format', 1);
      q.sent.length = 0;
      await expectVirError(m.blockPull('libvirt-1-format'), "Operation not supported: disk 'libvirt-1-format' already in active block job", 'VIR_ERR_OPERATION_UNSUPPORTED');
      expect(q.sent).to.deep.equal([]);
    });
    it('50 concurrent callers: exactly one block-stream sent, 49 refusals', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      const results = await Promise.allSettled(Array.from({ length: 50 }, () => m.blockPull('drive0', 1)));
      expect(q.sent.filter((s) => s.command === 'block-stream')).to.have.length(1);
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).to.have.length(49);
      for (const r of rejected) expect((r.reason as Error).message).to.equal("Operation not supported: disk 'drive0' already in active block job");
    });
    it('different disks run jobs concurrently', async () => {
      const q = setup('blockdev');
      q.addBlockdev(['/x/a.qcow2', '/x/b.qcow2'], 4);
      const { m } = await attach(q);
      await Promise.all([m.blockPull('libvirt-1-format'), m.blockPull('libvirt-4-format')]);
      expect(q.sent.filter((s) => s.command === 'block-stream')).to.have.length(2);
    });
    it('the disk is free again when the COMPLETED event is emitted', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      let restarted: Promise<void> | undefined;
      m.on('blockJob', () => {
        restarted = m.blockPull('drive0');
      });
      await m.blockPull('drive0', 0);
      q.finish('drive0');
      await flush();
      await restarted;
      expect(q.sent.filter((s) => s.command === 'block-stream')).to.have.length(2);
    });
    it('a blockJob listener or onEvent that throws loses no result: the other listeners get it, the disk is free, the error goes to error listeners', async () => {
      const q = setup('drive');
      const errors: unknown[] = [];
      const m = await BlockJobManager.attach(q, {
        onEvent: () => {
          throw new Error('onEvent bug');
        },
      });
      m.on('error', (e) => errors.push(e));
      m.on('blockJob', () => {
        throw new Error('listener bug');
      });
      const got: BlockJobEvent[] = [];
      m.on('blockJob', (e) => got.push(e));
      for (let i = 0; i < 2; i++) {
        await m.blockPull('drive0', 0);
        q.finish('drive0');
        await flush();
      }
      expect(got.map((e) => [e.disk, e.type, e.status])).to.deep.equal([
        ['drive0', 'pull', 'COMPLETED'],
        ['drive0', 'pull', 'COMPLETED'],
      ]);
      expect(await m.getBlockJobInfo('drive0')).to.equal(null);
      expect(errors.map((e) => (e as Error).message)).to.deep.equal(['onEvent bug', 'listener bug', 'onEvent bug', 'listener bug']);
      expect(m.session.closed).to.equal(false);
    });
    it('a failed start frees the disk and emits nothing; QEMU error translated', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      q.overrides.set('block-stream', () => {
        q.status('drive0', 'created');
        q.status('drive0', 'null');
        throw new (class extends Error {})('x');
      });
      await m.blockPull('drive0').catch(() => undefined);
      q.overrides.set('block-stream', () => {
        throw new QmpError('GenericError', "Parameter 'speed' expects a non-negative value", 'block-stream');
      });
      await expectVirError(m.blockPull('drive0'), "internal error: unable to execute QEMU command 'block-stream': Parameter 'speed' expects a non-negative value");
      q.overrides.delete('block-stream');
      await m.blockPull('drive0');
      await flush();
      expect(events).to.deep.equal([]);
    });
  });

  describe('getBlockJobInfo', () => {
    it('MiB rounded up, bytes with the flag, cur/end translated', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      await m.blockPull('drive0', 1500000, VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES);
      q.jobs.get('drive0')!.offset = 2097152;
      expect(await m.getBlockJobInfo('drive0')).to.deep.equal({ type: VIR_DOMAIN_BLOCK_JOB_TYPE_PULL, bandwidth: 2, cur: 2097152, end: 33554432 });
      expect(await m.getBlockJobInfo('drive0', VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES)).to.deep.include({ bandwidth: 1500000 });
      q.jobs.get('drive0')!.offset = 33554432;
      expect(await m.getBlockJobInfo('drive0')).to.deep.include({ cur: 33554431, end: 33554432 });
      q.jobs.get('drive0')!.offset = 0;
      q.jobs.get('drive0')!.len = 0;
      expect(await m.getBlockJobInfo('drive0')).to.deep.include({ cur: 0, end: 1 });
    });
    it('a job vanishing without event: 0/1 reported, then the job ends FAILED and the disk is free', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockPull('drive0', 1);
      q.jobs.delete('drive0');
      expect(await m.getBlockJobInfo('drive0')).to.deep.include({ cur: 0, end: 1 });
      await flush();
      expect(events.map((e) => e.status)).to.deep.equal(['FAILED']);
      expect(await m.getBlockJobInfo('drive0')).to.equal(null);
    });
  });

  describe('blockJobSetSpeed', () => {
    it('MiB → bytes; bytes flag; QEMU error translated', async () => {
      const q = setup('blockdev');
      const { m } = await attach(q);
      await m.blockPull('libvirt-1-format', 1);
      q.sent.length = 0;
      await m.blockJobSetSpeed('libvirt-1-format', 2);
      await m.blockJobSetSpeed('libvirt-1-format', 777, VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES);
      expect(q.commands()).to.deep.equal([
        `block-job-set-speed {"device":"${PULL_ID}","speed":2097152}`,
        `block-job-set-speed {"device":"${PULL_ID}","speed":777}`,
      ]);
      await expectVirError(m.blockJobSetSpeed('libvirt-1-format', 8796093022208), 'numerical overflow: bandwidth must be less than 8796093022207');
      // A bandwidth left out is a mistake here, not "no limit" (as where a job starts).
      const setSpeed = m.blockJobSetSpeed.bind(m) as (disk: string, bandwidth?: unknown) => Promise<void>;
      await expectVirError(setSpeed('libvirt-1-format'), "invalid argument: bandwidth must be a non-negative integer, got 'undefined'");
      await expectVirError(setSpeed('libvirt-1-format', null), "invalid argument: bandwidth must be a non-negative integer, got 'null'");
      expect(q.commands()).to.have.length(2);
      q.jobs.delete(PULL_ID);
      await expectVirError(m.blockJobSetSpeed('libvirt-1-format', 1), `Requested operation is not valid: No active block job '${PULL_ID}'`);
    });
  });

  describe('blockJobAbort', () => {
    it('synchronous: returns after the job is gone and CANCELED was emitted', async () => {
      const q = setup('blockdev');
      const { m, events } = await attach(q);
      await m.blockPull('libvirt-1-format', 1);
      q.cancelEndsAtOnce = false;
      let returned = false;
      const p = m.blockJobAbort('libvirt-1-format').then(() => (returned = true));
      await flush();
      expect(q.commands()).to.include(`block-job-cancel {"device":"${PULL_ID}","force":false}`);
      expect(returned).to.equal(false);
      q.cancelled(PULL_ID);
      await p;
      expect(events.map((e) => e.status)).to.deep.equal(['CANCELED']);
      expect(q.sent.map((s) => s.command)).to.include('job-dismiss');
      expect(await m.getBlockJobInfo('libvirt-1-format')).to.equal(null);
    });
    it('QEMU events before the cancel returns (job sleeping under its speed limit)', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockPull('drive0', 1);
      q.sent.length = 0;
      await m.blockJobAbort('drive0');
      expect(q.commands()).to.deep.equal(['block-job-cancel {"device":"drive0"}', 'job-dismiss {"id":"drive0"}']);
      expect(events.map((e) => e.status)).to.deep.equal(['CANCELED']);
    });
    it('ASYNC returns at once; the event comes later', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockPull('drive0', 1);
      q.cancelEndsAtOnce = false;
      await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC);
      expect(events).to.deep.equal([]);
      q.cancelled('drive0');
      await flush();
      expect(events.map((e) => e.status)).to.deep.equal(['CANCELED']);
    });
    for (const async of [false, true]) {
      it(`the job completing just before the cancel, which QEMU refuses${async ? ' (ASYNC)' : ''}: COMPLETED, once; the abort says there is no active job`, async () => {
        const q = setup('drive');
        const { m, events } = await attach(q);
        await m.blockPull('drive0', 1);
        // QEMU finishes the job, then refuses the cancel that arrives too late: on the
        // wire the job's events come first, then the refusal, then later answers.
        q.overrides.set('block-job-cancel', async () => {
          await Promise.resolve();
          q.finish('drive0');
          throw new QmpError('GenericError', "Job 'drive0' in state 'concluded' cannot accept command verb 'cancel'", 'block-job-cancel');
        });
        await expectVirError(m.blockJobAbort('drive0', async ? VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC : 0), 'invalid argument: disk drive0 does not have an active block job');
        await m.settled();
        // The pull ran to its end: the chain is pulled, and the event says so.
        expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
        expect(m.getDisk('drive0').chain).to.have.length(1);
      });

      it(`an abort${async ? ' (ASYNC)' : ''} of a job QEMU concluded on its own, before the manager finished it: no active block job, nothing sent`, async () => {
        const q = setup('drive');
        const { m, events } = await attach(q);
        await m.blockPull('drive0', 1);
        q.finish('drive0');
        expect(m.jobFor('drive0')?.state).to.equal('concluded');
        q.sent.length = 0;
        const abort = m.blockJobAbort('drive0', async ? VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC : 0);
        let eventsAtAbortEnd: string[] | undefined;
        await expectVirError(abort.finally(() => (eventsAtAbortEnd = events.map((e) => e.status))), 'invalid argument: disk drive0 does not have an active block job');
        // A synchronous abort answers after the job's end was reported.
        expect(eventsAtAbortEnd).to.deep.equal(async ? [] : ['COMPLETED']);
        await m.settled();
        expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
        expect(q.commands().filter((c) => c.startsWith('block-job-cancel'))).to.deep.equal([]);
      });
    }
    it('the job vanished before the cancel (DeviceNotActive): abort succeeds, CANCELED once', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockPull('drive0', 1);
      q.jobs.delete('drive0');
      await m.blockJobAbort('drive0');
      expect(events.map((e) => e.status)).to.deep.equal(['CANCELED']);
    });
    it('QEMU refusing the cancel (paused job): error, job back to running', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      await m.blockPull('drive0', 1);
      q.overrides.set('block-job-cancel', () => {
        throw new QmpError('GenericError', "The block job for device 'drive0' is currently paused", 'block-job-cancel');
      });
      await expectVirError(m.blockJobAbort('drive0'), "internal error: unable to execute QEMU command 'block-job-cancel': The block job for device 'drive0' is currently paused");
      expect(m.jobFor('drive0')!.state).to.equal('running');
    });
    it('a second abort while the first is pending: still being ended', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      await m.blockPull('drive0', 1);
      q.cancelEndsAtOnce = false;
      await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC);
      await expectVirError(m.blockJobAbort('drive0'), "Requested operation is not valid: block job on disk 'drive0' is still being ended");
    });
    it('a second abort after QEMU concluded the job but before it is reported: still being ended, as while pending', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      await m.blockPull('drive0', 1);
      // QEMU 7.2 can send the job's end before block-job-cancel returns
      q.cancelEndsAtOnce = true;
      await m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC);
      expect(m.jobFor('drive0')!.state).to.not.equal('aborting');
      await expectVirError(m.blockJobAbort('drive0'), "Requested operation is not valid: block job on disk 'drive0' is still being ended");
      await expectVirError(m.blockJobAbort('drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT), "Requested operation is not valid: block job on disk 'drive0' is still being ended");
    });
    it('PIVOT on a pull: not ready for pivot yet (as libvirt 9.0 says)', async () => {
      const q = setup('blockdev');
      const { m } = await attach(q);
      await m.blockPull('libvirt-1-format', 1);
      q.sent.length = 0;
      await expectVirError(m.blockJobAbort('libvirt-1-format', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT), `block copy still active: block job '${PULL_ID}' not ready for pivot yet`, 'VIR_ERR_BLOCK_COPY_ACTIVE');
      expect(q.sent).to.deep.equal([]);
    });
  });

  describe('events and races', () => {
    it('job concluding before block-stream returns: one COMPLETED after the return', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      q.overrides.set('block-stream', (args) => {
        q.overrides.delete('block-stream');
        const r = (q as unknown as { run(c: string, a: unknown): unknown }).run('block-stream', args);
        q.finish('drive0');
        return r;
      });
      await m.blockPull('drive0');
      await flush();
      expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
      expect(q.sent.filter((s) => s.command === 'job-dismiss')).to.have.length(1);
    });
    it('I/O error: FAILED with QEMU error text', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockPull('drive0');
      q.emitEvent('BLOCK_JOB_ERROR', { device: 'drive0', operation: 'read', action: 'report' });
      q.finish('drive0', { error: 'Input/output error' });
      await flush();
      expect(events).to.deep.equal([{ disk: 'drive0', type: 'pull', status: 'FAILED', device: 'drive0', jobId: 'drive0', error: 'Input/output error' }]);
      expect(m.getDisk('drive0').chain).to.have.length(3);
    });
    it('events of untracked jobs are ignored', async () => {
      const q = setup('drive');
      const { events } = await attach(q);
      q.emitEvent('JOB_STATUS_CHANGE', { id: 'other', status: 'concluded' });
      q.emitEvent('BLOCK_JOB_COMPLETED', { device: 'other', type: 'stream', len: 1, offset: 1, speed: 0 });
      await flush();
      expect(events).to.deep.equal([]);
    });
    it('connection lost with the start command in flight: libvirt\'s "domain is not running", the cause kept', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      q.overrides.set('block-stream', () => {
        q.drop();
        throw new QmpDisconnectedError("QMP connection closed with 'block-stream' in flight", 'block-stream');
      });
      const err = await m.blockPull('drive0', 1).then(() => undefined, (e: unknown) => e);
      expect(err).to.be.instanceOf(VirError);
      expect((err as VirError).message).to.equal('Requested operation is not valid: domain is not running');
      expect((err as VirError).cause).to.be.instanceOf(QmpDisconnectedError);
      expect(events).to.deep.equal([]);
    });
    it('after the connection is gone every call says the domain is not running, none that there is no job', async () => {
      const q = setup('drive');
      const { m } = await attach(q);
      await m.blockPull('drive0', 1);
      q.drop();
      const calls = await Promise.all([
        m.getBlockJobInfo('drive0'),
        m.blockJobSetSpeed('drive0', 2),
        m.blockJobAbort('drive0'),
        m.waitForJob('drive0'),
        m.blockPull('drive0'),
        m.snapshotDelete('s1'),
        m.snapshotCreate('s1', [{ disk: 'drive0', file: '/tmp/x.qcow2' }]),
      ].map((p) => p.then(() => 'resolved', (e: Error) => e.message)));
      expect(new Set(calls)).to.deep.equal(new Set(['Requested operation is not valid: domain is not running']));
    });
    it('connection drop while waiting for the job: the wait rejects (the job goes on in QEMU), no event', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockPull('drive0', 1);
      const wait = m.waitForJob('drive0');
      await flush();
      q.drop();
      await expectVirError(wait, 'Requested operation is not valid: domain is not running');
      expect(events).to.deep.equal([]);
    });
    it('connection drop: sync abort rejects, no event', async () => {
      const q = setup('drive');
      const { m, events } = await attach(q);
      await m.blockPull('drive0', 1);
      q.cancelEndsAtOnce = false;
      const p = m.blockJobAbort('drive0');
      await flush();
      q.drop();
      await expectVirError(p, 'Requested operation is not valid: domain is not running');
      expect(events).to.deep.equal([]);
    });
  });

  describe('QEMU 7.2 crashes on query-named-block-nodes while a stream job is concluded', () => {
    it('a completion waits with its node query until the other disk\'s concluded job is dismissed', async () => {
      const q = setup('blockdev');
      q.addBlockdev(['/x/a.qcow2', '/x/b.qcow2'], 4);
      const { m, events } = await attach(q);
      await m.blockPull('libvirt-1-format');
      await m.blockPull('libvirt-4-format');
      const B = 'pull-libvirt-4-format-libvirt-4-format';
      let releaseB!: () => void;
      q.overrides.set('job-dismiss', (args) => {
        if (args?.id !== B) return (q as unknown as { run(c: string, a: unknown): unknown }).run('job-dismiss', args);
        return new Promise<void>((r) => (releaseB = r)).then(() => (q as unknown as { run(c: string, a: unknown): unknown }).run('job-dismiss', args));
      });
      q.sent.length = 0;
      q.finish(PULL_ID);
      q.finish(B);
      await flush();
      expect(q.crashed).to.equal(false);
      expect(q.sent.map((s) => s.command)).to.not.include('query-named-block-nodes');
      expect(events).to.deep.equal([]);
      releaseB();
      await flush();
      expect(q.crashed).to.equal(false);
      expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED', 'COMPLETED']);
    });
    it('no job of this manager starts between a node read\'s query-jobs and its node list', async () => {
      const q = setup('blockdev');
      q.addBlockdev(['/x/a.qcow2', '/x/b.qcow2'], 4);
      const { m } = await attach(q);
      // A job alive: a node read syncs with query-jobs first.
      await m.blockPull('libvirt-1-format', 1);
      q.sent.length = 0;
      const read = m.rediscover();
      const pull = m.blockPull('libvirt-4-format');
      await Promise.all([read, pull]);
      const sent = q.sent.map((x) => x.command);
      const [sync, list, start] = [sent.indexOf('query-jobs'), sent.indexOf('query-named-block-nodes'), sent.indexOf('block-stream')];
      expect(sync).to.be.within(0, list);
      expect(start).to.be.greaterThan(list);
    });
    it('a start held while a node read is in flight is not waited for by that read, even when a job of its id (another process\'s) concludes', async () => {
      const q = setup('blockdev');
      q.addBlockdev(['/x/a.qcow2', '/x/b.qcow2'], 4);
      const { m } = await attach(q);
      await m.blockPull('libvirt-1-format', 1);
      const B = 'pull-libvirt-4-format-libvirt-4-format';
      const run = (c: string, a: unknown): unknown => (q as unknown as { run(c: string, a: unknown): unknown }).run(c, a);
      let first = true;
      q.overrides.set('query-jobs', (a) => {
        if (first) {
          first = false;
          return new Promise((r) =>
            setTimeout(() => {
              // Meanwhile (the pull held at the gate), another process's job of the id this
              // manager's pull will take concludes, not dismissed by it.
              q.jobs.set(B, { id: B, type: 'commit', top: '', base: undefined, status: 'undefined', len: 1, offset: 1, speed: 0, autoDismiss: false, device: undefined });
              for (const st of ['created', 'running', 'waiting', 'pending', 'concluded'] as const) q.status(B, st);
              r(run('query-jobs', a));
            }, 5),
          );
        }
        return run('query-jobs', a);
      });
      const read = m.rediscover();
      const pull = m.blockPull('libvirt-4-format').then(() => 'started', (e: Error) => e.message);
      const settled = await Promise.race([Promise.all([read, pull]).then(([, p]) => p), new Promise((r) => setTimeout(() => r('still waiting'), 1000))]);
      // QEMU refuses the pull (the id is taken); what matters is that neither waits for the other.
      expect(settled).to.equal("internal error: unable to execute QEMU command 'block-stream': Job ID 'pull-libvirt-4-format-libvirt-4-format' already in use");
    });
    it('attach dismisses concluded jobs before reading the nodes', async () => {
      const q = setup('blockdev');
      const first = await attach(q);
      await first.m.blockPull('libvirt-1-format');
      first.m.detach();
      q.finish(PULL_ID);
      q.sent.length = 0;
      const events: BlockJobEvent[] = [];
      await BlockJobManager.attach(q, { onEvent: (e) => events.push(e) });
      expect(q.crashed).to.equal(false);
      expect(q.sent.map((s) => s.command).slice(0, 4)).to.deep.equal(['query-jobs', 'query-jobs', 'job-dismiss', 'query-block']);
      expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
    });
    it('attach with a stream job running: one that concludes during the attach is dismissed before the nodes are read, and reported once', async () => {
      const q = setup('blockdev');
      const first = await attach(q);
      await first.m.blockPull('libvirt-1-format', 1);
      first.m.detach();
      const run = (c: string, a: unknown): unknown => (q as unknown as { run(c: string, a: unknown): unknown }).run(c, a);
      let calls = 0;
      q.overrides.set('query-jobs', (args) => {
        const answer = run('query-jobs', args);
        // QEMU answered "running", then the job concluded: its events wait in the attach's buffer.
        if (++calls === 1) q.finish(PULL_ID);
        return answer;
      });
      q.sent.length = 0;
      const events: BlockJobEvent[] = [];
      const m = await BlockJobManager.attach(q, { onEvent: (e) => events.push(e) });
      await flush();
      expect(q.crashed).to.equal(false);
      const sent = q.sent.map((s) => s.command);
      expect(sent.indexOf('job-dismiss')).to.be.lessThan(sent.indexOf('query-named-block-nodes'));
      expect(events.map((e) => [e.status, e.jobId])).to.deep.equal([['COMPLETED', PULL_ID]]);
      expect(m.listDisks()[0]!.chain.map((c) => c.filename)).to.deep.equal([files[0]]);
    });
  });

  describe('adoption (a new manager on the same QEMU)', () => {
    it('adopts a running job: info reports it, its end is reported once', async () => {
      const q = setup('blockdev');
      const first = await attach(q);
      await first.m.blockPull('libvirt-1-format', 1);
      q.jobs.get(PULL_ID)!.offset = 1 << 20;
      first.m.detach();
      const { m, events } = await attach(q);
      expect(await m.getBlockJobInfo('libvirt-1-format')).to.deep.equal({ type: VIR_DOMAIN_BLOCK_JOB_TYPE_PULL, bandwidth: 1, cur: 1 << 20, end: 32 << 20 });
      q.finish(PULL_ID);
      await flush();
      expect(events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
      expect(first.events).to.deep.equal([]);
    });
    it('a job concluded while nobody listened: attach dismisses it and reports it to onEvent', async () => {
      const q = setup('blockdev');
      const first = await attach(q);
      await first.m.blockPull('libvirt-1-format', 1);
      first.m.detach();
      q.finish(PULL_ID);
      const events: BlockJobEvent[] = [];
      q.sent.length = 0;
      const m = await BlockJobManager.attach(q, { onEvent: (e) => events.push(e) });
      expect(events.map((e) => [e.status, e.jobId])).to.deep.equal([['COMPLETED', PULL_ID]]);
      expect(q.sent.map((s) => s.command)).to.include('job-dismiss');
      expect(q.jobs.size).to.equal(0);
      // The images the pull dropped are read-only roots now: not taken for disks.
      expect(m.listDisks().map((d) => d.name)).to.deep.equal(['libvirt-1-format']);
      expect(await m.getBlockJobInfo('libvirt-1-format')).to.equal(null);
    });
    for (const shutdown of [false, true]) {
      it(`the connection drops just after a job concluded${shutdown ? ', QEMU shutting down: reported here' : ': not reported here; the next manager reports it, once'}`, async () => {
        const q = setup('blockdev');
        const first = await attach(q);
        await first.m.blockPull('libvirt-1-format', 1);
        // Gone before the manager's query-jobs is answered, the job still concluded in QEMU.
        const drop = (ev: ReceivedEvent): void => {
          if (ev.data?.status !== 'concluded') return;
          if (shutdown) q.emitEvent('SHUTDOWN', { guest: false, reason: 'host-qmp-quit' });
          q.drop();
        };
        q.on('event', drop);
        q.finish(PULL_ID);
        await flush();
        q.off('event', drop);
        if (shutdown) {
          expect(first.events.map((e) => e.status)).to.deep.equal(['COMPLETED']);
          return;
        }
        expect(first.events).to.deep.equal([]);
        q.closed = false;
        const events: BlockJobEvent[] = [];
        await BlockJobManager.attach(q, { onEvent: (e) => events.push(e) });
        expect(events.map((e) => [e.status, e.jobId])).to.deep.equal([['COMPLETED', PULL_ID]]);
        expect(q.jobs.size).to.equal(0);
      });
    }
    it('a job of a libvirt-named disk (pull-vda-<node>) is adopted by its node', async () => {
      const q = setup('blockdev');
      q.jobs.set('pull-vda-libvirt-1-format', { id: 'pull-vda-libvirt-1-format', type: 'stream', top: 'libvirt-1-format', base: undefined, status: 'running', len: 10, offset: 5, speed: 0, autoDismiss: false, device: undefined });
      const { m } = await attach(q);
      expect(m.jobFor('libvirt-1-format')?.id).to.equal('pull-vda-libvirt-1-format');
      await expectVirError(m.blockPull('libvirt-1-format'), "Operation not supported: disk 'libvirt-1-format' already in active block job");
    });
    it('a -drive job concluded with an error is reported FAILED', async () => {
      const q = setup('drive');
      q.jobs.set('drive0', { id: 'drive0', type: 'stream', top: q.drives.get('drive0')!, base: undefined, status: 'concluded', len: 10, offset: 5, speed: 0, autoDismiss: false, error: 'Input/output error', device: 'drive0' });
      const events: BlockJobEvent[] = [];
      await BlockJobManager.attach(q, { onEvent: (e) => events.push(e) });
      expect(events.map((e) => [e.status, e.error])).to.deep.equal([['FAILED', 'Input/output error']]);
    });
    it('a paused job is adopted as running', async () => {
      const q = setup('drive');
      q.jobs.set('drive0', { id: 'drive0', type: 'stream', top: q.drives.get('drive0')!, base: undefined, status: 'paused', len: 10, offset: 5, speed: 0, autoDismiss: false, device: 'drive0' });
      const { m } = await attach(q);
      expect(m.jobFor('drive0')?.state).to.equal('running');
    });
  });
});


describe('jobs/manager: adoption of commit jobs', () => {
  it('a running commit whose libvirt name ends in the top node is an active commit; one of a lower node is a commit', async () => {
    const q = new FakeQemu();
    q.addBlockdev(['/i/top.qcow2', '/i/mid.qcow2', '/i/base.qcow2']);
    q.addBlockdev(['/j/top.qcow2', '/j/mid.qcow2', '/j/base.qcow2'], 4);
    const job = (id: string, top: string) => ({ id, type: 'commit' as const, top, base: undefined, status: 'running' as const, len: 10, offset: 1, speed: 0, autoDismiss: false, device: undefined });
    q.jobs.set('commit-vda-libvirt-1-format', job('commit-vda-libvirt-1-format', 'libvirt-1-format'));
    q.jobs.set('commit-vdb-libvirt-5-format', job('commit-vdb-libvirt-5-format', 'libvirt-5-format'));
    const m = await BlockJobManager.attach(q);
    expect(m.jobFor('libvirt-1-format')?.kind).to.equal('active-commit');
    expect(m.jobFor('libvirt-4-format')?.kind).to.equal('commit');
  });

  it('a running -drive commit (the job named after its device) is an active commit when a mirror filter sits on the disk\'s top', async () => {
    for (const filter of ['mirror_top', 'commit_top', undefined]) {
      const q = new FakeQemu();
      q.addDrive('drive0', ['/i/top.qcow2', '/i/mid.qcow2', '/i/base.qcow2']);
      q.jobs.set('drive0', { id: 'drive0', type: 'commit', top: q.drives.get('drive0')!, base: undefined, status: 'running', len: 10, offset: 1, speed: 0, autoDismiss: true, device: 'drive0' });
      // QEMU runs an active commit as a mirror: a mirror_top node on the top image (a
      // plain commit puts commit_top on the image it commits, here shown on the top to
      // check that only the mirror counts).
      const nodes = (q as unknown as { queryNamedBlockNodes(): JsonObject[] }).queryNamedBlockNodes.bind(q);
      q.overrides.set('query-named-block-nodes', () => [
        ...(filter ? [{ 'node-name': '#block900', drv: filter, file: '/i/top.qcow2', ro: false, image: { filename: '/i/top.qcow2', format: filter } }] : []),
        ...nodes(),
      ]);
      const m = await BlockJobManager.attach(q);
      expect(m.jobFor('drive0')?.kind, String(filter)).to.equal(filter === 'mirror_top' ? 'active-commit' : 'commit');
      expect((await m.getBlockJobInfo('drive0'))?.type, String(filter)).to.equal(filter === 'mirror_top' ? 4 : 3);
    }
  });
});
