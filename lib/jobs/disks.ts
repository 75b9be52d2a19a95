/**
 * Disks and their backing chains, as QEMU reports them (`query-block`,
 * `query-named-block-nodes`), and libvirt's rules for naming a disk or an
 * image of its chain. Pure functions over query results: no I/O here.
 *
 * Two ways a disk can be defined:
 * - `-drive if=none,id=NAME`: `query-block` lists a device NAME with its
 *   nested image chain; QEMU names the nodes itself (`#block123`); jobs are
 *   addressed by the device name.
 * - `-blockdev` graphs: nodes have user-given names; with a frontend device
 *   `query-block` lists it (empty device name, a qdev path); with none, the
 *   disks are the top writable format nodes (those no other format node backs).
 *
 * In a -blockdev graph the backing links are not in the flat node list, so a
 * format node's backing is the format node whose file is the one QEMU reports
 * as its full backing filename (libvirt knows its graph; we must infer it).
 * Where two nodes hold one file (two disks sharing a template, each with its
 * own nodes, as libvirt opens them), the file does not tell them apart: the
 * links then come from QEMU's block graph (`GraphLinks`), when it gives it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BlockDeviceInfo, BlockInfo, ImageInfo } from '../qapi/types.js';
import { VirError } from '../errors.js';
import { errors } from './errors.js';

/** One image of a chain, top first. */
export interface ChainImage {
  /** Format node (user-given in -blockdev set-ups, QEMU's `#blockN` with -drive). */
  nodeName?: string;
  /** The protocol node under the format node (`libvirt-1-storage`), when there is one. */
  fileNodeName?: string;
  filename: string;
  format: string;
  /** The backing file name as recorded in this image (may be relative), if any. */
  backingName?: string;
}

export type DiskMode = 'drive' | 'blockdev';

export interface Disk {
  /** Canonical name: device name (-drive), frontend qdev id, or top node-name. */
  name: string;
  mode: DiskMode;
  /** BlockBackend name: the `-drive id=`; absent for -blockdev disks. */
  device?: string;
  /** The frontend's qdev id or path as QEMU reports it. */
  qdev?: string;
  /** Top first. */
  chain: ChainImage[];
}

/** Drivers of protocol nodes: they hold bytes, not images. */
const PROTOCOL_DRIVERS = new Set([
  'file', 'host_device', 'host_cdrom', 'nbd', 'iscsi', 'rbd', 'ssh', 'http', 'https', 'ftp', 'ftps',
  'gluster', 'nfs', 'nvme', 'null-co', 'null-aio', 'vvfat',
]);
/** Filter drivers: jobs and throttling insert them above images; never a chain member. */
const FILTER_DRIVERS = new Set([
  'copy-on-read', 'mirror_top', 'commit_top', 'throttle', 'blkdebug', 'blkverify', 'blklogwrites',
  'compress', 'preallocate', 'quorum', 'replication', 'snapshot-access', 'copy-before-write',
]);

/** Whether `n` is a protocol node (it holds bytes, not an image). */
export function isProtocolNode(n: BlockDeviceInfo): boolean {
  return PROTOCOL_DRIVERS.has(n.drv);
}

export function isFormatNode(n: BlockDeviceInfo): boolean {
  return !PROTOCOL_DRIVERS.has(n.drv) && !FILTER_DRIVERS.has(n.drv);
}

/** The qdev id out of a qdev path (`/machine/peripheral/vda/virtio-backend` → `vda`). */
export function qdevId(qdev: string | undefined): string | undefined {
  if (!qdev) return undefined;
  const m = /^\/machine\/peripheral\/([^/]+)/.exec(qdev);
  if (m) return m[1];
  if (qdev.startsWith('/')) return undefined;
  return qdev;
}

/**
 * An image's file name without QEMU's `json:{...}` form. QEMU names a node
 * that way when a plain name would not say how it is opened: a -blockdev
 * node whose backing is given apart from its header's (relative) name, or
 * an image whose relative backing name was kept. The image's own file is
 * then its protocol child's `filename`.
 */
export function plainFilename(name: string): string {
  if (!name.startsWith('json:')) return name;
  try {
    const file = (JSON.parse(name.slice(5)) as { file?: unknown }).file as { filename?: unknown } | undefined;
    if (file !== null && typeof file === 'object' && typeof file.filename === 'string') return file.filename;
  } catch {
    // not JSON after all: keep QEMU's name
  }
  return name;
}

