/**
 * The QMP commands commit, copy and snapshots need beyond lib/monitor.ts:
 * blockdev-add/-create, blockdev-mirror, drive-mirror, transaction. Kept in
 * this file (over `Monitor.execute`) so that the shared facade stays as the
 * pull issue left it; each function builds QEMU's wire arguments from
 * camelCase options and nothing here holds state or decides anything.
 *
 * `runCreateJob` is the one exception that waits: a `blockdev-create` job is
 * not a block job (query-block-jobs never lists it, it emits no BLOCK_JOB_*
 * events) and needs a manual dismiss, so it is run to its end here.
 */
import { QmpError } from '../errors.js';
import { logger } from '../log.js';
import type { Monitor } from '../monitor.js';
import type { JsonObject, QmpMonitor, ReceivedEvent } from '../qmp/types.js';

const log = logger('job');

export interface MirrorOptions {
  jobId: string;
  device: string;
  sync: 'top' | 'full';
  speed?: number;
  granularity?: number;
  bufSize?: number;
  writeBlocking?: boolean;
}

/** `blockdev-mirror` as libvirt 9.0 sends it (auto-finalize on, auto-dismiss off). */
export function blockdevMirror(m: Monitor, o: MirrorOptions & { target: string; replaces: string }): Promise<void> {
  const args: JsonObject = { 'job-id': o.jobId, device: o.device, target: o.target, replaces: o.replaces, sync: o.sync };
  addMirrorTuning(args, o);
  return m.execute('blockdev-mirror', args).then(() => undefined);
}

/** `drive-mirror`, the -drive form: QEMU opens (or creates) the target file itself. */
export function driveMirror(m: Monitor, o: MirrorOptions & { target: string; format: string; mode: 'existing' | 'absolute-paths' }): Promise<void> {
  const args: JsonObject = { device: o.device, target: o.target, format: o.format, sync: o.sync, mode: o.mode };
  addMirrorTuning(args, o);
  return m.execute('drive-mirror', args).then(() => undefined);
}

function addMirrorTuning(args: JsonObject, o: MirrorOptions): void {
  if (o.speed) args.speed = o.speed;
  if (o.granularity) args.granularity = o.granularity;
  if (o.bufSize) args['buf-size'] = o.bufSize;
  if (o.writeBlocking) args['copy-mode'] = 'write-blocking';
  args['auto-finalize'] = true;
  args['auto-dismiss'] = false;
}

/** `blockdev-add` of a `file` protocol node. */
export function addFileNode(m: Monitor, nodeName: string, filename: string): Promise<void> {
  return m.execute('blockdev-add', { driver: 'file', 'node-name': nodeName, filename, 'auto-read-only': true, discard: 'unmap' }).then(() => undefined);
}

/** `blockdev-add` of a format node over `file`; `backing` null = none (a snapshot overlay or a full copy). */
export function addFormatNode(m: Monitor, nodeName: string, format: string, file: string, backing: string | null): Promise<void> {
  const args: JsonObject = { driver: format, 'node-name': nodeName, file };
  if (format !== 'raw') args.backing = backing;
  return m.execute('blockdev-add', args).then(() => undefined);
}

/** `transaction` of several actions: all of them happen, or none. */
export function transaction(m: Monitor, actions: { type: string; data: JsonObject }[]): Promise<void> {
  return m.execute('transaction', { actions } as unknown as JsonObject).then(() => undefined);
}

/**
 * Run a `blockdev-create` job to its end (libvirt names them `create-<node>`):
 * wait for `concluded`, read the outcome from query-jobs, dismiss it.
 * @throws QmpError with the job's error when the creation failed
 */
export async function runCreateJob(m: Monitor, session: QmpMonitor, jobId: string, options: JsonObject): Promise<void> {
  const since = session.eventSeq;
  const stop = new AbortController();
  // `since`: the job may conclude before the command's answer arrives.
  const concluded = session.waitForEvent('JOB_STATUS_CHANGE', (ev: ReceivedEvent) => ev.data?.id === jobId && ev.data?.status === 'concluded', { since, signal: stop.signal });
  concluded.catch(() => undefined);
  try {
    await m.execute('blockdev-create', { 'job-id': jobId, options }).catch(async (err: unknown) => {
      // A create job of the same name that a lost connection left concluded
      // (its node was never added, so the index is free again): dismissed,
      // then the command once more.
      if (!(err instanceof QmpError) || !err.desc.startsWith(`Job ID '${jobId}' already in use`)) throw err;
      const left = (await m.queryJobs()).find((r) => r.id === jobId);
      if (left?.type !== 'create' || left.status !== 'concluded') throw err;
      if (log.enabled) log('dismissing %s, left concluded by an earlier connection', jobId);
      await m.jobDismiss(jobId);
      await m.execute('blockdev-create', { 'job-id': jobId, options });
    });
  } catch (err) {
    stop.abort();
    throw err;
  }
  await concluded;
  const rows = await m.queryJobs();
  const row = rows.find((r) => r.id === jobId);
  await m.jobDismiss(jobId).catch((err: unknown) => {
    if (log.enabled) log('job-dismiss %s failed: %s', jobId, (err as Error).message);
  });
  if (row?.error !== undefined) throw new QmpError('GenericError', row.error, 'blockdev-create');
}

/** Next free `libvirt-N` index among the graph's node names (libvirt's naming, so jobs get familiar ids). */
export function nextNodeIndex(nodeNames: Iterable<string | undefined>): number {
  let max = 0;
  for (const n of nodeNames) {
    const mm = n ? /^libvirt-(\d+)-/.exec(n) : null;
    if (mm) max = Math.max(max, Number(mm[1]));
  }
  return max + 1;
}
