/**
 * The commands that start block jobs: block-stream, block-commit,
 * drive-mirror, blockdev-mirror. Checks run in QEMU 7.2's order
 * (blockdev.c), so the first error QEMU would report is the one reported.
 */
import { ON_ERROR, SYNC } from '../args.js';
import { layers } from '../content.js';
import { generic, SimCommandError } from '../errors.js';
import type { BlockNode } from '../graph.js';
import { SimImage, resolveBacking } from '../image.js';
import { nodeFilename } from '../graph.js';
import type { OnError } from '../job.js';
import type { CommandDef, SimMachine } from '../machine.js';
import { CommitJob } from '../jobs/commit.js';
import { MirrorJob } from '../jobs/mirror.js';
import { StreamJob } from '../jobs/stream.js';
import { bool, checkNotBusy, launch, lookupNode, newJobId, num, str } from './common.js';
import { openChain } from './blockdev.js';

/** The job arguments block-stream and block-commit end with, in schema order (the mirrors take some of them). */
const common = {
  speed: { type: 'int' },
  'on-error': { type: ON_ERROR },
  'filter-node-name': { type: 'str' },
  'auto-finalize': { type: 'bool' },
  'auto-dismiss': { type: 'bool' },
} as const;

/** The job's options from its arguments (a mirror's on-error is its on-source-error). */
function jobFlags(a: Record<string, unknown>, onError: 'on-error' | 'on-source-error' = 'on-error'): { autoFinalize?: boolean; autoDismiss?: boolean; onError?: OnError; filterNodeName?: string } {
  return {
    autoFinalize: bool(a['auto-finalize']),
    autoDismiss: bool(a['auto-dismiss']),
    onError: str(a[onError]) as OnError | undefined,
    filterNodeName: str(a['filter-node-name']),
  };
}

/**
 * qmp_get_root_bs(): a node with parents cannot be the source of a mirror or
 * a commit. A job's filter node is a parent, and so is a job that uses the
 * node (QEMU attaches it as a child of the job until the job is dismissed).
 */
function checkRoot(m: SimMachine, node: BlockNode): void {
  if (m.graph.nodeParents(node).length > 0 || node.blocker) throw generic('Need a root block node');
}

const blockStream: CommandDef = {
  args: {
    'job-id': { type: 'str' },
    device: { type: 'str', required: true },
    base: { type: 'str' },
    'base-node': { type: 'str' },
    'backing-file': { type: 'str' },
    bottom: { type: 'str' },
    ...common,
  },
  run(m, a) {
    const device = str(a.device)!;
    const base = str(a.base);
    const baseNode = str(a['base-node']);
    const bottom = str(a.bottom);
    if (base !== undefined && baseNode !== undefined) throw generic("'base' and 'base-node' cannot be specified at the same time");
    if (base !== undefined && bottom !== undefined) throw generic("'base' and 'bottom' cannot be specified at the same time");
    if (baseNode !== undefined && bottom !== undefined) throw generic("'base-node' and 'bottom' cannot be specified at the same time");
    const bs = lookupNode(m, device, device);
    let baseBs: BlockNode | null = null;
    if (base !== undefined) {
      baseBs = m.graph.findBackingImage(bs, base) ?? null;
      if (!baseBs) throw generic(`Can't find '${base}' in the backing chain`);
    }
    if (baseNode !== undefined) {
      baseBs = lookupNode(m, undefined, baseNode);
      if (!m.graph.chainContains(bs, baseBs) || baseBs === bs) throw generic(`Node '${baseNode}' is not a backing image of '${device}'`);
    }
    if (bottom !== undefined) {
      const b = lookupNode(m, undefined, bottom);
      if (!m.graph.chainContains(bs, b) || b === bs) throw generic(`Node '${bottom}' is not a backing image of '${device}'`);
      baseBs = b.backing;
    }
    for (const n of layers(bs, baseBs)) checkNotBusy(m, n);
    if (!baseBs && a['backing-file'] !== undefined) throw generic('backing file specified, but streaming the entire chain');
    // Putting the copy-on-read filter on bs drains it twice (insert, then
    // attach): jobs working above it blip paused/running twice. The job id
    // is only checked after that, when the job is created.
    m.drainNode(bs);
    m.drainNode(bs);
    const id = newJobId(m, str(a['job-id']), bs);
    const job = new StreamJob(m, { id, ...jobFlags(a), graph: m.graph, top: bs, base: baseBs, backingFile: str(a['backing-file']) });
    launch(m, job, num(a.speed));
    return {};
  },
};

