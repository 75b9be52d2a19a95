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

export interface JsonStreamHandlers {
  /** One complete top-level JSON text, as a string (not yet parsed). */
  onValue(text: string): void;
}

const enum S {
  Between,
  InValue,
  InString,
  InEscape,
}

export class JsonStreamSplitter {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private state: S = S.Between;
  private depth = 0;
  private failed = false;

  constructor(
    private readonly onValue: (text: string) => void,
    readonly maxMessageBytes: number = DEFAULT_MAX_MESSAGE_BYTES,
  ) {}

  push(chunk: Buffer): void {
    if (this.failed) return;
    let start = -1; // start in this chunk of the value being read, or -1 when it began earlier
    if (this.state !== S.Between) start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      switch (this.state) {
        case S.Between:
          if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            this.state = S.InValue;
            this.depth = 1;
            start = i;
          } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
            // white space between values
          } else {
            // A bare scalar or junk: QEMU reports a parse error for it. Read it
            // up to the next white space so the caller can answer with an error.
            let j = i;
            while (j < chunk.length && chunk[j] !== 0x0a && chunk[j] !== 0x20 && chunk[j] !== 0x7b) j++;
            this.onValue(chunk.toString('utf8', i, j));
            i = j - 1;
          }
          break;
        case S.InValue:
          if (c === 0x22 /* " */) this.state = S.InString;
          else if (c === 0x7b || c === 0x5b) this.depth++;
          else if (c === 0x7d || c === 0x5d) {
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
          else if (c === 0x22) this.state = S.InValue;
          break;
        case S.InEscape:
          this.state = S.InString;
          break;
      }
    }
    if (this.state !== S.Between) {
      const from = start === -1 ? 0 : start;
      const rest = chunk.length - from;
      if (this.partBytes + rest > this.maxMessageBytes) {
        this.failed = true;
        this.parts = [];
        this.partBytes = 0;
        throw new QmpProtocolError(`message exceeds the maximum size of ${this.maxMessageBytes} bytes`);
      }
      this.parts.push(chunk.subarray(from));
      this.partBytes += rest;
    }
  }

  private finish(chunk: Buffer, start: number, end: number): void {
    let text: string;
    if (this.partBytes > 0) {
      this.parts.push(chunk.subarray(start === -1 ? 0 : start, end));
      text = Buffer.concat(this.parts).toString('utf8');
      this.parts = [];
      this.partBytes = 0;
    } else {
      text = chunk.toString('utf8', start, end);
    }
    if (text.length > this.maxMessageBytes) {
      this.failed = true;
      throw new QmpProtocolError(`message exceeds the maximum size of ${this.maxMessageBytes} bytes`);
    }
    this.onValue(text);
  }
}
