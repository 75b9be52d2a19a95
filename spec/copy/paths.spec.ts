/**
 * The fence for new images (`allowDirs`): inside only, `..`, symlinked
 * folders and a linked file resolved; and the format probe of a reused destination.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAllowed, probeFormat, removeMadeFile } from '../../lib/jobs/paths.js';

describe('jobs/paths', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-paths-')));
    fs.mkdirSync(path.join(dir, 'ok'));
    fs.mkdirSync(path.join(dir, 'out'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('no folders given: anywhere', () => {
    expect(isAllowed(undefined, '/x/y.qcow2')).to.equal(true);
    expect(isAllowed([], '/x/y.qcow2')).to.equal(true);
  });
  it('inside an allowed folder only; `..`, a sibling prefix and the folder itself are outside', () => {
    const ok = [path.join(dir, 'ok')];
    expect(isAllowed(ok, path.join(dir, 'ok', 'a.qcow2'))).to.equal(true);
    expect(isAllowed(ok, path.join(dir, 'ok', '..', 'out', 'a.qcow2'))).to.equal(false);
    expect(isAllowed(ok, path.join(dir, 'ok-not', 'a.qcow2'))).to.equal(false);
    expect(isAllowed(ok, path.join(dir, 'ok'))).to.equal(false);
  });
  it('a symlink inside the folder that leads out is outside', () => {
    fs.symlinkSync(path.join(dir, 'out'), path.join(dir, 'ok', 'link'));
    expect(isAllowed([path.join(dir, 'ok')], path.join(dir, 'ok', 'link', 'a.qcow2'))).to.equal(false);
  });
  it('a file in the folder that is a link to a file outside (dangling or not, chained or relative) is outside', () => {
    const ok = [path.join(dir, 'ok')];
    fs.symlinkSync(path.join(dir, 'out', 'new.qcow2'), path.join(dir, 'ok', 'dangling.qcow2'));
    expect(isAllowed(ok, path.join(dir, 'ok', 'dangling.qcow2'))).to.equal(false);
    fs.writeFileSync(path.join(dir, 'out', 'empty.qcow2'), '');
    fs.symlinkSync('../out/empty.qcow2', path.join(dir, 'ok', 'relative.qcow2'));
    expect(isAllowed(ok, path.join(dir, 'ok', 'relative.qcow2'))).to.equal(false);
    fs.symlinkSync('relative.qcow2', path.join(dir, 'ok', 'chained.qcow2'));
    expect(isAllowed(ok, path.join(dir, 'ok', 'chained.qcow2'))).to.equal(false);
    // A link that stays inside is inside.
    fs.symlinkSync('inner.qcow2', path.join(dir, 'ok', 'inside.qcow2'));
    expect(isAllowed(ok, path.join(dir, 'ok', 'inside.qcow2'))).to.equal(true);
  });
  it('removeMadeFile: a file goes; at a symbolic link, the file it names goes and the link (the user\'s) stays', () => {
    const f = path.join(dir, 'made.qcow2');
    fs.writeFileSync(f, 'x');
    removeMadeFile(f);
    expect(fs.existsSync(f)).to.equal(false);
    // A dangling link counted as a free path; QEMU then made the file it names.
    const link = path.join(dir, 'link.qcow2');
    const target = path.join(dir, 'out', 'real.qcow2');
    fs.symlinkSync('out/real.qcow2', link);
    removeMadeFile(link);
    expect(fs.lstatSync(link).isSymbolicLink()).to.equal(true);
    fs.writeFileSync(target, 'x');
    removeMadeFile(link);
    expect(fs.existsSync(target)).to.equal(false);
    expect(fs.lstatSync(link).isSymbolicLink()).to.equal(true);
    // Paths that cannot name a file: nothing thrown.
    removeMadeFile(path.join(f, 'under-nothing'));
    removeMadeFile(path.join(dir, 'x'.repeat(300)));
  });
  it('probes qcow2 by its magic, anything else is raw', () => {
    const q = path.join(dir, 'q');
    fs.writeFileSync(q, Buffer.from([0x51, 0x46, 0x49, 0xfb, 0, 0, 0, 3]));
    const r = path.join(dir, 'r');
    fs.writeFileSync(r, 'raw data');
    expect(probeFormat(q)).to.equal('qcow2');
    expect(probeFormat(r)).to.equal('raw');
    expect(probeFormat(path.join(dir, 'missing'))).to.equal('raw');
  });
});
