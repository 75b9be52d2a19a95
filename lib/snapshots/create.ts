/**
 * `snapshotCreate(name, disks)`: a disk-only external snapshot of one or more
 * disks, all switched to their new overlays in ONE QMP `transaction`, so that
 * either every disk changes or none does (libvirt, reference §12.1):
 * -drive disks by `blockdev-snapshot-sync` (QEMU creates the overlay),
 * -blockdev disks by `blockdev-snapshot` of an overlay created
 * (`blockdev-create` jobs) and attached (`blockdev-add`, no backing) first.
 *
 * The metadata record is written *before* the transaction (state
 * `creating`) and completed after it: a crash in between leaves a record that
 * `snapshotDelete` recognises as never applied, rather than overlays nobody
 * knows how to merge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { QmpError, VirError } from '../errors.js';
import { logger } from '../log.js';
import type { JsonObject } from '../qmp/types.js';
import { addFileNode, addFormatNode, nextNodeIndex, runCreateJob, transaction } from '../jobs/block-ops.js';
import type { Disk } from '../jobs/disks.js';
import { errors } from '../jobs/errors.js';
import { nodeFile, plainFilename } from '../jobs/disks.js';
import type { BlockJobManager } from '../jobs/manager.js';
import { checkNewImagePath, removeMadeFile } from '../jobs/paths.js';
import { checkFlags } from '../jobs/registry.js';
import { VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC, VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY, VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA } from '../jobs/constants.js';
import { snapshotKey, type MergeDirection, type SnapshotDiskRecord, type SnapshotRecord, type SnapshotStore } from './store.js';
import { storeFor } from './where.js';

const log = logger('snapshot');

export interface SnapshotDiskSpec {
  disk: string;
  /** Absolute path of the new overlay. */
  file: string;
  /** How `snapshotDelete` undoes it; default forward. */
  merge?: MergeDirection;
}

interface Prepared {
  disk: Disk;
  spec: SnapshotDiskSpec;
  merge: MergeDirection;
  /** -blockdev: the overlay's nodes once attached. */
  format?: string;
  storage?: string;
  existedBefore: boolean;
}

/** Checks that need no QEMU, in order; libvirt-like texts. Exported for tests. */
export function validateSpecs(m: BlockJobManager, name: string, specs: readonly SnapshotDiskSpec[]): Prepared[] {
  if (typeof name !== 'string' || name === '' || name.includes('/')) throw new VirError('INVALID_ARG', `invalid snapshot name '${String(name)}'`);
  if (!Array.isArray(specs) || specs.length === 0) throw new VirError('INVALID_ARG', 'a snapshot needs at least one disk');
  const seen = new Set<string>();
  const files = new Set<string>();
  return specs.map((spec, i) => {
    if (spec === null || typeof spec !== 'object' || typeof spec.disk !== 'string') {
      throw new VirError('INVALID_ARG', `disk ${i + 1} of snapshot '${name}' must be an object with a 'disk' string`);
    }
    const disk = m.getDisk(spec.disk);
    if (seen.has(disk.name)) throw new VirError('INVALID_ARG', `disk '${spec.disk}' specified twice`);
    seen.add(disk.name);
    const merge = spec.merge ?? 'forward';
    if (merge !== 'forward' && merge !== 'backward') throw new VirError('INVALID_ARG', `merge direction '${String(merge)}' for disk '${spec.disk}': expected forward or backward`);
    if (typeof spec.file !== 'string' || !path.isAbsolute(spec.file)) {
      throw new VirError('INVALID_ARG', `absolute path must be used as snapshot file for disk '${spec.disk}'`);
    }
    // `/a/x` and `/b/../a/x` are one file.
    const file = path.resolve(spec.file);
    if (files.has(file)) throw new VirError('INVALID_ARG', `snapshot file '${spec.file}' given for two disks`);
    files.add(file);
    const top = disk.chain[0];
    if (!top) throw new VirError('CONFIG_UNSUPPORTED', `disk ${disk.name} has no source`);
    if (m.listDisks().some((d) => d.chain.some((i) => i.filename === spec.file))) {
      throw new VirError('INVALID_ARG', `snapshot file '${spec.file}' is already in use by a disk`);
    }
    let existedBefore = false;
    try {
      const st = fs.statSync(spec.file);
      existedBefore = true;
      if (!st.isBlockDevice() && st.size > 0) {
        throw new VirError('CONFIG_UNSUPPORTED', `external snapshot file for disk ${disk.name} already exists and is not a block device: ${spec.file}`);
      }
    } catch (err) {
      if (err instanceof VirError) throw err;
    }
    checkNewImagePath(m.options.allowDirs, spec.file);
    const busy = m.busyError(disk.name);
    if (busy) throw busy;
    if (disk.mode === 'blockdev' && !top.nodeName) throw new VirError('OPERATION_INVALID', `disk '${disk.name}' has no node name`);
    return { disk, spec, merge, existedBefore };
  });
}

