/**
 * Option values parsed the way virsh parses them: `--bandwidth` (plain
 * integers wrap like C's strtoul, scaled sizes such as `10M` are bytes turned
 * into MiB unless `--bytes`), `--timeout` in whole seconds; read from a
 * command's arguments, an option not given is 0. The messages are virsh's,
 * so scripts written against virsh see the same text.
 */
import { opt, type ParsedArgs } from './argv.js';
import { UsageError } from './errors.js';

const TWO_64 = 2n ** 64n;
/** Bytes/s beyond this would not stay exact as a Number (the library refuses them too). */
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

const SCALE: Record<string, bigint> = {
  '': 1n,
  b: 1n,
  k: 1024n, kib: 1024n, kb: 1000n,
  m: 1024n ** 2n, mib: 1024n ** 2n, mb: 1000n ** 2n,
  g: 1024n ** 3n, gib: 1024n ** 3n, gb: 1000n ** 3n,
  t: 1024n ** 4n, tib: 1024n ** 4n, tb: 1000n ** 4n,
  p: 1024n ** 5n, pib: 1024n ** 5n, pb: 1000n ** 5n,
  e: 1024n ** 6n, eib: 1024n ** 6n, eb: 1000n ** 6n,
};

/**
 * virshBlockJobOptionBandwidth: a plain integer is taken as is, in the unit
 * the command uses (MiB/s, or bytes/s with --bytes); a negative one wraps to
 * unsigned long as virsh does, and libvirt then refuses it as too large. A
 * number with a size suffix is bytes, shifted down to MiB unless --bytes.
 * The result is a Number: MiB values past 2^53 lose precision but stay far
 * beyond libvirt's limit, so the library still rejects them; bytes/s past
 * 2^53 - 1 are refused here, quoting the text as typed.
 */
export function parseBandwidth(text: string, bytes: boolean): number {
  const plain = /^\s*([+-]?)(\d+)$/.exec(text);
  if (plain) {
    let v = BigInt(plain[2]!);
    if (plain[1] === '-') v = v === 0n ? 0n : TWO_64 - (v % TWO_64);
    if (v >= TWO_64 || (bytes && v > MAX_EXACT)) throw bandwidthError(text);
    return Number(v);
  }
  const scaled = /^\s*(\d+)([a-zA-Z]*)$/.exec(text);
  const factor = scaled ? SCALE[scaled[2]!.toLowerCase()] : undefined;
  if (!scaled || factor === undefined) throw bandwidthError(text);
  let v = BigInt(scaled[1]!) * factor;
  if (v >= TWO_64 || (bytes && v > MAX_EXACT)) throw bandwidthError(text);
  if (!bytes) v >>= 20n;
  return Number(v);
}

/** The command's `--bandwidth`, parsed; 0 when not given. */
export function bandwidthOption(args: ParsedArgs, bytes: boolean): number {
  const text = opt(args, 'bandwidth');
  return text === undefined ? 0 : parseBandwidth(text, bytes);
}

function bandwidthError(text: string): UsageError {
  return new UsageError(`Scaled numeric value '${text}' for <--bandwidth> option is malformed or out of range`);
}

const INT_MAX = 2 ** 31 - 1;

/** vshCommandOptTimeoutToMs: a whole number of seconds, not 0, as milliseconds. */
export function parseJobTimeout(text: string): number {
  if (!/^\s*\+?\d+$/.test(text)) throw new UsageError(`Numeric value '${text}' for <timeout> option is malformed or out of range`);
  const v = Number(text);
  if (v === 0 || v > Math.floor(INT_MAX / 1000)) {
    throw new UsageError(`Numeric value '${v}' for <timeout> option is malformed or out of range`);
  }
  return v * 1000;
}

/** The command's `--timeout SEC` in milliseconds; 0 when not given. */
export function jobTimeoutOption(args: ParsedArgs): number {
  const text = opt(args, 'timeout');
  return text === undefined ? 0 : parseJobTimeout(text);
}

/** The global `--timeout SEC`: positive seconds, fractions allowed; milliseconds. */
export function parseGlobalTimeout(text: string): number {
  const v = Number(text);
  if (!/^\s*\+?(\d+\.?\d*|\.\d+)$/.test(text) || !(v > 0) || v > INT_MAX / 1000) {
    throw new UsageError(`Numeric value '${text}' for <timeout> option is malformed or out of range`);
  }
  // At least 1 ms: 0 means no timeout to the layers below.
  return Math.max(1, Math.round(v * 1000));
}

/**
 * A whole number in base 10, as virsh reads `--granularity` and `--buf-size`
 * (no exponent, hex or fraction); the library checks the range.
 */
export function parseCount(name: string, text: string): number {
  const v = Number(text);
  if (!/^\s*\+?\d+$/.test(text) || !Number.isSafeInteger(v)) {
    throw new UsageError(`Numeric value '${text}' for <${name}> option is malformed or out of range`);
  }
  return v;
}

/**
 * A positive decimal number, fractions allowed (e.g. `replay --speed`); 0
 * allowed when `zero`. Decimal only, as the other numeric options: `Number()`
 * alone would take `0x10` as 16, and `1e3`.
 */
export function parseNumber(name: string, text: string, zero = false): number {
  const v = Number(text);
  if (!/^\s*\+?(\d+\.?\d*|\.\d+)\s*$/.test(text) || !Number.isFinite(v) || v < 0 || (!zero && v === 0)) {
    throw new UsageError(`Numeric value '${text}' for <${name}> option is malformed or out of range`);
  }
  return v;
}
