/**
 * Client-side QMP framing: QEMU ends every message with "\r\n" and never puts a
 * raw newline inside one (qmp-spec.rst, "Server to client"). This layer turns a
 * byte stream into complete lines. It knows nothing of JSON or QMP.
 *
 * Cost is linear in the bytes received: each chunk is scanned once for "\n"
 * (a naive client rescans its whole buffer on every chunk, which is quadratic
 * on a 16 MiB answer), and the start of a line whose end has not arrived is
 * held in one buffer. A socket read with `onread` (readBuffer/received)
 * lands right after it, so a long answer is read in place, never joined;
 * bytes pushed from a stream are copied in. Lines are split on bytes, not
 * characters, so a multi-byte UTF-8 character cut between two chunks is
 * decoded whole. A long line can be shown to a reader while it arrives
 * (LongLineReader), which may then take it instead of its text.
 */
import { asciiRange, decodeRange } from './buffer-codec.js';
import { GROW_MAX, LONG_LINE, MIN_ROOM, READ_ROOM, expireLineBuffers, newLineBuffer, noteJoinedLine, offerSpare, sharedReadBuffer, takeSpare } from './line-buffers.js';
import { QmpProtocolError } from '../errors.js';
import { checkLimit } from './limits.js';

/** Largest message accepted by default (interface.md, "Protocol defaults"). */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

const EMPTY = Buffer.alloc(0);

/** The first "\n" in bytes [from, end) of `buf`, or -1. */
function indexOfLF(buf: Buffer, from: number, end: number): number {
  // Bounded by a view: past `end` a reused buffer holds stale bytes, and a
  // long line's buffer megabytes of them.
  return (end === buf.length ? buf : buf.subarray(0, end)).indexOf(LF, from);
}

/** How the lines of a batch ended. */
export type LineEnds = 'crlf' | 'lf' | 'mixed';

/**
 * Sees the lines of one chunk as the single text they were decoded from
 * (a trace recorder turns that text into trace lines with one native call
 * instead of one concatenation per message). `start` comes before the
 * batch's lines are emitted, `end` after, even when a line's consumer threw.
 */
export interface LineBatchObserver {
  /** `text`: the lines about to be emitted, as `end` will get them. */
  start(text: string): void;
  /**
   * `text`: the complete lines, separated by "\n" (each with its "\r" when
   * `ends` is 'crlf'), without the last "\n". `whole`: every line was
   * emitted, none blank, and no consumer threw. `ascii`: the text is ASCII.
   */
  end(text: string, ends: LineEnds, whole: boolean, ascii: boolean): void;
}

/**
 * Reads a long line while it arrives (the QMP session's answer parser,
 * lib/qmp/early-answer.ts). The framer hands it the line's bytes as they
 * come: `start` once the line is long, `grow` after each read (bytes
 * [0, end) of `buf`, the line from its start), `spill` when it goes on in
 * a new buffer (from then on the reader gets only `end` or `drop`, and
 * should not take the line), `end` when it is complete (without its line
 * end; true: the reader takes it, and the framer does not decode it),
 * `deliver` once the framer has let the line go (where it would emit the
 * line's text), `drop` when the line is dropped.
 */
export interface LongLineReader {
  readonly active: boolean;
  start(buf: Buffer, end: number): void;
  grow(buf: Buffer, end: number): void;
  spill(): void;
  end(buf: Buffer, end: number): boolean;
  deliver(): void;
  drop(): void;
}

/** A held line the long-line reader took: it is delivered, not emitted as text. */
const TAKEN = Symbol('taken by the long-line reader');
type HeldLine = string | undefined | typeof TAKEN;

export class LineFramer {
  /**
   * The start of a line whose end has not arrived: bytes [0, held) of
   * `line`, after `parts` when the line has outgrown one buffer.
   */
  private line: Buffer | undefined;
  private held = 0;
  private parts: Buffer[] = [];
  private partBytes = 0;
  private failed = false;
  /** Optional; set by the owner (the QMP session, for its wire tap). */
  observer: LineBatchObserver | undefined;
  /** Optional; set by the owner (the QMP session, for long answers). */
  longLines: LongLineReader | undefined;
  /** `longLines` was started on the line held now. */
  private longStarted = false;

