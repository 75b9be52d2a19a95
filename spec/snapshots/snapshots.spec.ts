/**
 * Snapshots against the fake QEMU: what is refused before anything is sent,
 * the one `transaction` for a -drive and a -blockdev disk, the roll-back when
 * QEMU refuses it (nothing changed, no record, no file left), and a delete
 * whose job FAILS on one disk before its end: the other disk's job is
 * aborted, the snapshot stays with each disk's state, and a retry merges both;
 * a disk with a job of its own is refused before anything starts.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QmpError, VirError } from '../../lib/errors.js';
import { BlockJobManager, VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY, VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA, VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY } from '../../lib/jobs/index.js';
import type { JsonObject } from '../../lib/qmp/types.js';
import { flush } from '../jobs/helpers/fake-qemu.js';
import { FakeJobsQemu } from '../commit/helpers/fake-jobs.js';
import { until } from '../helpers/until.js';
import { storeFor } from '../../lib/snapshots/where.js';

const A = ['/a/top.qcow2', '/a/mid.qcow2', '/a/base.qcow2'];
const B = ['/b/top.qcow2', '/b/mid.qcow2', '/b/base.qcow2'];

/** The fake applies blockdev-add and the snapshot actions of a transaction to its graph. */
function teachSnapshots(q: FakeJobsQemu): void {
  const added = new Map<string, JsonObject>();
  let n = 900;
  q.overrides.set('blockdev-add', (a) => {
    added.set(String(a!['node-name']), a!);
    return {};
  });
  q.overrides.set('transaction', (a) => {
    for (const act of (a!.actions as { type: string; data: JsonObject }[])) {
      if (act.type === 'blockdev-snapshot') {
        const fmt = added.get(String(act.data.overlay))!;
        const st = added.get(String(fmt.file))!;
        q.images.set(String(fmt['node-name']), { node: String(fmt['node-name']), fileNode: String(st['node-name']), file: String(st.filename), backing: String(act.data.node), ro: false });
      } else {
        const dev = String(act.data.device);
        const node = `#block${n++}`;
        q.images.set(node, { node, fileNode: undefined, file: String(act.data['snapshot-file']), backing: q.drives.get(dev), ro: false });
        q.drives.set(dev, node);
      }
    }
    return {};
  });
}

