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
  let replaced = '';
  let from = 0;
  const at = longIntegers(text);
  for (let k = 0; k < at.length; k += 2) {
    const token = text.slice(at[k], at[k + 1]);
    if (Number.isSafeInteger(Number(token))) continue;
    const n = BigInt(token);
    if (n < MIN || n > MAX) continue;
    marked++;
    // Escaped in the text: JSON refuses a raw control character in a string.
    replaced += `${text.slice(from, at[k])}"\\u0001${id}:${token}"`;
    from = at[k + 1]!;
  }
  replaced += text.slice(from);
  if (marked === 0) return undefined;
  try {
    return JSON.parse(replaced, (_key, v: unknown) => (typeof v === 'string' && v.startsWith(mark) ? BigInt(v.slice(mark.length)) : v));
  } catch {
    // Not JSON: JSON.parse's own error, with its own positions.
    return JSON.parse(text);
  }
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A character of a JSON number after its first: digit, '.', 'e', 'E', '+', '-'. */
const inNumber = (c: number): boolean => isDigit(c) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Where `text`'s integer tokens of 16 digits or more are, as [start, end)
 * pairs: outside strings, where JSON has a value (not a key; after '[', ','
 * or ':', or alone), without a leading zero, and not the start of a
 * fraction or an exponent. Marking only these keeps invalid text invalid.
 * One pass, no regular expression (a backtracking one overflowed the stack
 * on strings of some MiB).
 */
function longIntegers(text: string): number[] {
  const at: number[] = [];
  // Open containers: true for an object, false for an array.
  const open: boolean[] = [];
  let prev = -1; // the last character that was not white space, -1 at the start
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: to its closing quote, escapes skipped.
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      if (j >= text.length) return at; // unterminated: JSON.parse says so
      prev = c;
      i = j + 1;
      continue;
    }
    if (c === 0x2d || isDigit(c)) {
      let j = i + 1;
      while (j < text.length && inNumber(text.charCodeAt(j))) j++;
      const digits = c === 0x2d ? i + 1 : i;
      let integer = j - digits >= 16;
      for (let k = digits; integer && k < j; k++) integer = isDigit(text.charCodeAt(k));
      const leadingZero = text.charCodeAt(digits) === 0x30;
      const inObject = open.length > 0 && open[open.length - 1] === true;
      const valuePlace = inObject ? prev === 0x3a : prev === -1 || prev === 0x5b || prev === 0x2c;
      if (integer && !leadingZero && valuePlace) at.push(i, j);
      prev = text.charCodeAt(j - 1);
      i = j;
      continue;
    }
    if (c === 0x7b || c === 0x5b) open.push(c === 0x7b);
    else if (c === 0x7d || c === 0x5d) open.pop();
    if (!isSpace(c)) prev = c;
    i++;
  }
  return at;
}
