/**
 * After a backward merge of a snapshot's disk (its overlay committed into the
 * image below), the overlay file holds nothing any chain needs: libvirt's
 * snapshot delete commits with VIR_DOMAIN_BLOCK_COMMIT_DELETE and unlinks it.
 * So do we, but only a file the snapshot itself created, that is a regular
 * file, that no disk's chain uses any more, that no other snapshot record
 * names, and that QEMU has open nowhere (a node left holding it; a lone
 * storage node a cut-off clean-up left is deleted first). A forward
 * merge keeps its overlay (it is the disk's top now) and never removes the
 * old image (often a template shared with others).
 */
import fs from 'node:fs';
import { logger } from '../log.js';
import { isFormatNode, isProtocolNode, nodeFile, type Disk } from '../jobs/disks.js';
import type { BlockJobManager } from '../jobs/manager.js';
import type { SnapshotDiskRecord, SnapshotRecord } from './store.js';
import { filesOf } from './open-files.js';
import type { BlockDeviceInfo } from '../qapi/types.js';

const log = logger('snapshot');

/** Whether the overlay of `rec`, just merged backward, may be unlinked. */
export function overlayToRemove(rec: SnapshotDiskRecord, name: string, disks: readonly Disk[], snaps: readonly SnapshotRecord[]): boolean {
  if (rec.merge !== 'backward' || rec.existed === true) return false;
  if (disks.some((d) => d.chain.some((img) => img.filename === rec.file))) return false;
  return !snaps.some((s) => s.name !== name && s.disks.some((d) => d.file === rec.file || d.backing === rec.file));
}

/**
 * Unlink each of `files` that is a regular file QEMU has open nowhere. A
 * failure is logged, not thrown: the merges have happened and the snapshot
 * is gone either way (libvirt only warns too).
 */
export async function removeOverlays(m: BlockJobManager, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  let open: Set<string>;
  try {
    // One node read for both (the conversation stays as it was when nothing is left over).
    const nodes = await m.nodeList();
    const dropped = await dropLoneStorageNodes(m, nodes, new Set(files));
    open = filesOf(nodes.filter((n) => n['node-name'] === undefined || !dropped.has(n['node-name'])));
  } catch (err) {
    if (log.enabled) log('merged overlays %s kept: %s', files.join(', '), (err as Error).message);
    return;
  }
  for (const file of files) {
    try {
      if (open.has(file)) {
        if (log.enabled) log('merged overlay %s kept: QEMU still has it open', file);
        continue;
      }
      if (!fs.lstatSync(file).isFile()) continue;
      fs.unlinkSync(file);
      if (log.enabled) log('removed merged overlay %s', file);
    } catch (err) {
      if (log.enabled) log('could not remove merged overlay %s: %s', file, (err as Error).message);
    }
  }
}

/**
 * A delete whose pivot clean-up was cut off (its process killed) between
 * the old top's format node and its storage node leaves the storage node
 * holding the overlay: deleted here, so the file can go. Only where no format
 * node is left on the file: one may hold the disk's new top (see
 * chain-refresh.ts, keepLeftNodes), and then everything on the file stays.
 */
async function dropLoneStorageNodes(m: BlockJobManager, nodes: readonly BlockDeviceInfo[], files: ReadonlySet<string>): Promise<Set<string>> {
  const withImage = new Set(nodes.filter(isFormatNode).map(nodeFile));
  const dropped = new Set<string>();
  for (const n of nodes) {
    const file = nodeFile(n);
    const name = n['node-name'];
    if (!isProtocolNode(n) || !files.has(file) || withImage.has(file) || name === undefined || name.startsWith('#')) continue;
    if (log.enabled) log('merged overlay %s: deleting the storage node %s left on it', file, name);
    const ok = await m.monitor.blockdevDel(name).then(() => true, (err: unknown) => (log.enabled && log('blockdev-del %s failed: %s', name, (err as Error).message), false));
    if (ok) dropped.add(name);
  }
  return dropped;
}