/** The file a node of `query-named-block-nodes` reads: its image's name, else its own, plain. */
export function nodeFile(n: { file: string; image?: { filename?: string } }): string {
  return plainFilename(n.image?.filename ?? n.file);
}

/**
 * The backing a node's `json:{...}` name gives: QEMU writes one when the node
 * was opened with another backing than its header names (blockdev-add with
 * `backing`, as a reused copy destination is), and that is the node's real
 * backing: the file it reads (null: opened without one). Undefined when the
 * name does not say.
 */
export function jsonBacking(name: string): string | null | undefined {
  if (!name.startsWith('json:')) return undefined;
  try {
    const opts = JSON.parse(name.slice(5)) as { backing?: unknown };
    if (!('backing' in opts)) return undefined;
    if (opts.backing === null) return null;
    const b = opts.backing as { file?: { filename?: unknown } } | undefined;
    return typeof b?.file?.filename === 'string' ? b.file.filename : undefined;
  } catch {
    return undefined;
  }
}

function backingFilenameOf(n: BlockDeviceInfo): string | undefined {
  const actual = jsonBacking(n.file);
  if (actual !== undefined) return actual ?? undefined;
  if (!n.backing_file) return undefined;
  return n.image?.['full-backing-filename'] ?? n.backing_file;
}

/** A node's children in QEMU's block graph, by node-name: its backing node and its file node. */
export type GraphLinks = ReadonlyMap<string, { backing?: string; file?: string }>;

/**
 * Whether some file is held by more than one format node, or more than one
 * protocol node: then matching by file name cannot tell which node is whose.
 */
