/**
 * Server-side QMP input framing, the way QEMU reads it (qobject/json-streamer.c):
 * the input is a stream of JSON values; a value ends when its braces and
 * brackets balance outside strings, with or without a newline after it. QEMU's
 * own Python client and go-qemu send commands with no newline, so a server that
 * split on "\n" would hang on them. Used by the replayer, the recorder proxy
 * and the simulator. Knows nothing of QMP.
 */
import { QmpProtocolError } from '../errors.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from './line-framer.js';
import { checkLimit } from './limits.js';

export interface JsonStreamHandlers {
  /** One complete top-level JSON text, as a string (not yet parsed). */
  onValue(text: string): void;
}

const enum S {
  Between,
  /** In an object or array, `depth` deep. */
  InValue,
  InString,
  InEscape,
  /** A string outside any value: QEMU reads it as one token (and answers one error). */
  TopString,
  TopEscape,
  /** A keyword, number or junk outside any value, up to the next delimiter. */
  TopWord,
  /**
   * After a lexical error: input is skipped up to a structural character or
   * a control character, where reading starts again (QEMU's lexer recovery,
   * which clients use to resync: qmp-spec "Parser reset").
   */
  Recover,
}

/** QEMU's MAX_NESTING (qobject/json-streamer.c): deeper, the value is cut off with an error. */
export const MAX_NESTING = 1024;

const WS = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const QUOTE = (c: number): boolean => c === 0x22 /* " */ || c === 0x27; /* ' (QEMU's lexer takes both) */
/** One-character tokens outside a value: `}`, `]`, `,`, `:`. */
const LONE = (c: number): boolean => c === 0x7d || c === 0x5d || c === 0x2c || c === 0x3a;
/** Bytes QEMU's lexer takes nowhere (control characters other than white space, 0xFE, 0xFF): a lexical error. */
const BAD = (c: number): boolean => (c < 0x20 && !WS(c)) || c >= 0xfe;
/** Bytes a string cannot hold raw: every control character (TAB, CR and LF too), 0xFE, 0xFF. */
const BAD_IN_STRING = (c: number): boolean => c < 0x20 || c >= 0xfe;
/** Where reading starts again after a lexical error: a structural character, a control character other than TAB, 0xFE, 0xFF. */
const RESYNC = (c: number): boolean => c === 0x7b || c === 0x5b || LONE(c) || (c < 0x20 && c !== 0x09) || c >= 0xfe;

export class JsonStreamSplitter {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private state: S = S.Between;
  private depth = 0;
  /** The quote that opened the string being read. */
  private quote = 0;
  /**
   * The value being read went over the limit: its bytes are dropped, and
   * its structure still followed, so that framing goes on after its end.
   */
  private skipping = false;
  /** A value of this chunk was over the limit: push() throws once done. */
  private refused = false;
  /** Where in the value's bytes the string being read began (its quote). */
  private stringAt = 0;
  /**
   * Optional: a lexical error is handed here instead of to `onValue`, with
   * the token QEMU's lexer stopped in (`stray`: from a string's quote, or
   * the refused byte alone) and the whole text, for a server that answers
   * as QEMU does ("JSON parse error, stray '...'").
   */
  onStray: ((stray: string, text: string) => void) | undefined;
  /**
   * Optional: a value nested deeper than MAX_NESTING is cut off there and
   * handed here (else to `onValue`), and reading starts afresh after the
   * bracket that went too deep, as QEMU does ("JSON nesting depth limit
   * exceeded", one error per 1,025 open brackets).
   */
  onTooDeep: ((text: string) => void) | undefined;

  constructor(
    private readonly onValue: (text: string) => void,
    readonly maxMessageBytes: number = DEFAULT_MAX_MESSAGE_BYTES,
  ) {
    checkLimit(maxMessageBytes, 'maxMessageBytes');
  }

