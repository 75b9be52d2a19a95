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
