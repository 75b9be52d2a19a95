import { expect } from 'chai';
import fc from 'fast-check';
import { JsonStreamSplitter, MAX_NESTING } from '../../lib/transport/json-stream.js';
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

  it('reads strings as QEMU does: single quotes too, and a string outside a value as one token', function () {
    expect(split([`{'execute':'query-name','id':'a"b'}{"execute":"q","id":2}`])).to.deep.equal([`{'execute':'query-name','id':'a"b'}`, '{"execute":"q","id":2}']);
    expect(split(['"a{b" {"execute":"query-name","id":1}'])).to.deep.equal(['"a{b"', '{"execute":"query-name","id":1}']);
    expect(split(['"hello world"\n'])).to.deep.equal(['"hello world"']);
    expect(split(['}, :{"a":1}'])).to.deep.equal(['}', ',', ':', '{"a":1}']);
  });

  describe('nesting deeper than QEMU\'s MAX_NESTING (1,024)', function () {
    /** Values, and values cut off as too deep as `deep:<length>`. */
    function read(chunks: string[]): string[] {
      const out: string[] = [];
      const s = new JsonStreamSplitter((t) => out.push(t));
      s.onTooDeep = (text) => out.push(`deep:${text.length}`);
      for (const c of chunks) s.push(Buffer.from(c));
      return out;
    }

    it('1,024 deep is read whole; the 1,025th bracket cuts the value off there, and reading starts afresh after it', function () {
      const ok = '['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING);
      expect(read([ok])).to.deep.equal([ok]);
      // As QEMU 7.2 answered (checked by hand): one "JSON nesting depth limit exceeded", then the command.
      expect(read(['{'.repeat(MAX_NESTING + 1), '{"execute":"query-name","id":9}'])).to.deep.equal([`deep:${MAX_NESTING + 1}`, '{"execute":"query-name","id":9}']);
      // A command after 1,024 open braces is the 1,025th: QEMU reads its members alone afterwards.
      expect(read(['{'.repeat(MAX_NESTING) + '\n{"execute":"q"}'])).to.deep.equal([`deep:${MAX_NESTING + 2}`, '"execute"', ':', '"q"', '}']);
    });

    it('one cut-off per 1,025 open brackets, in any split; without the handler the text goes to onValue', function () {
      const text = '{'.repeat(3000);
      for (const cut of [0, 1, 1024, 1025, 2049, 2999]) {
        expect(read([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).to.deep.equal([`deep:${MAX_NESTING + 1}`, `deep:${MAX_NESTING + 1}`]);
      }
      expect(split(['['.repeat(MAX_NESTING + 1)])).to.deep.equal(['['.repeat(MAX_NESTING + 1)]);
    });
  });

  describe('lexical errors: a byte QEMU refuses resets the reader (qmp-spec "Parser reset")', function () {
    /** Values, and lexical errors as `!stray|text`. */
    function read(chunks: string[]): string[] {
      const out: string[] = [];
      const s = new JsonStreamSplitter((t) => out.push(t));
      s.onStray = (stray, text) => out.push(`!${stray}|${text}`);
      for (const c of chunks) s.push(Buffer.from(c, 'latin1'));
      return out;
    }

    it('a control character drops the unfinished value before it: one error, then the next command is read', function () {
      // Recorded from QEMU 7.2 in spec/sim/traces/protocol-control-chars.jsonl.
      expect(read(['{"execute": "query-name", "id": 3', '\x01\r\n', '{"execute":"query-name","id":4}'])).to.deep.equal([
        '!\x01|{"execute": "query-name", "id": 3\x01',
        '{"execute":"query-name","id":4}',
      ]);
      // Without the handler, the text is handed on as a value (it parses as nothing).
      expect(split(['{"a": 1 \x02 {"b":2}'])).to.deep.equal(['{"a": 1 \x02', '{"b":2}']);
    });

    it('inside a string, any control character (TAB and LF too) is refused; the rest up to a structural character is skipped', function () {
      expect(read(['{"execute":"query-name","id":"a\x01b"}\n{"c":1}'])).to.deep.equal(['!"a\x01|{"execute":"query-name","id":"a\x01', '}', '{"c":1}']);
      expect(read(['{"s":"x\ty"}'])).to.deep.equal(['!"x\t|{"s":"x\t', '}']);
      expect(read(["'a\nb' {\"c\":1}"])).to.deep.equal(["!'a\n|'a\n", '{"c":1}']);
    });

    it('a value that ends in a refused byte past the size limit is refused as too long, in any split', function () {
      const text = '{"a":"' + 'x'.repeat(100) + '\x01 {"b":2}';
      for (let cut = 0; cut <= text.length; cut++) {
        const out: string[] = [];
        const s = new JsonStreamSplitter((t) => out.push(t), 16);
        s.onStray = (stray) => out.push(`!${stray}`);
        let refusals = 0;
        for (const piece of [text.slice(0, cut), text.slice(cut)]) {
          try {
            s.push(Buffer.from(piece, 'latin1'));
          } catch {
            refusals++;
          }
        }
        expect([out, refusals], `cut at ${cut}`).to.deep.equal([['{"b":2}'], 1]);
      }
    });

    it('0xFE and 0xFF are refused anywhere; a control character ends a word outside a value', function () {
      expect(read(['\xff{"a":1}'])).to.deep.equal(['!\ufffd|\ufffd', '{"a":1}']);
      expect(read(['junk\x03{"a":1}'])).to.deep.equal(['junk', '!\x03|\x03', '{"a":1}']);
      // TAB does not end the skipping; LF does.
      expect(read(['{"a":\x04 x\ty\n{"b":2}'])).to.deep.equal(['!\x04|{"a":\x04', '{"b":2}']);
    });
  });

  it('gives the same messages for any split of the input, tokens outside values included (property)', function () {
    const input = Buffer.from(`hello {"a":1} "x y{" [1,2] }world 'q"' 123 {'k':"v}"} \u00e9t\u00e9\n{"b":"\\"{"}\n`);
    const whole = split([input]);
    expect(whole).to.deep.equal(['hello', '{"a":1}', '"x y{"', '[1,2]', '}', 'world', `'q"'`, '123', `{'k':"v}"}`, '\u00e9t\u00e9', '{"b":"\\"{"}']);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: input.length - 1 }), { maxLength: 10 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), input.length];
        expect(split(at.slice(1).map((end, i) => input.subarray(at[i], end)))).to.deep.equal(whole);
      }),
    );
  });

  it('refuses a value over the limit', function () {
    expect(() => split(['{"a":"' + 'x'.repeat(100), '"}'], 50)).to.throw(QmpProtocolError);
  });

  it('after a value over the limit, frames the next ones (the value is dropped, once, in any split) (property)', function () {
    const big = '{"execute":"x","arguments":{"s":"' + '}{\\"'.repeat(30) + '"}}';
    const small = (n: number): string => `{"execute":"q","id":${n}}`;
    const input = Buffer.from(small(1) + big + small(2) + '\r\n' + big + big + small(3));
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: input.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), input.length];
        const out: string[] = [];
        const s = new JsonStreamSplitter((t) => out.push(t), 64);
        let errors = 0;
        for (let i = 1; i < at.length; i++) {
          try {
            s.push(input.subarray(at[i - 1], at[i]));
          } catch (err) {
            expect(err).to.be.instanceOf(QmpProtocolError);
            errors++;
          }
        }
        expect(out).to.deep.equal([small(1), small(2), small(3)]);
        // One error per refused value, but one per push at most.
        expect(errors).to.be.within(1, Math.min(3, at.length - 1));
      }),
    );
  });

  it('says so when a value over the limit arrives whole, after framing the rest of the chunk', function () {
    const out: string[] = [];
    const s = new JsonStreamSplitter((t) => out.push(t), 20);
    expect(() => s.push(Buffer.from('{"a":"' + 'x'.repeat(30) + '"}{"b":1}'))).to.throw(QmpProtocolError, /maximum size of 20 bytes/);
    expect(out).to.deep.equal(['{"b":1}']);
    s.push(Buffer.from('{"c":2}'));
    expect(out).to.deep.equal(['{"b":1}', '{"c":2}']);
  });
});
