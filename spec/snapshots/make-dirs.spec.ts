/**
 * lib/make-dirs.ts: `mkdir -p` for the state folder and trace files. Node 20's
 * `{ recursive: true }` never returns for a path under /proc; this one fails
 * at once there with the system's error.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDirs, makeDirsSync } from '../../lib/make-dirs.js';
import { SnapshotStore } from '../../lib/snapshots/store.js';

describe('make-dirs', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-mkdirs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('makes the missing folders, with the mode asked for; an existing one is fine', async () => {
    makeDirsSync(path.join(dir, 'a', 'b', 'c'));
    await makeDirs(path.join(dir, 'a', 'x', 'y'), 0o700);
    expect(fs.statSync(path.join(dir, 'a', 'b', 'c')).isDirectory()).to.equal(true);
    expect(fs.statSync(path.join(dir, 'a', 'x', 'y')).mode & 0o777).to.equal(0o700);
    makeDirsSync(path.join(dir, 'a'));
    await makeDirs(dir);
  });

  it('fails at once with the system\'s error where a folder cannot be made (a file in the way, /proc)', async () => {
    fs.writeFileSync(path.join(dir, 'f'), '');
    expect(() => makeDirsSync(path.join(dir, 'f', 'sub'))).to.throw(/ENOTDIR/);
    expect(() => makeDirsSync(path.join(dir, 'f'))).to.throw(/ENOTDIR/);
    expect(() => makeDirsSync('/proc/qmpblock-no-such/x')).to.throw(/ENOENT/);
    const err = await makeDirs('/proc/qmpblock-no-such').then(() => undefined, (e: Error) => e);
    expect(err?.message).to.match(/ENOENT/);
    // The snapshot store under such a folder: an error, not a hang.
    const store = new SnapshotStore('/proc/qmpblock-no-such/vm.json');
    const e2 = await store.update(() => ({ snapshots: [], value: undefined })).then(() => undefined, (e: Error) => e);
    expect(e2?.message).to.match(/ENOENT/);
  });
});
