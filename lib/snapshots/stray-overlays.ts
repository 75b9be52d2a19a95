/**
 * What a `-blockdev` snapshot-create leaves when it is cut off before its
 * `transaction` (its process killed, its connection lost): the overlay files
 * it made and their nodes, the format node showing as a lone disk. The
 * create would have removed them had QEMU refused the transaction (create.ts
 * `undo`); a delete of its `creating` record does it instead, so that the
 * record can go and the snapshot be taken again.
 */
import fs from 'node:fs';
import { logger } from '../log.js';
import type { BlockJobManager } from '../jobs/manager.js';
import type { SnapshotRecord } from './store.js';
import { nodeFile as fileOf } from '../jobs/disks.js';
import { openFiles } from './open-files.js';
import { removeMadeFile } from '../jobs/paths.js';

const log = logger('snapshot');

/**
 * Remove the nodes on each overlay file of `snap` that no disk's chain uses
 * (format nodes first), then the file once QEMU has it open nowhere. A disk
 * without frontend whose chain is the overlay alone is such a node, not a
 * disk. Resolves whether anything was removed (the caller reads the disks again).
 */
export async function clearStrayOverlays(m: BlockJobManager, snap: SnapshotRecord): Promise<boolean> {
  const all = m.listDisks();
  // Only where the transaction never happened: the old top is still a disk's top (a
  // lone overlay that is a disk's whole chain after a forward merge is that disk).
  const files = new Set(snap.disks.filter((r) => all.some((d) => d.chain[0]!.filename === r.backing)).map((r) => r.file));
  const keep = new Set(snap.disks.filter((r) => r.existed === true).map((r) => r.file));
  const disks = all.filter((d) => !(d.qdev === undefined && d.chain.length === 1 && files.has(d.chain[0]!.filename)));
  const used = new Set(disks.flatMap((d) => d.chain.flatMap((img) => [img.nodeName, img.fileNodeName])));
  const nodes = await m.nodeList();
  const stray = nodes.filter((n) => n['node-name'] !== undefined && files.has(fileOf(n)) && !used.has(n['node-name']));
  if (stray.length === 0) return false;
  // A format node holds its storage node: it goes first.
  stray.sort((a, b) => Number(a.drv === 'file') - Number(b.drv === 'file'));
  let removed = false;
  for (const n of stray) {
    if (log.enabled) log('snapshot %s: removing the stray overlay node %s (%s)', snap.name, n['node-name'], fileOf(n));
    // One QEMU refuses (still in use) stays; the others still go.
    removed = (await m.monitor.blockdevDel(n['node-name']!).then(() => true, () => false)) || removed;
  }
  // Only regular files the create made (it opened them; none that were there before).
  const open = await openFiles(m);
  for (const f of new Set(stray.map(fileOf))) {
    if (!open.has(f) && !keep.has(f) && fs.statSync(f, { throwIfNoEntry: false })?.isFile() === true) removeMadeFile(f);
  }
  return removed;
}
