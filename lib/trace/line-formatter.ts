/**
 * Turns a batch of wire lines into trace lines: `head + line + tail` for each
 * line of a text whose lines are separated by "\n" or "\r\n". This is the
 * recorder's hot path (a busy session hands it 64 KiB chunks of small
 * events), so it runs as a small WebAssembly function, built by wasm-emit.ts
 * from the code below: one call per batch that finds each line end eight
 * bytes at a time and moves the pieces eight bytes at a time. In JavaScript the
 * same work took at least two native calls per line (`replaceAll`, or
 * `indexOf` and `copyWithin`), and the concatenated result was copied again
 * when written (see BENCHMARKS.md, sessions 5, 6 and 9). Without WebAssembly
 * (`node --jitless`, or QMPBLOCK_TRACE_WASM=0) the recorder uses its string path.
 */
import '../transport/buffer-codec.js'; // types Buffer#latin1Write and #utf8Write
import { type FunctionDef, I32, I64, VOID, get, i32, i64, mem, moduleBytes, op, set } from './wasm-emit.js';

/** Eight "\n" bytes, and the constants of the has-a-zero-byte test on an eight-byte word. */
const LFS = 0x0a0a0a0a0a0a0a0an;
const LOWS = 0x0101010101010101n;
const HIGHS = 0x8080808080808080n;

/**
 * format(in, len, head, headLen, tail, tailLen, eolLen, out, limit):
 * writes head, the lines of [in, in + len) with tail + head in place of
 * each line end ("\n", or "\r\n" when eolLen is 2), then tail, at `out`;
 * returns the bytes written. One pass: each eight-byte word is copied out
 * and tested for a "\n" (x = word ^ LFS has a zero byte there, and
 * (x - LOWS) & ~x & HIGHS marks it; the lowest mark is exact). At a line
 * end the output goes back to it and tail and head are written over the
 * bytes copied past it, which are copied again from the next line's start.
 * Pieces are copied a word at a time too, so writes run up to 7 bytes past
 * the result. Returns -1, having stopped, where the output might pass
 * `limit`: checked at each line end for the rest of the text, one more
 * tail and head, and the last tail.
 */
