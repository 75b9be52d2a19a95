/**
 * Bytes waiting to be written to a file: strings are encoded into one reused
 * Buffer as they come, so that nothing but this Buffer is held until the
 * write (holding the strings until then made them survive young-generation
 * collections, and the write flattened and encoded them all again).
 */
import fs from 'node:fs';

const INITIAL = 128 * 1024;
/** After a write, a buffer grown past this (by a huge message) is let go. */
const KEEP = 4 * 1024 * 1024;

declare module 'node:buffer' {
  interface Buffer {
    /** Node's own fast path under Buffer#write (no argument juggling). */
    utf8Write(text: string, offset: number): number;
  }
}

export class ByteBuffer {
  private buf = Buffer.allocUnsafe(INITIAL);
  private used = 0;

  get length(): number {
    return this.used;
  }

  append(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; only near the end is the
    // exact length worth a scan.
    if (this.used + text.length * 3 > this.buf.length) this.reserve(this.used + Buffer.byteLength(text));
    this.used += this.buf.utf8Write(text, this.used);
  }

  private reserve(room: number): void {
    if (room > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(room, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.used);
      this.buf = bigger;
    }
  }

  /** Write everything to `fd` (synchronously) and empty the buffer. */
  writeTo(fd: number): void {
    let off = 0;
    while (off < this.used) off += fs.writeSync(fd, this.buf, off, this.used - off);
    this.used = 0;
    if (this.buf.length > KEEP) this.buf = Buffer.allocUnsafe(INITIAL);
  }
}
