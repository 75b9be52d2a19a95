/**
 * Building the disks a simulator starts with, the way a QEMU command line
 * would: `-drive` style (a named device over a chain opened from the image
 * headers, auto node names) or `-blockdev` style (libvirt's node names
 * libvirt-N-format / libvirt-N-storage, top = lowest N, no device).
 */
import type { Extent } from './extents.js';
import { SimImage, DEFAULT_SIZE, resolveBacking, type ImageFormat } from './image.js';
import type { SimMachine } from './machine.js';
import type { BlockNode } from './graph.js';

export interface DiskSpec {
  /** Device name (-drive id=), also the default job id. */
  name: string;
  /** Image paths, top first. Paths are names only: nothing touches the disk. */
  chain: string[];
  /** Define the disk as a -blockdev node graph instead of a -drive device. */
  blockdev?: boolean;
  /** Virtual size of every image; default 64 MiB. */
  sizeBytes?: number;
  /** Image format; default qcow2. */
  format?: ImageFormat;
  /**
   * What each image holds, top first (same length as `chain`). Default: data
   * in every layer, each layer's own, overlapping the ones below.
   */
  layers?: Extent[][];
}

/** Default content: the base is full, each overlay covers two slices of its own. */
export function defaultLayers(chain: string[], size: number): Extent[][] {
  const n = chain.length;
  return chain.map((path, i) => {
    const depth = n - 1 - i; // 0 = base
    if (depth === 0) return [{ start: 0, end: size, fp: `${path}#0` }];
    const step = Math.floor(size / 16 / 65536) * 65536;
    return [
      { start: depth * step, end: depth * step + 2 * step, fp: `${path}#${depth}a` },
      { start: size / 2 + depth * step, end: size / 2 + depth * step + step, fp: `${path}#${depth}b` },
    ];
  });
}

/** Create the images and nodes of one disk; returns its top node. */
export function addDisk(m: SimMachine, spec: DiskSpec): BlockNode {
  checkDiskSpec(m, spec);
  const size = spec.sizeBytes ?? DEFAULT_SIZE;
  const format = spec.format ?? 'qcow2';
  const layers = spec.layers ?? defaultLayers(spec.chain, size);
  // A relative name is a backing name as written in the header above it; the
  // image is the file it names from that image's folder, as QEMU opens it.
  const paths: string[] = [];
  for (const [i, name] of spec.chain.entries()) paths.push(i === 0 ? name : resolveBacking(paths[i - 1]!, name));
  const images = paths.map((path, i) => {
    const img = m.store.get(path) ?? m.store.add(new SimImage(path, format, size, layers[i] ?? []));
    const below = spec.chain[i + 1];
    if (below !== undefined) {
      img.backingFile = below;
      img.backingFormat = format;
    }
    return img;
  });
  if (spec.blockdev) {
    // libvirt numbers the chain from the top; blockdev-add happens base first.
    const first = m.nextBlockdevIndex;
    m.nextBlockdevIndex += images.length;
    let below: BlockNode | null = null;
    for (let i = images.length - 1; i >= 0; i--) {
      const n = first + i;
      const node = m.graph.addImageNodes(images[i]!, { nodeName: `libvirt-${n}-format`, fileNodeName: `libvirt-${n}-storage`, readOnly: i > 0 });
      node.backing = below;
      below = node;
    }
    return below!;
  }
  // -drive opens the top first, then each backing file from the header;
  // backing images and their storage are opened read-only.
  const nodes = images.map((img, i) => {
    const node = m.graph.addImageNodes(img, { readOnly: i > 0 });
    node.file!.readOnly = i > 0;
    return node;
  });
  nodes.forEach((n, i) => (n.backing = nodes[i + 1] ?? null));
  m.graph.backends.set(spec.name, { name: spec.name, root: nodes[0]! });
  return nodes[0]!;
}

/**
 * A disk spec QEMU would start with, said at once (a typo such as `device`
 * for `name` otherwise surfaces later as a malformed answer): a name no other
 * disk has, a chain of file names, a size in whole sectors, and a top image
 * no other disk opens (QEMU's write lock refuses it).
 */
function checkDiskSpec(m: SimMachine, spec: DiskSpec): void {
  const d = spec as Partial<DiskSpec> & Record<string, unknown>;
  const what = typeof d.name === 'string' ? `disk ${d.name}` : 'disk';
  if (typeof d.name !== 'string' || d.name === '') throw new Error(`${what}: 'name' must be a non-empty string`);
  if (!Array.isArray(d.chain) || d.chain.length === 0) throw new Error(`${what}: empty chain`);
  if (!d.chain.every((p) => typeof p === 'string' && p !== '')) throw new Error(`${what}: the chain must list image file names`);
  if (d.sizeBytes !== undefined && (!Number.isSafeInteger(d.sizeBytes) || d.sizeBytes <= 0 || d.sizeBytes % 512 !== 0)) {
    throw new Error(`${what}: size must be a positive multiple of 512 bytes, not ${String(d.sizeBytes)}`);
  }
  if (m.graph.lookup(d.name, d.name) !== undefined) throw new Error(`${what}: a disk or node of that name exists already`);
  if (d.layers !== undefined && (!Array.isArray(d.layers) || d.layers.length !== d.chain.length)) throw new Error(`${what}: 'layers' must have one entry per image`);
  const top = m.store.get(d.chain[0]!);
  if (top !== undefined) throw new Error(`${what}: image ${d.chain[0]!} is open already (QEMU: Failed to get "write" lock)`);
}
