/**
 * The recorder's write buffer: ranges of bytes appended, and what it hands
 * to its writer (what a failed write leaves is the recorder's business:
 * recorder-batches.spec.ts, a full disk).
 */
import { expect } from 'chai';
import { ByteBuffer } from '../../lib/trace/byte-buffer.js';

/** What `b` holds, drained. */
function drain(b: ByteBuffer): string {
  let out = '';
  b.drainInto((buf, start, length) => (out = buf.toString('latin1', start, start + length)));
  return out;
}

describe('trace/byte-buffer', function () {
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
    expect(drain(other)).to.equal('<' + 'y'.repeat(200_000) + 'bc');
    expect(other.length).to.equal(0);
  });

  it('keeps what it holds when its writer throws', function () {
    const b = new ByteBuffer();
    b.append('{"a":1}\n', true);
    expect(() =>
      b.drainInto(() => {
        throw new Error('ENOSPC');
      }),
    ).to.throw('ENOSPC');
    expect(drain(b)).to.equal('{"a":1}\n');
  });
});
