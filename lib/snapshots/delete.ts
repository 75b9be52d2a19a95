/**
 * `snapshotDelete(name)`: undo a snapshot by merging each disk in the
 * direction recorded at creation (the seed's `on_delete merge=`):
 * forward pulls the old image into the overlay (the overlay is re-linked onto
 * the old image's backing), backward commits the overlay into the old image
 * and pivots the disk back onto it. The disks' jobs run in parallel up to the
 * point where only their end is left (READY, or PENDING with auto-finalize
 * off); if one cannot get there, the others are aborted and nothing has
 * changed. Then they end one after the other: QEMU 7.2 crashed (SIGSEGV in
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
import { VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY } from '../jobs/constants.js';
import { checkFlags } from '../jobs/registry.js';
import { errors } from '../jobs/errors.js';
import type { BlockJobManager } from '../jobs/manager.js';
import { leftoverMergeJob, resumeMerge, startMerge, type MergeHandle } from '../merge/merge.js';
import { snapshotKey, type SnapshotDiskRecord, type SnapshotRecord, type SnapshotStore } from './store.js';
import { storeFor } from './where.js';
import { clearStrayOverlays } from './stray-overlays.js';
import { overlayToRemove, removeOverlays } from './merged-overlay.js';
import { createRunsHere } from './create.js';
import { processAlive, processStart, processStillAlive } from '../process-alive.js';

const log = logger('snapshot');

type DiskSituation =
  /** overlay on top of the recorded backing: merge */
  | { kind: 'merge'; disk: Disk }
  /** the chain shows the merge already happened (backward: or the snapshot was never applied) */
  | { kind: 'done' }
  /** a forward snapshot whose overlay never came (its transaction never happened): nothing was merged */
  | { kind: 'never' }
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
  // A forward snapshot that never came: its old image is where it was, no overlay. (Its
  // deletion must not re-parent other snapshots as a forward merge would.)
  if (rec.merge === 'forward' && withBacking && !withFile) return { kind: 'never' };
  // Backward done, or a snapshot whose transaction never happened (the two look the
  // same, and re-parenting after either changes nothing): the old image is back, the overlay gone.
  if (withBacking && !withFile) return { kind: 'done' };
  return { kind: 'mismatch', reason: `the chain of disk '${rec.disk}' no longer has '${rec.file}' on top of '${rec.backing}'` };
}

/**
 * Why a disk's merge cannot start, checked before anything changes (libvirt
 * checks the chains against the metadata and the disk's job before its
 * first commit): the chain no longer matches, or the disk has a job.
 */
function refusal(m: BlockJobManager, rec: SnapshotDiskRecord, tag: string): VirError | undefined {
  const where = situationOf(m.listDisks(), rec);
  if (where.kind === 'mismatch') return new VirError('OPERATION_INVALID', where.reason);
  if (where.kind !== 'merge') return undefined;
  if (leftoverMergeJob(m, where.disk.name, ...sourceAndDest(rec), tag) !== undefined) return undefined;
  return m.busyError(where.disk.name);
}

/** The mark a snapshot's merge jobs carry in their records (StartMergeOptions.mergeOf). */
function mergeTag(name: string): string {
  return `snapshot:${name}`;
}

/** The merge's source and destination: forward, the old image into the overlay; backward, the other way. */
function sourceAndDest(rec: SnapshotDiskRecord): [string, string] {
  return rec.merge === 'forward' ? [rec.backing, rec.file] : [rec.file, rec.backing];
}

/**
 * Start one disk's merge (undefined: nothing left to do on this disk). A job
 * on the disk marked with `tag`, left by an earlier delete of the snapshot
 * that did not finish, is taken over.
 */
async function startDisk(m: BlockJobManager, rec: SnapshotDiskRecord, tag: string): Promise<MergeHandle | undefined> {
  const where = situationOf(m.listDisks(), rec);
  if (where.kind === 'done' || where.kind === 'never') return undefined;
  if (where.kind === 'mismatch') throw new VirError('OPERATION_INVALID', where.reason);
  const [source, dest] = sourceAndDest(rec);
  const left = resumeMerge(m, where.disk.name, source, dest, tag);
  if (left !== undefined) return left;
  if (log.enabled) log('merging %s %s on %s', rec.file, rec.merge, where.disk.name);
  return startMerge(m, where.disk.name, source, dest, { mergeOf: tag });
}

/**
 * Deletes running in this process, by state file and snapshot name, with
 * their manager: one that lost its connection (or detached) runs no more.
 */
const running = new Map<string, BlockJobManager>();

function runsHere(key: string): boolean {
  const owner = running.get(key);
  if (owner === undefined) return false;
  try {
    owner.checkConnected();
    return true;
  } catch {
    return false;
  }
}

/** Whether another process that still runs is deleting the snapshot (its pid and start time recorded). */
function deletedElsewhere(s: SnapshotRecord): boolean {
  return s.state === 'deleting' && s.deleter !== undefined && s.deleter !== process.pid && processStillAlive(s.deleter, s.deleterStart);
}

