/**
 * JSON text with integers exact. QEMU reads and writes int64/uint64 values,
 * but JSON.stringify writes a Number past 2^53 in its shortest form: 8796093022207
 * MiB/s in bytes/s is an exact Number, 9223372036853727232, and comes out as
 * "9223372036853727000", which QEMU reads as another value. It also refuses
 * bigints. Here both are written as their exact integer.
 */
import { randomUUID } from 'node:crypto';

/** A run of digits long enough for an integer past 2^53 (9007199254740992 has 16). */
export const LONG_DIGITS = /\d{16}/;

/** JSON.stringify(value) for plain data, with 64-bit integers past 2^53 and bigints written exactly. */
export function exactJson(value: unknown): string {
  // A BigInt.prototype.toJSON polyfill would make bigints strings: the exact path reads them first.
  if ((BigInt.prototype as { toJSON?: unknown }).toJSON !== undefined) return slow(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    if (err instanceof TypeError && /BigInt/i.test(err.message)) return slow(value);
    throw err;
  }
  // The exact path only where such a number may be (or a string holds a run of digits).
  return text !== undefined && LONG_DIGITS.test(text) ? slow(value) : (text ?? 'null');
}

/** Whether a Number is an integer JSON.stringify would not write exactly, inside QEMU's 64 bits. */
function inexact(n: number): boolean {
  // Past 64 bits QEMU reads a number as a double anyway: as JSON.stringify writes it.
  return Number.isInteger(n) && !Number.isSafeInteger(n) && Math.abs(n) < 2 ** 64;
}

/**
 * JSON.stringify itself (holes, boxed values, toJSON, cycles as it treats
 * them), with each such integer first made a marked string, then unquoted.
 */
function slow(value: unknown): string | never {
  const mark = `\u0001${randomUUID()}:`;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    // The holder's own value: a bigint before any toJSON made it a string.
    const raw = this[key];
    if (typeof raw === 'bigint') return mark + raw.toString();
    // A toJSON() that gave a bigint.
    if (typeof v === 'bigint') return mark + v.toString();
    const n = v instanceof Number ? v.valueOf() : v;
    if (typeof n === 'number' && inexact(n)) return mark + BigInt(n).toString();
    return v;
  }) as string | undefined;
  if (text === undefined) return 'null';
  // JSON.stringify writes the marker's \u0001 as the six characters \u0001.
  const quoted = new RegExp(`"\\\\u0001${mark.slice(1)}(-?\\d+)"`, 'g');
  return text.replace(quoted, '$1');
}
