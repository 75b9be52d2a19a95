/**
 * Disk-only external snapshots with a merge direction per disk (the seed's
 * `on_delete merge='forward'|'backward'`): create atomically, list, delete by
 * merging. The manager exposes them as methods (lib/jobs/extensions.ts).
 */
import type { BlockJobManager } from '../jobs/manager.js';
import type { SnapshotRecord } from './store.js';
import { storeFor } from './where.js';

export { snapshotCreate, validateSpecs, type SnapshotDiskSpec } from './create.js';
export { snapshotDelete, situationOf } from './delete.js';
export { SnapshotStore, defaultStateDir, type SnapshotRecord, type SnapshotDiskRecord, type MergeDirection } from './store.js';
export { storeFor } from './where.js';

/** The VM's snapshots, oldest first, each disk with its direction and merge state. */
export async function snapshotList(m: BlockJobManager): Promise<SnapshotRecord[]> {
  return (await storeFor(m)).list();
}
