/**
 * What query-block and query-named-block-nodes answer, field for field as
 * QEMU 7.2 writes ImageInfo and BlockDeviceInfo (qapi/block-core.json).
 * Reads the graph; changes nothing.
 */
import { nodeFilename, type BlockGraph, type BlockNode } from './graph.js';
import { CLUSTER, resolveBacking } from './image.js';

type Json = Record<string, unknown>;

const QCOW2_SPECIFIC = {
  type: 'qcow2',
  data: { compat: '1.1', 'compression-type': 'zlib', 'lazy-refcounts': false, 'refcount-bits': 16, corrupt: false, 'extended-l2': false },
};

/** ImageInfo; with `recursive`, the backing node's info nests as backing-image. */
export function imageInfo(node: BlockNode, recursive: boolean): Json {
  const img = node.image;
  if (node.driver === 'file') {
    return { 'virtual-size': img.fileLength, filename: img.filename, format: 'file', 'actual-size': img.actualSize, 'dirty-flag': false };
  }
  if (node.isFilter) {
    const info: Json = { 'virtual-size': img.size, filename: nodeFilename(node), 'cluster-size': CLUSTER, format: node.driver, 'actual-size': img.actualSize, 'dirty-flag': false };
    // The filtered node's info nests where a backing image's would.
    if (recursive && node.file) info['backing-image'] = imageInfo(node.file, true);
    return info;
  }
  const info: Json = { 'virtual-size': img.size, filename: nodeFilename(node) };
  if (node.driver === 'qcow2') info['cluster-size'] = CLUSTER;
  info.format = node.driver;
  info['actual-size'] = img.actualSize;
  if (node.driver === 'qcow2') info['format-specific'] = structuredClone(QCOW2_SPECIFIC);
  info['dirty-flag'] = false;
  if (img.backingFile) {
    info['backing-filename-format'] = img.backingFormat ?? 'qcow2';
    info['full-backing-filename'] = resolveBacking(img.filename, img.backingFile);
    info['backing-filename'] = img.backingFile;
  }
  if (recursive && node.backing) info['backing-image'] = imageInfo(node.backing, true);
  return info;
}

/** A filter's filtered node, or a format node's backing. */
function below(node: BlockNode): BlockNode | null | undefined {
  return node.isFilter ? node.file : node.backing;
}

/** BlockDeviceInfo for one node. */
export function blockDeviceInfo(node: BlockNode, flat: boolean): Json {
  // Down the chain of filtered and backing children (bdrv_filter_or_cow_bs).
  let depth = 0;
  if (!flat) for (let n = below(node); n; n = below(n)) depth++;
  const info: Json = {
    iops_rd: 0,
    detect_zeroes: 'off',
    image: imageInfo(node, !flat),
    iops_wr: 0,
    ro: node.readOnly,
    'node-name': node.nodeName,
    backing_file_depth: depth,
    drv: node.driver,
    iops: 0,
    bps_wr: 0,
    write_threshold: 0,
  };
  // QEMU's runtime backing file name follows the backing node actually
  // attached; a node opened without its backing has none.
  if (node.isFormat && node.backing) info.backing_file = nodeFilename(node.backing);
  if (node.bitmaps.length > 0) info['dirty-bitmaps'] = node.bitmaps.map((b) => b());
  Object.assign(info, { encrypted: false, bps: 0, bps_rd: 0, cache: { 'no-flush': false, direct: false, writeback: true }, file: nodeFilename(node) });
  return info;
}

/** query-block: one entry per -drive device; nothing for a -blockdev graph. */
export function queryBlock(graph: BlockGraph): Json[] {
  return [...graph.backends.values()].map((b) => ({
    device: b.name,
    locked: false,
    removable: true,
    inserted: blockDeviceInfo(b.root, false),
    type: 'unknown',
  }));
}

/** query-named-block-nodes: every node, in creation order of the graph map. */
export function queryNamedBlockNodes(graph: BlockGraph, flat: boolean): Json[] {
  return orderedNodes(graph).map((n) => blockDeviceInfo(n, flat));
}

/**
 * QEMU lists the most recently created node first (graph_bdrv_states): a
 * -blockdev set-up added base first shows top first; a -drive chain, opened
 * top first, shows its base first.
 */
function orderedNodes(graph: BlockGraph): BlockNode[] {
  return [...graph.nodes.values()].reverse();
}
