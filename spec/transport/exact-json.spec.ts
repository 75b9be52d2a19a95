import { expect } from 'chai';
import fc from 'fast-check';
import { exactJson } from '../../lib/transport/exact-json.js';

describe('exactJson: JSON with 64-bit integers exact', () => {
  it('writes an exact Number past 2^53 as its integer, not its shortest form', () => {
    const speed = 8796093022207 * 1048576; // libvirt's largest MiB/s, in bytes/s: exact as a Number
    expect(JSON.stringify({ speed })).to.equal('{"speed":9223372036853727000}');
    expect(exactJson({ speed })).to.equal('{"speed":9223372036853727232}');
    expect(exactJson([-(2 ** 60), 2 ** 53, 2 ** 53 - 1])).to.equal('[-1152921504606846976,9007199254740992,9007199254740991]');
  });

  it('writes bigints, which JSON.stringify refuses', () => {
    expect(exactJson({ a: { b: [18446744073709551615n] } })).to.equal('{"a":{"b":[18446744073709551615]}}');
  });

  it('leaves a string with a run of digits, and fractions, as JSON.stringify does', () => {
    const v = { file: '/img/12345678901234567890.qcow2', x: 1.5e300, y: -0.25, n: null, t: true, skip: undefined, a: [undefined, 1] };
    expect(exactJson(v)).to.equal(JSON.stringify(v));
  });

  it('on the exact path, treats everything else as JSON.stringify does: holes, boxed values, toJSON and its key, cycles', () => {
    const big = 8796093022207 * 1048576;
    // eslint-disable-next-line no-sparse-arrays
    expect(exactJson([, 1, big])).to.equal('[null,1,9223372036853727232]');
    expect(exactJson({ a: new String('1234567890123456'), b: new Number(big), c: new Boolean(false) })).to.equal('{"a":"1234567890123456","b":9223372036853727232,"c":false}');
    expect(exactJson({ d: { toJSON: (k: string) => `key=${k}` }, e: { toJSON: () => undefined }, n: big })).to.equal('{"d":"key=d","n":9223372036853727232}');
    const cyclic: Record<string, unknown> = { n: 1n };
    cyclic.self = cyclic;
    expect(() => exactJson(cyclic)).to.throw(TypeError, /circular/);
    // A toJSON() that gives a bigint.
    expect(exactJson({ a: { toJSON: () => 9007199254740993n } })).to.equal('{"a":9007199254740993}');
    // A string shaped like a marker (control character, uuid, colon, digits) stays a string.
    const lookalike = '\u0001123e4567-e89b-12d3-a456-426614174000:1234567890123456789';
    expect(JSON.parse(exactJson({ s: lookalike, n: big })) as unknown).to.deep.equal({ s: lookalike, n: big });
    expect(exactJson({ s: lookalike, n: big })).to.match(/"n":9223372036853727232}$/);
  });

  it('writes a bigint as its integer even under a BigInt.prototype.toJSON polyfill', () => {
    const proto = BigInt.prototype as { toJSON?: () => string };
    proto.toJSON = function (this: bigint) {
      return this.toString();
    };
    try {
      expect(exactJson({ speed: 5n })).to.equal('{"speed":5}');
    } finally {
      delete proto.toJSON;
    }
  });

  it('equals JSON.stringify on any JSON value without unsafe integers', () => {
    const safe = fc.jsonValue().filter((v) => !hasUnsafe(v));
    fc.assert(
      fc.property(safe, (v) => {
        expect(exactJson(v)).to.equal(JSON.stringify(v));
      }),
      { numRuns: 300 },
    );
  });

  it('parses back to the same value on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(exactJson(v))).to.deep.equal(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });
});

function hasUnsafe(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && !Number.isSafeInteger(v) && Math.abs(v) < 2 ** 64;
  if (v !== null && typeof v === 'object') return Object.values(v).some(hasUnsafe);
  return false;
}
