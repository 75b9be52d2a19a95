/**
 * Decoding and encoding of wire bytes. QEMU sends ASCII; for ASCII, latin1 is
 * a plain copy and gives the same string as UTF-8, which has to check every
 * byte. Node's own codecs under Buffer#toString and Buffer#write are typed
 * here once (they skip those methods' argument checks).
 */
import { isAscii } from 'node:buffer';

declare module 'node:buffer' {
  interface Buffer {
    latin1Slice(start: number, end: number): string;
    utf8Slice(start: number, end: number): string;
    latin1Write(text: string, offset: number): number;
    utf8Write(text: string, offset: number): number;
  }
}

/** Whether bytes [start, end) of `buf` are all ASCII. */
export function asciiRange(buf: Buffer, start: number, end: number): boolean {
  return isAscii(start === 0 && end === buf.length ? buf : buf.subarray(start, end));
}

/** Bytes [start, end) as a string: latin1 when known to be ASCII, else UTF-8. */
export function decodeRange(buf: Buffer, start: number, end: number, ascii: boolean): string {
  return ascii ? buf.latin1Slice(start, end) : buf.utf8Slice(start, end);
}