  constructor(
    private readonly onLine: (line: string) => void,
    readonly maxMessageBytes: number = DEFAULT_MAX_MESSAGE_BYTES,
  ) {
    checkLimit(maxMessageBytes, 'maxMessageBytes');
  }

  /** Bytes held for a line whose end has not arrived yet. */
  get buffered(): number {
    return this.partBytes + this.held;
  }

  /**
   * Feed received bytes. Calls `onLine` for each complete, non-empty line
   * (without its "\r\n" / "\n"). Throws QmpProtocolError once a line grows past
   * the limit; the held bytes are dropped at once, so an endless line cannot
   * make the process grow.
   */
  push(chunk: Buffer): void {
    this.received(chunk.length, chunk);
  }

  /**
   * For a socket read with Node's `onread` option: the memory the next read
   * should land in. While a line is held that is the room right after it, so
   * a long line is read in place and never joined; otherwise the shared read
   * buffer. Hand the bytes over with `received`.
   */
  readBuffer(): Buffer {
    if (this.buffered === 0 || this.failed) return sharedReadBuffer();
    // A buffer sized for a long line is filled to its end before another.
    if (this.line!.length - this.held < MIN_ROOM) this.reserve(READ_ROOM, false);
    // A short held line (the end of one message) gets one ordinary read.
    return this.buffered < LONG_LINE ? this.line!.subarray(this.held, this.held + READ_ROOM) : this.line!.subarray(this.held);
  }

  /**
   * `n` bytes landed at the start of `at`: a buffer `readBuffer()` returned,
   * or any other (then framed from there, as by push()).
   */
  received(n: number, at: Uint8Array): void {
    if (this.failed || n <= 0) return;
    expireLineBuffers();
    const line = this.line;
    if (line !== undefined && this.buffered > 0 && at.buffer === line.buffer && at.byteOffset === line.byteOffset + this.held) {
      this.scanHeld(this.held + n);
    } else {
      this.scan(at instanceof Buffer ? at : Buffer.from(at.buffer, at.byteOffset, at.length), 0, n);
    }
  }

  /**
   * New bytes [start, end) of `src`: a chunk, a read's buffer, or (with
   * nothing held) the rest of the held line's own buffer after its line.
   */
  private scan(src: Buffer, start: number, end: number): void {
    if (start >= end) return;
    let nl = indexOfLF(src, start, end);
    if (nl === -1) return this.hold(src, start, end);
    if (this.buffered > 0) {
      // The end of a held line.
      const bytes = this.partBytes + this.held + nl - start;
      if (this.tooLong(bytes, nl > start ? src[nl - 1]! : this.lastHeldByte())) return this.overflow(bytes);
      this.append(src, start, nl);
      this.emitHeld(this.takeHeld(this.held));
      start = nl + 1;
    }
    const last = src.lastIndexOf(LF, end - 1);
    if (last >= start) {
      if (last - start <= this.maxMessageBytes) {
        // No line in [start, last) can exceed the limit: decode the complete
        // lines with one call and cut the string, instead of a Buffer view
        // and a decode per line. A "\n" byte never occurs inside a UTF-8
        // sequence, so the lines are the same as when decoded one by one.
        // ASCII (all QEMU sends) decodes as latin1, a plain copy; the flag
        // also lets a recorder encode the text back the same way.
        const ascii = asciiRange(src, start, last);
        this.emitText(decodeRange(src, start, last, ascii), ascii);
      } else {
        // Region longer than the limit: check each line's size in bytes.
        nl = indexOfLF(src, start, end);
        while (nl !== -1) {
          if (this.tooLong(nl - start, src[nl - 1]!)) return this.overflow(nl - start);
          this.emitBytes(src.subarray(start, nl));
          start = nl + 1;
          nl = indexOfLF(src, start, end);
        }
      }
      start = last + 1;
    }
    if (start < end) this.hold(src, start, end);
  }

