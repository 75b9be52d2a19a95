/**
 * Disk images for real-QEMU runs: qcow2 chains built with qemu-img, layers
 * filled with recognisable byte patterns by qemu-io, and the offline checks
 * that follow a job (flatten to raw, compare, read the backing chain).
 *
 * Backing files are always recorded as absolute paths, so that QEMU, the
 * traces and qemu-img all name an image the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { logger } from '../log.js';
import { QEMU_IMG, QEMU_IO, runTool } from './tools.js';
import { QemuToolError } from './errors.js';

const log = logger('qemu');

/** Bytes in a mebibyte, for sizes, offsets and speeds. */
export const MiB = 1024 * 1024;

/** One write into a layer: a byte pattern, or zero clusters (`write -z`). */
export interface PatternWrite {
  offset: number;
  length: number;
  /** Byte value 0-255 written over the range; omit together with `zero: true`. */
  pattern?: number;
  /** Write zeroes (zero clusters in qcow2) instead of a pattern. */
  zero?: boolean;
}

export interface LayerSpec {
  /** File base name without extension: `base` gives `<dir>/base.qcow2`. */
  name: string;
  writes?: PatternWrite[];
}

export interface ChainSpec {
  /** Virtual size in bytes of every layer. */
  size: number;
  /** Layers from the bottom (base) to the top. */
  layers: LayerSpec[];
}

export interface Chain {
  dir: string;
  size: number;
  /** Absolute image paths, top first (the order of `qemu-img info --backing-chain`). */
  images: string[];
  /** Absolute path by layer name. */
  byName: Record<string, string>;
  top: string;
  base: string;
}

export interface CreateImageOptions {
  size?: number;
  format?: 'qcow2' | 'raw';
  /** Absolute path of the backing image (qcow2 only). */
  backing?: string;
  backingFormat?: string;
}

/** Create one image; a qcow2 with a backing file inherits its size unless `size` is given. */
export async function createImage(file: string, opts: CreateImageOptions = {}): Promise<string> {
  const format = opts.format ?? 'qcow2';
  const args = ['create', '-q', '-f', format];
  if (opts.backing !== undefined) {
    if (!path.isAbsolute(opts.backing)) throw new Error(`backing path must be absolute: ${opts.backing}`);
    args.push('-b', opts.backing, '-F', opts.backingFormat ?? 'qcow2');
  }
  args.push(file);
  if (opts.size !== undefined) args.push(String(opts.size));
  else if (opts.backing === undefined) throw new Error(`createImage(${file}): size needed without a backing file`);
  await runTool(QEMU_IMG, args);
  return file;
}

/** Apply pattern and zero writes to an image with qemu-io (one process for all writes). */
export async function writePatterns(file: string, writes: PatternWrite[], format = 'qcow2'): Promise<void> {
  if (writes.length === 0) return;
  const args = ['-f', format];
  for (const w of writes) {
    // qemu-io parses the -c string itself (no shell involved); numbers only.
    const cmd = w.zero
      ? `write -z ${w.offset} ${w.length}`
      : `write -P ${(w.pattern ?? 0) & 0xff} ${w.offset} ${w.length}`;
    args.push('-c', cmd);
  }
  args.push(file);
  await runTool(QEMU_IO, args);
}

