/**
 * Re-reading the disks and their backing chains from QEMU into the manager's
 * disk map, and deleting the -blockdev nodes that left a chain, as libvirt
 * does after a job: every disk at attach (`rediscoverDisks`), one disk after a
 * job or a snapshot (`refreshChain`, format node then its file node deleted),
 * and, after a job that concluded while nobody watched, the read-only roots no
 * disk uses (`dropOrphans`). Every read of the node list first waits for the
 * caller's `nodesSafe` guard (node-guard.ts); what the jobs are is not known
 * here. A node QEMU refuses to delete is kept and logged: that is not the
 * job's failure.
 */
import { keepLeftNodes } from './nodes.js';
import { logger } from '../log.js';
import type { Monitor } from '../monitor.js';
import type { BlockDeviceInfo, BlockInfo } from '../qapi/types.js';
import { discoverDisks, graphInfo, nodeFile, orphanNodes, rereadDisk, sharesFiles, type Disk, type GraphInfo } from './disks.js';

const log = logger('job');

/** Waits until reading the node list is safe (node-guard.ts). */
export type NodesSafe = () => Promise<void>;

/**
 * QEMU's block graph, read only when file names cannot tell the nodes apart
 * (two disks sharing a template: disks.ts) or when a copy runs (its
 * destination node looks like a disk of its own); one more round trip then.
 * The command is unstable API: without it, the names are matched as before.
 */
async function graphFor(monitor: Monitor, nodes: BlockDeviceInfo[], copying = false): Promise<GraphInfo | undefined> {
  if (!copying && !sharesFiles(nodes)) return undefined;
  return graphInfo(await monitor.execute('x-debug-query-block-graph').catch(() => undefined));
}

/**
 * Re-read every disk and chain from QEMU; `disks` is replaced by them, in
 * QEMU's order, renamed by `aliases` (key = device name, qdev id or top node-name).
 */
export async function rediscoverDisks(
  monitor: Monitor,
  disks: Map<string, Disk>,
  aliases: Record<string, string>,
  nodesSafe: NodesSafe,
  opts: { copying?: boolean; mirrored?: Set<string> } = {},
): Promise<Disk[]> {
  await nodesSafe();
  // Both reads in flight at once: QEMU answers them in order, so a re-read
  // (after every job) costs one round trip instead of two.
  const [blocks, nodes] = await Promise.all([monitor.queryBlock(), monitor.queryNamedBlockNodes()]);
  // The images a mirror filter sits on: a copy's or an active commit's top
  // (a plain commit puts a commit_top filter on its top node instead).
  for (const n of nodes) if (n.drv === 'mirror_top') opts.mirrored?.add(nodeFile(n));
  const graph = await graphFor(monitor, nodes, opts.copying);
  disks.clear();
  for (const d of discoverDisks(blocks, nodes, graph)) {
    const alias = aliasFor(aliases, d);
    const disk = alias ? { ...d, name: alias } : d;
    disks.set(disk.name, disk);
  }
  return [...disks.values()];
}

function aliasFor(aliases: Record<string, string>, d: Disk): string | undefined {
  for (const k of [d.name, d.device, d.qdev, d.chain[0]?.nodeName]) {
    if (k !== undefined && aliases[k] !== undefined) return aliases[k];
  }
  return undefined;
}

/**
 * Re-read one disk's chain (the disk `name` of `disks`, updated in place) and,
 * for -blockdev disks, delete the nodes that left it. `opts.topNode` names the
 * disk's new top node when the job moved it (pivot).
 */
export async function refreshChain(
  monitor: Monitor,
  disks: Map<string, Disk>,
  name: string,
  opts: { topNode?: string },
  nodesSafe: NodesSafe,
): Promise<Disk | undefined> {
  const before = disks.get(name);
  if (!before) return undefined;
  // The disk is found again by its new top; the nodes that left are those of the chain before.
  const lookFor = opts.topNode !== undefined && before.chain[0] ? { ...before, chain: [{ ...before.chain[0], nodeName: opts.topNode }] } : before;
  await nodesSafe();
  const needBlocks = before.mode === 'drive' || before.qdev !== undefined;
  const [blocks, nodes] = await Promise.all([needBlocks ? monitor.queryBlock() : ([] as BlockInfo[]), monitor.queryNamedBlockNodes()]);
  const after = rereadDisk(lookFor, blocks, nodes, await graphFor(monitor, nodes));
  if (!after) {
    if (log.enabled) log('disk %s is gone after re-reading', name);
    return undefined;
  }
  const disk = { ...after, name };
  disks.set(name, disk);
  // A disk without frontend that now tops out on another entry's node (a copy's
  // destination, listed apart while the copy ran) is one disk: it keeps this name.
  // An entry without frontend whose top node is gone (an aborted copy's
  // destination, deleted) is no disk any more.
  const top = disk.chain[0]?.nodeName;
  const present = new Set(nodes.map((n) => n['node-name']));
  for (const [other, d] of disks) {
    if (other === name || d.mode !== 'blockdev' || d.qdev !== undefined) continue;
    const otherTop = d.chain[0]?.nodeName;
    if ((top !== undefined && otherTop === top) || (otherTop !== undefined && !present.has(otherTop))) disks.delete(other);
  }
  if (disk.mode === 'blockdev') await dropLeftNodes(monitor, before, disk, nodes);
  return disk;
}

/**
 * After a job that concluded while nobody watched, the nodes it dropped are
 * not known by name: delete the read-only roots no disk of `disks` uses (orphanNodes).
 */
export async function dropOrphans(monitor: Monitor, disks: ReadonlyMap<string, Disk>, nodesSafe: NodesSafe): Promise<void> {
  await nodesSafe();
  const nodes = await monitor.queryNamedBlockNodes();
  for (const node of orphanNodes(nodes, [...disks.values()], await graphFor(monitor, nodes))) {
    try {
      await monitor.blockdevDel(node);
    } catch (err) {
      if (log.enabled) log('blockdev-del %s failed: %s', node, (err as Error).message);
    }
  }
}

/** blockdev-del every node of `before` that is not in `after` (format node, then its file node). */
async function dropLeftNodes(monitor: Monitor, before: Disk, after: Disk, nodes: BlockDeviceInfo[]): Promise<void> {
  const kept = new Set<string>();
  for (const img of after.chain) {
    if (img.nodeName) kept.add(img.nodeName);
    if (img.fileNodeName) kept.add(img.fileNodeName);
  }
  const leaving = before.chain.filter((img) => img.nodeName === undefined || !kept.has(img.nodeName));
  if (after.qdev === undefined && (await keepLeftNodes(monitor, after.chain[0]?.nodeName, leaving))) return;
  const existing = new Set(nodes.map((n) => n['node-name']));
  for (const img of before.chain) {
    for (const node of [img.nodeName, img.fileNodeName]) {
      if (node === undefined || kept.has(node) || !existing.has(node) || node.startsWith('#')) continue;
      try {
        await monitor.blockdevDel(node);
      } catch (err) {
        // A node still used elsewhere stays; that is not the job's failure.
        if (log.enabled) log('blockdev-del %s failed: %s', node, (err as Error).message);
      }
    }
  }
}
