/**
 * `snapshotDelete(name)`: undo a snapshot by merging each disk in the
 * direction recorded at creation (the seed's `on_delete merge=`):
 * forward pulls the old image into the overlay (the overlay is re-linked onto
 * the old image's backing), backward commits the overlay into the old image
 * and pivots the disk back onto it. The disks' jobs run in parallel up to the
 * point where only their end is left (READY, or PENDING with auto-finalize
 * off), then end one after the other: QEMU 7.2 crashed (SIGSEGV in
 * query-named-block-nodes) when one disk's job changed the graph while
 * another disk's chain was being re-read. Each disk's result is written to the
 * record as soon as it is known, the record goes only when every disk is
 * merged, and a retry merges only what is left. Before
 * merging, each disk's chain is checked against the record (libvirt does the
 * same), so a retry after a crash never merges twice: a merge that already
 * happened is recognised from the chain and just marked done.
 */
import { VirError } from '../errors.js';
import { logger } from '../log.js';
import type { Disk } from '../jobs/disks.js';
import type { BlockJobManager } from '../jobs/manager.js';
import { startMerge, type MergeHandle } from '../merge/merge.js';
import type { SnapshotDiskRecord, SnapshotRecord } from './store.js';
import { storeFor } from './where.js';

const log = logger('snapshot');

type DiskSituation =
  /** overlay on top of the recorded backing: merge */
  | { kind: 'merge'; disk: Disk }
  /** the chain shows the merge already happened (or the snapshot was never applied) */
  | { kind: 'done' }
  | { kind: 'mismatch'; reason: string };

/** Where a snapshot's disk stands now, from the chains QEMU reports. Exported for tests. */
export function situationOf(disks: readonly Disk[], rec: SnapshotDiskRecord): DiskSituation {
  const ordered = [...disks].sort((a, b) => (a.name === rec.disk ? -1 : b.name === rec.disk ? 1 : 0));
  for (const d of ordered) {
    const i = d.chain.findIndex((img) => img.filename === rec.file);
    if (i >= 0 && d.chain[i + 1]?.filename === rec.backing) return { kind: 'merge', disk: d };
  }
  const withFile = disks.find((d) => d.chain.some((img) => img.filename === rec.file));
  const withBacking = disks.find((d) => d.chain.some((img) => img.filename === rec.backing));
  // Forward done: the overlay stays, the old image left the chain.
  if (rec.merge === 'forward' && withFile && !withBacking) return { kind: 'done' };
  // Backward done, or a snapshot whose transaction never happened: the old image is back, the overlay gone.
  if (withBacking && !withFile) return { kind: 'done' };
  return { kind: 'mismatch', reason: `the chain of disk '${rec.disk}' no longer has '${rec.file}' on top of '${rec.backing}'` };
}

/** Start one disk's merge (undefined: nothing left to do on this disk). */
async function startDisk(m: BlockJobManager, rec: SnapshotDiskRecord): Promise<MergeHandle | undefined> {
  const where = situationOf(m.listDisks(), rec);
  if (where.kind === 'done') return undefined;
  if (where.kind === 'mismatch') throw new VirError('OPERATION_INVALID', where.reason);
  if (log.enabled) log('merging %s %s on %s', rec.file, rec.merge, where.disk.name);
  return rec.merge === 'forward'
    ? startMerge(m, where.disk.name, rec.backing, rec.file)
    : startMerge(m, where.disk.name, rec.file, rec.backing);
}

/**
 * Delete a snapshot by merging its disks.
 * @throws VirError when the snapshot is unknown; OPERATION_FAILED naming each disk that failed
 *   (the snapshot then stays, each disk's state recorded, and a retry finishes the rest)
 */
export async function snapshotDelete(m: BlockJobManager, name: string): Promise<void> {
  const store = await storeFor(m);
  const snap = await store.get(name);
  if (!snap) throw new VirError('INVALID_ARG', `no domain snapshot with matching name '${name}'`);
  await store.patch(name, (s) => {
    s.state = 'deleting';
  });
  const todo = snap.disks.filter((d) => d.state !== 'merged');
  // All jobs run in parallel up to READY / PENDING; then they end one at a time,
  // so that no disk's graph change overlaps another disk's chain re-read.
  const started = await Promise.allSettled(todo.map(async (rec) => {
    const h = await startDisk(m, rec);
    await h?.ready;
    return h;
  }));
  const results: PromiseSettledResult<void>[] = [];
  for (const [i, rec] of todo.entries()) {
    const st = started[i]!;
    let outcome: PromiseSettledResult<void>;
    try {
      if (st.status === 'rejected') throw st.reason;
      await st.value?.finish();
      await store.update((snaps) => ({ snapshots: afterMerge(snaps, name, rec), value: undefined }));
      outcome = { status: 'fulfilled', value: undefined };
    } catch (err) {
      if (st.status === 'fulfilled') st.value?.dispose();
      await store.patch(name, (s) => setDisk(s, rec, { state: 'failed', error: (err as Error).message }));
      outcome = { status: 'rejected', reason: err };
    }
    results.push(outcome);
  }
  const failed = results
    .map((r, i) => ({ r, rec: todo[i]! }))
    .filter((x): x is { r: PromiseRejectedResult; rec: SnapshotDiskRecord } => x.r.status === 'rejected');
  if (failed.length === 0) {
    await store.update((snaps) => ({ snapshots: snaps.filter((s) => s.name !== name), value: undefined }));
    if (log.enabled) log('snapshot %s deleted', name);
    return;
  }
  await store.patch(name, (s) => {
    s.state = 'partial';
  });
  // The per-disk texts without a repeated "operation failed: " in front.
  const detail = failed.map((f) => `disk '${f.rec.disk}': ${(f.r.reason as Error).message.replace(/^operation failed: /, '')}`).join('; ');
  throw new VirError('OPERATION_FAILED', `deletion of snapshot '${name}' failed for ${detail}`);
}

/**
 * Record one disk's merge, and re-parent the other snapshots that named an
 * image the merge took out of the chain (libvirt re-parents child snapshot
 * metadata too): forward, the old image's contents now live in the overlay;
 * backward, the overlay's now live in the old image.
 */
export function afterMerge(snaps: SnapshotRecord[], name: string, rec: SnapshotDiskRecord): SnapshotRecord[] {
  for (const s of snaps) {
    if (s.name === name) {
      setDisk(s, rec, { state: 'merged' });
      continue;
    }
    for (const d of s.disks) {
      if (rec.merge === 'forward' && d.file === rec.backing) d.file = rec.file;
      if (rec.merge === 'backward' && d.backing === rec.file) d.backing = rec.backing;
    }
  }
  return snaps;
}

function setDisk(s: SnapshotRecord, rec: SnapshotDiskRecord, change: Pick<SnapshotDiskRecord, 'state' | 'error'>): void {
  const d = s.disks.find((x) => x.disk === rec.disk && x.file === rec.file);
  if (!d) return;
  d.state = change.state;
  if (change.error !== undefined) d.error = change.error;
  else delete d.error;
}
