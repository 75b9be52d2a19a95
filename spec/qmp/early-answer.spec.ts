import { expect } from 'chai';
import fc from 'fast-check';
import sinon from 'sinon';
import { LineFramer } from '../../lib/transport/line-framer.js';
import { LONG_LINE } from '../../lib/transport/line-buffers.js';
import { EarlyAnswerReader } from '../../lib/qmp/early-answer.js';
import { QmpSession } from '../../lib/qmp/session.js';
import { QmpProtocolError } from '../../lib/errors.js';
import { read } from '../helpers/framer-reads.js';
import { fakeServer } from '../helpers/fake-qmp-server.js';

/** JSON as QEMU writes it: ", " between members and elements, ": " after keys. */
function qemuJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(qemuJson).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${qemuJson(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

/** A node of query-named-block-nodes, `i`-th, with `extra` in a string of it. */
function node(i: number, extra = ''): Record<string, unknown> {
  return {
    'iops_rd': 0, 'detect_zeroes': 'off', 'node-name': `#block${i}`, 'ro': i > 0, 'drv': 'qcow2',
    'image': { 'virtual-size': 10737418240, 'filename': `/images/layer-${i}.qcow2${extra}`, 'format-specific': { 'type': 'qcow2', 'data': { 'compat': '1.1' } } },
    'cache': { 'no-flush': false, 'direct': false, 'writeback': true }, 'file': `/images/layer-${i}.qcow2`,
  };
}

/** `count` nodes, each about 420 bytes. */
function nodes(count: number, extra: (i: number) => string = () => ''): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => node(i, extra(i)));
}

/**
 * Frames `line` (with "\r\n") through a framer with an early reader; what
 * each path got, and whether the line was ever held long (LONG_LINE bytes
 * or more) before its end came: only then does the framer hand it to the
 * early reader.
 */
function frame(line: string, sizes: number[] = [0], take = true): { early: Record<string, unknown>[]; lines: string[]; heldLong: boolean } {
  const early: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const f = new LineFramer((l) => lines.push(l));
  f.longLines = new EarlyAnswerReader(() => take, (m) => early.push(m));
  const bytes = Buffer.from(`${line}\r\n`);
  let heldLong = false;
  read(f, bytes, sizes, (_i, off) => (heldLong ||= off >= LONG_LINE && off < bytes.length));
  return { early, lines, heldLong };
}

