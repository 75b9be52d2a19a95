/**
 * Hands the bytes of a socket opened with Node's `onread` option straight to
 * a reader (a LineFramer, through its session), without a Buffer per read:
 * reads land in memory the reader chooses (LineFramer#readBuffer). The
 * socket is opened before its reader exists (a session is made once it
 * connects), so bytes read before attach() are kept for it.
 */
import type net from 'node:net';
import { sharedReadBuffer } from './line-buffers.js';

export class SocketFeed {
  private readBuffer: (() => Buffer) | undefined;
  private received: ((n: number, at: Uint8Array) => void) | undefined;
  private early: Buffer[] | undefined;
  /** For net.createConnection (see ConnectOptions#onread). */
  readonly onread: net.OnReadOpts;

  constructor() {
    // Bound methods, not closures: one session's worth of memory matters
    // when a daemon holds a thousand.
    this.onread = { buffer: this.buffer.bind(this), callback: this.callback.bind(this) };
  }

  /**
   * From now on reads land where `readBuffer` says and go to `received`
   * (`n` bytes at the start of `at`, which may be any buffer: what came
   * before goes there first).
   */
  attach(readBuffer: () => Buffer, received: (n: number, at: Uint8Array) => void): void {
    this.readBuffer = readBuffer;
    this.received = received;
    const early = this.early;
    this.early = undefined;
    for (const chunk of early ?? []) received(chunk.length, chunk);
  }

  private buffer(): Buffer {
    // Before attach(), reads land in the shared buffer and are copied out.
    return this.readBuffer === undefined ? sharedReadBuffer() : this.readBuffer();
  }

  private callback(n: number, at: Uint8Array): boolean {
    if (this.received !== undefined) this.received(n, at);
    else (this.early ??= []).push(Buffer.from(at.subarray(0, n)));
    return true;
  }
}