export function sharesFiles(nodes: readonly BlockDeviceInfo[]): boolean {
  const seen = new Set<string>();
  for (const n of nodes) {
    if (!n || typeof n['node-name'] !== 'string' || typeof n.file !== 'string' || FILTER_DRIVERS.has(n.drv)) continue;
    const key = `${PROTOCOL_DRIVERS.has(n.drv) ? 'p' : 'f'}:${plainFilename(n.file)}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** `x-debug-query-block-graph`'s answer, as far as it is used here. */
export interface BlockGraph {
  nodes: { id: number; type: string; name: string }[];
  edges: { parent: number; child: number; name: string }[];
}

/** What discovery takes from QEMU's block graph. */
export interface GraphInfo {
  links: GraphLinks;
  /** Nodes a job writes to (a copy's destination): not disks, though nothing backs them. */
  jobTargets: ReadonlySet<string>;
}

/** The backing and file links of each block driver node, and the jobs' targets; undefined if the answer is not a graph. */
export function graphInfo(graph: unknown): GraphInfo | undefined {
  const g = graph as Partial<BlockGraph> | undefined;
  if (!g || !Array.isArray(g.nodes) || !Array.isArray(g.edges)) return undefined;
  const names = new Map<number, string>();
  const jobs = new Set<number>();
  for (const n of g.nodes) {
    if (n && n.type === 'block-driver' && typeof n.name === 'string') names.set(n.id, n.name);
    else if (n && n.type === 'block-job') jobs.add(n.id);
  }
  const links = new Map<string, { backing?: string; file?: string }>();
  const jobTargets = new Set<string>();
  for (const e of g.edges) {
    const child = e ? names.get(e.child) : undefined;
    if (child === undefined) continue;
    if (jobs.has(e.parent) && e.name === 'target') jobTargets.add(child);
    const parent = names.get(e.parent);
    if (parent === undefined || (e.name !== 'backing' && e.name !== 'file')) continue;
    const l = links.get(parent) ?? {};
    l[e.name] = child;
    links.set(parent, l);
  }
  return { links, jobTargets };
}

class NodeIndex {
  readonly byName = new Map<string, BlockDeviceInfo>();
  readonly formatByFile = new Map<string, BlockDeviceInfo[]>();
  readonly protocolByFile = new Map<string, BlockDeviceInfo[]>();

  constructor(nodes: BlockDeviceInfo[], private readonly links?: GraphLinks) {
    for (const n of nodes) {
      if (!n || typeof n['node-name'] !== 'string') continue;
      this.byName.set(n['node-name'], n);
      const map = isFormatNode(n) ? this.formatByFile : PROTOCOL_DRIVERS.has(n.drv) ? this.protocolByFile : undefined;
      if (!map) continue;
      const file = plainFilename(n.file);
      const list = map.get(file) ?? [];
      list.push(n);
      map.set(file, list);
    }
  }

  /** The protocol node of a format node: same file; `X-format` prefers `X-storage`. */
  fileNodeOf(n: BlockDeviceInfo): string | undefined {
    // QEMU's link, when it is a protocol node (a filter there, such as blkdebug, is not the file node).
    const linked = this.links?.get(n['node-name'] ?? '')?.file;
    const node = linked === undefined ? undefined : this.byName.get(linked);
    if (node !== undefined && PROTOCOL_DRIVERS.has(node.drv)) return linked;
    const cands = this.protocolByFile.get(plainFilename(n.file));
    if (!cands || cands.length === 0) return undefined;
    const name = n['node-name'] ?? '';
    const twin = name.endsWith('-format') ? `${name.slice(0, -'-format'.length)}-storage` : undefined;
    return (cands.find((c) => c['node-name'] === twin) ?? cands[0]!)['node-name'];
  }

  /** The format node backing `n`, by filename; undefined at the bottom or when unknown. */
  backingOf(n: BlockDeviceInfo, exclude: Set<string>): BlockDeviceInfo | undefined {
    const link = this.links?.get(n['node-name'] ?? '');
    if (link !== undefined) {
      // QEMU's own link (none: opened without its backing); a filter between
      // them (a job's) is not an image of the chain.
      let b = link.backing === undefined ? undefined : this.byName.get(link.backing);
      for (let i = 0; b !== undefined && FILTER_DRIVERS.has(b.drv) && i < 8; i++) {
        const next = this.links?.get(b['node-name']!);
        b = next?.backing ?? next?.file ? this.byName.get((next.backing ?? next.file)!) : undefined;
      }
      return b !== undefined && isFormatNode(b) && !exclude.has(b['node-name']!) ? b : undefined;
    }
    const file = backingFilenameOf(n);
    if (file === undefined) return undefined;
    const cands = (this.formatByFile.get(file) ?? []).filter((c) => !exclude.has(c['node-name']!));
    return cands[0];
  }
}

function imageOfNode(idx: NodeIndex, n: BlockDeviceInfo): ChainImage {
  const img: ChainImage = { nodeName: n['node-name'], filename: plainFilename(n.file), format: n.drv };
  const fileNode = idx.fileNodeOf(n);
  if (fileNode !== undefined) img.fileNodeName = fileNode;
  // The name in the image's header (relative if it is); `backing_file` is QEMU's view of the
  // backing node, made absolute (or json:) in a -blockdev graph.
  if (n.backing_file) img.backingName = n.image?.['backing-filename'] ?? n.backing_file;
  return img;
}

/** The chain below a format node, following backing files through the node list. */
function chainFromNode(idx: NodeIndex, top: BlockDeviceInfo): ChainImage[] {
  const chain: ChainImage[] = [];
  const seen = new Set<string>();
  let cur: BlockDeviceInfo | undefined = top;
  while (cur && !seen.has(cur['node-name']!)) {
    seen.add(cur['node-name']!);
    chain.push(imageOfNode(idx, cur));
    cur = idx.backingOf(cur, seen);
  }
  return chain;
}

/** The chain of a -drive device from its nested ImageInfo, with node names matched by file. */
function chainFromImage(idx: NodeIndex, inserted: NonNullable<BlockInfo['inserted']>): ChainImage[] {
  const chain: ChainImage[] = [];
  const used = new Set<string>();
  let img: ImageInfo | undefined = inserted.image;
  let first = true;
  let prev: BlockDeviceInfo | undefined;
  while (img) {
    const entry: ChainImage = { filename: plainFilename(img.filename), format: img.format };
    let node: BlockDeviceInfo | undefined;
    if (first && inserted['node-name']) node = idx.byName.get(inserted['node-name']);
    if (!node && prev !== undefined) {
      const b = idx.backingOf(prev, used);
      if (b !== undefined && plainFilename(b.file) === entry.filename) node = b;
    }
    if (!node) node = (idx.formatByFile.get(entry.filename) ?? []).find((c) => !used.has(c['node-name']!));
    if (first && !node && inserted['node-name']) entry.nodeName = inserted['node-name'];
    prev = node;
    if (node) {
      used.add(node['node-name']!);
      entry.nodeName = node['node-name'];
      const fileNode = idx.fileNodeOf(node);
      if (fileNode !== undefined) entry.fileNodeName = fileNode;
    }
    if (img['backing-filename'] !== undefined) entry.backingName = img['backing-filename'];
    chain.push(entry);
    img = img['backing-image'];
    first = false;
  }
  return chain;
}

/**
 * Build the disk list from `query-block` and `query-named-block-nodes` (flat).
 * Every -drive device with a medium, every -blockdev frontend, and in a graph
 * without frontends (`-machine none`, the simulator) every writable top format
 * node is a disk.
 */
export function discoverDisks(blocks: BlockInfo[], nodes: BlockDeviceInfo[], graph?: GraphInfo): Disk[] {
  const idx = new NodeIndex(nodes, graph?.links);
  const disks: Disk[] = [];
  const claimed = new Set<string>();
  for (const b of blocks) {
    const ins = b.inserted;
    if (!ins) continue;
    const qdev = typeof b.qdev === 'string' && b.qdev !== '' ? b.qdev : undefined;
    if (b.device) {
      const disk: Disk = { name: b.device, mode: 'drive', device: b.device, chain: chainFromImage(idx, ins) };
      if (qdev) disk.qdev = qdev;
      disks.push(disk);
    } else {
      const topNode = ins['node-name'] ? idx.byName.get(ins['node-name']) : undefined;
      const chain = topNode ? chainFromNode(idx, topNode) : chainFromImage(idx, ins);
      const name = qdevId(qdev) ?? ins['node-name'] ?? qdev;
      if (!name) continue;
      const disk: Disk = { name, mode: 'blockdev', chain };
      if (qdev) disk.qdev = qdev;
      disks.push(disk);
    }
    for (const d of disks.at(-1)!.chain) if (d.nodeName) claimed.add(d.nodeName);
  }
  // Format nodes in the backing chain of a writable one: not tops. A
  // read-only root's backing link does not count: it is what a job left
  // behind (a pivot whose clean-up a lost connection cut short), and its
  // link would hide the disk's new top, leaving the disk unlisted.
  const backed = new Set<string>();
  for (const n of idx.byName.values()) {
    if (!isFormatNode(n) || n.ro) continue;
    const seen = new Set([n['node-name']!]);
    for (let b = idx.backingOf(n, seen); b !== undefined && !backed.has(b['node-name']!); b = idx.backingOf(b, seen)) {
      backed.add(b['node-name']!);
      seen.add(b['node-name']!);
    }
  }
  const tops: Disk[] = [];
  // With a disk behind a frontend this is a VM with devices, as libvirt runs
  // it: a root node without one is not a disk but what a job left behind (an
  // old top after a pivot whose clean-up a lost connection cut short). Empty
  // devices (QEMU's default CD-ROM and floppy) do not count.
  if (blocks.some((b) => b.inserted !== undefined && typeof b.qdev === 'string' && b.qdev !== '')) return disks;
  for (const n of idx.byName.values()) {
    const name = n['node-name']!;
    // `#blockN` nodes are QEMU's own (implicit nodes of -drive); never a disk of their own.
    // Read-only roots are images a job dropped from a chain (QEMU opens backing
    // images read-only) and nobody deleted yet: not disks one could run a job on.
    if (!isFormatNode(n) || name.startsWith('#') || n.ro || backed.has(name) || claimed.has(name) || graph?.jobTargets.has(name)) continue;
    tops.push({ name, mode: 'blockdev', chain: chainFromNode(idx, n) });
  }
  // QEMU lists nodes newest first: oldest first is the order of the command
  // line (or of the blockdev-adds), as virsh lists a domain's disks.
  return disks.concat(tops.reverse());
}