/**
 * Take a disk-only external snapshot of every disk in `specs`, atomically.
 * @throws VirError before anything is sent when a spec is invalid; QEMU's refusal of
 *   the transaction (nothing changed then) as INTERNAL_ERROR
 */
export async function snapshotCreate(m: BlockJobManager, name: string, specs: readonly SnapshotDiskSpec[], flags = 0): Promise<void> {
  checkFlags(flags, VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA | VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC, 'qemuDomainSnapshotCreateXML');
  m.checkConnected();
  const prepared = validateSpecs(m, name, specs);
  // Until the overlays are in and the chains re-read: a job started meanwhile
  // would run on the chain this snapshot is changing, and a second snapshot
  // would record the same backing image as this one.
  const release = m.holdDisks(prepared.map((p) => p.disk.name), `snapshot '${name}'`);
  try {
    await takeSnapshot(m, name, prepared, (flags & VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA) !== 0);
  } finally {
    release();
  }
}

/** Creates under way in this process, by snapshotKey (another manager's delete must leave them). */
const creating = new Set<string>();

/** Whether a create of `name` in `storeFile` runs in this process. */
export function createRunsHere(storeFile: string, name: string): boolean {
  return creating.has(snapshotKey(storeFile, name));
}

/** `noMetadata`: the record, kept while the snapshot is taken (a crash is sorted out from it), is dropped once it is. */
async function takeSnapshot(m: BlockJobManager, name: string, prepared: Prepared[], noMetadata: boolean): Promise<void> {
  const store = await storeFor(m);
  const key = snapshotKey(store.file, name);
  if (creating.has(key)) throw new VirError('INVALID_ARG', `snapshot '${name}' already exists`);
  creating.add(key);
  try {
    await takeSnapshotIn(m, store, name, prepared, noMetadata);
  } finally {
    creating.delete(key);
  }
}

async function takeSnapshotIn(m: BlockJobManager, store: SnapshotStore, name: string, prepared: Prepared[], noMetadata: boolean): Promise<void> {
  const record: SnapshotRecord = {
    name,
    created: new Date().toISOString(),
    state: 'creating',
    creator: process.pid,
    disks: prepared.map((p): SnapshotDiskRecord => ({
      disk: p.disk.name, file: p.spec.file, backing: p.disk.chain[0]!.filename, merge: p.merge, state: 'pending', ...(p.existedBefore ? { existed: true as const } : {}),
    })),
  };
  await store.update((snaps) => {
    if (snaps.some((s) => s.name === name)) throw new VirError('INVALID_ARG', `snapshot '${name}' already exists`);
    return { snapshots: [...snaps, record], value: undefined };
  });
  try {
    // Detached while the record was written: nothing goes out (this manager
    // would not follow the chains it changes), and the record goes again.
    m.checkConnected();
  } catch (err) {
    await store.update((snaps) => ({ snapshots: snaps.filter((s) => s.name !== name), value: undefined }));
    throw err;
  }
  try {
    await attachOverlays(m, prepared);
    // The node list may have been waited for (node-guard.ts): detached meanwhile, nothing more goes out.
    m.checkConnected();
    await transaction(m.monitor, prepared.map(actionOf));
  } catch (err) {
    // Without QEMU's answer (connection lost) the outcome is unknown: touch nothing, keep
    // the `creating` record; snapshotDelete sorts out what really happened. A detach
    // before the transaction is known: undone like a refusal.
    if (!(err instanceof QmpError) && !(err instanceof VirError)) throw errors.fromQmp(err);
    await undo(m, prepared);
    await store.update((snaps) => ({ snapshots: snaps.filter((s) => s.name !== name), value: undefined }));
    if (log.enabled) log('snapshot %s failed, nothing changed: %s', name, (err as Error).message);
    throw errors.fromQmp(err);
  }
  try {
    for (const p of prepared) {
      await m.refreshDisk(p.disk.name, p.format && p.disk.qdev === undefined ? { topNode: p.format } : {});
    }
  } catch (err) {
    // Taken, but the chains could not be read back (connection lost): the
    // record stays `creating`, for snapshotDelete to sort out, as above.
    throw errors.fromQmp(err);
  }
  // What each overlay went on top of, as QEMU reports it: another process
  // or manager may have stacked a snapshot of its own on a -drive disk since
  // the chain was read (blockdev-snapshot-sync takes the device's top then;
  // a -blockdev snapshot of a node already below an overlay is refused).
  const below = prepared.map((p) => {
    const chain = m.listDisks().find((d) => d.chain.some((img) => img.filename === p.spec.file))?.chain ?? [];
    const at = chain.findIndex((img) => img.filename === p.spec.file);
    return at >= 0 ? chain[at + 1]?.filename : undefined;
  });
  if (noMetadata) {
    await store.update((snaps) => ({ snapshots: snaps.filter((s) => s.name !== name), value: undefined }));
    if (log.enabled) log('snapshot %s taken on %s, no metadata kept', name, prepared.map((p) => p.disk.name).join(', '));
    return;
  }
  await store.patch(name, (s) => {
    s.state = 'disk-snapshot';
    delete s.creator;
    s.disks.forEach((d, i) => {
      if (below[i] !== undefined) d.backing = below[i];
    });
  });
  if (log.enabled) log('snapshot %s taken on %s', name, prepared.map((p) => p.disk.name).join(', '));
}