function beingDeleted(name: string, pid: number): VirError {
  return new VirError('OPERATION_INVALID', `snapshot '${name}' is being deleted by process ${pid}`);
}

type Failure = { rec: SnapshotDiskRecord; err: unknown };

/** The disks that `check` refuses, each with its refusal. */
function failures(recs: readonly SnapshotDiskRecord[], check: (rec: SnapshotDiskRecord) => VirError | undefined): Failure[] {
  return recs.flatMap((rec) => {
    const err = check(rec);
    return err === undefined ? [] : [{ rec, err }];
  });
}

function deletionFailed(name: string, failed: readonly Failure[]): VirError {
  // The per-disk texts without a repeated "operation failed: " in front.
  const detail = failed.map((f) => `disk '${f.rec.disk}': ${(f.err as Error).message.replace(/^operation failed: /, '')}`).join('; ');
  return new VirError('OPERATION_FAILED', `deletion of snapshot '${name}' failed for ${detail}`);
}

/**
 * Delete a snapshot by merging its disks. Nothing changes unless every disk's
 * job reaches the point where only its end is left: a disk that cannot start
 * or fails before that has the others' jobs aborted (libvirt does the same),
 * so the disks are never left half merged by a refusal. Only a failure in the
 * last step, ending the jobs one by one, can leave some disks merged.
 * @param flags VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY: forget the snapshot, merge nothing
 * @throws VirError when the snapshot is unknown; OPERATION_FAILED naming each disk that failed
 *   (the snapshot then stays, each disk's state recorded, and a retry finishes the rest)
 */
export async function snapshotDelete(m: BlockJobManager, name: string, flags = 0): Promise<void> {
  // libvirt looks the snapshot up by name first (virDomainSnapshotLookupByName).
  if (name === null || name === undefined) throw new VirError('INVALID_ARG', 'name in virDomainSnapshotLookupByName must not be NULL');
  if (typeof name !== 'string') throw new VirError('INVALID_ARG', `snapshot name must be a string, not ${typeof name}`);
  checkFlags(flags, VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY, 'qemuDomainSnapshotDelete');
  m.checkConnected();
  const store = await storeFor(m);
  await deleteSnapshot(m, store, name, flags);
}

async function deleteSnapshot(m: BlockJobManager, store: SnapshotStore, name: string, flags: number): Promise<void> {
  const snap = await store.get(name);
  if (!snap) throw new VirError('NO_DOMAIN_SNAPSHOT', `no domain snapshot with matching name '${name}'`);
  // A snapshot still being taken, by another live process or by this manager (its
  // disks are held), is not a stale 'creating' record to sort out.
  if (snap.state === 'creating' && snap.creator !== undefined && snap.creator !== process.pid && processAlive(snap.creator)) {
    throw new VirError('OPERATION_INVALID', `snapshot '${name}' is being created by process ${snap.creator}`);
  }
  // A delete still running in another process: its jobs are its own.
  if (deletedElsewhere(snap)) throw beingDeleted(name, snap.deleter!);
  // An earlier delete that did not finish (its process died, or its connection was lost,
  // also before it could abort a disk's job it had started): its merge job, marked as this
  // snapshot's, may still be there. No other live process is deleting it (refused above).
  const tag = mergeTag(name);
  const held = failures(snap.disks, (rec) => m.heldError(rec.disk));
  if (held.length > 0) throw deletionFailed(name, held);
  // Being taken in this process, by another manager (this one's disks are held, above): its overlays are its own.
  if (snap.state === 'creating' && createRunsHere(store.file, name)) {
    throw new VirError('OPERATION_INVALID', `snapshot '${name}' is being created by process ${process.pid}`);
  }
  const key = snapshotKey(store.file, name);
  if (flags & VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY) {
    // Not under a delete of it running in this process (its merges would go on unrecorded).
    if (runsHere(key)) throw beingDeleted(name, process.pid);
    // The images stay as they are (say, a snapshot whose chain changed since, or a VM started afresh).
    const busy = await store.update((snaps) => {
      const s = snaps.find((x) => x.name === name);
      if (s !== undefined && deletedElsewhere(s)) return { snapshots: snaps, value: s.deleter };
      return { snapshots: snaps.filter((x) => x.name !== name), value: undefined };
    });
    if (busy !== undefined) throw beingDeleted(name, busy);
    if (log.enabled) log('snapshot %s: metadata deleted', name);
    return;
  }
  // A create cut off before its transaction (no live process is taking it, none
  // of this process holds its disks): the overlays it made go before the chains are judged.
  if (snap.state === 'creating' && (await clearStrayOverlays(m, snap))) await m.rediscover();
  const todo = snap.disks.filter((d) => d.state !== 'merged');
  const refused = failures(todo, (rec) => refusal(m, rec, tag));
  if (refused.length > 0) throw deletionFailed(name, refused);
  const before = snap.state;
  // One delete of a snapshot at a time in this process (other processes: the record's deleter).
  if (runsHere(key)) throw beingDeleted(name, process.pid);
  running.set(key, m);
  try {
    await claimAndMerge({ m, store, name, todo, before, tag });
  } finally {
    if (running.get(key) === m) running.delete(key);
  }
}