  /**
   * Throws QmpProtocolError when a value grows past the limit (once per
   * such value); the value is dropped, and the next one is framed as usual.
   */
  push(chunk: Buffer): void {
    let start = -1; // start in this chunk of the value being read, or -1 when it began earlier
    if (this.state !== S.Between) start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      // A string (or its escape) cannot hold this byte raw: QEMU's lexer refuses it.
      if (BAD_IN_STRING(c) && this.inString()) {
        this.lexicalError(chunk, start, i);
        start = -1;
        continue;
      }
      switch (this.state) {
        case S.Between:
          if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            this.state = S.InValue;
            this.depth = 1;
            start = i;
          } else if (WS(c)) {
            // white space between values
          } else if (QUOTE(c)) {
            this.state = S.TopString;
            this.quote = c;
            this.stringAt = 0;
            start = i;
          } else if (LONE(c)) {
            this.finish(chunk, i, i + 1);
          } else if (BAD(c)) {
            this.lexicalError(chunk, i, i);
          } else {
            // A bare scalar or junk: QEMU reports a parse error for it, once the
            // token has ended (a token may go on in the next chunk).
            this.state = S.TopWord;
            start = i;
          }
          break;
        case S.TopWord:
          if (WS(c) || c === 0x7b || c === 0x5b || QUOTE(c) || LONE(c) || BAD(c)) {
            this.finish(chunk, start, i);
            start = -1;
            this.state = S.Between;
            i--; // the delimiter starts what comes next
          }
          break;
        case S.TopString:
          if (c === 0x5c /* \ */) this.state = S.TopEscape;
          else if (c === this.quote) {
            this.finish(chunk, start, i + 1);
            start = -1;
            this.state = S.Between;
          }
          break;
        case S.TopEscape:
          this.state = S.TopString;
          break;
        case S.InValue:
          if (BAD(c)) {
            this.lexicalError(chunk, start, i);
            start = -1;
          } else if (QUOTE(c)) {
            this.state = S.InString;
            this.quote = c;
            this.stringAt = this.partBytes + i - start;
          } else if (c === 0x7b || c === 0x5b) {
            if (++this.depth > MAX_NESTING) {
              this.tooDeep(chunk, start, i);
              start = -1;
            }
          } else if (c === 0x7d || c === 0x5d) {
            this.depth--;
            if (this.depth === 0) {
              this.finish(chunk, start, i + 1);
              start = -1;
              this.state = S.Between;
            }
          }
          break;
        case S.InString:
          if (c === 0x5c /* \ */) this.state = S.InEscape;
          else if (c === this.quote) this.state = S.InValue;
          break;
        case S.InEscape:
          this.state = S.InString;
          break;
        case S.Recover:
          if (RESYNC(c)) {
            this.state = S.Between;
            i--; // read again from the start
          }
          break;
      }
    }
    if (this.state !== S.Between && this.state !== S.Recover && !this.skipping) {
      const from = start === -1 ? 0 : start;
      const rest = chunk.length - from;
      if (this.partBytes + rest > this.maxMessageBytes) {
        // Its end has not come: drop what is held, follow it to its end.
        this.skipping = true;
        this.parts = [];
        this.partBytes = 0;
        this.refused = true;
      } else {
        this.parts.push(chunk.subarray(from));
        this.partBytes += rest;
      }
    }
    if (this.refused) {
      // Said once the chunk is framed, so the values after it are not lost.
      this.refused = false;
      throw new QmpProtocolError(`message exceeds the maximum size of ${this.maxMessageBytes} bytes`);
    }
  }

  /**
   * The bytes held of a value whose end has not come (its sender left
   * mid-value), as text; undefined when none. They are forgotten: a
   * recorder keeps them as what was sent.
   */
  takeUnfinished(): string | undefined {
    const held = this.state !== S.Between && this.state !== S.Recover && !this.skipping && this.partBytes > 0;
    const text = held ? Buffer.concat(this.parts).toString('utf8') : undefined;
    this.parts = [];
    this.partBytes = 0;
    this.depth = 0;
    this.skipping = false;
    this.state = S.Between;
    return text;
  }

  /**
   * A byte QEMU's lexer refuses, at `i`, in a value that began at `from`:
   * the value so far and the byte are handed on as one text (it parses as
   * nothing: one error without an id, as QEMU answers; a recorder keeps
   * what was sent), then input is skipped up to the next place QEMU starts
   * reading again.
   */
  private lexicalError(chunk: Buffer, from: number, i: number): void {
    const inString = this.inString();
    const bytes = this.cut(chunk, from, i, S.Recover);
    // A value already refused as too long was reported once: not again.
    if (bytes === undefined) return;
    const text = bytes.toString('utf8');
    const stray = inString ? bytes.toString('utf8', Math.min(this.stringAt, bytes.length - 1)) : bytes.toString('utf8', bytes.length - 1);
    if (this.onStray !== undefined) this.onStray(stray, text);
    else this.onValue(text);
  }

  /** The value that began at `from` went deeper than MAX_NESTING at `i`: cut off there, as QEMU's parser resets. */
  private tooDeep(chunk: Buffer, from: number, i: number): void {
    const bytes = this.cut(chunk, from, i, S.Between);
    if (bytes === undefined) return;
    const text = bytes.toString('utf8');
    if (this.onTooDeep !== undefined) this.onTooDeep(text);
    else this.onValue(text);
  }

  /**
   * End the value that began at `from` at byte `i` (included), reading on
   * in state `next`: its bytes, or undefined when it is over the size
   * limit (then refused, once) or was already.
   */
  private cut(chunk: Buffer, from: number, i: number, next: S): Buffer | undefined {
    const tooLong = !this.skipping && this.partBytes + i + 1 - from > this.maxMessageBytes;
    if (tooLong) this.refused = true;
    const skipping = this.skipping || tooLong;
    this.parts.push(chunk.subarray(from, i + 1));
    const bytes = skipping ? undefined : Buffer.concat(this.parts);
    this.parts = [];
    this.partBytes = 0;
    this.skipping = false;
    this.depth = 0;
    this.state = next;
    return bytes;
  }

  /** Whether a string (in a value or alone) is being read. */
  private inString(): boolean {
    return this.state === S.InString || this.state === S.InEscape || this.state === S.TopString || this.state === S.TopEscape;
  }

  private finish(chunk: Buffer, start: number, end: number): void {
    if (this.skipping) {
      // The end of a value already refused.
      this.skipping = false;
      return;
    }
    const from = start === -1 ? 0 : start;
    if (this.partBytes + end - from > this.maxMessageBytes) {
      this.parts = [];
      this.partBytes = 0;
      this.refused = true;
      return;
    }
    let text: string;
    if (this.partBytes > 0) {
      this.parts.push(chunk.subarray(from, end));
      text = Buffer.concat(this.parts).toString('utf8');
      this.parts = [];
      this.partBytes = 0;
    } else {
      text = chunk.toString('utf8', from, end);
    }
    this.onValue(text);
  }
}
