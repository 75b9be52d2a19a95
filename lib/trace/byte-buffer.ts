/**
 * Bytes waiting to be written to a file: strings are encoded into one reused
 * Buffer as they come, so that nothing but this Buffer is held until the
 * write (holding the strings until then made them survive young-generation
 * collections, and the write flattened and encoded them all again).
 */
import '../transport/buffer-codec.js'; // types Buffer#latin1Write and #utf8Write

const INITIAL = 128 * 1024;
/** After a write, a buffer grown past this (by a huge message) is let go. */
const KEEP = 4 * 1024 * 1024;

export class ByteBuffer {
  private buf = Buffer.allocUnsafe(INITIAL);
  private used = 0;

  get length(): number {
    return this.used;
  }

  /** Append `text` as UTF-8; `ascii` says it is known to be ASCII (copied as is). */
  append(text: string, ascii = false): void {
    if (ascii) {
      this.reserve(this.used + text.length);
      // A plain copy (V8 flattens a rope first, as for any write).
      this.used += this.buf.latin1Write(text, this.used);
      return;
    }
    // UTF-8 takes at most 3 bytes per UTF-16 unit. Room for that, rather
    // than a scan for the exact length, except for huge texts.
    this.reserve(this.used + (text.length > 1 << 20 ? Buffer.byteLength(text) : text.length * 3));
    this.used += this.buf.utf8Write(text, this.used);
  }

  /** Append `length` bytes of `bytes` from `start` (all of them by default), as they are. */
  appendBytes(bytes: Buffer, start = 0, length = bytes.length - start): void {
    this.reserve(this.used + length);
    // What was copied: a range past the end of `bytes` is cut short by copy().
    this.used += bytes.copy(this.buf, this.used, start, start + length);
  }

  /** Drop what is held. */
  clear(): void {
    this.used = 0;
  }

  /** Append everything `other` holds, and empty it. */
  takeFrom(other: ByteBuffer): void {
    this.appendBytes(other.buf, 0, other.used);
    other.used = 0;
  }

  private reserve(room: number): void {
    if (room <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(room, this.buf.length * 2));
    this.buf.copy(bigger, 0, 0, this.used);
    this.buf = bigger;
  }

  /**
   * Hand everything held to `write` (bytes `start` to `start + length` of
   * its buffer, valid during the call), then empty the buffer. Where
   * `write` throws, what is held stays, for the caller to decide about.
   */
  drainInto(write: (buf: Buffer, start: number, length: number) => void): void {
    write(this.buf, 0, this.used);
    this.used = 0;
    if (this.buf.length > KEEP) this.buf = Buffer.allocUnsafe(INITIAL);
  }
}
