/**
 * Parses a long `{"return": [...]}` answer while it arrives, a piece of
 * whole array elements at a time, so that its `JSON.parse` runs while the
 * rest is still in transfer and no string of the whole answer is made (a
 * 1 MiB string is fresh memory, faulted in page by page, about as long as
 * the transfer). The result is the value `JSON.parse` of the whole line
 * gives; anything this reader is not sure of goes back to that.
 *
 * Why a piece is exact: pieces are cut only after a `}` followed by `, {`
 * (and the first element's first key, see cutFor). Starting right after
 * the array's `[` (or after such a cut), a piece
 * parses as `[piece]` only if the cut is at the array's own level outside
 * any string: a cut inside a string leaves the string unterminated, a cut
 * inside an element leaves a bracket unclosed. A piece that does not parse
 * stops the reader for that line (at most one piece's work is lost), and
 * the line is parsed whole.
 */
import { randomBytes } from 'node:crypto';
import { asciiRange, decodeRange } from '../transport/buffer-codec.js';
import type { LongLineReader } from '../transport/line-framer.js';

/** What every answer of this shape starts with, as QEMU writes it. */
const HEAD = Buffer.from('{"return": [', 'latin1');
/** Between two object elements of an array, as QEMU writes it. */
const CUT = Buffer.from('}, {', 'latin1');
/** Longest first key of an element looked for (see cutFor). */
const KEY_MAX = 128;
/**
 * Unparsed bytes worth a piece, and the most a piece takes. A piece's text
 * must stay under V8's 128 KiB large-object size (a large string is fresh
 * memory, faulted in page by page); below that, 1 MiB answers took 3.42 ms
 * with 56–64 KiB pieces against 3.64 ms with 104–124 KiB and 3.69 ms with
 * 32–40 KiB (median of 10 processes each, alternating).
 */
const MIN_PIECE = 56 * 1024;
const MAX_PIECE = 64 * 1024;
/**
 * A longer answer is parsed whole after all, as are the session's long
 * answers for a while after it (the next is likely as long, and its first
 * 2 MiB would be parsed for nothing). Parsed as it came, a 16 MiB answer
 * took 92 ms against 68 ms parsed whole (median of 6 processes each); with
 * the part past 2 MiB parsed in pieces once it had all come, 78 ms against
 * 67–68 ms (6 processes each, 3 answers each, as the bench: young
 * collections in a process that has not grown its young generation yet).
 */
const EARLY_BYTES = 2 * 1024 * 1024;
const WHOLE_FOR_MS = 10_000;
/**
 * The key the array's last piece is parsed under: one the peer cannot
 * know, so that a second "return" later in the answer (JSON.parse keeps the
 * last) is seen and the line handed back, not merged.
 */
const MARK = `\u0000qmpblock-${randomBytes(8).toString('hex')}`;
const TAIL_HEAD = `{${JSON.stringify(MARK)}: [`;
/**
 * What may follow the array: nothing or a number id, then the end of the
 * object (JSON white space only). When the array's elements parse as
 * `[...]` up to the last "]", that "]" closes the array, so the answer is
 * exactly `{"return": [...], "id": N}`.
 */
const SUFFIX = /^[ \t\n\r]*(?:,[ \t\n\r]*"id"[ \t\n\r]*:[ \t\n\r]*(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)[ \t\n\r]*)?\}[ \t\n\r]*$/;
/** Longest suffix looked at (an id and white space). */
const SUFFIX_MAX = 256;

/**
 * Where the line's pieces are cut: between two elements that start as its
 * first one does, `}, {"iops_rd": ` (QEMU writes an object's keys in one
 * order); or `}, {` when the first element is not an object with a plain
 * first key. An element's own arrays of objects (a node's dirty bitmaps)
 * then give no cut: a cut inside an element is safe, as a piece with one
 * does not parse, but it costs that piece's work and the early parse of the
 * line.
 */
