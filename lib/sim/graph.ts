/**
 * The block graph: format and storage nodes, their backing links, and the
 * named devices (-drive BlockBackends) on top. Lookups follow QEMU's rules
 * (device name first, then node-name; filename search down a chain). Knows
 * images and nodes; no QMP wire format, no jobs beyond "who blocks a node".
 */
import { SimImage, ImageStore, resolveBacking, type ImageFormat } from './image.js';

export type FilterDriver = 'copy-on-read' | 'commit_top' | 'mirror_top';
export type NodeDriver = ImageFormat | 'file' | FilterDriver;

export class BlockNode {
  backing: BlockNode | null = null;
  file: BlockNode | null = null;
  /** The job using this node, which refuses other jobs (QEMU's op blockers). */
  blocker: { type: string } | undefined;
  /**
   * The backing file name QEMU compares with the attached backing node
   * (bs->auto_backing_file): the header's name resolved when the image was
   * opened, or the name a job just wrote, as written.
   */
  autoBacking: string | undefined;
  /** Dirty bitmaps on this node (a mirror's), as BlockDirtyInfo producers. */
  readonly bitmaps: Array<() => Record<string, unknown>> = [];
  constructor(
    public nodeName: string,
    public driver: NodeDriver,
    readonly image: SimImage,
    public readOnly: boolean,
    readonly autoName: boolean,
  ) {}

  get isFormat(): boolean {
    return this.driver === 'qcow2' || this.driver === 'raw';
  }

  /** A job's filter node (QEMU inserts one above the node a job works on). */
  get isFilter(): boolean {
    return this.driver === 'copy-on-read' || this.driver === 'commit_top' || this.driver === 'mirror_top';
  }

  /** Reopen read-only or read-write, with the storage node opened along with it (auto-named). */
  setReadOnly(ro: boolean): void {
    this.readOnly = ro;
    if (this.file?.autoName) this.file.readOnly = ro;
  }
}

/**
 * The filename QEMU shows for a node: the image's path, unless the node's
 * backing is not what its header names, in which case QEMU describes the
 * node as a `json:{...}` pseudo-filename (bdrv_refresh_filename).
 */
export function nodeFilename(node: BlockNode): string {
  // A stream's copy-on-read filter named by filter-node-name is opened with
  // the name among its options, so QEMU describes it; otherwise (and for
  // mirror_top and commit_top, named apart from their options) a filter
  // takes its child's name.
  if (node.isFilter && node.file) {
    return node.driver === 'copy-on-read' && !node.autoName ? `json:${pyJson({ driver: node.driver, file: describe(node.file) })}` : nodeFilename(node.file);
  }
  if (!node.isFormat || !backingMismatch(node)) return node.image.filename;
  return `json:${pyJson(describe(node))}`;
}

function backingMismatch(node: BlockNode): boolean {
  // Opened without the backing file its header names ("backing": null).
  if (!node.backing) return !!node.image.backingFile;
  const header = node.autoBacking ?? (node.image.backingFile ? resolveBacking(node.image.filename, node.image.backingFile) : undefined);
  return header !== node.backing.image.filename && header !== nodeFilename(node.backing);
}

function describe(node: BlockNode): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  if (backingMismatch(node)) d.backing = node.backing ? describe(node.backing) : null;
  d.driver = node.driver;
  d.file = { driver: 'file', filename: node.image.filename };
  return d;
}

/** QEMU's JSON style for pseudo-filenames: sorted keys, ", " and ": ". */
function pyJson(v: unknown): string {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}: ${pyJson(o[k])}`).join(', ')}}`;
  }
  return JSON.stringify(v);
}

export interface Backend {
  name: string;
  root: BlockNode;
}

export class BlockGraph {
  readonly nodes = new Map<string, BlockNode>();
  readonly backends = new Map<string, Backend>();
  private autoCounter = 100;

  constructor(readonly store: ImageStore) {}

  autoNodeName(): string {
    this.autoCounter += 1;
    return `#block${String(this.autoCounter).padStart(3, '0')}`;
  }

  /**
   * Put a job's filter node above `over`. Only the node list and the parent
   * checks see it: device lookups and query-block look through filters, as
   * QEMU's do.
   */
  insertFilter(over: BlockNode, driver: FilterDriver, nodeName?: string): BlockNode {
    // QEMU opens the copy-on-read and mirror_top filters read-write and the
    // commit_top filter with no flags, i.e. read-only.
    const f = new BlockNode(nodeName ?? this.autoNodeName(), driver, over.image, driver === 'commit_top', nodeName === undefined);
    f.file = over;
    this.nodes.set(f.nodeName, f);
    return f;
  }

  removeFilter(f: BlockNode | undefined): void {
    if (f && this.nodes.get(f.nodeName) === f) this.nodes.delete(f.nodeName);
  }

  /** Add a storage (protocol) node for `image`. */
  addFileNode(image: SimImage, nodeName?: string): BlockNode {
    const node = new BlockNode(nodeName ?? this.autoNodeName(), 'file', image, false, nodeName === undefined);
    this.nodes.set(node.nodeName, node);
    return node;
  }

