/**
 * blockCopy / blockRebase(COPY) against the fake QEMU: destination checks
 * refused before anything is sent (absolute path, existing file, reused file
 * missing, allowed folders, granularity, shallow raw, relative), the -drive
 * `drive-mirror` arguments, and the -blockdev sequence libvirt 9.0 sends
 * (blockdev-create jobs, blockdev-add, blockdev-mirror with replaces), with the
 * copy's nodes deleted after an abort and the old chain's after a pivot.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QmpError, VirError } from '../../lib/errors.js';
import {
  BlockJobManager,
  VIR_DOMAIN_BLOCK_COPY_REUSE_EXT,
  VIR_DOMAIN_BLOCK_COPY_SHALLOW,
  VIR_DOMAIN_BLOCK_REBASE_COPY,
  VIR_DOMAIN_BLOCK_REBASE_COPY_RAW,
  VIR_DOMAIN_BLOCK_REBASE_RELATIVE,
  VIR_DOMAIN_BLOCK_REBASE_SHALLOW,
} from '../../lib/jobs/index.js';
import { FakeJobsQemu } from '../commit/helpers/fake-jobs.js';

const D = '/img';
const files = [`${D}/top.qcow2`, `${D}/mid.qcow2`, `${D}/base.qcow2`];

describe('jobs/copy', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-copyunit-'));
  });
  // A manager of a test may still be writing its records into the folder: retried (ENOTEMPTY).
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 }));

  async function setup(kind: 'drive' | 'blockdev', opts: { allowDirs?: string[] } = {}): Promise<{ q: FakeJobsQemu; m: BlockJobManager; disk: string }> {
    const q = new FakeJobsQemu();
    if (kind === 'drive') q.addDrive('drive0', files);
    else q.addBlockdev(files);
    const m = await BlockJobManager.attach(q, opts);
    q.sent.length = 0;
    return { q, m, disk: kind === 'drive' ? 'drive0' : 'libvirt-1-format' };
  }

  async function refused(p: Promise<unknown>): Promise<string> {
    const err = await p.then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(VirError);
    return (err as VirError).message;
  }

  it('refuses bad destinations with libvirt\'s texts, sending nothing', async () => {
    const { q, m, disk } = await setup('drive', { allowDirs: [path.join(tmp, 'ok')] });
    const full = path.join(tmp, 'full.qcow2');
    fs.writeFileSync(full, 'data');
    const outside = path.join(tmp, 'new.qcow2');
    expect(await refused(m.blockCopy(disk, 'rel.qcow2'))).to.equal('invalid argument: absolute path must be used as block copy target');
    expect(await refused(m.blockCopy(disk, full))).to.equal(`unsupported configuration: external destination file for disk drive0 already exists and is not a block device: ${full}`);
    // An image QEMU has open exists, whatever the local file system says (the simulator's live in memory).
    expect(await refused(m.blockCopy(disk, files[1]!))).to.equal(`unsupported configuration: external destination file for disk drive0 already exists and is not a block device: ${files[1]}`);
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'missing.qcow2'), {}, VIR_DOMAIN_BLOCK_COPY_REUSE_EXT))).to.equal(`missing destination file for disk drive0: ${path.join(tmp, 'missing.qcow2')}: No such file or directory`);
    // --blockdev: a block device that must exist; an existing file is refused as any copy
    // refuses one (never overwritten), an empty one as not a block device.
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'missing.qcow2'), { blockdev: true }))).to.equal(`missing destination file for disk drive0: ${path.join(tmp, 'missing.qcow2')}: No such file or directory`);
    expect(await refused(m.blockCopy(disk, full, { blockdev: true }))).to.equal(`unsupported configuration: external destination file for disk drive0 already exists and is not a block device: ${full}`);
    const empty = path.join(tmp, 'empty.qcow2');
    fs.writeFileSync(empty, '');
    expect(await refused(m.blockCopy(disk, empty, { blockdev: true }))).to.equal(`invalid argument: blockdev flag requested for disk drive0, but file '${empty}' is not a block device`);
    expect(await refused(m.blockCopy(disk, full, { blockdev: true }, VIR_DOMAIN_BLOCK_COPY_REUSE_EXT))).to.equal(`invalid argument: blockdev flag requested for disk drive0, but file '${full}' is not a block device`);
    expect(fs.readFileSync(full, 'utf8')).to.equal('data');
    expect(await refused(m.blockCopy(disk, outside))).to.match(/is outside the folders allowed by --allow-dir/);
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), { granularity: 3000 }))).to.equal('invalid argument: granularity must be power of 2');
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), { format: 'qcow3' }))).to.equal("unsupported configuration: unknown driver format value 'qcow3'");
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), { format: '' }))).to.equal("unsupported configuration: unknown driver format value ''");
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), { granularity: 2 ** 40 }))).to.equal('invalid argument: granularity must be at most 4294967295');
    // 2^63 - 1 is 2^63 as a Number: refused here, not sent to QEMU rounded.
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), { bandwidth: 2 ** 63 }))).to.equal("numerical overflow: bandwidth must be less than '9007199254740992' bytes/s (8589934592 MiB/s)");
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), { bandwidth: 2 ** 53 }))).to.match(/^numerical overflow: bandwidth must be less than/);
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), { bufSize: 2 ** 60 }))).to.equal('invalid argument: buf-size must be at most 9007199254740991');
    // Unknown parameters are refused as libvirt's virTypedParamsValidate does, not ignored.
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), { bogus: 1 } as never))).to.equal("argument unsupported: parameter 'bogus' not supported");
    expect(await refused(m.blockCopy(disk, path.join(tmp, 'ok', 'x.qcow2'), [] as never))).to.equal('invalid argument: block copy parameters must be an object');
    expect(await refused(m.blockRebase(disk, path.join(tmp, 'ok', 'r.raw'), 0, VIR_DOMAIN_BLOCK_REBASE_COPY | VIR_DOMAIN_BLOCK_REBASE_COPY_RAW | VIR_DOMAIN_BLOCK_REBASE_SHALLOW)))
      .to.equal("unsupported configuration: shallow copy of disk 'drive0' into a raw file is not possible");
    expect(await refused(m.blockRebase(disk, path.join(tmp, 'ok', 'r.qcow2'), 0, VIR_DOMAIN_BLOCK_REBASE_COPY | VIR_DOMAIN_BLOCK_REBASE_RELATIVE)))
      .to.equal('argument unsupported: Relative backing during copy not supported yet');
    expect(q.commands()).to.deep.equal([]);
    // A reused destination is not a new image: the fence does not apply.
    await m.blockCopy(disk, full, { format: 'qcow2' }, VIR_DOMAIN_BLOCK_COPY_REUSE_EXT);
    expect(q.commands()[0]).to.match(/^drive-mirror .*"mode":"existing"/);
  });

  it('shallow into raw: refused before the destination is looked at; on a disk of one image SHALLOW is dropped (libvirt), a full copy', async () => {
    const { q, m, disk } = await setup('drive');
    const taken = path.join(tmp, 'taken.raw');
    fs.writeFileSync(taken, 'data');
    expect(await refused(m.blockCopy(disk, taken, { format: 'raw' }, VIR_DOMAIN_BLOCK_COPY_SHALLOW))).to.equal(
      "unsupported configuration: shallow copy of disk 'drive0' into a raw file is not possible",
    );
    expect(q.commands()).to.deep.equal([]);
    const single = new FakeJobsQemu();
    single.addDrive('drive1', [`${D}/only.qcow2`]);
    const m1 = await BlockJobManager.attach(single);
    single.sent.length = 0;
    await m1.blockCopy('drive1', path.join(tmp, 'flat.raw'), { format: 'raw' }, VIR_DOMAIN_BLOCK_COPY_SHALLOW);
    expect(single.commands()[0]).to.match(/^drive-mirror .*"sync":"full"/).and.match(/"format":"raw"/);
  });

  it('null parameters, or a null value, are parameters not given (as a null bandwidth of blockPull)', async () => {
    const { q, m, disk } = await setup('drive');
    await m.blockCopy(disk, path.join(tmp, 'a.qcow2'), null);
    expect(q.commands()[0]).to.match(/^drive-mirror /);
    expect(q.commands()[0]).to.not.match(/"speed"/);
    await m.blockJobAbort(disk);
    q.sent.length = 0;
    await m.blockCopy(disk, path.join(tmp, 'b.qcow2'), { bandwidth: null, granularity: null });
    expect(q.commands()[0]).to.not.match(/"speed"|"granularity"/);
  });

  it('-drive: drive-mirror with format, sync, mode and tuning; the device is the job', async () => {
    const { q, m, disk } = await setup('drive');
    const dest = path.join(tmp, 'c.qcow2');
    await m.blockCopy(disk, dest, { bandwidth: 4096, granularity: 65536, bufSize: 1 << 20 }, VIR_DOMAIN_BLOCK_COPY_SHALLOW);
    expect(q.sent.find((s) => s.command === 'drive-mirror')?.args).to.deep.equal({
      device: 'drive0', target: dest, format: 'qcow2', sync: 'top', mode: 'absolute-paths',
      speed: 4096, granularity: 65536, 'buf-size': 1048576, 'auto-finalize': true, 'auto-dismiss': false,
    });
    expect(m.jobFor(disk)?.kind).to.equal('copy');
  });

  it('a disk with a copy running is busy with libvirt\'s BLOCK_COPY_ACTIVE (the disk has a <mirror>)', async () => {
    const { q, m, disk } = await setup('drive');
    await m.blockCopy(disk, path.join(tmp, 'c.qcow2'));
    q.sent.length = 0;
    const err = await m.blockPull(disk).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(VirError);
    expect((err as VirError).message).to.equal(`block copy still active: disk '${disk}' already in active block job`);
    expect((err as VirError).code).to.equal('VIR_ERR_BLOCK_COPY_ACTIVE');
    expect(q.sent).to.deep.equal([]);
  });

  it('-blockdev: creates, adds and mirrors as libvirt 9.0; an abort deletes the copy\'s nodes', async () => {
    const { q, m, disk } = await setup('blockdev');
    const dest = path.join(tmp, 'c.qcow2');
    await m.blockCopy(disk, dest, {}, VIR_DOMAIN_BLOCK_COPY_SHALLOW);
    const cmds = q.commands().filter((c) => !c.startsWith('job-dismiss'));
    expect(cmds).to.deep.equal([
      `blockdev-create {"job-id":"create-libvirt-4-storage","options":{"driver":"file","filename":"${dest}","size":0}}`,
      `blockdev-add {"driver":"file","node-name":"libvirt-4-storage","filename":"${dest}","auto-read-only":true,"discard":"unmap"}`,
      `blockdev-create {"job-id":"create-libvirt-4-format","options":{"driver":"qcow2","file":"libvirt-4-storage","size":33554432,"backing-file":"${files[1]}","backing-fmt":"qcow2"}}`,
      'blockdev-add {"driver":"qcow2","node-name":"libvirt-4-format","file":"libvirt-4-storage","backing":"libvirt-2-format"}',
      'blockdev-mirror {"job-id":"copy-libvirt-1-format-libvirt-1-format","device":"libvirt-1-format","target":"libvirt-4-format","replaces":"libvirt-1-format","sync":"top","auto-finalize":true,"auto-dismiss":false}',
    ]);
    q.ready('copy-libvirt-1-format-libvirt-1-format');
    q.sent.length = 0;
    await m.blockJobAbort(disk);
    expect(q.commands().filter((c) => c.startsWith('blockdev-del'))).to.deep.equal([
      'blockdev-del {"node-name":"libvirt-4-format"}', 'blockdev-del {"node-name":"libvirt-4-storage"}',
    ]);
    expect(m.lastJobOutcome(disk)).to.include({ pivoted: false, synced: true, status: 'CANCELED' });
  });

  for (const frontend of [true, false]) {
    it(`-blockdev ${frontend ? 'with' : 'without'} a frontend: a READY copy another client ended (QEMU says COMPLETED either way) ${frontend ? 'has its nodes detached (QEMU refuses it for a node in use)' : 'is left to that client: nothing is deleted'}`, async () => {
      const q = new FakeJobsQemu();
      const top = q.addBlockdev(files);
      if (frontend) {
        // A virtio-blk frontend on the top node: query-block lists it by its qdev.
        const info = (q as unknown as { deviceInfo(n: string, nested: boolean): unknown }).deviceInfo.bind(q);
        q.queryBlock = () => [{ device: '', qdev: '/machine/peripheral/vda/virtio-backend', type: 'unknown', removable: false, locked: false, inserted: info(top, true) as never }];
      }
      const m = await BlockJobManager.attach(q, {});
      const disk = m.listDisks()[0]!.name;
      await m.blockCopy(disk, path.join(tmp, 'c.qcow2'), {}, VIR_DOMAIN_BLOCK_COPY_SHALLOW);
      const id = [...q.jobs.keys()][0]!;
      q.ready(id);
      q.sent.length = 0;
      // Another client's soft cancel.
      q.overrides.get('block-job-cancel')!({ device: id });
      await m.settled();
      expect(q.commands().filter((c) => c.startsWith('blockdev-del'))).to.deep.equal(
        frontend ? ['blockdev-del {"node-name":"libvirt-4-format"}', 'blockdev-del {"node-name":"libvirt-4-storage"}'] : [],
      );
      expect(m.lastJobOutcome(disk)).to.include({ status: 'COMPLETED', pivoted: false });
    });
  }

  it('-blockdev: the copy reads the node list only once another disk\'s concluded stream is dismissed (QEMU 7.2 crashes on it before)', async () => {
    const q = new FakeJobsQemu();
    q.addBlockdev(files);
    q.addBlockdev(['/x/a.qcow2', '/x/b.qcow2'], 4);
    const m = await BlockJobManager.attach(q);
    await m.blockPull('libvirt-4-format');
    const PULL = 'pull-libvirt-4-format-libvirt-4-format';
    const run = (c: string, a: unknown): unknown => (q as unknown as { run(c: string, a: unknown): unknown }).run(c, a);
    let release!: () => void;
    // The pull's dismiss is held back, as a busy event loop would.
    q.overrides.set('job-dismiss', (a) => (a?.id === PULL ? new Promise<void>((r) => (release = r)).then(() => run('job-dismiss', a)) : run('job-dismiss', a)));
    q.finish(PULL);
    await new Promise((r) => setImmediate(r));
    const copy = m.blockCopy('libvirt-1-format', path.join(tmp, 'c.qcow2'));
    await new Promise((r) => setTimeout(r, 20));
    expect(q.crashed).to.equal(false);
    release();
    await copy;
    expect(q.crashed).to.equal(false);
    expect(q.commands().some((c) => c.startsWith('blockdev-mirror'))).to.equal(true);
  });

  describe('-blockdev: the manager detached while the copy starts', () => {
    async function detachAt(command: string, when: (a: Record<string, unknown> | undefined) => boolean): Promise<{ q: FakeJobsQemu; disk: string; dest: string; err: unknown; stateFile: string }> {
      const stateFile = path.join(tmp, 'state', 'vm.json');
      const q = new FakeJobsQemu();
      q.addBlockdev(files);
      const m = await BlockJobManager.attach(q, { stateFile });
      const dest = path.join(tmp, 'c.qcow2');
      const orig = q.overrides.get(command)!;
      q.overrides.set(command, (a) => {
        if (when(a)) m.detach();
        return orig(a);
      });
      q.sent.length = 0;
      const err = await m.blockCopy('libvirt-1-format', dest).then(() => undefined, (e: unknown) => e);
      await m.recordsWritten();
      q.overrides.set(command, orig);
      return { q, disk: 'libvirt-1-format', dest, err, stateFile };
    }

    it('before the mirror: nothing is started, the nodes made so far are deleted, the caller told', async () => {
      const { q, err, stateFile } = await detachAt('blockdev-add', (a) => a?.driver === 'qcow2');
      expect(err).to.be.instanceOf(VirError);
      expect((err as VirError).message).to.equal('Requested operation is not valid: domain is not running');
      expect(q.commands().filter((c) => c.startsWith('blockdev-mirror'))).to.deep.equal([]);
      expect(q.commands().filter((c) => c.startsWith('blockdev-del'))).to.deep.equal([
        'blockdev-del {"node-name":"libvirt-4-format"}', 'blockdev-del {"node-name":"libvirt-4-storage"}',
      ]);
      // The record written before the start is taken back: nothing started.
      expect(fs.existsSync(stateFile.replace(/\.json$/, '.jobs.json'))).to.equal(false);
      const m2 = await BlockJobManager.attach(q, { stateFile });
      expect(m2.listDisks().map((d) => d.name)).to.deep.equal(['libvirt-1-format']);
    });

    it('with the mirror in flight: the caller is told, and the record names the copy\'s nodes, which the next manager deletes on abort', async () => {
      const { q, disk, err, stateFile } = await detachAt('blockdev-mirror', () => true);
      expect((err as VirError).message).to.equal('Requested operation is not valid: domain is not running');
      const recs = JSON.parse(fs.readFileSync(stateFile.replace(/\.json$/, '.jobs.json'), 'utf8')) as { jobs: { id: string; starting?: string; data?: { targetFormat?: string } }[] };
      expect(recs.jobs.map((j) => [j.id, j.starting, j.data?.targetFormat])).to.deep.equal([['copy-libvirt-1-format-libvirt-1-format', undefined, 'libvirt-4-format']]);
      const events: string[] = [];
      const m2 = await BlockJobManager.attach(q, { stateFile, onEvent: (e) => events.push(`${e.type} ${e.status}`) });
      q.sent.length = 0;
      await m2.blockJobAbort(disk);
      await m2.settled();
      expect(q.commands().filter((c) => c.startsWith('blockdev-del'))).to.deep.equal([
        'blockdev-del {"node-name":"libvirt-4-format"}', 'blockdev-del {"node-name":"libvirt-4-storage"}',
      ]);
      expect(events).to.deep.equal(['copy CANCELED']);
      expect((await BlockJobManager.attach(q, { stateFile })).listDisks().map((d) => d.name)).to.deep.equal(['libvirt-1-format']);
    });
  });

  it('-blockdev: a refused mirror removes the nodes and the file it created', async () => {
    const { q, m, disk } = await setup('blockdev');
    const dest = path.join(tmp, 'c.qcow2');
    q.overrides.set('blockdev-create', (a) => {
      if (String(a?.['job-id']).endsWith('storage')) fs.writeFileSync(dest, '');
      const id = String(a?.['job-id']);
      q.status(id, 'concluded');
      return {};
    });
    q.overrides.set('blockdev-mirror', () => {
      throw new QmpError('GenericError', 'nope', 'blockdev-mirror');
    });
    const err = await m.blockCopy(disk, dest).then(() => undefined, (e: unknown) => e as Error);
    expect(err?.message).to.equal("internal error: unable to execute QEMU command 'blockdev-mirror': nope");
    expect(fs.existsSync(dest)).to.equal(false);
    expect(q.commands().filter((c) => c.startsWith('blockdev-del'))).to.deep.equal([
      'blockdev-del {"node-name":"libvirt-4-format"}', 'blockdev-del {"node-name":"libvirt-4-storage"}',
    ]);
    expect(m.jobFor(disk)).to.equal(undefined);
  });

  it('-drive: a drive-mirror QEMU refuses after making the file leaves no file, so the retry is not refused as existing', async () => {
    const { q, m, disk } = await setup('drive');
    const dest = path.join(tmp, 'c8.qcow2');
    const mirror = q.overrides.get('drive-mirror')!;
    q.overrides.set('drive-mirror', () => {
      // QEMU 7.2 creates the target before it checks the granularity (QA run on real QEMU).
      fs.writeFileSync(dest, 'qcow2 header');
      throw new QmpError('GenericError', "Parameter 'granularity' expects a value in range [512B, 64MB]", 'drive-mirror');
    });
    const err = await m.blockCopy(disk, dest, { granularity: 2 ** 31 }).then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal("internal error: unable to execute QEMU command 'drive-mirror': Parameter 'granularity' expects a value in range [512B, 64MB]");
    expect(fs.existsSync(dest)).to.equal(false);
    q.overrides.set('drive-mirror', mirror);
    await m.blockCopy(disk, dest, { granularity: 65536 });
    expect(m.jobFor(disk)?.kind).to.equal('copy');
  });

  it('a destination that cannot be a file (under a file, a name too long) gives QEMU\'s error or the real errno, never a raw Node error', async () => {
    const { q, m, disk } = await setup('blockdev');
    const blocker = path.join(tmp, 'a-file');
    fs.writeFileSync(blocker, '');
    q.overrides.set('blockdev-create', () => {
      throw new QmpError('GenericError', 'Could not create file: Not a directory', 'blockdev-create');
    });
    for (const dest of [path.join(blocker, 'x.qcow2'), path.join(tmp, 'x'.repeat(300))]) {
      const err = await m.blockCopy(disk, dest).then(() => undefined, (e: unknown) => e);
      expect(err, dest).to.be.instanceOf(VirError);
      expect((err as Error).message).to.equal("internal error: unable to execute QEMU command 'blockdev-create': Could not create file: Not a directory");
    }
    const reused = await m.blockCopy(disk, path.join(blocker, 'x.qcow2'), {}, VIR_DOMAIN_BLOCK_COPY_REUSE_EXT).then(() => undefined, (e: Error) => e);
    expect(reused?.message).to.equal(`missing destination file for disk libvirt-1-format: ${path.join(blocker, 'x.qcow2')}: Not a directory`);
  });
});