/** Remove a folder and everything in it, then create it empty. */
export function freshDir(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Create a qcow2 chain in `dir` (which must exist), bottom layer first, each
 * layer backed by the one below with an absolute path, then fill the layers.
 */
export async function createChain(dir: string, spec: ChainSpec): Promise<Chain> {
  if (spec.layers.length === 0) throw new Error('createChain: at least one layer');
  const absDir = path.resolve(dir);
  const byName: Record<string, string> = {};
  const bottomUp: string[] = [];
  for (const layer of spec.layers) {
    const file = path.join(absDir, `${layer.name}.qcow2`);
    const below = bottomUp[bottomUp.length - 1];
    await createImage(file, below === undefined ? { size: spec.size } : { backing: below, size: spec.size });
    await writePatterns(file, layer.writes ?? []);
    byName[layer.name] = file;
    bottomUp.push(file);
  }
  const images = [...bottomUp].reverse();
  if (log.enabled) log('created chain %s', images.join(' -> '));
  return { dir: absDir, size: spec.size, images, byName, top: images[0]!, base: bottomUp[0]! };
}

/**
 * The layout of the shared QEMU 7.2 traces, for `names` from the base up
 * (default base, mid, top) in a 32 MiB chain:
 * - base: 0x11 in [0, 28M)
 * - first intermediate: 0x22 in [8M, 24M) and zero clusters in [26M, 27M)
 * - further intermediates: 0x55 + i in [12M, 14M) (i = 0, 1, ...)
 * - top: 0x33 in [0, 4M) and 0x44 in [20M, 22M)
 * [28M, 32M) stays unallocated everywhere. A chain of one layer is just the base.
 */
export function standardLayout(names: string[] = ['base', 'mid', 'top'], size = 32 * MiB): ChainSpec {
  const layers: LayerSpec[] = names.map((name, i) => {
    if (i === 0) return { name, writes: [{ offset: 0, length: 28 * MiB, pattern: 0x11 }] };
    if (i === names.length - 1) {
      return {
        name,
        writes: [
          { offset: 0, length: 4 * MiB, pattern: 0x33 },
          { offset: 20 * MiB, length: 2 * MiB, pattern: 0x44 },
        ],
      };
    }
    if (i === 1) {
      return {
        name,
        writes: [
          { offset: 8 * MiB, length: 16 * MiB, pattern: 0x22 },
          { offset: 26 * MiB, length: 1 * MiB, zero: true },
        ],
      };
    }
    return { name, writes: [{ offset: 12 * MiB, length: 2 * MiB, pattern: 0x55 + (i - 2) }] };
  });
  return { size, layers };
}

/** `createChain(dir, standardLayout(names))`. */
export function createStandardChain(dir: string, names?: string[], size?: number): Promise<Chain> {
  return createChain(dir, standardLayout(names, size));
}

/** Copy the guest-visible content of `image` (with its chain) into a raw file. */
export async function flatten(image: string, outRaw: string): Promise<string> {
  await runTool(QEMU_IMG, ['convert', '-U', '-O', 'raw', image, outRaw]);
  return outRaw;
}

export type CompareResult = { identical: true } | { identical: false; difference: string };

export interface CompareOptions {
  formatA?: string;
  formatB?: string;
}

/**
 * Compare the guest-visible content of two images (`qemu-img compare`).
 * @returns identical, or the first difference as qemu-img reports it.
 * @throws QemuToolError when qemu-img cannot compare (exit 2: missing file, bad format).
 */
export async function compareImages(a: string, b: string, opts: CompareOptions = {}): Promise<CompareResult> {
  const args = ['compare', '-U'];
  if (opts.formatA) args.push('-f', opts.formatA);
  if (opts.formatB) args.push('-F', opts.formatB);
  args.push(a, b);
  try {
    await runTool(QEMU_IMG, args);
    return { identical: true };
  } catch (err) {
    // Exit 1 means "images differ"; anything else is a real failure.
    if (err instanceof QemuToolError && err.exitCode === 1) {
      const text = err.stdout.trim() || err.stderr.trim();
      return { identical: false, difference: text || 'images differ' };
    }
    throw err;
  }
}

export interface ChainEntry {
  filename: string;
  /** The backing file name as stored in the image, or null. */
  backingFilename: string | null;
  format: string;
  backingFormat: string | null;
  virtualSize: number;
}

/**
 * The backing chain of an image, top first (`qemu-img info --backing-chain`).
 * Opened with -U (no lock), so it also works while QEMU has the image open.
 */
export async function backingChain(file: string): Promise<ChainEntry[]> {
  const { stdout } = await runTool(QEMU_IMG, ['info', '-U', '--backing-chain', '--output=json', file]);
  const parsed = JSON.parse(stdout) as unknown;
  const list = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
  return list.map((o) => ({
    filename: String(o.filename),
    backingFilename: typeof o['backing-filename'] === 'string' ? o['backing-filename'] : null,
    format: String(o.format),
    backingFormat: typeof o['backing-filename-format'] === 'string' ? o['backing-filename-format'] : null,
    virtualSize: Number(o['virtual-size']),
  }));
}

/**
 * Read a range of an image (with its chain) and check it holds one byte value
 * (`qemu-io read -P`).
 * @returns false when the content differs
 * @throws QemuToolError when the image cannot be read at all
 */
export async function verifyPattern(file: string, offset: number, length: number, pattern: number, format = 'qcow2'): Promise<boolean> {
  try {
    await runTool(QEMU_IO, ['-U', '-r', '-f', format, '-c', `read -P ${pattern & 0xff} ${offset} ${length}`, file]);
    return true;
  } catch (err) {
    // qemu-io exits 1 after "Pattern verification failed"; other failures are real errors.
    if (err instanceof QemuToolError && /verification failed/i.test(err.stdout)) return false;
    throw err;
  }
}
