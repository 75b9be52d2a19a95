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
import { QmpProtocolError } from '../errors.js';

/** Largest message accepted by default (interface.md, "Protocol defaults"). */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

export class LineFramer {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private failed = false;

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
    while (nl !== -1) {
      let line: Buffer;
      if (this.partBytes > 0) {
        if (this.partBytes + nl > this.maxMessageBytes) return this.overflow(this.partBytes + nl);
        this.parts.push(chunk.subarray(start, nl));
        line = Buffer.concat(this.parts, this.partBytes + nl - start);
        this.parts = [];
        this.partBytes = 0;
      } else {
        if (nl - start > this.maxMessageBytes) return this.overflow(nl - start);
        line = chunk.subarray(start, nl);
      }
      let end = line.length;
      if (end > 0 && line[end - 1] === CR) end--;
      if (end > 0) this.emit(line, end);
      start = nl + 1;
      nl = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) {
      const rest = chunk.length - start;
      if (this.partBytes + rest > this.maxMessageBytes) return this.overflow(this.partBytes + rest);
      this.parts.push(start === 0 ? chunk : chunk.subarray(start));
      this.partBytes += rest;
    }
  }

  private emit(line: Buffer, end: number): void {
    // Skip lines that are only white space (blank keep-alive lines).
    let i = 0;
    while (i < end && (line[i] === 0x20 || line[i] === 0x09 || line[i] === CR)) i++;
    if (i === end) return;
    this.onLine(line.toString('utf8', 0, end));
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