/** A delete under way: the snapshot, the disks left to merge, and how to tell its jobs. */
interface Deletion {
  m: BlockJobManager;
  store: SnapshotStore;
  name: string;
  todo: SnapshotDiskRecord[];
  /** The record's state before this delete. */
  before: SnapshotRecord['state'];
  /** The mark this snapshot's merge jobs carry (an earlier delete's job with it is taken over). */
  tag: string;
}

/** Claim the snapshot for this process, then merge its disks. */
async function claimAndMerge(d: Deletion): Promise<void> {
  const { store, name } = d;
  // Claimed in one step under the store's lock: of two processes that got here, the second is refused.
  const other = await store.update((snaps) => {
    const s = snaps.find((x) => x.name === name);
    if (s !== undefined && deletedElsewhere(s)) return { snapshots: snaps, value: s.deleter };
    if (s !== undefined) {
      s.state = 'deleting';
      s.deleter = process.pid;
      const start = processStart(process.pid);
      if (start !== undefined) s.deleterStart = start;
    }
    return { snapshots: snaps, value: undefined };
  });
  if (other !== undefined) throw beingDeleted(name, other);
  try {
    await mergeDisks(d);
  } catch (err) {
    // Escaped before the record could say how it ended (a store that cannot be written):
    // the deleter goes, so that a retry is not refused as "being deleted".
    await store.patch(name, (s) => {
      if (s.deleter === process.pid) delete s.deleter;
    }).catch(() => undefined);
    throw err;
  }
}

/** The merges of a claimed delete, and the record of how each ended. */
async function mergeDisks({ m, store, name, todo, before, tag }: Deletion): Promise<void> {
  // Overlays that never came: their records go without re-parenting anything.
  const never = new Set(todo.filter((rec) => situationOf(m.listDisks(), rec).kind === 'never'));
  // All jobs run in parallel up to READY / PENDING; then they end one at a time,
  // so that no disk's graph change overlaps another disk's chain re-read.
  const handles = await Promise.allSettled(todo.map((rec) => startDisk(m, rec, tag)));
  const ready = await Promise.allSettled(handles.map((h) => (h.status === 'fulfilled' ? h.value?.ready : Promise.reject(h.reason))));
  const early = ready
    .map((r, i) => ({ r, rec: todo[i]! }))
    .filter((x): x is { r: PromiseRejectedResult; rec: SnapshotDiskRecord } => x.r.status === 'rejected')
    .map((x) => ({ rec: x.rec, err: x.r.reason as unknown }));
  if (early.length > 0) {
    for (const h of handles) if (h.status === 'fulfilled') await h.value?.cancel();
    await store.patch(name, (s) => {
      // The others were aborted, not failed: still to do.
      for (const rec of todo) setDisk(s, rec, { state: 'pending' });
      for (const f of early) setDisk(s, f.rec, { state: 'failed', error: (f.err as Error).message });
      s.state = s.disks.some((d) => d.state === 'merged') ? 'partial' : before === 'deleting' ? 'disk-snapshot' : before;
      delete s.deleter;
      delete s.deleterStart;
    });
    throw deletionFailed(name, early);
  }
  const failed: Failure[] = [];
  for (const [i, rec] of todo.entries()) {
    const h = (handles[i] as PromiseFulfilledResult<MergeHandle | undefined>).value;
    try {
      await h?.finish();
      await store.update((snaps) => ({ snapshots: afterMerge(snaps, name, rec, { reparent: !never.has(rec) }), value: undefined }));
    } catch (err) {
      await store.patch(name, (s) => setDisk(s, rec, { state: 'failed', error: (err as Error).message }));
      failed.push({ rec, err });
    }
  }
  if (failed.length === 0) {
    // Its backward overlays (also those merged by an earlier, cut-off delete) go with it.
    const files = await store.update((snaps) => {
      const rest = snaps.filter((s) => s.name !== name);
      const recs = snaps.find((s) => s.name === name)?.disks ?? [];
      return { snapshots: rest, value: recs.filter((rec) => overlayToRemove(rec, name, m.listDisks(), rest)).map((rec) => rec.file) };
    });
    await removeOverlays(m, files);
    if (log.enabled) log('snapshot %s deleted', name);
    return;
  }
  await store.patch(name, (s) => {
    s.state = 'partial';
    delete s.deleter;
    delete s.deleterStart;
  });
  throw deletionFailed(name, failed);
}

/**
 * Record one disk's merge, and re-parent the other snapshots that named an
 * image the merge took out of the chain (libvirt re-parents child snapshot
 * metadata too): forward, the old image's contents now live in the overlay;
 * backward, the overlay's now live in the old image.
 */
export function afterMerge(snaps: SnapshotRecord[], name: string, rec: SnapshotDiskRecord, opts: { reparent?: boolean } = {}): SnapshotRecord[] {
  for (const s of snaps) {
    if (s.name === name) {
      setDisk(s, rec, { state: 'merged' });
      continue;
    }
    if (opts.reparent === false) continue;
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
