/**
 * JSON.parse with QEMU's 64-bit integers kept exact: the reading half of
 * exact-json.ts. QEMU reads an integer as int64, else uint64, else a double
 * (qobject/json-parser.c), and writes the first two back digit for digit;
 * JSON.parse makes 9223372036854775807 the double 9223372036854775808. Here
 * an integer that a Number cannot hold but 64 bits can becomes a bigint,
 * which exactJson writes back as it came. Every other value is JSON.parse's.
 */
import { randomUUID } from 'node:crypto';
import { LONG_DIGITS } from './exact-json.js';

/**
 * A string literal (skipped whole, so digits inside it are not numbers), or
 * an integer token of 16 digits or more: not inside another number (no
 * digit, letter, '.', '+' or '-' before it), and not the integer part of a
 * fraction or an exponent.
 */
const TOKENS = /"(?:[^"\\]|\\.)*"|(?<![\w.+-])-?\d{16,}(?![.eE\d])/g;

const MIN = -(2n ** 63n);
const MAX = 2n ** 64n - 1n;

/** JSON.parse(text), with integers in QEMU's 64 bits that a Number would round as bigints. */
export function parseExactJson(text: string): unknown {
  return parseBigIntegers(text) ?? JSON.parse(text);
}

/**
 * parseExactJson(text) when the text holds an integer that JSON.parse would
 * round, else undefined (JSON.parse's value is exact): a caller that has
 * JSON.parse's value already parses again only then.
 */
export function parseBigIntegers(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return undefined;
  // Each such integer is first made a marked string, then a bigint again by the reviver.
  const id = randomUUID();
  const mark = `\u0001${id}:`;
  let marked = 0;
  const replaced = text.replace(TOKENS, (token) => {
    if (token.startsWith('"')) return token;
    const n = BigInt(token);
    if (n < MIN || n > MAX || Number.isSafeInteger(Number(token))) return token;
    marked++;
    // Escaped in the text: JSON refuses a raw control character in a string.
    return `"\\u0001${id}:${token}"`;
  });
  if (marked === 0) return undefined;
  try {
    return JSON.parse(replaced, (_key, v: unknown) => (typeof v === 'string' && v.startsWith(mark) ? BigInt(v.slice(mark.length)) : v));
  } catch {
    // Not JSON: JSON.parse's own error, with its own positions.
    return JSON.parse(text);
  }
}