  /** A read landed in place: the held line's buffer now has bytes up to `end`. */
  private scanHeld(end: number): void {
    const nl = indexOfLF(this.line!, this.held, end);
    if (nl === -1) {
      if (this.tooLong(this.partBytes + end, this.line![end - 1]!)) return this.overflow(this.partBytes + end);
      this.held = end;
      this.grown();
      return;
    }
    if (this.tooLong(this.partBytes + nl, nl > 0 ? this.line![nl - 1] : this.lastHeldByte())) return this.overflow(this.partBytes + nl);
    const [line, rest] = this.takeHeldInPlace(nl, end);
    this.emitHeld(line);
    if (rest.length > 0) this.scan(rest, 0, rest.length);
    if (this.buffered === 0) this.release();
  }

  /**
   * The held line ends at `nl` in its buffer, which has bytes up to `end`:
   * decodes the line and gives back the bytes after it. A separate call, so
   * that no caller holds a big buffer while the line is parsed.
   */
  private takeHeldInPlace(nl: number, end: number): [HeldLine, Buffer] {
    const buf = this.line!;
    const line = this.decodeHeld(buf, nl);
    this.held = 0;
    if (nl + 1 === end) {
      this.release();
      return [line, EMPTY];
    }
    // The rest is framed where it is (its unfinished end then moves to the
    // front), unless the buffer is too big to keep: then from a copy.
    if (buf.length <= GROW_MAX) return [line, buf.subarray(nl + 1, end)];
    const rest = Buffer.from(buf.subarray(nl + 1, end));
    this.release();
    return [line, rest];
  }

  /** Decode and drop the held line (its "\n" excluded), `bytes` long. */
  private takeHeld(bytes: number): HeldLine {
    const line = this.decodeHeld(this.line!, bytes);
    this.held = 0;
    this.release();
    return line;
  }

  private decodeHeld(buf: Buffer, bytes: number): HeldLine {
    if (this.longStarted) {
      this.longStarted = false;
      // A CR left at the end (in an earlier buffer) is JSON white space.
      const end = bytes > 0 && buf[bytes - 1] === CR ? bytes - 1 : bytes;
      if (this.longLines!.active && this.longLines!.end(buf, end)) {
        if (this.parts.length > 0) noteJoinedLine(this.partBytes + bytes);
        this.parts = [];
        this.partBytes = 0;
        return TAKEN;
      }
    }
    if (this.parts.length > 0) {
      this.parts.push(buf.subarray(0, bytes));
      buf = Buffer.concat(this.parts, this.partBytes + bytes);
      bytes = buf.length;
      this.parts = [];
      this.partBytes = 0;
      noteJoinedLine(bytes);
    }
    let end = bytes;
    if (end > 0 && buf[end - 1] === CR) end--;
    if (end === 0) return undefined;
    // A held line may be a large one. QEMU sends ASCII only, and for ASCII a
    // latin1 decode gives the same string at the cost of a copy (utf8 is
    // about 4x slower: 13 of ~130 ms for a 16 MiB answer).
    return decodeRange(buf, 0, end, asciiRange(buf, 0, end));
  }

  /** Keep bytes [start, end) of `src` as the start of a line (or more of it). */
  private hold(src: Buffer, start: number, end: number): void {
    const bytes = this.partBytes + this.held + end - start;
    if (this.tooLong(bytes, src[end - 1]!)) return this.overflow(bytes);
    this.append(src, start, end);
    this.grown();
  }

  /** The held line grew: a long one goes to `longLines` as it comes. */
  private grown(): void {
    const reader = this.longLines;
    if (reader === undefined) return;
    if (!this.longStarted) {
      // Started only while the line's start is in its buffer.
      if (this.held < LONG_LINE || this.parts.length > 0) return;
      this.longStarted = true;
      reader.start(this.line!, this.held);
    }
    reader.grow(this.line!, this.held);
  }

  private append(src: Buffer, start: number, end: number): void {
    this.reserve(end - start, true);
    src.copy(this.line!, this.held, start, end);
    this.held += end - start;
  }