const blockCommit: CommandDef = {
  args: {
    'job-id': { type: 'str' },
    device: { type: 'str', required: true },
    'base-node': { type: 'str' },
    base: { type: 'str' },
    'top-node': { type: 'str' },
    top: { type: 'str' },
    'backing-file': { type: 'str' },
    ...common,
  },
  run(m, a) {
    const device = str(a.device)!;
    const bs = m.graph.lookup(device, device);
    if (!bs) throw new SimCommandError('DeviceNotFound', `Device '${device}' not found`);
    // qmp_get_root_bs(): the device must be a root (a job's filter counts as a parent).
    checkRoot(m, bs);
    checkNotBusy(m, bs);
    const topNode = str(a['top-node']);
    const top = str(a.top);
    let topBs: BlockNode | undefined = bs;
    if (topNode !== undefined && top !== undefined) throw generic("'top-node' and 'top' are mutually exclusive");
    if (topNode !== undefined) {
      topBs = lookupNode(m, undefined, topNode);
      if (!m.graph.chainContains(bs, topBs)) throw generic(`'${topNode}' is not in this backing file chain`);
    } else if (top !== undefined) {
      topBs = m.graph.chain(bs).find((n) => n.image.filename === top);
      if (!topBs) throw generic(`Top image file ${top} not found`);
    }
    const baseNode = str(a['base-node']);
    const base = str(a.base);
    let baseBs: BlockNode | undefined;
    if (baseNode !== undefined && base !== undefined) throw generic("'base-node' and 'base' are mutually exclusive");
    if (baseNode !== undefined) {
      baseBs = lookupNode(m, undefined, baseNode);
      if (!m.graph.chainContains(topBs, baseBs)) throw generic(`'${baseNode}' is not in this backing file chain`);
    } else if (base !== undefined) {
      baseBs = m.graph.findBackingImage(topBs, base);
      if (!baseBs) throw generic(`Can't find '${base}' in the backing chain`);
    } else {
      const chain = m.graph.chain(topBs);
      baseBs = chain[chain.length - 1]!;
    }
    for (const n of layers(topBs, baseBs)) checkNotBusy(m, n);
    if (topBs === baseBs) throw generic('cannot commit an image into itself');
    const flags = jobFlags(a);
    if (topBs === bs) {
      if (a['backing-file'] !== undefined) throw generic("'backing-file' specified, but 'top' is the active layer");
      const id = newJobId(m, str(a['job-id']), bs);
      const job = new MirrorJob(m, { id, ...flags, graph: m.graph, kind: 'commit', source: bs, target: baseBs, base: baseBs });
      launch(m, job, num(a.speed));
      return {};
    }
    const overlay = m.graph.overlayOf(bs, topBs);
    if (overlay) checkNotBusy(m, overlay);
    const id = newJobId(m, str(a['job-id']), bs);
    const job = new CommitJob(m, { id, ...flags, graph: m.graph, root: bs, top: topBs, base: baseBs, backingFile: str(a['backing-file']) });
    launch(m, job, num(a.speed));
    return {};
  },
};

const mirrorArgs = {
  'job-id': { type: 'str' },
  device: { type: 'str', required: true },
  target: { type: 'str', required: true },
} as const;

const tail = {
  speed: common.speed,
  granularity: { type: 'int' },
  'buf-size': { type: 'int' },
  'on-source-error': { type: ON_ERROR },
  'on-target-error': { type: ON_ERROR },
} as const;

function checkGranularity(a: Record<string, unknown>): void {
  const g = num(a.granularity);
  if (g === undefined) return;
  if (g < 512 || g > 64 * 1024 * 1024) throw generic('Parameter \'granularity\' expects a value in range [512B, 64MB]');
  if ((g & (g - 1)) !== 0) throw generic("Parameter 'granularity' expects a power of 2");
}

function baseForSync(src: BlockNode, sync: string): { base: BlockNode | null; none: boolean } {
  if (sync === 'top' && src.backing) return { base: src.backing, none: false };
  if (sync === 'none') return { base: null, none: true };
  return { base: null, none: false };
}

/** Image formats QEMU 7.2 knows (the simulator keeps qcow2 and raw apart, and takes the rest as given). */
const QEMU_FORMATS = new Set(['raw', 'qcow2', 'qcow', 'qed', 'vmdk', 'vdi', 'vpc', 'vhdx', 'parallels', 'luks', 'bochs', 'cloop', 'dmg']);

