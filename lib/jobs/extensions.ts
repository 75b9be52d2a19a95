/**
 * Wires the modules written after the manager into it without touching its
 * code: blockCommit, blockCopy and rebase-copy through `BlockJobManager.extend`,
 * and the methods interface.md lists beyond libvirt's (`blockMerge`,
 * `snapshotCreate`, `snapshotDelete`, `snapshotList`) plus `lastJobOutcome`
 * added to the class by declaration merging, and the commit and copy job-type
 * handlers every manager registers when it is made (so that jobs adopted at
 * attach get them). Importing this module (index.ts does) is what makes them
 * available.
 */
import { blockMerge, type MergeOptions } from '../merge/merge.js';
import { snapshotCreate, snapshotDelete, snapshotList, type SnapshotDiskSpec, type SnapshotRecord } from '../snapshots/index.js';
import { activeCommitHandler, blockCommit, commitHandler } from './commit.js';
import { blockCopy, copyHandler, rebaseCopy } from './copy.js';
import { BlockJobManager } from './manager.js';
import { lastOutcome, type JobOutcome } from './outcomes.js';
import { registerOnce } from './registry.js';

declare module './manager.js' {
  interface BlockJobManager {
    /**
     * The seed's merge: the contents of `source` into `dest` (adjacent images of
     * the disk's chain), chain re-linked; resolves after the end (pivot included).
     */
    blockMerge(disk: string, source: string, dest: string, opts?: MergeOptions): Promise<void>;
    /** Disk-only external snapshot of several disks in one transaction. */
    snapshotCreate(name: string, disks: readonly SnapshotDiskSpec[], flags?: number): Promise<void>;
    /**
     * Delete a snapshot by merging each disk in its recorded direction; with
     * VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY, only forget it.
     */
    snapshotDelete(name: string, flags?: number): Promise<void>;
    snapshotList(): Promise<SnapshotRecord[]>;
    /**
     * How the disk's last copy or commit job ended beyond libvirt's status:
     * whether it pivoted, and whether QEMU finished the copy (an abort after
     * READY: "Commit complete, overlay image kept" / "Successfully copied").
     */
    lastJobOutcome(disk: string): JobOutcome | undefined;
    /**
     * Register the commit and copy handlers on this manager. Managers made after
     * this module loaded have them already (extend's jobTypes); kept for callers
     * that want to be explicit.
     */
    useAllJobTypes(): void;
  }
}

BlockJobManager.extend({ blockCommit, blockCopy, rebaseCopy, jobTypes: [commitHandler, activeCommitHandler, copyHandler] });

const proto = BlockJobManager.prototype;
proto.blockMerge = function (this: BlockJobManager, disk, source, dest, opts) {
  return blockMerge(this, disk, source, dest, opts);
};
proto.snapshotCreate = function (this: BlockJobManager, name, disks, flags) {
  return snapshotCreate(this, name, disks, flags);
};
proto.snapshotDelete = function (this: BlockJobManager, name, flags) {
  return snapshotDelete(this, name, flags);
};
proto.snapshotList = function (this: BlockJobManager) {
  return snapshotList(this);
};
proto.useAllJobTypes = function (this: BlockJobManager) {
  registerOnce(this, [commitHandler, activeCommitHandler, copyHandler]);
};
proto.lastJobOutcome = function (this: BlockJobManager, disk) {
  return lastOutcome(this, this.getDisk(disk).name);
};

export type { JobOutcome } from './outcomes.js';
export type { BlockCopyParams } from './copy.js';
export type { CommitData } from './commit.js';
