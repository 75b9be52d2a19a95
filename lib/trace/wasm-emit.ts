/**
 * Just enough of the WebAssembly binary format (core spec, chapter 5) to
 * build a small module from TypeScript: the trace line formatter is written
 * here as code, not shipped as a binary or compiled by another toolchain.
 * Only the opcodes that formatter uses are named.
 */

/** Value types. */
export const I32 = 0x7f;
export const I64 = 0x7e;

/** Instructions without immediates, and the prefixes of those with them. */
export const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  call: 0x10,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  i64Load: 0x29,
  i32Load8u: 0x2d,
  i64Store: 0x37,
  i32Store8: 0x3a,
  i32Const: 0x41,
  i64Const: 0x42,
  i32Eqz: 0x45,
  i32Eq: 0x46,
  i32LtS: 0x48,
  i32GtU: 0x4b,
  i32GeU: 0x4f,
  i64Eqz: 0x50,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i64Ctz: 0x7a,
  i64Sub: 0x7d,
  i64And: 0x83,
  i64Xor: 0x85,
  i64ShrU: 0x88,
  i32WrapI64: 0xa7,
} as const;

/** A block type for blocks that take and leave nothing. */
export const VOID = 0x40;

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 64-bit value (i32 constants use it too). */
export function sleb(v: bigint | number): number[] {
  let n = BigInt.asIntN(64, BigInt(v));
  const out: number[] = [];
  for (;;) {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    const done = (n === 0n && (b & 0x40) === 0) || (n === -1n && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}

export const i32 = (v: number): number[] => [op.i32Const, ...sleb(v)];
export const i64 = (v: bigint): number[] => [op.i64Const, ...sleb(v)];
export const get = (local: number): number[] => [op.localGet, ...uleb(local)];
export const set = (local: number): number[] => [op.localSet, ...uleb(local)];
/** A load or store with no offset and byte alignment (the formatter moves unaligned words). */
export const mem = (code: number): number[] => [code, 0, 0];

export interface FunctionDef {
  params: number[];
  results: number[];
  /** Extra locals, after the parameters. */
  locals: number[];
  body: number[];
  /** Exported under this name, if given. */
  export?: string;
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => [...uleb(s.length), ...Buffer.from(s, 'utf8')];
const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];

/**
 * A module with one memory (exported as "memory", `pages` of 64 KiB, growable)
 * and the given functions, called by index in the order given.
 */
export function moduleBytes(functions: FunctionDef[], pages: number): Uint8Array {
  const types = section(1, vec(functions.map((f) => [0x60, ...vec(f.params.map((t) => [t])), ...vec(f.results.map((t) => [t]))])));
  const funcs = section(3, vec(functions.map((_, i) => uleb(i))));
  const memory = section(5, vec([[0x00, ...uleb(pages)]]));
  const exports = section(7, vec([[...name('memory'), 0x02, 0], ...functions.flatMap((f, i) => (f.export ? [[...name(f.export), 0x00, ...uleb(i)]] : []))]));
  const code = section(
    10,
    vec(
      functions.map((f) => {
        const body = [...vec(f.locals.map((t) => [1, t])), ...f.body, op.end];
        return [...uleb(body.length), ...body];
      }),
    ),
  );
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...funcs, ...memory, ...exports, ...code]);
}