  /** Add a format node over a new storage node for `image`. */
  addImageNodes(image: SimImage, opts: { nodeName?: string; fileNodeName?: string; readOnly?: boolean } = {}): BlockNode {
    const fileNode = new BlockNode(opts.fileNodeName ?? this.autoNodeName(), 'file', image, false, !opts.fileNodeName);
    this.nodes.set(fileNode.nodeName, fileNode);
    const fmt = new BlockNode(opts.nodeName ?? this.autoNodeName(), image.format, image, opts.readOnly ?? false, !opts.nodeName);
    fmt.file = fileNode;
    this.nodes.set(fmt.nodeName, fmt);
    return fmt;
  }

  /**
   * Drop the nodes nothing uses any more, as QEMU frees a node when its last
   * reference goes: a node stays while a device, a node-name given by the
   * user (blockdev-add, -blockdev), a job, or another kept node refers to it.
   * Only auto-named (-drive) nodes can go this way.
   */
  collectGarbage(): void {
    const keep = new Set<BlockNode>();
    const visit = (start: BlockNode | null): void => {
      for (let n = start; n && !keep.has(n); n = n.backing) {
        keep.add(n);
        if (n.file) visit(n.file);
      }
    };
    for (const b of this.backends.values()) visit(b.root);
    for (const n of this.nodes.values()) if (!n.autoName || n.blocker || n.isFilter) visit(n);
    for (const n of [...this.nodes.values()]) if (!keep.has(n)) this.nodes.delete(n.nodeName);
  }

  /** Remove a node and (if then unused) its storage child. */
  removeNode(node: BlockNode): void {
    this.nodes.delete(node.nodeName);
    if (node.file && this.parentsOf(node.file).length === 0) this.nodes.delete(node.file.nodeName);
  }

  /** Nodes (and backends) that reference `node`. */
  parentsOf(node: BlockNode): Array<BlockNode | Backend> {
    const out: Array<BlockNode | Backend> = [];
    for (const n of this.nodes.values()) if (n.backing === node || n.file === node) out.push(n);
    for (const b of this.backends.values()) if (b.root === node) out.push(b);
    return out;
  }

  nodeParents(node: BlockNode): BlockNode[] {
    return this.parentsOf(node).filter((p): p is BlockNode => p instanceof BlockNode);
  }

  backendOf(node: BlockNode): Backend | undefined {
    for (const b of this.backends.values()) if (b.root === node) return b;
    return undefined;
  }

  /** bdrv_get_device_or_node_name(): what QEMU calls a node in messages. */
  deviceOrNodeName(node: BlockNode): string {
    return this.backendOf(node)?.name ?? node.nodeName;
  }

  /** bdrv_lookup_bs(): a device name, else a node-name. */
  lookup(device: string | undefined, nodeName: string | undefined): BlockNode | undefined {
    if (device !== undefined) {
      const b = this.backends.get(device);
      if (b) return b.root;
    }
    if (nodeName !== undefined) return this.nodes.get(nodeName);
    return undefined;
  }

  /** The chain from `top` down: top, its backing, ... */
  chain(top: BlockNode): BlockNode[] {
    const out: BlockNode[] = [];
    for (let n: BlockNode | null = top; n; n = n.backing) out.push(n);
    return out;
  }

  /** `node` and every node above it (its parents, their parents, ...). */
  ancestorsOf(node: BlockNode): Set<BlockNode> {
    const out = new Set<BlockNode>([node]);
    const todo = [node];
    while (todo.length > 0) {
      for (const p of this.nodeParents(todo.pop()!)) {
        if (!out.has(p)) {
          out.add(p);
          todo.push(p);
        }
      }
    }
    return out;
  }

  /** bdrv_chain_contains(top, node). */
  chainContains(top: BlockNode, node: BlockNode): boolean {
    return this.chain(top).includes(node);
  }

  /** bdrv_find_backing_image(): an image below `top` by filename. */
  findBackingImage(top: BlockNode, filename: string): BlockNode | undefined {
    for (let n = top.backing; n; n = n.backing) {
      if (n.image.filename === filename) return n;
    }
    // QEMU also matches the backing file name as written in the overlay's header.
    for (let n: BlockNode | null = top; n && n.backing; n = n.backing) {
      if (n.image.backingFile === filename) return n.backing;
    }
    return undefined;
  }

  /** bdrv_find_overlay(): the node in `top`'s chain whose backing is `node`. */
  overlayOf(top: BlockNode, node: BlockNode): BlockNode | undefined {
    for (let n: BlockNode | null = top; n; n = n.backing) if (n.backing === node) return n;
    return undefined;
  }

  /** Put `replacement` wherever `node` was used (device root, backing link). */
  replaceNode(node: BlockNode, replacement: BlockNode): void {
    for (const b of this.backends.values()) if (b.root === node) b.root = replacement;
    for (const p of this.nodeParents(node)) if (p.backing === node && p !== replacement) p.backing = replacement;
  }


  /**
   * Make `node` use `backing`, and write it into the image header as QEMU
   * does when a job or snapshot changes the chain.
   */
  setBacking(node: BlockNode, backing: BlockNode | null, writeHeader = true, backingFile?: string): void {
    node.backing = backing;
    if (writeHeader) {
      node.image.backingFile = backing ? (backingFile ?? nodeFilename(backing)) : null;
      node.image.backingFormat = backing ? backing.image.format : null;
      node.autoBacking = node.image.backingFile ?? undefined;
    }
  }
}
