/**
 * JSON text with integers exact. QEMU reads and writes int64/uint64 values,
 * but JSON.stringify writes a Number past 2^53 in its shortest form: 8796093022207
 * MiB/s in bytes/s is an exact Number, 9223372036853727232, and comes out as
 * "9223372036853727000", which QEMU reads as another value. It also refuses
 * bigints. Here both are written as their exact integer.
 */

/** A run of digits long enough for an integer past 2^53 (9007199254740992 has 16). */
const LONG_DIGITS = /\d{16}/;

/** JSON.stringify(value) for plain data, with 64-bit integers past 2^53 and bigints written exactly. */
export function exactJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    if (err instanceof TypeError && /BigInt/i.test(err.message)) return slow(value);
    throw err;
  }
  // The slow path only where such a number may be (or a string holds a run of digits).
  return text !== undefined && LONG_DIGITS.test(text) ? slow(value) : (text ?? 'null');
}

function skipped(x: unknown): boolean {
  return x === undefined || typeof x === 'function' || typeof x === 'symbol';
}

function slow(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  // Past 64 bits QEMU reads a number as a double anyway: as JSON.stringify writes it.
  if (typeof v === 'number') return Number.isInteger(v) && !Number.isSafeInteger(v) && Math.abs(v) < 2 ** 64 ? BigInt(v).toString() : JSON.stringify(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return slow((v as { toJSON(): unknown }).toJSON());
  if (Array.isArray(v)) return `[${v.map((x) => (skipped(x) ? 'null' : slow(x))).join(',')}]`;
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v)) if (!skipped(x)) parts.push(`${JSON.stringify(k)}:${slow(x)}`);
  return `{${parts.join(',')}}`;
}