const format: FunctionDef = (() => {
  const [inp, len, head, headLen, tail, tailLen, eolLen, out, limit] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [end, p, o, i, x, t] = [9, 10, 11, 12, 13, 14];
  /** Copy a piece to o, a word at a time, and move o past it. */
  const piece = (at: number, n: number): number[] => [
    ...i32(0), ...set(i),
    op.block, VOID, op.loop, VOID,
    ...get(i), ...get(n), op.i32GeU, op.brIf, 1,
    ...get(o), ...get(i), op.i32Add, ...get(at), ...get(i), op.i32Add, ...mem(op.i64Load), ...mem(op.i64Store),
    ...get(i), ...i32(8), op.i32Add, ...set(i),
    op.br, 0,
    op.end, op.end,
    ...get(o), ...get(n), op.i32Add, ...set(o),
  ];
  /** At a line end: back to it (before its "\r"), then tail and head, room permitting. */
  const lineEnd = [
    ...get(o), ...get(eolLen), op.i32Sub, ...i32(1), op.i32Add, ...set(o),
    ...get(o), ...get(end), op.i32Add, ...get(p), op.i32Sub, ...get(headLen), op.i32Add, ...get(tailLen), op.i32Add, ...get(tailLen), op.i32Add, ...i32(8), op.i32Add,
    ...get(limit), op.i32GtU,
    op.if, VOID, ...i32(-1), op.return, op.end,
    ...piece(tail, tailLen),
    ...piece(head, headLen),
  ];
  return {
    params: [I32, I32, I32, I32, I32, I32, I32, I32, I32],
    results: [I32],
    locals: [I32, I32, I32, I32, I64, I64],
    export: 'format',
    body: [
      ...get(inp), ...get(len), op.i32Add, ...set(end),
      ...get(inp), ...set(p),
      ...get(out), ...set(o),
      ...piece(head, headLen),
      // Whole words.
      op.block, VOID, op.loop, VOID,
      ...get(p), ...i32(8), op.i32Add, ...get(end), op.i32GtU, op.brIf, 1,
      ...get(o), ...get(p), ...mem(op.i64Load), ...set(x), ...get(x), ...mem(op.i64Store),
      ...get(x), ...i64(LFS), op.i64Xor, ...set(x),
      ...get(x), ...i64(LOWS), op.i64Sub, ...get(x), ...i64(-1n), op.i64Xor, op.i64And, ...i64(HIGHS), op.i64And, ...set(t),
      ...get(t), op.i64Eqz,
      op.if, VOID,
      ...get(p), ...i32(8), op.i32Add, ...set(p),
      ...get(o), ...i32(8), op.i32Add, ...set(o),
      op.br, 1,
      op.end,
      // A "\n" at byte k of the word: o and p to just past it.
      ...get(t), op.i64Ctz, ...i64(3n), op.i64ShrU, op.i32WrapI64, ...set(i),
      ...get(o), ...get(i), op.i32Add, ...set(o),
      ...get(p), ...get(i), op.i32Add, ...i32(1), op.i32Add, ...set(p),
      ...lineEnd,
      op.br, 0,
      op.end, op.end,
      // The last few bytes, one at a time.
      op.block, VOID, op.loop, VOID,
      ...get(p), ...get(end), op.i32GeU, op.brIf, 1,
      ...get(o), ...get(p), ...mem(op.i32Load8u), ...set(i), ...get(i), ...mem(op.i32Store8),
      ...get(p), ...i32(1), op.i32Add, ...set(p),
      ...get(o), ...i32(1), op.i32Add, ...set(o),
      ...get(i), ...i32(0x0a), op.i32Eq,
      op.if, VOID, ...get(o), ...i32(1), op.i32Sub, ...set(o), ...lineEnd, op.end,
      op.br, 0,
      op.end, op.end,
      ...piece(tail, tailLen),
      ...get(o), ...get(out), op.i32Sub,
    ],
  };
})();

/** Two heads (the recorder's two directions) at 0 and 128, the tail at 256, the batch's text from 512, its trace lines after it. */
const HEAD_AT = [0, 128] as const;
const TAIL_AT = 256;
const TEXT_AT = 512;
const PIECE_MAX = 120;
/** Room for the word-at-a-time writes past the limit. */
const SLACK = 16;
/** Larger batches take the string path, so the memory (which cannot shrink) stays small. */
const TEXT_MAX = 1 << 20;
const PAGE = 65536;

// Node has WebAssembly; TypeScript declares it only with the DOM library.
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
};

let instance: { memory: WasmMemory; format: (...args: number[]) => number } | null | undefined;

/** The compiled formatter, or null where WebAssembly is not available. */
function formatter(): typeof instance {
  if (instance !== undefined) return instance;
  instance = null;
  if (process.env.QMPBLOCK_TRACE_WASM === '0' || typeof WebAssembly === 'undefined') return instance;
  try {
    const exports = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes([format], 1))).exports;
    instance = { memory: exports.memory as WasmMemory, format: exports.format as (...args: number[]) => number };
  } catch {
    // No WebAssembly here (a runtime without it, or with code generation
    // forbidden): the string path does the same work.
  }
  return instance;
}

/** For tests: force the string path (false) or let the formatter be used again (true). */
export function useWasmFormatter(on: boolean): void {
  instance = on ? undefined : null;
  view = undefined;
  heads[0] = heads[1] = undefined;
}

/**
 * The heads in memory now. A head stays written from one call to the next:
 * the recorder's two alternate, and writing them (and a separator) again
 * for every batch took three of the five native calls a batch cost.
 */
const heads: [string | undefined, string | undefined] = [undefined, undefined];
const headLens = [0, 0];
/** The slot the next new head replaces. */
let nextSlot: 0 | 1 = 0;