function cutFor(buf: Buffer, end: number): Buffer {
  const at = HEAD.length;
  if (buf[at] !== 0x7b || buf[at + 1] !== 0x22) return CUT;
  const quote = buf.subarray(0, Math.min(end, at + 2 + KEY_MAX)).indexOf(0x22, at + 2);
  if (quote === -1 || buf[quote + 1] !== 0x3a || buf[quote + 2] !== 0x20 || buf.subarray(at + 2, quote).includes(0x5c)) return CUT;
  return Buffer.concat([CUT.subarray(0, 3), buf.subarray(at, quote + 3)]);
}

export class EarlyAnswerReader implements LongLineReader {
  /** Reading the current line: its head matched and no piece failed. */
  private reading = false;
  /** Elements parsed so far. */
  private items: unknown[] = [];
  /** Where the next element starts in the line's current buffer. */
  private pos = 0;
  /** The line's cut (cutFor). */
  private cut: Buffer = CUT;
  /** No cut starts in [pos, searched): each byte is searched once. */
  private searched = 0;
  /** Until when (performance.now()) long answers are parsed whole. */
  private wholeUntil = 0;
  /** The answer `end` took, for `deliver`. */
  private ready: Record<string, unknown> | undefined;

  /**
   * `take`: whether the session may take this line early now (no tap
   * wants its text, the session is past its greeting); `consume` gets the
   * parsed answer.
   */
  constructor(
    private readonly take: () => boolean,
    private readonly consume: (msg: Record<string, unknown>) => void,
  ) {}

  get active(): boolean {
    return this.reading;
  }

  start(buf: Buffer, end: number): void {
    this.drop();
    if (end < HEAD.length || buf.compare(HEAD, 0, HEAD.length, 0, HEAD.length) !== 0) return;
    if ((this.wholeUntil !== 0 && performance.now() < this.wholeUntil) || !this.take()) return;
    this.reading = true;
    this.pos = HEAD.length;
    this.searched = this.pos;
    this.cut = cutFor(buf, end);
  }

  grow(buf: Buffer, end: number): void {
    if (!this.reading) return;
    if (end > EARLY_BYTES) return this.abandon();
    this.pieces(buf, end, MIN_PIECE);
  }

  /** The line goes on in another buffer (past 4 MiB): long, parsed whole. */
  spill(): void {
    if (this.reading) this.abandon();
  }

  /** The line is too long to be worth it: parsed whole, as the next long ones for a while. */
  private abandon(): void {
    this.drop();
    this.wholeUntil = performance.now() + WHOLE_FOR_MS;
  }

  end(buf: Buffer, end: number): boolean {
    if (!this.reading) return false;
    let msg: Record<string, unknown> | undefined;
    try {
      msg = this.take() ? this.finish(buf, end) : undefined;
    } finally {
      this.drop();
    }
    this.ready = msg;
    return msg !== undefined;
  }

  deliver(): void {
    const msg = this.ready;
    this.ready = undefined;
    if (msg !== undefined) this.consume(msg);
  }

  /** The whole answer, or undefined for the line to be parsed whole. */
  private finish(buf: Buffer, end: number): Record<string, unknown> | undefined {
    // All but the last element as pieces: the text parsed with the
    // answer's other keys is then short.
    this.pieces(buf, end, 1);
    if (!this.reading) return undefined;
    const quick = this.endQuick(buf, end);
    if (quick !== undefined) return quick;
    let tail: unknown;
    try {
      tail = JSON.parse(TAIL_HEAD + this.text(buf, end));
    } catch {
      // Not valid JSON as a whole: parsed whole again, for the usual error.
      return undefined;
    }
    if (tail === null || typeof tail !== 'object') return undefined;
    const keys = Object.keys(tail);
    const rest = (tail as Record<string, unknown>)[MARK];
    if (!Array.isArray(rest) || keys[0] !== MARK || keys.length > 2 || (keys.length === 2 && keys[1] !== 'id')) return undefined;
    const msg = this.answer(rest);
    if (keys.length === 2) msg.id = (tail as Record<string, unknown>).id;
    return msg;
  }

