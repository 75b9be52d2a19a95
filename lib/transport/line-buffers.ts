/**
 * Memory for lines being received (LineFramer): where reads land, and the
 * buffers that hold a line until its end arrives. Fresh memory costs a page
 * fault per 4 KiB touched, about as much as framing the bytes, so buffers
 * are shared or kept where that is safe, and let go when idle.
 */
import { performance } from 'node:perf_hooks';

/** Room given to each read after the held start of a line. */
export const READ_ROOM = 64 * 1024;
/** Least room worth a read. */
export const MIN_ROOM = 4096;
/** Smallest buffer for a held line (room for it and one read). */
const MIN_LINE = 2 * READ_ROOM;
/** A held line at least this long is a long one: it may take the spare. */
export const LONG_LINE = READ_ROOM / 2;
/** A line's buffer grows (doubling) to this; a longer line goes on in more buffers. */
export const GROW_MAX = 4 * 1024 * 1024;
/** Largest buffer kept as the spare once its line is done. */
const SPARE_MAX = 32 * 1024 * 1024;
/** The spare and the hint are let go after this long without a long line. */
const IDLE_MS = 10_000;

/**
 * Where a read lands when its framer holds no partial line: one buffer for
 * every framer of the process. Safe to share because a read's bytes are all
 * framed (decoded or copied) in its callback, before any other read.
 */
let shared: Buffer | undefined;
/**
 * The buffer of the last long line, kept for the next one (of any framer):
 * a 1 MiB answer then lands in memory already in use.
 */
let spare: Buffer | undefined;
/**
 * Length of the last line too long for one growing buffer. Such a line is
 * joined from several; the next long line gets one buffer that size at
 * once, read into in place and then kept as the spare. (The joined buffer
 * itself is not kept: holding it while its line is parsed would add its
 * size to the peak memory of the first huge answer.)
 */
let hint = 0;
/** When the last long line was seen (performance.now()). */
let lastLong = 0;

export function sharedReadBuffer(): Buffer {
  return (shared ??= Buffer.allocUnsafeSlow(READ_ROOM));
}

/** A long line was seen: the spare and the hint are kept a while longer. */
function touch(): void {
  lastLong = performance.now();
}

/**
 * Let the spare and the hint go if no long line came for IDLE_MS. Checked
 * as bytes arrive (the framers call it), not by a timer: a timer would
 * outlive every session that made it.
 */
export function expireLineBuffers(): void {
  if ((spare !== undefined || hint !== 0) && performance.now() - lastLong > IDLE_MS) {
    spare = undefined;
    hint = 0;
  }
}

/** Size wanted for a line buffer that needs `need` bytes. */
function wanted(need: number, long: boolean): number {
  return long && hint <= SPARE_MAX ? Math.max(need, hint + READ_ROOM) : need;
}

/** The spare, if the (long) line fits in it. */
export function takeSpare(need: number, long: boolean): Buffer | undefined {
  if (!long || spare === undefined || spare.length < wanted(need, long)) return undefined;
  const buf = spare;
  spare = undefined;
  return buf;
}

/** A fresh buffer for a line that needs `need` bytes and had one of `oldLength`. */
export function newLineBuffer(need: number, long: boolean, oldLength: number): Buffer {
  return Buffer.allocUnsafeSlow(Math.max(wanted(need, long), MIN_LINE, Math.min(oldLength * 2, GROW_MAX)));
}

/** A line's buffer is free: keep it as the spare if it is the biggest worth keeping. */
export function offerSpare(buf: Buffer): void {
  if (buf.length <= MIN_LINE || buf.length > SPARE_MAX || (spare !== undefined && spare.length >= buf.length)) return;
  spare = buf;
  touch();
}

/** A line of `bytes` had to be joined from several buffers. */
export function noteJoinedLine(bytes: number): void {
  hint = bytes;
  touch();
}