/**
 * Nodes a job dropped from a chain while no manager watched (a -blockdev pull
 * that concluded between two connections): read-only format roots that no
 * disk uses and no image backs, each followed by its file node. The order is
 * the order in which `blockdev-del` can remove them.
 */
export function orphanNodes(nodes: BlockDeviceInfo[], disks: readonly Disk[], graph?: GraphInfo): string[] {
  const idx = new NodeIndex(nodes, graph?.links);
  const used = new Set<string>();
  for (const d of disks) {
    for (const img of d.chain) {
      if (img.nodeName) used.add(img.nodeName);
      if (img.fileNodeName) used.add(img.fileNodeName);
    }
  }
  const out: string[] = [];
  // Roots first: deleting one turns its backing file into a root, taken by the next pass.
  const removed = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const n of idx.byName.values()) {
      const name = n['node-name']!;
      if (removed.has(name) || !isFormatNode(n) || !n.ro || name.startsWith('#') || used.has(name)) continue;
      const backers = [...idx.byName.values()].filter((o) => !removed.has(o['node-name']!) && isFormatNode(o) && o !== n && idx.backingOf(o, new Set([o['node-name']!]))?.['node-name'] === name);
      if (backers.length > 0) continue;
      removed.add(name);
      out.push(name);
      const file = idx.fileNodeOf(n);
      if (file !== undefined && !used.has(file)) out.push(file);
      progress = true;
    }
  }
  return out;
}