let view: Buffer | undefined;

/** The memory as a Buffer, with at least `bytes`; undefined when it cannot grow. */
function memory(bytes: number): Buffer | undefined {
  // Only this module grows the memory, and it takes a new view when it
  // does: the view is not checked against the memory's buffer every call
  // (a getter that took a fifth of a batch's formatting in the bench).
  if (view !== undefined && bytes <= view.length) return view;
  const f = formatter();
  if (!f) return undefined;
  const have = f.memory.buffer.byteLength;
  if (bytes > have) {
    try {
      f.memory.grow(Math.ceil((bytes - have) / PAGE));
    } catch {
      return undefined;
    }
  }
  view = Buffer.from(f.memory.buffer);
  return view;
}

/** Write ASCII `s` at `at`, byte by byte: for a few bytes, cheaper than a native call. */
function putAscii(buf: Buffer, s: string, at: number): number {
  for (let i = 0; i < s.length; i++) buf[at + i] = s.charCodeAt(i);
  return s.length;
}

/** The trace lines of a batch, and how many there are: one object, reused by every call. */
export interface FormattedLines {
  /** The formatter's memory; the lines are `length` bytes from `start`, valid until the next call. */
  readonly memory: Buffer;
  readonly start: number;
  readonly length: number;
  readonly lines: number;
  /** The lines as a view (for tests; the recorder writes from `memory` itself). */
  readonly bytes: Buffer;
}

const result = {
  memory: Buffer.alloc(0) as Buffer,
  start: 0,
  length: 0,
  lines: 0,
  get bytes(): Buffer {
    return this.memory.subarray(this.start, this.start + this.length);
  },
};

/**
 * `head + line + tail` for every line of `text` (separated by "\n", or by
 * "\r\n" when `eol` is 2; no line end after the last line; every line at
 * least two bytes, as a JSON object is). `ascii` says the text is ASCII
 * (copied in as is; otherwise encoded as UTF-8, in which a "\n" byte is
 * always a "\n"). `head` and `tail` are ASCII, and longer together than a
 * line end (the count of lines comes from the lengths). Undefined when
 * WebAssembly is not available or the text is too large for this path.
 */
export function formatLines(text: string, ascii: boolean, eol: 1 | 2, head: string, tail: string): FormattedLines | undefined {
  if (text.length > TEXT_MAX || head.length > PIECE_MAX || tail.length > PIECE_MAX) return undefined;
  let buf = memory(TEXT_AT + (ascii ? text.length : text.length * 3));
  if (buf === undefined) return undefined;
  let slot: 0 | 1;
  if (head === heads[0]) slot = 0;
  else if (head === heads[1]) slot = 1;
  else {
    slot = nextSlot;
    nextSlot = nextSlot === 0 ? 1 : 0;
    headLens[slot] = putAscii(buf, head, HEAD_AT[slot]);
    heads[slot] = head;
  }
  const headLen = headLens[slot]!;
  const tailLen = putAscii(buf, tail, TAIL_AT);
  const len = ascii ? buf.latin1Write(text, TEXT_AT) : buf.utf8Write(text, TEXT_AT);
  const out = TEXT_AT + len;
  // Room for lines of 64 bytes or more at first (QEMU's are longer), more when it runs out.
  let room = len + (len >> 6) * (headLen + tailLen) + headLen + tailLen;
  let bytes = -1;
  while (bytes === -1) {
    buf = memory(out + room + SLACK);
    if (buf === undefined) return undefined;
    bytes = instance!.format(TEXT_AT, len, HEAD_AT[slot], headLen, TAIL_AT, tailLen, eol, out, out + room);
    room *= 2;
  }
  // bytes = len - (lines - 1) * eol + lines * (headLen + tailLen)
  result.memory = buf;
  result.start = out;
  result.length = bytes;
  result.lines = (bytes - len - eol) / (headLen + tailLen - eol);
  return result;
}
