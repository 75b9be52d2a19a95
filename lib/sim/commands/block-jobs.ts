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
import type { SimJob } from '../job.js';
import { checkNewNodeName, checkOpBlockers, openChain } from './blockdev.js';

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
 * The job's filter node name (filter-node-name), checked as QEMU creates the
 * node; a stream's (bdrv_insert_node) says so first.
 */
function checkFilterName(m: SimMachine, a: Record<string, unknown>, prefix = ''): void {
  try {
    checkNewNodeName(m, str(a['filter-node-name']));
  } catch (e) {
    throw prefix !== '' && e instanceof SimCommandError ? generic(`${prefix}${e.desc}`) : e;
  }
}

/**
 * A job QEMU creates and then drops before it starts (job_early_fail):
 * created, null, and the command fails with `err`.
 */
function launchRefused(m: SimMachine, job: SimJob, err: Error): never {
  m.registerJob(job);
  job.create();
  job.discard();
  throw err;
}

/**
 * What mirror_start() and mirror_start_job() check once the command's own
 * checks passed (an active commit comes in here too): the sync mode, the
 * buffer, the pair, the filter's name. The job id is checked next, as the
 * job is created.
 */
function checkMirrorStart(m: SimMachine, a: Record<string, unknown>, bs: BlockNode, target: BlockNode, sync?: string): void {
  if (sync === 'incremental' || sync === 'bitmap') throw generic(`Sync mode '${sync}' not supported`);
  const buf = num(a['buf-size']);
  if (buf !== undefined && buf < 0) throw generic("Invalid parameter 'buf-size'");
  if (bs === target) throw generic("Can't mirror node into itself");
  checkFilterName(m, a);
}

/**
 * check_to_replace_node(): the node a mirror replaces when it completes
 * must exist, be free of op blockers, and be the source itself (QEMU refuses
 * any other node it cannot show to hold the same data). So its size is the
 * source's: the target's size is checked when the job starts.
 */
function checkReplaces(m: SimMachine, bs: BlockNode, replaces: string | undefined): void {
  if (replaces === undefined) return;
  const node = m.graph.nodes.get(replaces);
  if (!node) throw generic(`Failed to find node with node-name='${replaces}'`);
  checkOpBlockers(m, node);
  if (node !== bs) {
    throw generic(`Cannot replace '${replaces}' by a node mirrored from '${bs.nodeName}', because it cannot be guaranteed that doing so would not lead to an abrupt change of visible data`);
  }
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
    if (baseNode !== undefined && bottom !== undefined) throw generic("'bottom' and 'base-node' cannot be specified at the same time");
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
    // The copy-on-read filter is made first, then put on bs, which drains it
    // twice (insert, then attach): jobs working above it blip paused/running
    // twice. The job id is only checked after that, when the job is created.
    checkFilterName(m, a, 'Could not create node: ');
    m.drainNode(bs);
    m.drainNode(bs);
    const id = newJobId(m, str(a['job-id']), bs);
    const job = new StreamJob(m, { id, ...jobFlags(a), graph: m.graph, top: bs, base: baseBs, backingFile: str(a['backing-file']) });
    launch(m, job, num(a.speed));
    return {};
  },
};

/**
 * QEMU's image locks: a commit reopens its base read-write, which another
 * node in use on the same file (a template another disk's chain opened)
 * does not allow.
 */
