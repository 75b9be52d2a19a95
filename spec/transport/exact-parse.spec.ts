import { expect } from 'chai';
import fc from 'fast-check';
import { parseBigIntegers, parseExactJson } from '../../lib/transport/exact-parse.js';
import { exactJson } from '../../lib/transport/exact-json.js';

describe('parseExactJson: QEMU\'s 64-bit integers kept exact', function () {
  it('reads an integer a Number would round, inside int64/uint64, as a bigint', function () {
    expect(parseExactJson('{"a": 18446744073709551615, "b": [-9223372036854775808, 9007199254740993]}')).to.deep.equal({
      a: 18446744073709551615n,
      b: [-9223372036854775808n, 9007199254740993n],
    });
  });

  it('leaves every other value as JSON.parse reads it', function () {
    for (const text of [
      '{"safe": 9007199254740991, "neg": -9007199254740991}',
      '{"past64": 18446744073709551616, "below": -9223372036854775809}',
      '{"fraction": 12345678901234567.5, "exp": 12345678901234567e2, "small": 1.12345678901234567891, "e": 1e-12345678901234567}',
      '{"s": "12345678901234567890", "q": "a\\"12345678901234567890", "12345678901234567890": 1}',
    ]) {
      expect(parseExactJson(text), text).to.deep.equal(JSON.parse(text));
      expect(parseBigIntegers(text), text).to.equal(undefined);
    }
  });

  it('throws JSON.parse\'s error for text that is not JSON', function () {
    for (const text of ['{"a": 18446744073709551615', '[00000000000000000001]', '{"a": 18446744073709551615,}', '{12345678901234567890:1}', '[012345678901234567890]', '[1 18446744073709551615]']) {
      let want: string | undefined;
      try {
        JSON.parse(text);
      } catch (e) {
        want = (e as Error).message;
      }
      expect(() => parseExactJson(text), text).to.throw(SyntaxError, want!);
    }
  });

  it('reads texts of many MiB in one pass (a regular expression overflowed the stack at 8 MiB)', function () {
    const big = 'x'.repeat(16 << 20);
    const text = `{"s": "${big}12345678901234567890\\"${big}", "n": 18446744073709551615}`;
    const v = parseExactJson(text) as { s: string; n: bigint };
    expect(v.n).to.equal(18446744073709551615n);
    expect(v.s.length).to.equal((32 << 20) + 21);
  });

  it('throws exactly where JSON.parse throws, on any text of JSON\'s characters and long integers', function () {
    const piece = fc.oneof(fc.constantFrom('{', '}', '[', ']', ':', ',', '"', '\\', ' ', '-', '.', 'e', '0', 'a'), fc.bigInt(10n ** 15n, 2n ** 65n).map(String));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const threw = (f: () => unknown): boolean => {
          try {
            f();
            return false;
          } catch {
            return true;
          }
        };
        expect(threw(() => parseExactJson(text)), text).to.equal(threw(() => JSON.parse(text)));
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips any 64-bit integer through exactJson', function () {
    fc.assert(
      fc.property(fc.bigInt(-(2n ** 63n), 2n ** 64n - 1n), fc.string(), (n, s) => {
        const text = `{"n":${n},"s":${JSON.stringify(s)},"l":[${n},{"m":${n}}]}`;
        expect(exactJson(parseExactJson(text))).to.equal(text);
      }),
    );
  });

  it('reads any JSON text as JSON.parse does, but for the bigints JSON.parse rounds', function () {
    const rounded = (v: unknown): unknown =>
      typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(rounded) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)])) : v;
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        expect(rounded(parseExactJson(text))).to.deep.equal(JSON.parse(text));
      }),
    );
  });
});