/** Re-read one disk's chain from fresh query results; undefined if the disk is gone. */
export function rereadDisk(disk: Disk, blocks: BlockInfo[], nodes: BlockDeviceInfo[], graph?: GraphInfo): Disk | undefined {
  if (disk.mode === 'blockdev' && !disk.qdev) {
    // No frontend: the disk is its top node, which jobs of this issue never replace.
    const idx = new NodeIndex(nodes, graph?.links);
    const topName = disk.chain[0]?.nodeName;
    const top = topName !== undefined ? idx.byName.get(topName) : undefined;
    return top ? { ...disk, chain: chainFromNode(idx, top) } : undefined;
  }
  const fresh = discoverDisks(blocks, nodes, graph);
  return fresh.find((d) => (disk.device ? d.device === disk.device : d.qdev === disk.qdev));
}

/**
 * Find a disk by what a user may type: device name, qdev id or path,
 * top node-name, or the top image's path.
 * @throws VirError INVALID_ARG "disk 'X' not found in domain"
 */
export function resolveDisk(disks: readonly Disk[], arg: string): Disk {
  // From JavaScript anything can come: undefined would match a disk without a qdev.
  if (typeof arg !== 'string') throw new VirError('INVALID_ARG', `disk must be a string, not ${arg === null ? 'null' : typeof arg}`);
  const tests: ((d: Disk) => boolean)[] = [
    (d) => d.name === arg,
    (d) => d.device === arg,
    (d) => d.qdev !== undefined && (d.qdev === arg || qdevId(d.qdev) === arg),
    (d) => d.chain[0]?.nodeName === arg,
    (d) => d.chain[0]?.filename === arg,
  ];
  for (const t of tests) {
    const hit = disks.find(t);
    if (hit) return hit;
  }
  throw errors.diskNotFound(arg);
}

/**
 * Find an image of `disk`'s chain strictly beneath position `startFrom`
 * (0 = the top), as libvirt's chain lookup does for a base: an absolute path,
 * a node-name, the name recorded in the overlay, or `disk[N]` (N from 1 at the top).
 * @returns the image's position in `disk.chain`
 * @throws VirError INVALID_ARG with libvirt's "could not find ..." texts
 */
export function resolveImage(disks: readonly Disk[], disk: Disk, arg: string, startFrom = 0): number {
  const top = disk.chain[startFrom];
  const m = /^(.*)\[(\d+)\]$/.exec(arg);
  // As libvirt: index 0 is no index, nor is one past an unsigned int, so
  // `vda[0]` is looked up (and not found) as a name.
  if (m && Number(m[2]) !== 0 && Number(m[2]) <= 0xffffffff) {
    const target = m[1]!;
    const n = Number(m[2]);
    let owner: Disk | undefined;
    try {
      owner = resolveDisk(disks, target);
    } catch {
      owner = undefined;
    }
    if (owner !== disk) throw errors.indexTargetMismatch(target, disk.name);
    // Looked for beneath startFrom only; libvirt names the index whether it is past the end or above.
    if (n > disk.chain.length || n - 1 <= startFrom) throw errors.indexNotFound(n, disk.name);
    return n - 1;
  }
  for (let i = startFrom + 1; i < disk.chain.length; i++) {
    const img = disk.chain[i]!;
    const recorded = disk.chain[i - 1]!.backingName;
    if (img.filename === arg || img.nodeName === arg || img.fileNodeName === arg || recorded === arg) return i;
  }
  // As libvirt's chain lookup: by the file itself (`./x`, `a/../b`, a path
  // through a link), a relative name taken from the overlay's folder.
  for (let i = startFrom + 1; i < disk.chain.length; i++) {
    const img = disk.chain[i]!;
    if (path.isAbsolute(img.filename) && sameFile(path.resolve(path.dirname(disk.chain[i - 1]!.filename), arg), img.filename)) return i;
  }
  throw errors.imageNotFound(arg, top?.filename, disk.name);
}

/** Whether two paths name one file on this host (QEMU and its caller share it). */
function sameFile(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