function checkWriteLock(m: SimMachine, base: BlockNode): void {
  for (const n of m.graph.nodes.values()) {
    if (n === base || !n.isFormat || n.image !== base.image) continue;
    if (m.graph.parentsOf(n).length > 0 || m.graph.backendOf(n) !== undefined) throw generic('Failed to get "write" lock');
  }
}

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
      checkWriteLock(m, baseBs);
      checkMirrorStart(m, a, bs, baseBs);
      const id = newJobId(m, str(a['job-id']), bs);
      const job = new MirrorJob(m, { id, ...flags, graph: m.graph, kind: 'commit', source: bs, target: baseBs, base: baseBs });
      launch(m, job, num(a.speed));
      return {};
    }
    const overlay = m.graph.overlayOf(bs, topBs);
    if (overlay) checkNotBusy(m, overlay);
    const id = newJobId(m, str(a['job-id']), bs);
    // commit_start() creates the job before its filter node.
    let badFilter: unknown;
    try {
      checkFilterName(m, a);
    } catch (e) {
      badFilter = e;
    }
    // The base is reopened read-write after the job exists (QEMU 7.2: created, then null).
    let locked: unknown;
    try {
      checkWriteLock(m, baseBs);
    } catch (e) {
      locked = e;
    }
    const job = new CommitJob(m, { id, ...flags, ...(badFilter ? { filterNodeName: undefined } : {}), graph: m.graph, root: bs, top: topBs, base: baseBs, backingFile: str(a['backing-file']) });
    if (badFilter) launchRefused(m, job, badFilter as Error);
    if (locked) launchRefused(m, job, locked as Error);
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
  // 0: the default (the target's cluster size).
  if (g === undefined || g === 0) return;
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

/** Whether a node of the graph has `image` open (QEMU holds its write lock). */
function openInGraph(m: SimMachine, image: SimImage): boolean {
  for (const n of m.graph.nodes.values()) if (n.image === image && !n.isFilter) return true;
  return false;
}

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
    const replaces = str(a.replaces);
    if (replaces !== undefined && a['node-name'] === undefined) throw generic('a node-name must be provided when replacing a named node of the graph');
    const format = (str(a.format) ?? bs.image.format) as 'qcow2' | 'raw';
    if (!QEMU_FORMATS.has(format)) throw generic(mode === 'existing' ? `Unknown driver '${format}'` : `Unknown file format '${format}'`);
    let image = m.store.get(targetPath);
    // An image this QEMU has open (say, of the disk's own chain) is
    // write-locked: opened in its own format the open fails; as raw, only
    // taking it for the job does, once the job is created.
    let lockedAtStart = false;
    if (mode === 'existing') {
      if (!image) throw generic(`Could not open '${targetPath}': No such file or directory`);
      if (openInGraph(m, image)) {
        if (format === image.format) throw generic('Failed to get "write" lock');
        lockedAtStart = true;
      }
    } else {
      // QEMU creates the target before it checks the remaining arguments.
      image = m.store.add(new SimImage(targetPath, format, bs.image.size));
      // sync=top: the copy shares the source's backing; sync=none: the copy
      // is an overlay of the source itself; otherwise (incremental and
      // bitmap too, refused below) its backing file is the source's.
      const below = sync === 'full' ? null : sync === 'none' ? bs : bs.backing;
      if (below) {
        image.backingFile = nodeFilename(below);
        image.backingFormat = below.image.format;
      }
    }
    // Opening the target under its node-name: a name in use or ill-formed is refused here.
    checkNewNodeName(m, str(a['node-name']));
    const target = m.graph.addImageNodes(image, { nodeName: str(a['node-name']) });
    try {
      checkGranularity(a);
      checkOpBlockers(m, target);
      checkReplaces(m, bs, replaces);
      checkMirrorStart(m, a, bs, target, sync);
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
      if (lockedAtStart) launchRefused(m, job, generic('Failed to get "write" lock'));
      launch(m, job, num(a.speed));
    } catch (e) {
      // The target QEMU opened for the job is closed again.
      if (!target.blocker) {
        m.graph.removeNode(target);
        m.graph.collectGarbage();
      }
      throw e;
    }
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
    checkRoot(m, bs);
    const targetName = str(a.target)!;
    const target = lookupNode(m, targetName, targetName);
    checkGranularity(a);
    checkNotBusy(m, bs);
    checkOpBlockers(m, target);
    if (m.graph.backendOf(target) || m.graph.nodeParents(target).length > 0) {
      throw generic(`Node '${target.nodeName}' is busy: block device is in use by another user`);
    }
    const sync = str(a.sync)!;
    checkReplaces(m, bs, str(a.replaces));
    checkMirrorStart(m, a, bs, target, sync);
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