describe('EarlyAnswerReader (long answers parsed as they arrive)', function () {
  this.timeout(60_000);

  it('delivers a QEMU-shaped answer, equal to JSON.parse of the line, for any read sizes and element contents (property)', function () {
    // Strings with the very bytes cuts are made at, brackets, escapes and non-ASCII.
    const str = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('}, {', '"}, {"', '\\}, {', ']', '], "id": 1}', '\u20ac}, {'));
    fc.assert(
      fc.property(fc.array(str, { minLength: 1, maxLength: 8 }), fc.integer({ min: 250, max: 1200 }), fc.array(fc.integer({ min: 1, max: 300_000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: -5, max: 2 ** 40 }), (extras, count, sizes, id) => {
        const line = qemuJson({ return: nodes(count, (i) => extras[i % extras.length]!), id });
        const { early, lines, heldLong } = frame(line, sizes);
        const whole = JSON.parse(line) as unknown;
        // Either path, the same value; and a cut inside a string never is
        // one. Without such strings, always early once the line was held
        // long (a line whose end comes with the read that would make it
        // long is parsed whole: seed 854242844, reads of 18,908 then 65,536
        // bytes of an 84 KB answer).
        expect(early.length + lines.length).to.equal(1);
        if (heldLong && !extras.some((e) => e.includes('}, {'))) expect(early.length).to.equal(1);
        if (early.length === 1) expect(early[0]).to.deep.equal(whole);
        else expect(lines[0]).to.equal(line);
      }),
      { numRuns: 40 },
    );
  });

  it('takes answers of QEMU shape early, parsing pieces before the line has ended', function () {
    const line = qemuJson({ return: nodes(2000), id: 7 });
    const bytes = Buffer.from(`${line}\r\n`);
    const parse = sinon.spy(JSON, 'parse');
    try {
      const early: unknown[] = [];
      const f = new LineFramer(() => expect.fail('the line was decoded whole'));
      f.longLines = new EarlyAnswerReader(() => true, (m) => early.push(m));
      const counts: number[] = [];
      read(f, bytes, [65536], () => counts.push(parse.callCount));
      const before = counts.at(-2)!;
      expect(before, 'pieces parsed before the last read').to.be.at.least(5);
      // Each piece is whole elements, under 128 KiB of text.
      for (const c of parse.getCalls().slice(0, before)) {
        const text = c.args[0] as string;
        expect(text.length).to.be.below(128 * 1024);
        expect(text.startsWith('[{') && text.endsWith('}]')).to.equal(true);
      }
      parse.restore();
      expect(early).to.deep.equal([JSON.parse(line)]);
    } finally {
      parse.restore();
    }
  });

  it('cuts between elements, not inside one: nodes with several dirty bitmaps still go early', function () {
    const items = nodes(1500).map((n, i) => ({ ...n, 'dirty-bitmaps': [{ name: `b${i}`, granularity: 65536 }, { name: `c${i}`, granularity: 65536 }] }));
    const line = qemuJson({ return: items, id: 4 });
    expect(line).to.include('}, {"name": ');
    const { early, lines } = frame(line, [65536]);
    expect(lines).to.deep.equal([]);
    expect(early).to.deep.equal([JSON.parse(line)]);
  });

  it('searches each byte for a cut once, however the bytes come (a line with no cut, in small reads)', function () {
    const line = qemuJson({ return: [{ data: 'x'.repeat(1_900_000) }], id: 1 });
    let searched = 0;
    // Counts the bytes each search for a cut (a needle longer than a byte) looks at.
    type Search = (this: Buffer, ...args: unknown[]) => number;
    const proto = Buffer.prototype as unknown as Record<'indexOf' | 'lastIndexOf', Search>;
    const originals = { indexOf: proto.indexOf, lastIndexOf: proto.lastIndexOf };
    for (const name of ['indexOf', 'lastIndexOf'] as const) {
      const original = originals[name];
      proto[name] = function (this: Buffer, ...args: unknown[]): number {
        if (Buffer.isBuffer(args[0]) && args[0].length > 1) searched += this.length;
        return original.apply(this, args);
      };
    }
    let got: ReturnType<typeof frame>;
    try {
      got = frame(line, [1448]);
    } finally {
      proto.indexOf = originals.indexOf;
      proto.lastIndexOf = originals.lastIndexOf;
    }
    expect(got.early).to.deep.equal([JSON.parse(line)]);
    expect(searched).to.be.below(2 * line.length);
  });

  it('delivers other ids and an answer without id exactly, and gives other shapes back to be parsed whole, unchanged', function () {
    const items = nodes(600, (i) => (i % 7 === 0 ? '\u20ac "quoted" \\ ]' : ''));
    for (const msg of [{ return: items, id: 'text id' }, { return: items }, { return: items, id: { nested: [1] } }]) {
      const line = qemuJson(msg);
      const { early, lines } = frame(line, [100_000]);
      expect(lines).to.deep.equal([]);
      expect(early).to.deep.equal([JSON.parse(line)]);
    }
    // Another key, a second "return" (JSON.parse keeps the last), a return
    // that is not an array, a trailing comma, text after the object: the
    // line as it came (bytes written over while pieces were decoded are back).
    for (const line of [
      qemuJson({ return: items, extra: 1, id: 3 }),
      `${qemuJson({ return: items, id: 3 }).slice(0, -1)}, "return": [1]}`,
      qemuJson({ return: { big: items }, id: 3 }),
      `${qemuJson({ return: items, id: 3 }).slice(0, -9)}, ], "id": 3}`,
      `${qemuJson({ return: items, id: 3 })} x`,
    ]) {
      const { early, lines } = frame(line, [50_000, 90_000]);
      expect(early).to.deep.equal([]);
      expect(lines).to.deep.equal([line]);
    }
  });

  it('hands an answer over once, after letting the line go: a consumer that throws gets the error, and the next line frames as usual', function () {
    const lines: string[] = [];
    const f = new LineFramer((l) => lines.push(l));
    f.longLines = new EarlyAnswerReader(() => true, () => {
      throw new Error('consumer failed');
    });
    const line = qemuJson({ return: nodes(600), id: 1 });
    expect(() => read(f, Buffer.from(`${line}\r\n`))).to.throw('consumer failed');
    expect(lines).to.deep.equal([]);
    expect(f.buffered).to.equal(0);
    f.push(Buffer.from('{"return": {}, "id": 2}\r\n'));
    expect(lines).to.deep.equal(['{"return": {}, "id": 2}']);
  });

  it('leaves a line to be parsed whole when the owner cannot take it early (a tap wants its text)', function () {
    const line = qemuJson({ return: nodes(600), id: 1 });
    expect(frame(line, [0], false)).to.deep.equal({ early: [], lines: [line], heldLong: true });
  });

  it('parses whole a line whose end comes with the read that would have made it long (found by the property above)', function () {
    const line = qemuJson({ return: nodes(250), id: 0 });
    expect(frame(line, [18_908, 65_536])).to.deep.equal({ early: [], lines: [line], heldLong: false });
    const { early, heldLong } = frame(line, [18_908]);
    expect([early, heldLong]).to.deep.equal([[JSON.parse(line)], true]);
  });

  it('parses an answer past 2 MiB whole, and the next long answers for a while', function () {
    const early: unknown[] = [];
    const lines: string[] = [];
    const f = new LineFramer((l) => lines.push(l));
    f.longLines = new EarlyAnswerReader(() => true, (m) => early.push(m));
    const big = qemuJson({ return: nodes(7000), id: 1 });
    expect(big.length).to.be.above(2 * 1024 * 1024);
    const small = qemuJson({ return: nodes(600), id: 2 });
    read(f, Buffer.from(`${big}\r\n${small}\r\n`), [70_000]);
    expect(early).to.deep.equal([]);
    expect(lines).to.deep.equal([big, small]);
    // Another reader (another session) takes the shorter one early.
    expect(frame(small).early).to.deep.equal([JSON.parse(small)]);
  });

  it('takes long answers early again 10 s after one past 2 MiB', function () {
    const clock = sinon.useFakeTimers({ toFake: ['performance'], now: 1000 });
    try {
      const early: unknown[] = [];
      const lines: string[] = [];
      const f = new LineFramer((l) => lines.push(l));
      f.longLines = new EarlyAnswerReader(() => true, (m) => early.push(m));
      const small = qemuJson({ return: nodes(600), id: 2 });
      read(f, Buffer.from(`${qemuJson({ return: nodes(7000), id: 1 })}\r\n`), [70_000]);
      clock.tick(9_000);
      read(f, Buffer.from(`${small}\r\n`), [70_000]);
      expect([early.length, lines.length]).to.deep.equal([0, 2]);
      clock.tick(1_001);
      read(f, Buffer.from(`${small}\r\n`), [70_000]);
      expect(early).to.deep.equal([JSON.parse(small)]);
    } finally {
      clock.restore();
    }
  });

  it('gives back a line that outgrows its first buffer (past 4 MiB) to be parsed whole, or takes it when it fits one', function () {
    const huge = qemuJson({ return: nodes(13_000), id: 5 });
    expect(huge.length).to.be.above(4 * 1024 * 1024);
    for (let i = 0; i < 2; i++) {
      const { early, lines } = frame(huge, [300_000]);
      expect(early.length + lines.length).to.equal(1);
      expect(early[0] ?? JSON.parse(lines[0]!)).to.deep.equal(JSON.parse(huge));
    }
  });

  describe('in a session', function () {
    it('resolves a command with the answer parsed early; a tap still gets the text; invalid JSON is still a protocol error', async function () {
      const items = nodes(1500, (i) => (i % 5 === 0 ? '\u20ac "quoted" \\' : ''));
      let mode: 'ok' | 'bad' = 'ok';
      const srv = await fakeServer({
        handler: (cmd, c) => {
          const text = qemuJson({ return: items, id: cmd.id });
          c.raw(`${mode === 'ok' ? text : `${text.slice(0, -20)}"}}]}], "id": ${cmd.id}}`}\r\n`);
          return undefined;
        },
      });
      const end = sinon.spy(EarlyAnswerReader.prototype, 'end');
      try {
        const s = await QmpSession.connect({ path: srv.path });
        expect(await s.execute('query-named-block-nodes')).to.deep.equal(items);
        expect(end.returnValues).to.deep.equal([true]);
        await s.close();

        const tapped: string[] = [];
        const t = await QmpSession.connect({ path: srv.path }, { tap: (dir, text) => dir === 's2c' && tapped.push(text) });
        expect(await t.execute('query-named-block-nodes')).to.deep.equal(items);
        expect(tapped.at(-1)).to.equal(qemuJson({ return: items, id: 2 }));
        await t.close();

        mode = 'bad';
        const b = await QmpSession.connect({ path: srv.path });
        const err = await b.execute('query-named-block-nodes').catch((e: unknown) => e);
        expect(err).to.be.instanceOf(Error);
        expect(b.closed).to.equal(true);
        expect(String((err as Error).cause ?? err)).to.match(/peer sent invalid JSON/);
        expect((err as Error).cause ?? err).to.be.instanceOf(QmpProtocolError);
      } finally {
        end.restore();
      }
    });
  });
});
