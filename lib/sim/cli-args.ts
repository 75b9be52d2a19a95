/**
 * The command-line form of a simulator set-up, for `qmpblock sim`:
 * `--listen URI`, `--chain NAME=TOP,MID,BASE` (repeatable, top first),
 * `--blockdev` (every disk as a node graph), `--size BYTES`. Parsing only.
 */
import type { DiskSpec } from './setup.js';

export interface SimCliSpec {
  listen?: string;
  disks: DiskSpec[];
}

/**
 * Parse simulator arguments. Unknown arguments are an error, so a typo does
 * not silently give a different VM.
 * @throws Error with a one-line message on a malformed argument.
 */
export function parseSimArgs(argv: readonly string[]): SimCliSpec {
  const out: SimCliSpec = { disks: [] };
  let blockdev = false;
  let size: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 && !arg.startsWith('--chain=') ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--listen') out.listen = value();
    else if (flag === '--blockdev') blockdev = true;
    else if (flag === '--size') {
      size = Number(value());
      if (!Number.isInteger(size) || size <= 0) throw new Error('--size needs a positive number of bytes');
    } else if (flag === '--chain' || flag.startsWith('--chain=')) {
      const v = flag.startsWith('--chain=') ? flag.slice('--chain='.length) : value();
      const m = /^([^=]+)=(.+)$/.exec(v);
      if (!m) throw new Error(`--chain needs NAME=TOP[,BACKING...], got '${v}'`);
      const chain = m[2]!.split(',').map((p) => p.trim());
      if (chain.some((p) => p === '')) throw new Error(`--chain ${v}: empty image path`);
      if (out.disks.some((d) => d.name === m[1])) throw new Error(`--chain ${v}: disk '${m[1]}' defined twice`);
      // An image twice would make a backing loop, which qemu-img refuses to create.
      const twice = chain.find((p, j) => chain.indexOf(p) !== j);
      if (twice !== undefined) throw new Error(`--chain ${v}: image '${twice}' appears twice (a backing loop)`);
      out.disks.push({ name: m[1]!, chain });
    } else throw new Error(`unknown simulator argument '${arg}'`);
  }
  for (const d of out.disks) {
    if (blockdev) d.blockdev = true;
    if (size !== undefined) d.sizeBytes = size;
  }
  return out;
}