  /** The answer: the elements parsed so far, then `rest`. */
  private answer(rest: unknown[]): Record<string, unknown> {
    this.append(rest);
    return { return: this.items };
  }

  private append(elements: unknown[]): void {
    const items = this.items;
    for (let i = 0; i < elements.length; i++) items.push(elements[i]);
  }

  /**
   * The usual answer, `{"return": [...], "id": N}`: the last elements are
   * parsed as an array from the bytes themselves (no string of them joined
   * to a key first: a tail of megabytes would be copied again), the id
   * from its text.
   */
  private endQuick(buf: Buffer, end: number): Record<string, unknown> | undefined {
    const close = buf.subarray(0, end).lastIndexOf(0x5d);
    if (close < this.pos || end - close > SUFFIX_MAX) return undefined;
    const suffix = SUFFIX.exec(buf.latin1Slice(close + 1, end));
    if (suffix === null) return undefined;
    let rest: unknown[];
    try {
      rest = JSON.parse(this.arrayText(buf, close)) as unknown[];
    } catch {
      return undefined;
    }
    const msg = this.answer(rest);
    if (suffix[1] !== undefined) msg.id = JSON.parse(suffix[1]);
    return msg;
  }

  drop(): void {
    this.reading = false;
    this.items = [];
    this.pos = 0;
    this.searched = 0;
    this.cut = CUT;
  }

  /** Parses pieces of at least `least` unparsed bytes while there are. */
  private pieces(buf: Buffer, end: number, least: number): void {
    const pattern = this.cut;
    while (this.reading && end - this.pos >= least) {
      // A piece as large as fits, or one big element as a piece of its own.
      const window = Math.min(end, this.pos + MAX_PIECE);
      const from = Math.max(this.pos, this.searched);
      let cut = window - from >= pattern.length ? buf.subarray(from, window).lastIndexOf(pattern) : -1;
      if (cut !== -1) cut += from;
      else {
        const next = Math.max(from, window - pattern.length + 1);
        cut = next < end ? buf.subarray(next, end).indexOf(pattern) : -1;
        if (cut === -1) {
          // Not in yet: the next read searches only what is new.
          this.searched = Math.max(from, end - pattern.length + 1);
          return;
        }
        cut += next;
      }
      if (!this.parsePiece(buf, cut + 1)) return;
      this.pos = cut + 3;
      this.searched = this.pos;
    }
  }

  /** Parses the elements up to `end` (a cut); false, and stops reading the line, if they do not parse. */
  private parsePiece(buf: Buffer, end: number): boolean {
    let piece: unknown;
    try {
      piece = JSON.parse(this.arrayText(buf, end));
    } catch {
      this.drop();
      return false;
    }
    this.append(piece as unknown[]);
    return true;
  }

  /**
   * The elements from `pos` up to `close` (the "," after a cut, or the
   * array's own "]") as the text of an array: the byte before them (the
   * "[" or the space of ", ") and the byte at `close` stand in for its
   * brackets while they are decoded (one copy, and no string joined from
   * three).
   */
  private arrayText(buf: Buffer, close: number): string {
    const from = this.pos - 1;
    const before = buf[from]!;
    const after = buf[close]!;
    buf[from] = 0x5b;
    buf[close] = 0x5d;
    try {
      return decodeRange(buf, from, close + 1, asciiRange(buf, from, close + 1));
    } finally {
      buf[from] = before;
      buf[close] = after;
    }
  }

  /** The unparsed bytes up to `end` of `buf` as text. */
  private text(buf: Buffer, end: number): string {
    return decodeRange(buf, this.pos, end, asciiRange(buf, this.pos, end));
  }
}
