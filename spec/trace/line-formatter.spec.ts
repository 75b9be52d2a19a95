/**
 * The WebAssembly trace line formatter against the plain string form of the
 * same work, on random batches (fast-check): line lengths around the
 * eight-byte words it reads, both line ends, non-ASCII text.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { formatLines, useWasmFormatter } from '../../lib/trace/line-formatter.js';
import { moduleBytes, sleb, uleb } from '../../lib/trace/wasm-emit.js';

/** What the recorder's string path makes of a batch. */
function reference(lines: string[], head: string, tail: string): string {
  return lines.map((l) => head + l + tail).join('');
}

const line = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 100, maxLength: 300 }),
).map((s) => `{${s.replace(/[\r\n]/g, ' ')}}`);

describe('trace/line-formatter', function () {
  afterEach(() => useWasmFormatter(true));

  it('writes head + line + tail for each line, as the string path does, whatever the lines', function () {
    // Three heads, so that the two the formatter keeps written are replaced too.
    const heads = fc.constantFrom('{"dir":"s2c","msg":', '{"dir":"c2s","msg":', '{"h":');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.constantFrom<1 | 2>(1, 2), fc.nat(1e9), heads, (lines, eol, t, head) => {
        const text = lines.join(eol === 2 ? '\r\n' : '\n');
        const ascii = Buffer.byteLength(text) === text.length;
        const tail = `,"t":${t / 1000}}\n`;
        const out = formatLines(text, ascii, eol, head, tail);
        expect(out, 'formatted').not.to.equal(undefined);
        expect(out!.bytes.toString('utf8')).to.equal(reference(lines, head, tail));
        expect(out!.lines).to.equal(lines.length);
      }),
      { numRuns: 500 },
    );
  });

  it('grows its memory for a large batch and keeps working after it', function () {
    const lines = Array.from({ length: 40_000 }, (_, i) => `{"i":${i}}`);
    const big = formatLines(lines.join('\n'), true, 1, 'H', 'T\n');
    expect(big!.lines).to.equal(40_000);
    expect(big!.bytes.toString('latin1')).to.equal(reference(lines, 'H', 'T\n'));
    expect(formatLines('{}\r\n{"a":1}', true, 2, 'H', 'T\n')!.bytes.toString('latin1')).to.equal('H{}T\nH{"a":1}T\n');
  });

  it('leaves batches over 1 MiB, and every batch without WebAssembly, to the string path', function () {
    expect(formatLines(`{"a":"${'x'.repeat(1 << 20)}"}`, true, 1, 'H', 'T')).to.equal(undefined);
    useWasmFormatter(false);
    expect(formatLines('{}', true, 1, 'H', 'T')).to.equal(undefined);
  });

  it('emits LEB128 as the WebAssembly spec has it, and a module WebAssembly accepts', function () {
    expect(uleb(0)).to.deep.equal([0]);
    expect(uleb(624485)).to.deep.equal([0xe5, 0x8e, 0x26]);
    expect(sleb(-1)).to.deep.equal([0x7f]);
    expect(sleb(-123456)).to.deep.equal([0xc0, 0xbb, 0x78]);
    expect(sleb(64)).to.deep.equal([0xc0, 0x00]);
    expect(sleb(0x8080808080808080n)).to.have.length(10);
    const wasm = (globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean } }).WebAssembly;
    expect(wasm.validate(moduleBytes([], 1))).to.equal(true);
  });
});
