import { expect } from 'chai';
import fc from 'fast-check';
import { LineFramer } from '../../lib/transport/line-framer.js';
import { QmpProtocolError } from '../../lib/errors.js';
import { read } from '../helpers/framer-reads.js';

function frame(chunks: Buffer[], max?: number): string[] {
  const out: string[] = [];
  const f = new LineFramer((l) => out.push(l), max);
  for (const c of chunks) f.push(c);
  return out;
}


function frameReads(all: Buffer, sizes?: number[], max?: number): string[] {
  const out: string[] = [];
  read(new LineFramer((l) => out.push(l), max), all, sizes);
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

  describe('reading in place (onread)', function () {
    const msgs = fc.array(fc.record({ id: fc.integer(), s: fc.string({ unit: 'binary' }), pad: fc.nat({ max: 200_000 }) }), { maxLength: 6 });
    const wire = (ms: { id: number; s: string; pad: number }[]): Buffer =>
      Buffer.from(ms.map((m) => JSON.stringify({ ...m, pad: 'p'.repeat(m.pad) }) + (m.id % 2 ? '\r\n' : '\n')).join(''));

    it('gives the same lines as push() for any sizes of reads, lines longer than a read included (property)', function () {
      fc.assert(
        fc.property(msgs, fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 8 }), (ms, sizes) => {
          const all = wire(ms);
          const lines = frameReads(all, sizes);
          expect(lines).to.deep.equal(frame([all]));
          expect(lines.map((l) => (JSON.parse(l) as { id: number }).id)).to.deep.equal(ms.map((m) => m.id));
        }),
        { seed: 11, numRuns: 150 },
      );
    });

    it('keeps two sockets apart when their reads alternate (shared read buffer, spare line buffer) (property)', function () {
      fc.assert(
        fc.property(msgs, msgs, fc.array(fc.nat({ max: 70_000 }), { minLength: 1, maxLength: 6 }), (ma, mb, sizes) => {
          const [a, b] = [wire(ma), wire(mb)];
          const got: [string[], string[]] = [[], []];
          const fs = [new LineFramer((l) => got[0].push(l)), new LineFramer((l) => got[1].push(l))];
          const off = [0, 0];
          for (let i = 0; off[0]! < a.length || off[1]! < b.length; i++) {
            const k = i % 2;
            const src = k === 0 ? a : b;
            if (off[k]! >= src.length) continue;
            const at = fs[k]!.readBuffer();
            const n = Math.min(sizes[i % sizes.length] || at.length, at.length, src.length - off[k]!);
            src.copy(at, 0, off[k]!, off[k]! + n);
            fs[k]!.received(n, at);
            off[k]! += n;
          }
          expect(got).to.deep.equal([frame([a]), frame([b])]);
        }),
        { seed: 12, numRuns: 150 },
      );
    });

    it('reads a line of several buffers (over 4 MiB) whole, then goes on with the next ones', function () {
      const big = JSON.stringify({ return: 'x'.repeat(9 * 1024 * 1024 + 17) });
      const all = Buffer.from(`{"event":"A"}\r\n${big}\r\n{"event":"B"}\r\n${big}\r\n`);
      // Reads of every size left (the line's end then comes in the first
      // read into a new buffer), and of odd sizes.
      for (const sizes of [[0], [65_536, 1, 300_000, 0]]) {
        const out: string[] = [];
        const f = new LineFramer((l) => out.push(l));
        read(f, all, sizes);
        expect(out).to.deep.equal(['{"event":"A"}', big, '{"event":"B"}', big]);
        expect(f.buffered).to.equal(0);
      }
    });

    it('refuses a line over the limit while reading it in place, drops it, and stays failed', function () {
      const out: string[] = [];
      const f = new LineFramer((l) => out.push(l), 100_000);
      read(f, Buffer.from('{"a":1}\n' + 'x'.repeat(90_000)), [50_000]);
      expect(f.buffered).to.equal(90_000);
      expect(() => read(f, Buffer.from('y'.repeat(20_000)))).to.throw(QmpProtocolError, /maximum size of 100000 bytes/);
      expect(f.buffered).to.equal(0);
      read(f, Buffer.from('{"b":2}\n'));
      expect(out).to.deep.equal(['{"a":1}']);
    });

    it('tells its observer the batches of a read that landed after a held line', function () {
      const batches: string[] = [];
      const out: string[] = [];
      const f = new LineFramer((l) => out.push(l));
      f.observer = { start: () => undefined, end: (text) => batches.push(text) };
      read(f, Buffer.from('{"a":'), [0]);
      read(f, Buffer.from('1}\r\n{"b":2}\r\n{"c":3}\r\n{"d"'), [0]);
      expect(out).to.deep.equal(['{"a":1}', '{"b":2}', '{"c":3}']);
      // the held line is joined, so it goes out alone; the rest as one batch
      expect(batches).to.deep.equal(['{"b":2}\r\n{"c":3}\r']);
      expect(f.buffered).to.equal(4);
    });
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

  it('accepts a message of exactly the limit ended by "\\r\\n", in any split and read path, and refuses one byte more (property)', function () {
    const max = 16;
    const ok = Buffer.from('{"a":1}\r\n' + 'a'.repeat(max) + '\r\n{"b":2}\r\n');
    const over = Buffer.from('{"a":1}\r\n' + 'a'.repeat(max + 1) + '\r\n{"b":2}\r\n');
    const cuts = (len: number) => fc.uniqueArray(fc.integer({ min: 1, max: len - 1 }), { maxLength: 6 }).map((c) => c.sort((a, b) => a - b));
    const chunks = (all: Buffer, at: number[]): Buffer[] => [0, ...at].map((from, i) => all.subarray(from, [...at, all.length][i]));
    const sizes = (at: number[], len: number): number[] => [0, ...at].map((from, i) => [...at, len][i]! - from);
    fc.assert(
      fc.property(cuts(ok.length), (at) => {
        expect(frame(chunks(ok, at), max)).to.deep.equal(['{"a":1}', 'a'.repeat(max), '{"b":2}']);
        expect(frameReads(ok, sizes(at, ok.length), max)).to.deep.equal(['{"a":1}', 'a'.repeat(max), '{"b":2}']);
      }),
    );
    // A message longer than one growing buffer (held in parts), its "\r" and "\n" apart.
    const big = 6 * 1024 * 1024;
    const long = Buffer.alloc(big + 2, 'b');
    long.write('\r\n', big);
    const cr = long.subarray(0, big + 1);
    expect(frame([cr, Buffer.from('\n')], big)).to.deep.equal(['b'.repeat(big)]);
    expect(frameReads(long, [64 * 1024], big).map((l) => l.length)).to.deep.equal([big]);
    expect(() => frame([cr, Buffer.from('\n')], big - 1)).to.throw(QmpProtocolError);
    fc.assert(
      fc.property(cuts(over.length), (at) => {
        expect(() => frame(chunks(over, at), max)).to.throw(QmpProtocolError);
        expect(() => frameReads(over, sizes(at, over.length), max)).to.throw(QmpProtocolError);
      }),
    );
  });
});
