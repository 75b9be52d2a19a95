/**
 * The fence for new images (`allowDirs`): inside only, `..`, symlinked
 * folders and a linked file resolved; and the format probe of a reused destination.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAllowed, probeFormat } from '../../lib/jobs/paths.js';

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
