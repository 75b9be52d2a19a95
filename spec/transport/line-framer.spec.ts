import { expect } from 'chai';
import fc from 'fast-check';
import { LineFramer } from '../../lib/transport/line-framer.js';
import { QmpProtocolError } from '../../lib/errors.js';

function frame(chunks: Buffer[], max?: number): string[] {
  const out: string[] = [];
  const f = new LineFramer((l) => out.push(l), max);
  for (const c of chunks) f.push(c);
  return out;
}

describe('LineFramer', function () {
  const text = '{"return": {}, "id": 1}\r\n{"event": "X", "data": {"s": "h\u00e9llo \u20ac \ud83d\ude00"}}\r\n';

  it('splits several messages in one chunk and strips \\r\\n', function () {
    expect(frame([Buffer.from(text)])).to.deep.equal(['{"return": {}, "id": 1}', '{"event": "X", "data": {"s": "h\u00e9llo \u20ac \ud83d\ude00"}}']);
  });

  it('gives the same lines when fed one byte at a time, also inside multi-byte UTF-8 characters', function () {
    const bytes = Buffer.from(text);
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect(frame(chunks)).to.deep.equal(frame([bytes]));
    expect(frame(chunks)[1]).to.include('\u20ac \ud83d\ude00');
  });

  it('gives the same lines for any split of the input (property)', function () {
    const msgs = fc.array(fc.record({ id: fc.integer(), s: fc.string({ unit: 'binary' }) }), { maxLength: 6 });
    fc.assert(
      fc.property(msgs, fc.array(fc.nat(), { maxLength: 10 }), (ms, cuts) => {
        const all = Buffer.from(ms.map((m) => JSON.stringify(m) + (m.id % 2 ? '\r\n' : '\n')).join(''));
        const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let prev = 0;
        for (const p of points) {
          chunks.push(all.subarray(prev, p));
          prev = p;
        }
        chunks.push(all.subarray(prev));
        expect(frame(chunks).map((l) => JSON.parse(l))).to.deep.equal(ms);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('tells its observer each batch of lines as the text they came from, how they ended, and whether all went out (property)', function () {
    const line = fc.oneof(
      fc.record({ id: fc.integer(), s: fc.string({ unit: 'binary' }) }).map((m) => JSON.stringify(m)),
      fc.constantFrom('', '   ', '\t'),
    );
    const input = fc.array(fc.tuple(line, fc.boolean()), { maxLength: 8 });
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 10 }), (ls, cuts) => {
        const all = Buffer.from(ls.map(([l, cr]) => l + (cr ? '\r\n' : '\n')).join(''));
        const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
        const emitted: string[] = [];
        const seen: string[] = []; // lines emitted inside batches, as the batches tell them
        let inBatch = false;
        let batchEmitted: string[] = [];
        const f = new LineFramer((l) => {
          emitted.push(l);
          if (inBatch) batchEmitted.push(l);
        });
        f.observer = {
          start: () => {
            expect(inBatch).to.equal(false);
            inBatch = true;
            batchEmitted = [];
          },
          end: (text, ends, whole, ascii) => {
            inBatch = false;
            const parts = text.split('\n');
            const crs = parts.filter((p) => p.endsWith('\r')).length;
            expect(ends).to.equal(crs === parts.length ? 'crlf' : crs === 0 ? 'lf' : 'mixed');
            expect(ascii).to.equal(/^[\x00-\x7f]*$/.test(text));
            const lines = parts.map((p) => (p.endsWith('\r') ? p.slice(0, -1) : p));
            const nonBlank = lines.filter((l) => !/^[ \t\r]*$/.test(l));
            expect(batchEmitted).to.deep.equal(nonBlank);
            expect(whole).to.equal(nonBlank.length === lines.length);
            seen.push(...batchEmitted);
          },
        };
        let prev = 0;
        for (const p of [...points, all.length]) {
          f.push(all.subarray(prev, p));
          prev = p;
        }
        // every line went out once, in order; those not in a batch were joined from several chunks
        expect(emitted).to.deep.equal(ls.map(([l]) => l).filter((l) => !/^[ \t]*$/.test(l)));
        for (const l of seen) expect(emitted).to.include(l);
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('skips empty and blank lines', function () {
    expect(frame([Buffer.from('\n\r\n  \r\n{"a":1}\n\n')])).to.deep.equal(['{"a":1}']);
  });

  it('refuses a line over the limit without holding it, and stays failed', function () {
    const out: string[] = [];
    const f = new LineFramer((l) => out.push(l), 16);
    f.push(Buffer.from('{"a":1}\n'));
    expect(() => f.push(Buffer.from('x'.repeat(10)))).not.to.throw();
    expect(f.buffered).to.equal(10);
    expect(() => f.push(Buffer.from('y'.repeat(10)))).to.throw(QmpProtocolError, /maximum size of 16 bytes/);
    expect(f.buffered).to.equal(0);
    f.push(Buffer.from('{"b":2}\n'));
    expect(out).to.deep.equal(['{"a":1}']);
  });

  it('refuses a complete line over the limit that arrives in one chunk', function () {
    expect(() => frame([Buffer.from('z'.repeat(40) + '\n')], 16)).to.throw(QmpProtocolError);
  });

  it('accepts a line of exactly the limit', function () {
    expect(frame([Buffer.from('a'.repeat(16) + '\n')], 16)).to.deep.equal(['a'.repeat(16)]);
  });
});