  /**
   * Make room for `room` more bytes after those held (`held` may change);
   * `filled`: they are line bytes to copy in, not room for a read.
   */
  private reserve(room: number, filled: boolean): void {
    const old = this.line;
    const need = this.held + room;
    if (old !== undefined && old.length >= need) return;
    const long = this.partBytes + this.held + (filled ? room : 0) >= LONG_LINE;
    let next = takeSpare(need, long);
    if (next === undefined) {
      if (old !== undefined && need > GROW_MAX) {
        // A very long line goes on in a new buffer: growing one would copy
        // the line again at each step and hold both copies at once.
        if (this.longStarted) this.longLines!.spill();
        this.parts.push(old.subarray(0, this.held));
        this.partBytes += this.held;
        this.held = 0;
        this.line = Buffer.allocUnsafeSlow(Math.max(room, GROW_MAX));
        return;
      }
      next = newLineBuffer(need, long, old?.length ?? 0);
    }
    if (old !== undefined && this.held > 0) old.copy(next, 0, 0, this.held);
    this.line = next;
  }

  /** Nothing is held: let the buffer go, or keep it as the spare. */
  private release(): void {
    const buf = this.line;
    this.line = undefined;
    if (buf !== undefined) offerSpare(buf);
  }

  /**
   * A held line, once the framer has let it go (its consumer may throw:
   * the next bytes then start a new line, as after any other line).
   */
  private emitHeld(line: HeldLine): void {
    if (line === TAKEN) this.longLines!.deliver();
    else if (line !== undefined) this.emitLine(line);
  }

  /** One line as bytes (without its "\n"). */
  private emitBytes(line: Buffer): void {
    let end = line.length;
    if (end > 0 && line[end - 1] === CR) end--;
    if (end === 0) return;
    this.emitLine(line.toString('utf8', 0, end));
  }

  /** Complete lines separated by "\n" (the last one without its "\n"). */
  private emitText(text: string, ascii: boolean): void {
    const observer = this.observer;
    if (observer === undefined) return void this.emitLines(text);
    observer.start(text);
    let ends: LineEnds = 'mixed';
    let whole = false;
    try {
      const [lines, crs, emitted] = this.emitLines(text);
      ends = crs === lines ? 'crlf' : crs === 0 ? 'lf' : 'mixed';
      whole = emitted === lines;
    } finally {
      observer.end(text, ends, whole, ascii);
    }
  }

  /** Emits each line of `text`; counts lines, lines ended by "\r\n", and lines emitted. */
  private emitLines(text: string): [number, number, number] {
    let from = 0;
    let lines = 0;
    let crs = 0;
    let emitted = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      const to = nl === -1 ? text.length : nl;
      let end = to;
      lines++;
      if (end > from && text.charCodeAt(end - 1) === CR) {
        end--;
        crs++;
      }
      if (end > from && this.emitLine(from === 0 && end === text.length ? text : text.slice(from, end))) emitted++;
      if (nl === -1) return [lines, crs, emitted];
      from = nl + 1;
    }
  }

  /** Hands `line` on unless it is blank; says whether it did. */
  private emitLine(line: string): boolean {
    // Skip lines that are only white space (blank keep-alive lines).
    const c = line.charCodeAt(0);
    if (c === 0x20 || c === 0x09 || c === CR) {
      let i = 1;
      while (i < line.length && ((line.charCodeAt(i) === 0x20) || line.charCodeAt(i) === 0x09 || line.charCodeAt(i) === CR)) i++;
      if (i === line.length) return false;
    }
    this.onLine(line);
    return true;
  }

  /**
   * Whether a line of `bytes` (its "\n" excluded, or not arrived yet)
   * ending in `last` is over the limit: a "\r" before the "\n" is not
   * part of the message, so it may be the one byte more.
   */
  private tooLong(bytes: number, last: number | undefined): boolean {
    return bytes > this.maxMessageBytes && (bytes > this.maxMessageBytes + 1 || last !== CR);
  }

  /** The last byte of the held line (held > 0 or parts). */
  private lastHeldByte(): number | undefined {
    if (this.held > 0) return this.line![this.held - 1];
    const part = this.parts[this.parts.length - 1];
    return part === undefined ? undefined : part[part.length - 1];
  }

  private overflow(size: number): never {
    this.failed = true;
    this.reset();
    throw new QmpProtocolError(
      `message exceeds the maximum size of ${this.maxMessageBytes} bytes (at least ${size} bytes without a line end)`,
    );
  }

  /** Drop what is held (on close). */
  reset(): void {
    if (this.longStarted) {
      this.longStarted = false;
      this.longLines!.drop();
    }
    this.held = 0;
    this.line = undefined;
    this.parts = [];
    this.partBytes = 0;
  }
}
