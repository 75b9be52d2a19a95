/**
 * The snapshot metadata store: one file per VM key under the state folder,
 * atomic writes (no temp file left, the old content intact when a write
 * cannot happen), serialised read-modify-write, and a clear error for a
 * file that is not ours.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SnapshotStore, type SnapshotRecord } from '../../lib/snapshots/index.js';
import { BlockJobManager } from '../../lib/jobs/index.js';
import { QmpSession } from '../../lib/qmp/session.js';
import { startSimulator } from '../../lib/sim/index.js';
import { keyFileName } from '../../lib/cli/vm-key.js';

const rec = (name: string): SnapshotRecord => ({ name, created: '2026-01-01T00:00:00.000Z', state: 'disk-snapshot', disks: [] });

describe('snapshots/store', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-store-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a missing file is an empty store; writes create the folder and leave no temp file', async () => {
    const s = new SnapshotStore(path.join(dir, 'state', 'uuid%3Ax.json'), 'uuid:x');
    expect(await s.list()).to.deep.equal([]);
    await s.update((snaps) => ({ snapshots: [...snaps, rec('a')], value: undefined }));
    expect(fs.readdirSync(path.join(dir, 'state'))).to.deep.equal(['uuid%3Ax.json']);
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 'state', 'uuid%3Ax.json'), 'utf8'));
    expect(onDisk).to.deep.equal({ version: 1, vm: 'uuid:x', snapshots: [rec('a')] });
  });

  it('two VMs with no uuid or name, one state folder: each its own file, keyed by its socket', async () => {
    const [a, b] = await Promise.all([0, 1].map((i) => startSimulator({ listen: { path: path.join(dir, `vm${i}.sock`) }, disks: [{ name: 'vda', chain: [`/v${i}/top`, `/v${i}/base`] }] })));
    const sessions: QmpSession[] = [];
    try {
      const managers = [];
      for (const sim of [a!, b!]) {
        const s = await QmpSession.connect(sim.endpoint);
        sessions.push(s);
        managers.push(await BlockJobManager.attach(s, { stateDir: path.join(dir, 'state'), allowDirs: [dir] }));
      }
      await managers[0]!.snapshotCreate('s1', [{ disk: 'vda', file: path.join(dir, 'ov.qcow2') }]);
      expect((await managers[0]!.snapshotList()).map((x) => x.name)).to.deep.equal(['s1']);
      expect(await managers[1]!.snapshotList()).to.deep.equal([]);
      expect(fs.readdirSync(path.join(dir, 'state'))).to.deep.equal([keyFileName(`socket:${path.join(dir, 'vm0.sock')}`)]);
    } finally {
      for (const s of sessions) await s.close();
      await a!.close();
      await b!.close();
    }
  });

  it('a VM with no uuid or name reached through a link to its socket has the same key (the socket\'s real path)', async () => {
    const sim = await startSimulator({ listen: { path: path.join(dir, 'vm.sock') }, disks: [{ name: 'vda', chain: ['/v/top', '/v/base'] }] });
    fs.mkdirSync(path.join(dir, 'links'));
    fs.symlinkSync(path.join(dir, 'vm.sock'), path.join(dir, 'links', 'alias.sock'));
    const sessions: QmpSession[] = [];
    try {
      const attach = async (sock: string): Promise<BlockJobManager> => {
        const s = await QmpSession.connect({ path: sock });
        sessions.push(s);
        return BlockJobManager.attach(s, { stateDir: path.join(dir, 'state'), allowDirs: [dir] });
      };
      await (await attach(path.join(dir, 'vm.sock'))).snapshotCreate('s1', [{ disk: 'vda', file: path.join(dir, 'ov.qcow2') }]);
      const viaLink = await attach(path.join(dir, 'links', '..', 'links', 'alias.sock'));
      expect((await viaLink.snapshotList()).map((x) => x.name)).to.deep.equal(['s1']);
      expect(fs.readdirSync(path.join(dir, 'state'))).to.deep.equal([keyFileName(`socket:${fs.realpathSync(path.join(dir, 'vm.sock'))}`)]);
    } finally {
      for (const s of sessions) await s.close();
      await sim.close();
    }
  });

  it('a VM with no uuid or name over TCP has one key whatever the host is called (the address reached)', async () => {
    const sim = await startSimulator({ listen: 'tcp:127.0.0.1:0', disks: [{ name: 'vda', chain: ['/v/top', '/v/base'] }] });
    const port = (sim.endpoint as { port: number }).port;
    const sessions: QmpSession[] = [];
    try {
      const attach = async (host: string): Promise<BlockJobManager> => {
        const s = await QmpSession.connect({ host, port });
        sessions.push(s);
        return BlockJobManager.attach(s, { stateDir: path.join(dir, 'state'), allowDirs: [dir] });
      };
      await (await attach('localhost')).snapshotCreate('s1', [{ disk: 'vda', file: path.join(dir, 'ov.qcow2') }]);
      for (const host of ['127.0.0.1', '127.1']) expect((await (await attach(host)).snapshotList()).map((x) => x.name), host).to.deep.equal(['s1']);
      expect(fs.readdirSync(path.join(dir, 'state'))).to.deep.equal([keyFileName(`socket:tcp:127.0.0.1:${port}`)]);
    } finally {
      for (const s of sessions) await s.close();
      await sim.close();
    }
  });

  it('the lock\'s attempt files of processes killed while waiting are removed by the next holder; a live one\'s are kept', async function () {
    const file = path.join(dir, 'vm.json');
    const { spawnSync } = await import('node:child_process');
    const dead = spawnSync('true').pid!;
    fs.writeFileSync(`${file}.lock.${dead}.abc`, String(dead));
    fs.writeFileSync(`${file}.lock.${process.ppid}.def`, String(process.ppid));
    await new SnapshotStore(file).update((snaps) => ({ snapshots: [...snaps, rec('s')], value: undefined }));
    expect(fs.readdirSync(dir).sort()).to.deep.equal(['vm.json', `vm.json.lock.${process.ppid}.def`]);
  });

  it('updates from several processes at once are serialised: none is lost (a lock file, taken over from a dead owner)', async function () {
    this.timeout(60_000);
    const file = path.join(dir, 'vm.json');
    // A lock left by a process that no longer exists: taken over, not waited for.
    fs.writeFileSync(`${file}.lock`, '999999999');
    const storeModule = path.resolve(import.meta.dirname, '../../lib/snapshots/store.ts');
    const script = (p: number): string =>
      `import { SnapshotStore } from ${JSON.stringify(storeModule)};
       const s = new SnapshotStore(${JSON.stringify(file)});
       for (let i = 0; i < 10; i++) await s.update((snaps) => ({ snapshots: [...snaps, { name: 'p${p}-' + i, created: '', state: 'disk-snapshot', disks: [] }], value: undefined }));`;
    const { execFile } = await import('node:child_process');
    await Promise.all(
      [0, 1, 2, 3].map(
        (p) =>
          new Promise<void>((resolve, reject) =>
            execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(p)], { cwd: path.resolve(import.meta.dirname, '../..') }, (err, _o, stderr) =>
              err ? reject(new Error(stderr || err.message)) : resolve(),
            ),
          ),
      ),
    );
    const names = (await new SnapshotStore(file).list()).map((x) => x.name);
    expect(names).to.have.length(40);
    expect(new Set(names).size).to.equal(40);
    expect(fs.existsSync(`${file}.lock`)).to.equal(false);
  });

  it('a lock left long ago by a pid that now belongs to another process is taken over', async () => {
    const file = path.join(dir, 'vm.json');
    fs.writeFileSync(`${file}.lock`, String(process.ppid)); // alive, and not the lock's real owner
    const old = new Date(Date.now() - 120_000);
    fs.utimesSync(`${file}.lock`, old, old);
    await new SnapshotStore(file).update(() => ({ snapshots: [rec('a')], value: undefined }));
    expect((await new SnapshotStore(file).list()).map((x) => x.name)).to.deep.equal(['a']);
    expect(fs.existsSync(`${file}.lock`)).to.equal(false);
  });

  it('a temp file left by a writer killed mid-write goes with the next write', async () => {
    const file = path.join(dir, 'vm.json');
    fs.writeFileSync(path.join(dir, '.vm.json.999999999.abc.tmp'), '{"half');
    await new SnapshotStore(file).update(() => ({ snapshots: [rec('a')], value: undefined }));
    expect(fs.readdirSync(dir)).to.deep.equal(['vm.json']);
  });

  it('concurrent updates are serialised: none is lost', async () => {
    const s = new SnapshotStore(path.join(dir, 'vm.json'));
    await Promise.all(Array.from({ length: 40 }, (_, i) => s.update((snaps) => ({ snapshots: [...snaps, rec(`s${i}`)], value: undefined }))));
    expect((await s.list()).map((x) => x.name).sort()).to.deep.equal(Array.from({ length: 40 }, (_, i) => `s${i}`).sort());
  });

  it('a failing update leaves the file as it was and the next update works', async () => {
    const s = new SnapshotStore(path.join(dir, 'vm.json'));
    await s.update(() => ({ snapshots: [rec('keep')], value: undefined }));
    const before = fs.readFileSync(path.join(dir, 'vm.json'), 'utf8');
    const err = await s.update(() => {
      throw new Error('refused');
    }).then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal('refused');
    expect(fs.readFileSync(path.join(dir, 'vm.json'), 'utf8')).to.equal(before);
    await s.patch('keep', (x) => {
      x.state = 'partial';
    });
    expect((await s.get('keep'))?.state).to.equal('partial');
  });

  it('refuses a file that is not a store', async () => {
    fs.writeFileSync(path.join(dir, 'vm.json'), '{"hello":1}');
    const err = await new SnapshotStore(path.join(dir, 'vm.json')).list().then(() => undefined, (e: Error) => e);
    expect(err?.message).to.match(/not a qmpblock snapshot store/);
  });

  it('refuses a store whose records are damaged, naming the file and the record', async () => {
    const file = path.join(dir, 'vm.json');
    fs.writeFileSync(file, JSON.stringify({ version: 1, snapshots: [rec('ok'), { name: 'x', state: 'disk-snapshot', disks: [{ disk: 'vda' }] }] }));
    const err = await new SnapshotStore(file).list().then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal(`${file}: snapshot record 2 is damaged (needs a name, a state and disks with disk, file, backing and merge)`);
  });

  it('names a damaged file in its error', async () => {
    const file = path.join(dir, 'vm.json');
    fs.writeFileSync(file, '{oops');
    const err = await new SnapshotStore(file).list().then(() => undefined, (e: Error) => e);
    expect(err?.message).to.match(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(`));
    fs.writeFileSync(file, '[1]');
    const err2 = await new SnapshotStore(file).list().then(() => undefined, (e: Error) => e);
    expect(err2?.message).to.equal(`${file}: not a JSON object`);
  });
});

describe('snapshots: a create under way in this process', () => {
  it('another manager\'s delete of it is refused as being created, and the create completes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-creating-'));
    const sim = await startSimulator({ listen: { path: path.join(dir, 'vm.sock') }, name: 'vm1', disks: [{ name: 'vda', chain: ['/v/top', '/v/base'], blockdev: true }] });
    const sessions: QmpSession[] = [];
    try {
      const attach = async (): Promise<BlockJobManager> => {
        const s = await QmpSession.connect({ path: path.join(dir, 'vm.sock') });
        sessions.push(s);
        return BlockJobManager.attach(s, { stateDir: path.join(dir, 'state') });
      };
      const [m1, m2] = [await attach(), await attach()];
      // The transaction waits: the overlay's nodes are made, the record says `creating`.
      sim.faults.slowReply({ command: 'transaction', delayMs: 300, count: 1 });
      const overlay = path.join(dir, 's1.qcow2');
      const creating = m1.snapshotCreate('s1', [{ disk: m1.listDisks()[0]!.name, file: overlay }]);
      for (let i = 0; i < 200 && (await m2.snapshotList()).length === 0; i++) await new Promise((r) => setTimeout(r, 5));
      const err = await m2.snapshotDelete('s1').then(() => undefined, (e: Error) => e.message);
      expect(err).to.equal(`Requested operation is not valid: snapshot 's1' is being created by process ${process.pid}`);
      await creating;
      expect((await m1.snapshotList()).map((x) => [x.name, x.state])).to.deep.equal([['s1', 'disk-snapshot']]);
      expect(m1.listDisks()[0]!.chain[0]!.filename).to.equal(overlay);
    } finally {
      for (const s of sessions) await s.close();
      await sim.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
