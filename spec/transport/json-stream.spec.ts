import { expect } from 'chai';
import { JsonStreamSplitter } from '../../lib/transport/json-stream.js';
import { QmpProtocolError } from '../../lib/errors.js';

function split(chunks: (string | Buffer)[], max?: number): string[] {
  const out: string[] = [];
  const s = new JsonStreamSplitter((t) => out.push(t), max);
  for (const c of chunks) s.push(typeof c === 'string' ? Buffer.from(c) : c);
  return out;
}

describe('JsonStreamSplitter (server side, reads like QEMU)', function () {
  it('splits objects sent with no separator at all', function () {
    expect(split(['{"execute":"a","id":1}{"execute":"b","id":2}'])).to.deep.equal(['{"execute":"a","id":1}', '{"execute":"b","id":2}']);
  });

  it('ignores braces inside strings and escaped quotes', function () {
    const m = '{"execute":"x","arguments":{"s":"}{\\"]["}}';
    expect(split([m + '\r\n' + m])).to.deep.equal([m, m]);
  });

  it('handles byte-at-a-time input with multi-byte characters', function () {
    const m = '{"execute":"x","arguments":{"s":"\u20ac\ud83d\ude00"}}\n';
    const chunks = [...Buffer.from(m + m)].map((b) => Buffer.from([b]));
    expect(split(chunks)).to.deep.equal([m.trim(), m.trim()]);
  });

  it('passes junk between values on as its own text so the server can answer with an error', function () {
    expect(split(['junk {"a":1}'])).to.deep.equal(['junk', '{"a":1}']);
  });

  it('refuses a value over the limit', function () {
    expect(() => split(['{"a":"' + 'x'.repeat(100), '"}'], 50)).to.throw(QmpProtocolError);
  });
});
