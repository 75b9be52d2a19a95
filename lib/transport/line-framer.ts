/**
 * Client-side QMP framing: QEMU ends every message with "\r\n" and never puts a
 * raw newline inside one (qmp-spec.rst, "Server to client"). This layer turns a
 * byte stream into complete lines. It knows nothing of JSON or QMP.
 *
 * Cost is linear in the bytes received: each chunk is scanned once for "\n"
 * (a naive client rescans its whole buffer on every chunk, which is quadratic
 * on a 16 MiB answer), and a partial line is kept as a list of chunks that is
 * joined once, when its end arrives. Lines are split on bytes, not characters,
 * so a multi-byte UTF-8 character cut between two chunks is decoded whole.
 */
import { asciiRange, decodeRange } from './buffer-codec.js';
import { QmpProtocolError } from '../errors.js';

/** Largest message accepted by default (interface.md, "Protocol defaults"). */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/** How the lines of a batch ended. */
export type LineEnds = 'crlf' | 'lf' | 'mixed';

/**
 * Sees the lines of one chunk as the single text they were decoded from
 * (a trace recorder turns that text into trace lines with one native call
 * instead of one concatenation per message). `start` comes before the
 * batch's lines are emitted, `end` after, even when a line's consumer threw.
 */
export interface LineBatchObserver {
  start(): void;
  /**
   * `text`: the complete lines, separated by "\n" (each with its "\r" when
   * `ends` is 'crlf'), without the last "\n". `whole`: every line was
   * emitted, none blank, and no consumer threw. `ascii`: the text is ASCII.
   */
  end(text: string, ends: LineEnds, whole: boolean, ascii: boolean): void;
}

export class LineFramer {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private failed = false;
  /** Optional; set by the owner (the QMP session, for its wire tap). */
  observer: LineBatchObserver | undefined;

  constructor(
    private readonly onLine: (line: string) => void,
    readonly maxMessageBytes: number = DEFAULT_MAX_MESSAGE_BYTES,
  ) {}

  /** Bytes held for a line whose end has not arrived yet. */
  get buffered(): number {
    return this.partBytes;
  }

  /**
   * Feed received bytes. Calls `onLine` for each complete, non-empty line
   * (without its "\r\n" / "\n"). Throws QmpProtocolError once a line grows past
   * the limit; the held bytes are dropped at once, so an endless line cannot
   * make the process grow.
   */
  push(chunk: Buffer): void {
    if (this.failed) return;
    let start = 0;
    let nl = chunk.indexOf(LF, 0);
    if (nl === -1) return this.hold(chunk, 0);
    if (this.partBytes > 0) {
      // The end of a line begun in earlier chunks: join its parts once.
      if (this.partBytes + nl > this.maxMessageBytes) return this.overflow(this.partBytes + nl);
      this.parts.push(chunk.subarray(0, nl));
      // Decoded in a separate call, so that nothing here holds the joined
      // Buffer (or the chunks) while the line is parsed: a GC during the
      // parse of a 16 MiB answer can free them.
      const line = this.joinParts(this.partBytes + nl);
      if (line !== undefined) this.emitLine(line);
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(LF);
    if (last >= start) {
      if (last - start <= this.maxMessageBytes) {
        // No line in [start, last) can exceed the limit: decode the complete
        // lines with one call and cut the string, instead of a Buffer view
        // and a decode per line. A "\n" byte never occurs inside a UTF-8
        // sequence, so the lines are the same as when decoded one by one.
        // ASCII (all QEMU sends) decodes as latin1, a plain copy; the flag
        // also lets a recorder encode the text back the same way.
        const ascii = asciiRange(chunk, start, last);
        this.emitText(decodeRange(chunk, start, last, ascii), ascii);
      } else {
        // Region longer than the limit: check each line's size in bytes.
        nl = chunk.indexOf(LF, start);
        while (nl !== -1) {
          if (nl - start > this.maxMessageBytes) return this.overflow(nl - start);
          this.emitBytes(chunk.subarray(start, nl));
          start = nl + 1;
          nl = chunk.indexOf(LF, start);
        }
      }
      start = last + 1;
    }
    if (start < chunk.length) this.hold(chunk, start);
  }

  /** Keep the start of a line whose end has not arrived. */
  private hold(chunk: Buffer, start: number): void {
    const rest = chunk.length - start;
    if (this.partBytes + rest > this.maxMessageBytes) return this.overflow(this.partBytes + rest);
    this.parts.push(start === 0 ? chunk : chunk.subarray(start));
    this.partBytes += rest;
  }

  /** Join and decode the held parts (the line's end included); drops them. */
  private joinParts(bytes: number): string | undefined {
    const joined = Buffer.concat(this.parts, bytes);
    this.parts = [];
    this.partBytes = 0;
    let end = joined.length;
    if (end > 0 && joined[end - 1] === CR) end--;
    if (end === 0) return undefined;
    // A joined line is a large one. QEMU sends ASCII only, and for ASCII a
    // latin1 decode gives the same string at the cost of a copy (utf8 is
    // about 4x slower: 13 of ~130 ms for a 16 MiB answer).
    return decodeRange(joined, 0, end, asciiRange(joined, 0, end));
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
    observer.start();
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

  private overflow(size: number): never {
    this.failed = true;
    this.parts = [];
    this.partBytes = 0;
    throw new QmpProtocolError(
      `message exceeds the maximum size of ${this.maxMessageBytes} bytes (at least ${size} bytes without a line end)`,
    );
  }

  /** Drop what is held (on close). */
  reset(): void {
    this.parts = [];
    this.partBytes = 0;
  }
}