/** -blockdev disks: create each overlay (file, then qcow2 backed by the current top) and attach it. */
async function attachOverlays(m: BlockJobManager, prepared: Prepared[]): Promise<void> {
  const blockdev = prepared.filter((p) => p.disk.mode === 'blockdev');
  if (blockdev.length === 0) return;
  const nodes = await m.nodeList();
  let n = nextNodeIndex(nodes.map((x) => x['node-name']));
  for (const p of blockdev) {
    const top = p.disk.chain[0]!;
    const size = Number(nodes.find((x) => x['node-name'] === top.nodeName)?.image?.['virtual-size'] ?? 0);
    const storage = `libvirt-${n}-storage`;
    const format = `libvirt-${n}-format`;
    n++;
    await runCreateJob(m.monitor, m.session, `create-${storage}`, { driver: 'file', filename: p.spec.file, size: 0 });
    await addFileNode(m.monitor, storage, p.spec.file);
    p.storage = storage;
    await runCreateJob(m.monitor, m.session, `create-${format}`, {
      driver: 'qcow2', file: storage, size, 'backing-file': top.filename, 'backing-fmt': top.format,
    });
    // No backing here: blockdev-snapshot links the overlay to the current top itself.
    await addFormatNode(m.monitor, format, 'qcow2', storage, null);
    p.format = format;
  }
}

function actionOf(p: Prepared): { type: string; data: JsonObject } {
  if (p.disk.mode === 'blockdev') {
    return { type: 'blockdev-snapshot', data: { node: p.disk.chain[0]!.nodeName!, overlay: p.format! } };
  }
  return { type: 'blockdev-snapshot-sync', data: { device: p.disk.device!, 'snapshot-file': p.spec.file, format: 'qcow2', mode: 'absolute-paths' } };
}

/** After a refused transaction: detach our overlays and remove files that did not exist before. */
async function undo(m: BlockJobManager, prepared: Prepared[]): Promise<void> {
  for (const p of prepared) {
    for (const node of [p.format, p.storage]) {
      if (node) await m.monitor.blockdevDel(node).catch(() => undefined);
    }
    delete p.format;
    delete p.storage;
  }
  // Only a file we made: validation saw it absent (or empty), and QEMU has it
  // open nowhere now. Another process's snapshot may have taken the same path
  // meanwhile (QEMU then refused ours): that file is its disk's top, not ours.
  // Without QEMU's node list, nothing is removed.
  const nodes = await m.nodeList().catch(() => undefined);
  if (nodes === undefined) return;
  const open = new Set(nodes.flatMap((n) => [plainFilename(n.file), nodeFile(n)]));
  for (const p of prepared) {
    if (!p.existedBefore && !open.has(p.spec.file)) removeMadeFile(p.spec.file);
  }
}