const driveMirror: CommandDef = {
  args: {
    ...mirrorArgs,
    format: { type: 'str' },
    'node-name': { type: 'str' },
    replaces: { type: 'str' },
    sync: { type: SYNC, required: true },
    mode: { type: { enum: ['existing', 'absolute-paths'] } },
    ...tail,
    unmap: { type: 'bool' },
    'copy-mode': { type: { enum: ['background', 'write-blocking'] } },
    'auto-finalize': common['auto-finalize'],
    'auto-dismiss': common['auto-dismiss'],
  },
  run(m, a) {
    const device = str(a.device)!;
    const bs = lookupNode(m, device, device);
    checkRoot(m, bs);
    checkNotBusy(m, bs);
    let sync = str(a.sync)!;
    if (sync === 'top' && !bs.backing) sync = 'full';
    const targetPath = str(a.target)!;
    const mode = str(a.mode) ?? 'absolute-paths';
    const format = (str(a.format) ?? bs.image.format) as 'qcow2' | 'raw';
    if (!QEMU_FORMATS.has(format)) throw generic(mode === 'existing' ? `Unknown driver '${format}'` : `Unknown file format '${format}'`);
    let image = m.store.get(targetPath);
    if (mode === 'existing') {
      if (!image) throw generic(`Could not open '${targetPath}': No such file or directory`);
    } else {
      // QEMU creates the target before it checks the remaining arguments.
      image = m.store.add(new SimImage(targetPath, format, bs.image.size));
      // sync=top: the copy shares the source's backing; sync=none: the copy
      // is an overlay of the source itself.
      const below = sync === 'top' ? bs.backing : sync === 'none' ? bs : null;
      if (below) {
        image.backingFile = nodeFilename(below);
        image.backingFormat = below.image.format;
      }
    }
    checkGranularity(a);
    const target = m.graph.addImageNodes(image, { nodeName: str(a['node-name']) });
    // A new image is opened without its backing, which is attached when the
    // job ends well; an existing image opens its own chain.
    let attachBacking: BlockNode | undefined;
    if (mode !== 'existing') {
      if (sync === 'top' && bs.backing) attachBacking = bs.backing;
      if (sync === 'none') attachBacking = bs;
    } else if (image.backingFile) {
      const below = m.store.get(resolveBacking(image.filename, image.backingFile));
      if (below) target.backing = openChain(m, below, true);
    }
    const { base, none } = baseForSync(bs, sync);
    const id = newJobId(m, str(a['job-id']), bs);
    const job = new MirrorJob(m, { id, ...jobFlags(a, 'on-source-error'), graph: m.graph, kind: 'mirror', source: bs, target, base, syncNone: none, zeroTarget: sync === 'full' && mode === 'existing', attachBacking });
    launch(m, job, num(a.speed));
    return {};
  },
};

const blockdevMirror: CommandDef = {
  args: {
    ...mirrorArgs,
    replaces: { type: 'str' },
    sync: { type: SYNC, required: true },
    ...tail,
    'filter-node-name': { type: 'str' },
    'copy-mode': { type: { enum: ['background', 'write-blocking'] } },
    'auto-finalize': common['auto-finalize'],
    'auto-dismiss': common['auto-dismiss'],
  },
  run(m, a) {
    const device = str(a.device)!;
    const bs = lookupNode(m, device, device);
    const target = lookupNode(m, undefined, str(a.target)!);
    if (m.graph.backendOf(target) || m.graph.nodeParents(target).length > 0) {
      throw generic(`Node '${target.nodeName}' is busy: block device is in use by another user`);
    }
    checkNotBusy(m, bs);
    checkRoot(m, bs);
    if (target.image.size !== bs.image.size && a.replaces !== undefined) throw generic('cannot replace image with a mirror image of different size');
    checkGranularity(a);
    const sync = str(a.sync)!;
    const { base, none } = baseForSync(bs, sync === 'top' && !bs.backing ? 'full' : sync);
    const id = newJobId(m, str(a['job-id']), bs);
    const job = new MirrorJob(m, { id, ...jobFlags(a, 'on-source-error'), graph: m.graph, kind: 'mirror', source: bs, target, base, syncNone: none, zeroTarget: sync === 'full' });
    launch(m, job, num(a.speed));
    return {};
  },
};

export const blockJobCommands: Record<string, CommandDef> = {
  'block-stream': blockStream,
  'block-commit': blockCommit,
  'drive-mirror': driveMirror,
  'blockdev-mirror': blockdevMirror,
};
