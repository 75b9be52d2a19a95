/**
 * The recorder's write buffer: what a failed write leaves to write next
 * (a full disk), and ranges of bytes appended.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sinon from 'sinon';
import { ByteBuffer } from '../../lib/trace/byte-buffer.js';

describe('trace/byte-buffer', function () {
  afterEach(() => sinon.restore());

  it('after a write that stopped part way and then failed, writes only the bytes not yet written', function () {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-bb-')), 'out');
    const fd = fs.openSync(file, 'w');
    try {
      const b = new ByteBuffer();
      b.append('{"a":1}\n{"b":2}\n', true);
      const real = fs.writeSync.bind(fs) as (fd: number, buf: Buffer, off: number, len: number) => number;
      // The disk takes 3 bytes, then is full.
      const stub = sinon.stub(fs, 'writeSync');
      stub.onFirstCall().callsFake(((f: number, buf: Buffer, off: number) => real(f, buf, off, 3)) as never);
      stub.onSecondCall().throws(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      expect(() => b.writeTo(fd)).to.throw(/ENOSPC/);
      expect(b.length).to.equal(13);
      stub.restore();
      b.append('{"c":3}\n', true);
      b.writeTo(fd);
      expect(b.length).to.equal(0);
      expect(fs.readFileSync(file, 'utf8')).to.equal('{"a":1}\n{"b":2}\n{"c":3}\n');
    } finally {
      fs.closeSync(fd);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('appends a range of bytes, growing as it needs, and counts only the bytes there are', function () {
    const b = new ByteBuffer();
    const src = Buffer.from('xx' + 'y'.repeat(200_000) + 'zz', 'latin1');
    b.appendBytes(src, 2, 200_000);
    b.appendBytes(Buffer.from('abc'), 1, 10);
    expect(b.length).to.equal(200_002);
    const other = new ByteBuffer();
    other.append('<', true);
    other.takeFrom(b);
    expect(b.length).to.equal(0);
    expect(other.length).to.equal(200_003);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-bb-')), 'out');
    const fd = fs.openSync(file, 'w');
    try {
      other.writeTo(fd);
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(file, 'latin1')).to.equal('<' + 'y'.repeat(200_000) + 'bc');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
