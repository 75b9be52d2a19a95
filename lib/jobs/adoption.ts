/**
 * Which of the jobs QEMU already has at attach the manager takes over, and as
 * what (libvirt's reconnect, §9): the kind from QEMU's job type (an active
 * commit told from a plain one), the disk from the job id. Pure over
 * `query-jobs` rows and the disk list: registering the jobs, feeding them to
 * the state machine and the QEMU 7.2 node-query guard are the manager's.
 * Jobs of unknown type or of no disk of ours are left alone.
 */
import { logger } from '../log.js';
import type { JobInfo, JobStatus } from '../qapi/types.js';
import { jobIdPart, type BlockJobKind } from './constants.js';
import type { Disk } from './disks.js';
import { newJob, type Job } from './state.js';

const log = logger('job');

const KIND_OF_QEMU_TYPE: Record<string, BlockJobKind> = { stream: 'pull', commit: 'commit', mirror: 'copy' };
/** QEMU's job type of each kind. */
export const QEMU_TYPE_OF: Record<BlockJobKind, string> = { pull: 'stream', commit: 'commit', 'active-commit': 'commit', copy: 'mirror' };

/**
 * Whether QEMU's job `row` is the job a record with a result describes: that
 * job had concluded, so a job of that id still running, or of another type,
 * is a later one that got the same id (-drive jobs are named by their device).
 */
export function isRecordedJob(rec: { kind: BlockJobKind }, row: JobInfo): boolean {
  return row.status === 'concluded' && row.type === QEMU_TYPE_OF[rec.kind];
}

/** Which disk a QEMU job id belongs to: a -drive device name, or `<kind>-<disk>-<node>`. */
export function diskOfJobId(disks: readonly Disk[], id: string): Disk | undefined {
  for (const d of disks) if (d.mode === 'drive' && d.device === id) return d;
  const m = /^(pull|commit|copy)-(.+)$/.exec(id);
  if (!m) return undefined;
  for (const d of disks) {
    const top = d.chain[0]?.nodeName;
    if (top !== undefined && id === `${m[1]}-${jobIdPart(d.name)}-${jobIdPart(top)}`) return d;
  }
  // The id's node may have left the chain (a concluded commit removed it, a
  // pivot moved the disk off it): the disk part of the id, the longest disk
  // name that fits, before any guess from the nodes.
  let best: Disk | undefined;
  for (const d of disks) {
    const part = jobIdPart(d.name);
    if (m[2]!.startsWith(`${part}-`) && part.length > (best ? jobIdPart(best.name).length : -1)) best = d;
  }
  if (best) return best;
  for (const d of disks) {
    for (const img of d.chain) if (img.nodeName && m[2]!.endsWith(`-${jobIdPart(img.nodeName)}`)) return d;
  }
  return undefined;
}

/**
 * The concluded block jobs among `rows`, as jobs of no disk yet: they are
 * taken over before the disks are read (the node list may not be read while
 * they wait to be dismissed), and placed on their disk afterwards (diskOfJobId).
 * Lazy: `tracked` is asked for each row after the previous one was taken.
 */
export function* concludedJobs(rows: readonly JobInfo[], tracked: (id: string) => boolean): Generator<Job> {
  for (const row of rows) {
    const kind = KIND_OF_QEMU_TYPE[row.type];
    if (!kind || row.status !== 'concluded' || tracked(row.id)) continue;
    yield newJob({ id: row.id, disk: '', diskArg: '', kind });
  }
}

/**
 * The block jobs among `rows` to take over on a disk of `disks`, each with the
 * status QEMU reports. Lazy: `tracked` (job id) and `busy` (disk name) are
 * asked for each row after the previous one was taken.
 */
export function* adoptableJobs(
  rows: readonly JobInfo[],
  disks: readonly Disk[],
  tracked: (id: string) => boolean,
  busy: (disk: string) => boolean,
  /** Top images with a mirror filter node on them (rediscoverDisks). */
  mirrored: ReadonlySet<string> = new Set(),
): Generator<{ job: Job; status: JobStatus }> {
  for (const row of rows) {
    let kind = KIND_OF_QEMU_TYPE[row.type];
    if (!kind || tracked(row.id)) continue;
    const disk = diskOfJobId(disks, row.id);
    if (!disk || busy(disk.name)) {
      if (log.enabled) log('leaving untracked QEMU job %s alone', row.id);
      continue;
    }
    // QEMU says "commit" for both: an active commit is the one that reached READY,
    // whose name (libvirt's `commit-<disk>-<top node>`) ends in the disk's top, or
    // whose disk's top has a mirror filter on it (QEMU runs an active commit as a
    // mirror; a plain commit's filter is commit_top, on the image it commits).
    const top = disk.chain[0];
    const active = row.status === 'ready' || row.status === 'standby' || row.id.endsWith(`-${jobIdPart(top?.nodeName ?? '')}`) || (top !== undefined && mirrored.has(top.filename));
    if (kind === 'commit' && active) {
      kind = 'active-commit';
    }
    yield { job: newJob({ id: row.id, disk: disk.name, diskArg: disk.name, kind }), status: row.status };
  }
}
