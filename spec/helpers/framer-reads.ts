import type { LineFramer } from '../../lib/transport/line-framer.js';

/**
 * Feeds `all` the way a socket read with `onread` does: each read lands at
 * the start of the buffer readBuffer() gives, `sizes` bytes at most (cycled;
 * 0 means as much as fits), followed by stale "\n" bytes that a framer must
 * not look at. `after(i)` runs after read i.
 */
export function read(f: LineFramer, all: Buffer, sizes: number[] = [0], after?: (i: number, off: number) => void): void {
  let off = 0;
  for (let i = 0; off < all.length; i++) {
    const at = f.readBuffer();
    const want = sizes[i % sizes.length] || at.length;
    const n = Math.min(want, at.length, all.length - off);
    all.copy(at, 0, off, off + n);
    at.fill(0x0a, n, Math.min(at.length, n + 64));
    f.received(n, at);
    off += n;
    after?.(i, off);
  }
}