describe('snapshots (fake QEMU)', () => {
  let dir: string;
  let q: FakeJobsQemu;
  let m: BlockJobManager;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-snapunit-'));
    q = new FakeJobsQemu();
    q.addDrive('drive0', A);
    q.addBlockdev(B);
    teachSnapshots(q);
    m = await BlockJobManager.attach(q, { stateFile: path.join(dir, 'vm.json'), allowDirs: [path.join(dir, 'ok')] });
    q.sent.length = 0;
  });
  afterEach(async () => {
    // A test may end with a job running and its record still being written
    // into `dir` (a temp file, a lock): removing the folder under that write
    // failed once in CI (ENOTEMPTY). The writes end first; their errors are
    // the tests' business, not this clean-up's.
    m.detach();
    await m.recordsWritten().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const ov = (i: number): string => path.join(dir, 'ok', `ov${i}.qcow2`);

  it('refuses bad requests before sending anything', async () => {
    fs.mkdirSync(path.join(dir, 'ok'));
    fs.writeFileSync(ov(9), 'x');
    const cases: [unknown[], RegExp][] = [
      [[], /at least one disk/],
      [[{ disk: 'drive0', file: ov(1) }, { disk: 'drive0', file: ov(2) }], /disk 'drive0' specified twice/],
      [[{ disk: 'drive0', file: ov(1) }, { disk: 'libvirt-1-format', file: `${dir}/x/../ok/ov1.qcow2` }], /snapshot file '.*x\/\.\.\/ok\/ov1\.qcow2' given for two disks/],
      [[{ disk: 'drive0', file: 'rel.qcow2' }], /absolute path must be used as snapshot file/],
      [[{ disk: 'drive0', file: ov(9) }], /already exists and is not a block device/],
      [[{ disk: 'drive0', file: path.join(dir, 'no', 'x.qcow2') }], /outside the folders allowed/],
      [[{ disk: 'drive0', file: A[1] }], /already in use by a disk/],
      [[{ disk: 'drive0', file: ov(1), merge: 'sideways' }], /merge direction 'sideways'/],
      [[{ disk: 'vdz', file: ov(1) }], /disk 'vdz' not found/],
    ];
    for (const [disks, re] of cases) {
      const err = await m.snapshotCreate('s', disks as never).then(() => undefined, (e: Error) => e);
      expect(err?.message, JSON.stringify(disks)).to.match(re);
    }
    // virsh: "error: Domain snapshot not found: ..." (VIR_ERR_NO_DOMAIN_SNAPSHOT).
    const missing = await m.snapshotDelete('nope').then(() => undefined, (e: VirError) => e);
    expect([missing?.message, missing?.virCode]).to.deep.equal(["Domain snapshot not found: no domain snapshot with matching name 'nope'", 72]);
    expect(q.commands()).to.deep.equal([]);
    expect(await m.snapshotList()).to.deep.equal([]);
  });

  it('a manager detached while the snapshot\'s record is written sends nothing, keeps no record, and says the domain is not running', async () => {
    fs.mkdirSync(path.join(dir, 'ok'));
    const p = m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }, { disk: 'libvirt-1-format', file: ov(1) }]);
    m.detach();
    const err = await p.then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal('Requested operation is not valid: domain is not running');
    expect(q.commands()).to.deep.equal([]);
    const m2 = await BlockJobManager.attach(q, { stateFile: path.join(dir, 'vm.json') });
    expect(await m2.snapshotList()).to.deep.equal([]);
  });

  it('one transaction switches a -drive and a -blockdev disk; the record keeps files and directions', async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }, { disk: 'libvirt-1-format', file: ov(1), merge: 'backward' }]);
    const tx = q.sent.filter((s) => s.command === 'transaction');
    expect(tx).to.have.length(1);
    expect(tx[0]!.args).to.deep.equal({ actions: [
      { type: 'blockdev-snapshot-sync', data: { device: 'drive0', 'snapshot-file': ov(0), format: 'qcow2', mode: 'absolute-paths' } },
      { type: 'blockdev-snapshot', data: { node: 'libvirt-1-format', overlay: 'libvirt-4-format' } },
    ] });
    expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([ov(0), ...A]);
    expect(m.getDisk('libvirt-1-format').chain.map((i) => i.filename)).to.deep.equal([ov(1), ...B]);
    const [s] = await m.snapshotList();
    expect(s).to.include({ name: 's1', state: 'disk-snapshot' });
    expect(s!.disks).to.deep.equal([
      { disk: 'drive0', file: ov(0), backing: A[0], merge: 'forward', state: 'pending' },
      { disk: 'libvirt-1-format', file: ov(1), backing: B[0], merge: 'backward', state: 'pending' },
    ]);
    const again = await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(5) }]).then(() => undefined, (e: Error) => e);
    expect(again?.message).to.equal("invalid argument: snapshot 's1' already exists");
  });

  it('records the image each overlay went on, as QEMU reports it, when another process stacked a snapshot on the -drive disk meanwhile', async () => {
    const apply = q.overrides.get('transaction')!;
    q.overrides.set('transaction', (a) => {
      // Another process's snapshot of drive0 lands between our reading of the chain and our transaction.
      q.images.set('#block800', { node: '#block800', fileNode: undefined, file: ov(7), backing: q.drives.get('drive0'), ro: false });
      q.drives.set('drive0', '#block800');
      return apply(a);
    });
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }]);
    expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([ov(0), ov(7), ...A]);
    const [s] = await m.snapshotList();
    expect(s!.disks.map((d) => [d.file, d.backing])).to.deep.equal([[ov(0), ov(7)]]);
  });

  it('with NO_METADATA the snapshot is taken and no record is kept; unknown flags and malformed disks are refused first', async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }], VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA | VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY);
    expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([ov(0), ...A]);
    expect(await m.snapshotList()).to.deep.equal([]);
    q.sent.length = 0;
    const refused = async (...args: unknown[]): Promise<string | undefined> =>
      (m.snapshotCreate as (...a: unknown[]) => Promise<void>)(...args).then(() => undefined, (e: Error) => e.message);
    expect(await refused('s2', [{ disk: 'drive0', file: ov(1) }], 1)).to.equal('invalid argument: unsupported flags (0x1) in function qemuDomainSnapshotCreateXML');
    expect(await refused('s2', [null])).to.equal("invalid argument: disk 1 of snapshot 's2' must be an object with a 'disk' string");
    expect(await refused('s2', [{ disk: 'drive0', file: ov(1) }, { file: ov(2) }])).to.equal("invalid argument: disk 2 of snapshot 's2' must be an object with a 'disk' string");
    expect(q.commands()).to.deep.equal([]);
  });

  it('a refused transaction changes nothing: overlay nodes deleted, file removed, no record', async () => {
    q.overrides.set('blockdev-create', (a) => {
      const id = String(a?.['job-id']);
      if (id.endsWith('storage')) {
        fs.mkdirSync(path.dirname(ov(1)), { recursive: true });
        fs.writeFileSync(ov(1), '');
      }
      q.status(id, 'concluded');
      return {};
    });
    q.overrides.set('transaction', () => {
      throw new QmpError('GenericError', "Could not create file: No such file or directory", 'transaction');
    });
    const err = await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }, { disk: 'libvirt-1-format', file: ov(1) }]).then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal("internal error: unable to execute QEMU command 'transaction': Could not create file: No such file or directory");
    expect(q.commands().filter((c) => c.startsWith('blockdev-del'))).to.deep.equal([
      'blockdev-del {"node-name":"libvirt-4-format"}', 'blockdev-del {"node-name":"libvirt-4-storage"}',
    ]);
    expect(fs.existsSync(ov(1))).to.equal(false);
    expect(await m.snapshotList()).to.deep.equal([]);
    expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal(A);
  });

  it('a refused transaction on an overlay path that cannot be a file (a name too long) gives QEMU\'s error, not a raw Node error', async () => {
    fs.mkdirSync(path.join(dir, 'ok'), { recursive: true });
    const long = path.join(dir, 'ok', `${'x'.repeat(300)}.qcow2`);
    q.overrides.set('transaction', () => {
      throw new QmpError('GenericError', 'Could not create file: File name too long', 'transaction');
    });
    const err = await m.snapshotCreate('s1', [{ disk: 'libvirt-1-format', file: long }]).then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(VirError);
    expect((err as Error).message).to.equal("internal error: unable to execute QEMU command 'transaction': Could not create file: File name too long");
    expect(await m.snapshotList()).to.deep.equal([]);
  });

  it('a merge job that FAILS before its end aborts the other disk\'s: nothing merged, states kept; the retry merges both', async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }, { disk: 'libvirt-1-format', file: ov(1), merge: 'backward' }]);
    // The overlay files, as QEMU would have made them (the fake makes none).
    fs.mkdirSync(path.join(dir, 'ok'), { recursive: true });
    for (const i of [0, 1]) fs.writeFileSync(ov(i), 'qcow2');
    const commitId = 'commit-libvirt-1-format-libvirt-4-format';
    const first = m.snapshotDelete('s1').then(() => undefined, (e: Error) => e);
    await until(() => q.jobs.has('drive0') && q.jobs.has(commitId));
    // drive0, forward: a pull into the overlay that stops in PENDING.
    expect(q.jobs.get('drive0')?.type).to.equal('stream');
    q.pending('drive0');
    // The other disk's active commit fails with an I/O error before READY.
    q.finish(commitId, { error: 'Input/output error' });
    await flush();
    const err = await first;
    expect(err?.message).to.match(/^operation failed: deletion of snapshot 's1' failed for disk 'libvirt-1-format': merge of .* failed: Input\/output error$/);
    // drive0's job was aborted in PENDING, never finalized: its chain is as it was.
    expect(q.commands().filter((c) => c.startsWith('job-finalize'))).to.deep.equal([]);
    expect(q.commands()).to.include('block-job-cancel {"device":"drive0"}');
    const [s] = await m.snapshotList();
    expect(s!.state).to.equal('disk-snapshot');
    expect(s!.disks.map((d) => d.state)).to.deep.equal(['pending', 'failed']);
    expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([ov(0), ...A]);
    expect(m.jobFor('drive0')).to.equal(undefined);
    // Nothing merged, nothing removed.
    expect([fs.existsSync(ov(0)), fs.existsSync(ov(1))]).to.deep.equal([true, true]);

    q.sent.length = 0;
    const retry = m.snapshotDelete('s1');
    await until(() => q.jobs.has('drive0') && q.jobs.has(commitId));
    expect(q.commands().filter((c) => /block-commit|block-stream/.test(c))).to.have.length(2);
    q.pending('drive0');
    q.ready(commitId);
    await flush();
    await retry;
    expect(q.commands().filter((c) => c.startsWith('job-finalize'))).to.deep.equal(['job-finalize {"id":"drive0"}']);
    expect(q.commands().filter((c) => c.startsWith('job-complete'))).to.deep.equal([`job-complete {"id":"${commitId}"}`]);
    expect(await m.snapshotList()).to.deep.equal([]);
    expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([ov(0), A[1], A[2]]);
    // The backward disk's overlay, committed into its old top, is removed (libvirt's
    // commit DELETE); the forward disk's is its top now and stays.
    expect(m.getDisk('libvirt-1-format').chain.map((i) => i.filename)).to.deep.equal(B);
    expect([fs.existsSync(ov(0)), fs.existsSync(ov(1))]).to.deep.equal([true, false]);
  });

  /** Delete snapshot `name` of libvirt-1-format (merged backward): its active commit made READY (after `meanwhile`), pivoted. */
  async function deleteBackward(name: string, meanwhile: () => void = () => undefined): Promise<void> {
    const commitId = 'commit-libvirt-1-format-libvirt-4-format';
    const del = m.snapshotDelete(name);
    await until(() => q.jobs.has(commitId));
    meanwhile();
    q.ready(commitId);
    await flush();
    await del;
  }

  it('a backward overlay that was there before the snapshot (an empty file) is not removed by its delete', async () => {
    fs.mkdirSync(path.join(dir, 'ok'), { recursive: true });
    fs.writeFileSync(ov(2), '');
    await m.snapshotCreate('s1', [{ disk: 'libvirt-1-format', file: ov(2), merge: 'backward' }]);
    expect((await m.snapshotList())[0]!.disks[0]).to.include({ existed: true });
    await deleteBackward('s1');
    expect(m.getDisk('libvirt-1-format').chain.map((i) => i.filename)).to.deep.equal(B);
    expect(fs.existsSync(ov(2))).to.equal(true);
  });

  it('a backward overlay that a node of QEMU still holds after the merge is kept', async () => {
    await m.snapshotCreate('s1', [{ disk: 'libvirt-1-format', file: ov(3), merge: 'backward' }]);
    fs.mkdirSync(path.join(dir, 'ok'), { recursive: true });
    fs.writeFileSync(ov(3), 'qcow2');
    await deleteBackward('s1', () => {
      // A read-only node on the overlay's file that outlives the pivot (as when the new top is held through it).
      q.images.set('#block77', { node: '#block77', fileNode: undefined, file: ov(3), backing: undefined, ro: true });
    });
    expect(await m.snapshotList()).to.deep.equal([]);
    expect(fs.existsSync(ov(3))).to.equal(true);
  });

  it('a lone storage node a cut-off clean-up left on a backward overlay is deleted, and the file with it', async () => {
    await m.snapshotCreate('s1', [{ disk: 'libvirt-1-format', file: ov(5), merge: 'backward' }]);
    fs.mkdirSync(path.join(dir, 'ok'), { recursive: true });
    fs.writeFileSync(ov(5), 'qcow2');
    const run = (c: string, a: unknown): unknown => (q as unknown as { run(c: string, a: unknown): unknown }).run(c, a);
    // An earlier delete's process was killed between the blockdev-del of the old top's
    // format node and that of its storage node: the storage node alone holds the file.
    let lone = true;
    q.overrides.set('query-named-block-nodes', (a) => [
      ...(run('query-named-block-nodes', a) as unknown[]),
      ...(lone ? [{ file: ov(5), 'node-name': 'libvirt-9-storage', ro: false, drv: 'file', backing_file_depth: 0, image: { filename: ov(5), format: 'file', 'virtual-size': 1 } }] : []),
    ]);
    q.overrides.set('blockdev-del', (a) => (a?.['node-name'] === 'libvirt-9-storage' ? ((lone = false), {}) : run('blockdev-del', a)));
    await deleteBackward('s1');
    expect(q.commands()).to.include('blockdev-del {"node-name":"libvirt-9-storage"}');
    expect(fs.existsSync(ov(5))).to.equal(false);
  });

  it('METADATA_ONLY forgets a snapshot whose chain changed since, merging nothing; unknown flags are refused', async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }]);
    // The chain is rebuilt behind the snapshot's back: the overlay no longer sits on its recorded backing.
    const img = (f: string) => [...q.images.values()].find((i) => i.file === f)!;
    img(ov(0)).backing = img(A[1]!).node;
    img(A[1]!).backing = img(A[0]!).node;
    img(A[0]!).backing = img(A[2]!).node;
    await m.rediscover();
    expect(m.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([ov(0), A[1], A[0], A[2]]);
    q.sent.length = 0;
    const err = await m.snapshotDelete('s1').then(() => undefined, (e: Error) => e);
    expect(err?.message).to.match(/no longer has/);
    expect((await m.snapshotDelete('s1', 1).then(() => undefined, (e: Error) => e))?.message).to.equal('invalid argument: unsupported flags (0x1) in function qemuDomainSnapshotDelete');
    await m.snapshotDelete('s1', VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY);
    expect(await m.snapshotList()).to.deep.equal([]);
    expect(q.commands()).to.deep.equal([]);
  });

  it('while a snapshot is being taken its disks take no job, no other snapshot and no delete; after it they do', async () => {
    // Hold the transaction until the other calls have been made.
    let go!: () => void;
    const gate = new Promise<void>((r) => (go = r));
    const apply = q.overrides.get('transaction')!;
    q.overrides.set('transaction', async (a) => {
      await gate;
      return apply(a);
    });
    const taking = m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }, { disk: 'libvirt-1-format', file: ov(1) }]);
    await until(() => q.sent.some((s) => s.command === 'transaction'));
    const refusals = await Promise.all([
      m.blockPull('drive0').then(() => 'started', (e: Error) => e.message),
      m.blockCommit('libvirt-1-format', null, null, 0, 0).then(() => 'started', (e: Error) => e.message),
      m.snapshotCreate('s2', [{ disk: 'drive0', file: ov(2) }]).then(() => 'taken', (e: Error) => e.message),
      m.snapshotDelete('s1').then(() => 'deleted', (e: Error) => e.message),
      m.snapshotDelete('s1', VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY).then(() => 'deleted', (e: Error) => e.message),
    ]);
    expect(refusals).to.deep.equal([
      "Requested operation is not valid: disk 'drive0' is busy: snapshot 's1' is in progress",
      "Requested operation is not valid: disk 'libvirt-1-format' is busy: snapshot 's1' is in progress",
      "Requested operation is not valid: disk 'drive0' is busy: snapshot 's1' is in progress",
      "operation failed: deletion of snapshot 's1' failed for disk 'drive0': Requested operation is not valid: disk 'drive0' is busy: snapshot 's1' is in progress; disk 'libvirt-1-format': Requested operation is not valid: disk 'libvirt-1-format' is busy: snapshot 's1' is in progress",
      "operation failed: deletion of snapshot 's1' failed for disk 'drive0': Requested operation is not valid: disk 'drive0' is busy: snapshot 's1' is in progress; disk 'libvirt-1-format': Requested operation is not valid: disk 'libvirt-1-format' is busy: snapshot 's1' is in progress",
    ]);
    go();
    await taking;
    expect(q.sent.filter((s) => s.command === 'transaction')).to.have.length(1);
    await m.snapshotCreate('s2', [{ disk: 'drive0', file: ov(2) }]);
    const [s1, s2] = await m.snapshotList();
    expect(s1!.state).to.equal('disk-snapshot');
    expect(s2!.disks[0]!.backing).to.equal(ov(0));
    await m.blockPull('libvirt-1-format', 1);
  });

  it("a refused transaction leaves alone a file another process's snapshot made its disk's top meanwhile", async () => {
    fs.mkdirSync(path.join(dir, 'ok'), { recursive: true });
    q.overrides.set('transaction', () => {
      // The other process won: the same path is now drive0's top, in QEMU and on disk.
      fs.writeFileSync(ov(0), 'the winner');
      const node = '#block990';
      q.images.set(node, { node, fileNode: undefined, file: ov(0), backing: q.drives.get('drive0'), ro: false });
      q.drives.set('drive0', node);
      throw new QmpError('GenericError', 'Trying to create an image with the same filename as the backing file', 'transaction');
    });
    const err = await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }]).then(() => undefined, (e: Error) => e);
    expect(err?.message).to.match(/same filename as the backing file/);
    expect(fs.readFileSync(ov(0), 'utf8')).to.equal('the winner');
  });

  it('a snapshot whose transaction QEMU refuses lets its disks go', async () => {
    q.overrides.set('transaction', () => {
      throw new QmpError('GenericError', 'refused', 'transaction');
    });
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }]).catch(() => undefined);
    expect(m.busyError('drive0')).to.equal(undefined);
    await m.blockPull('drive0', 1);
  });

  it('deleting a forward snapshot whose overlay never came (its creator died) leaves the older snapshots as they are', async () => {
    await m.snapshotCreate('y1', [{ disk: 'drive0', file: ov(1), merge: 'backward' }]);
    // A creator killed before its transaction left this record, and nothing in QEMU.
    const store = await storeFor(m);
    await store.update((snaps) => ({
      snapshots: [...snaps, { name: 'y2', created: '', state: 'creating', disks: [{ disk: 'drive0', file: ov(2), backing: ov(1), merge: 'forward', state: 'pending' }] }],
      value: undefined,
    }));
    q.sent.length = 0;
    await m.snapshotDelete('y2');
    expect(q.commands()).to.deep.equal([]);
    const [y1] = await m.snapshotList();
    expect(y1!.disks.map((d) => [d.file, d.backing])).to.deep.equal([[ov(1), A[0]]]);
  });

  it("a snapshot another live process is still taking is not sorted out; one whose creator died is", async () => {
    const store = await storeFor(m);
    const creating = (name: string, creator: number) => ({
      name, created: '', state: 'creating' as const, creator, disks: [{ disk: 'drive0', file: ov(5), backing: A[0]!, merge: 'forward' as const, state: 'pending' as const }],
    });
    // The parent of this test process is alive, and not this process.
    await store.update((snaps) => ({ snapshots: [...snaps, creating('busy', process.ppid), creating('dead', 999_999_999)], value: undefined }));
    const err = await m.snapshotDelete('busy').then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal(`Requested operation is not valid: snapshot 'busy' is being created by process ${process.ppid}`);
    await m.snapshotDelete('dead');
    expect((await m.snapshotList()).map((x) => x.name)).to.deep.equal(['busy']);
  });

  /** Start deleting 's1' with `m`, then lose `m` (its process dies) once both merge jobs run. */
  async function deleteThenDie(): Promise<string> {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }, { disk: 'libvirt-1-format', file: ov(1), merge: 'backward' }]);
    const commitId = 'commit-libvirt-1-format-libvirt-4-format';
    void m.snapshotDelete('s1').catch(() => undefined);
    await until(() => q.jobs.has('drive0') && q.jobs.has(commitId));
    await m.recordsWritten();
    m.detach();
    const store = await storeFor(m);
    // The process that was deleting it is gone.
    await store.patch('s1', (x) => {
      x.deleter = 999_999_999;
    });
    return commitId;
  }

  it('a delete whose process died while its jobs waited (PENDING, READY) is finished by the retry, which takes them over', async () => {
    const commitId = await deleteThenDie();
    q.pending('drive0');
    q.ready(commitId);
    const m2 = await BlockJobManager.attach(q, { stateFile: path.join(dir, 'vm.json') });
    const events: string[] = [];
    m2.on('blockJob', (e: { disk: string; status: string }) => events.push(`${e.disk} ${e.status}`));
    q.sent.length = 0;
    await m2.snapshotDelete('s1');
    // No new job: the two that were waiting are ended, once each.
    expect(q.commands().filter((c) => /^(block-commit|block-stream|job-finalize|job-complete)/.test(c))).to.deep.equal([
      'job-finalize {"id":"drive0"}',
      `job-complete {"id":"${commitId}"}`,
    ]);
    // The -blockdev disk has no frontend: this manager names it after its top node (the overlay).
    expect(events.filter((e) => / (COMPLETED|FAILED|CANCELED)$/.test(e)).sort()).to.deep.equal(['drive0 COMPLETED', 'libvirt-4-format COMPLETED']);
    expect(await m2.snapshotList()).to.deep.equal([]);
    expect(m2.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([ov(0), A[1], A[2]]);
  });

  it('the retry also takes over merge jobs still running, and waits for them', async () => {
    const commitId = await deleteThenDie();
    const m2 = await BlockJobManager.attach(q, { stateFile: path.join(dir, 'vm.json') });
    q.sent.length = 0;
    const retry = m2.snapshotDelete('s1');
    await flush();
    expect(q.commands().filter((c) => /^(block-commit|block-stream|job-)/.test(c))).to.deep.equal([]);
    q.pending('drive0');
    q.ready(commitId);
    await retry;
    expect(await m2.snapshotList()).to.deep.equal([]);
  });

  it('the retry takes over a stream into an intermediate overlay whose node QEMU named (#blockN: the job id drops the #)', async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }]);
    await m.snapshotCreate('s2', [{ disk: 'drive0', file: ov(1) }]);
    void m.snapshotDelete('s1').catch(() => undefined);
    await until(() => [...q.jobs.keys()].some((id) => id.startsWith('pull-')));
    const id = [...q.jobs.keys()].find((x) => x.startsWith('pull-'))!;
    expect(id).to.match(/^pull-drive0-block\d+$/);
    await m.recordsWritten();
    m.detach();
    const store = await storeFor(m);
    await store.patch('s1', (x) => {
      x.deleter = 999_999_999;
    });
    const m2 = await BlockJobManager.attach(q, { stateFile: path.join(dir, 'vm.json') });
    q.sent.length = 0;
    const retry = m2.snapshotDelete('s1');
    await flush();
    expect(q.commands().filter((c) => /^(block-stream|block-commit)/.test(c))).to.deep.equal([]);
    q.pending(id);
    await retry;
    expect((await m2.snapshotList()).map((x) => x.name)).to.deep.equal(['s2']);
    expect(m2.getDisk('drive0').chain.map((i) => i.filename)).to.deep.equal([ov(1), ov(0), A[1], A[2]]);
  });

  it("a delete still running in a live process is not taken over; nor is the user's own job that looks like its merge", async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }]);
    const store = await storeFor(m);
    await store.patch('s1', (x) => {
      x.state = 'deleting';
      x.deleter = process.ppid;
    });
    const err = await m.snapshotDelete('s1').then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal(`Requested operation is not valid: snapshot 's1' is being deleted by process ${process.ppid}`);
    // --metadata neither: the live deleter's jobs and record are its own.
    const meta = await m.snapshotDelete('s1', VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY).then(() => undefined, (e: Error) => e);
    expect(meta?.message).to.equal(err?.message);
    // Its process died; the user then rebases the disk onto A[1] themself: the very job the
    // forward merge would run, but not marked as this snapshot's. It is not taken over.
    await store.patch('s1', (x) => {
      x.deleter = 999_999_999;
    });
    await m.blockRebase('drive0', A[1]!, 0, 0);
    q.sent.length = 0;
    const err2 = await m.snapshotDelete('s1').then(() => undefined, (e: Error) => e);
    expect(err2?.message).to.equal("operation failed: deletion of snapshot 's1' failed for disk 'drive0': Operation not supported: disk 'drive0' already in active block job");
    expect(q.commands()).to.deep.equal([]);
  });

  it('a pid the deleter had, now another process (its start time differs), does not hold the snapshot', async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }]);
    const store = await storeFor(m);
    await store.patch('s1', (x) => {
      x.state = 'deleting';
      x.deleter = process.ppid;
      x.deleterStart = 1;
    });
    const retry = m.snapshotDelete('s1');
    await until(() => q.jobs.has('drive0'));
    q.pending('drive0');
    await retry;
    expect(await m.snapshotList()).to.deep.equal([]);
  });

  it('one delete of a snapshot at a time in a process; a record this process left deleting (an escaped error) is not in the way', async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }]);
    const first = m.snapshotDelete('s1');
    // Once the first has its job running (it has claimed the snapshot), a second is refused.
    await until(() => q.jobs.has('drive0'));
    const second = await m.snapshotDelete('s1').then(() => undefined, (e: Error) => e);
    expect(second?.message).to.equal(`Requested operation is not valid: snapshot 's1' is being deleted by process ${process.pid}`);
    const [s] = await m.snapshotList();
    expect([s!.state, s!.deleter]).to.deep.equal(['deleting', process.pid]);
    // Nor forgotten under it: its merges would go on with no record.
    const meta = await m.snapshotDelete('s1', VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY).then(() => undefined, (e: Error) => e);
    expect(meta?.message).to.equal(second?.message);
    q.pending('drive0');
    await first;
    // A record left 'deleting' by this process with no delete running: forgotten on request.
    await m.snapshotCreate('s2', [{ disk: 'drive0', file: ov(2) }]);
    const store = await storeFor(m);
    await store.patch('s2', (x) => {
      x.state = 'deleting';
      x.deleter = process.pid;
    });
    await m.snapshotDelete('s2', VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY);
    expect(await m.snapshotList()).to.deep.equal([]);
  });

  it('a disk with a job of its own is refused before anything starts', async () => {
    await m.snapshotCreate('s1', [{ disk: 'drive0', file: ov(0) }, { disk: 'libvirt-1-format', file: ov(1), merge: 'backward' }]);
    await m.blockPull('libvirt-1-format', 1);
    q.sent.length = 0;
    const err = await m.snapshotDelete('s1').then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal("operation failed: deletion of snapshot 's1' failed for disk 'libvirt-1-format': Operation not supported: disk 'libvirt-1-format' already in active block job");
    expect(q.commands()).to.deep.equal([]);
    const [s] = await m.snapshotList();
    expect(s!.state).to.equal('disk-snapshot');
    expect(s!.disks.map((d) => d.state)).to.deep.equal(['pending', 'pending']);
  });
});
