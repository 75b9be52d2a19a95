/**
 * libvirt's public numbers for the block-job API (include/libvirt/libvirt-domain.h),
 * with the same names and values, so that a libvirt user's flags mean the same here.
 */

/** virDomainBlockJobType */
export const VIR_DOMAIN_BLOCK_JOB_TYPE_UNKNOWN = 0;
export const VIR_DOMAIN_BLOCK_JOB_TYPE_PULL = 1;
export const VIR_DOMAIN_BLOCK_JOB_TYPE_COPY = 2;
export const VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT = 3;
export const VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT = 4;
export const VIR_DOMAIN_BLOCK_JOB_TYPE_BACKUP = 5;

/** virConnectDomainEventBlockJobStatus */
export const VIR_DOMAIN_BLOCK_JOB_COMPLETED = 0;
export const VIR_DOMAIN_BLOCK_JOB_FAILED = 1;
export const VIR_DOMAIN_BLOCK_JOB_CANCELED = 2;
export const VIR_DOMAIN_BLOCK_JOB_READY = 3;

/** virDomainBlockJobAbortFlags */
export const VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC = 1 << 0;
export const VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT = 1 << 1;

/** virDomainBlockJobInfoFlags */
export const VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES = 1 << 0;

/** virDomainBlockJobSetSpeedFlags */
export const VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES = 1 << 0;

/** virDomainBlockPullFlags */
export const VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES = 1 << 6;

/** virDomainBlockRebaseFlags */
export const VIR_DOMAIN_BLOCK_REBASE_SHALLOW = 1 << 0;
export const VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT = 1 << 1;
export const VIR_DOMAIN_BLOCK_REBASE_COPY_RAW = 1 << 2;
export const VIR_DOMAIN_BLOCK_REBASE_COPY = 1 << 3;
export const VIR_DOMAIN_BLOCK_REBASE_RELATIVE = 1 << 4;
export const VIR_DOMAIN_BLOCK_REBASE_COPY_DEV = 1 << 5;
export const VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES = 1 << 6;

/** virDomainBlockCopyFlags */
export const VIR_DOMAIN_BLOCK_COPY_SHALLOW = 1 << 0;
export const VIR_DOMAIN_BLOCK_COPY_REUSE_EXT = 1 << 1;
export const VIR_DOMAIN_BLOCK_COPY_TRANSIENT_JOB = 1 << 2;
export const VIR_DOMAIN_BLOCK_COPY_SYNCHRONOUS_WRITES = 1 << 3;

/** virDomainBlockCommitFlags */
export const VIR_DOMAIN_BLOCK_COMMIT_SHALLOW = 1 << 0;
export const VIR_DOMAIN_BLOCK_COMMIT_DELETE = 1 << 1;
export const VIR_DOMAIN_BLOCK_COMMIT_ACTIVE = 1 << 2;
export const VIR_DOMAIN_BLOCK_COMMIT_RELATIVE = 1 << 3;
export const VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES = 1 << 4;

/** virDomainSnapshotCreateXML: keep no metadata for the snapshot (virsh `--no-metadata`). */
export const VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA = 1 << 2;
/** virDomainSnapshotCreateXML: disk-only (every snapshot here is). */
export const VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY = 1 << 4;
/** virDomainSnapshotCreateXML: all disks or none (every snapshot here is: one transaction). */
export const VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC = 1 << 7;

/** virDomainSnapshotDelete: drop the snapshot's metadata only, merge nothing (virsh `--metadata`). */
export const VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY = 1 << 1;

/** The public job types, as the `blockJob` event names them. */
export type BlockJobKind = 'pull' | 'copy' | 'commit' | 'active-commit';

/** Jobs that libvirt records as the disk's `<mirror>` (they end in READY, then a pivot or not). */
export function isMirrorKind(kind: BlockJobKind): boolean {
  return kind === 'copy' || kind === 'active-commit';
}

/** The public event statuses (libvirt's names: one L in CANCELED). */
export type BlockJobEventStatus = 'COMPLETED' | 'FAILED' | 'CANCELED' | 'READY';

export const JOB_KIND_NUMBER: Record<BlockJobKind, number> = {
  pull: VIR_DOMAIN_BLOCK_JOB_TYPE_PULL,
  copy: VIR_DOMAIN_BLOCK_JOB_TYPE_COPY,
  commit: VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT,
  'active-commit': VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT,
};

/** The prefix libvirt puts in job names (`pull-vda-libvirt-1-format`); active commit is a commit. */
export const JOB_NAME_PREFIX: Record<BlockJobKind, string> = {
  pull: 'pull',
  copy: 'copy',
  commit: 'commit',
  'active-commit': 'commit',
};

/**
 * A name as part of a QEMU job id, which must be letters, digits, '-', '.'
 * and '_' after a leading letter: the other characters are left out. Node
 * names QEMU made up itself (`#block239`, for a backing chain opened from
 * the image headers) and disk aliases with spaces would break the rule.
 */
export function jobIdPart(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '');
}

/** libvirt's name for a -blockdev disk's job: `<kind>-<disk>-<top node>` (`commit-vda-libvirt-2-format`). */
export function blockJobName(kind: BlockJobKind, disk: string, node: string): string {
  return `${JOB_NAME_PREFIX[kind]}-${jobIdPart(disk)}-${jobIdPart(node)}`;
}

/** libvirt refuses MiB values above LLONG_MAX >> 20 (they would not fit in bytes). */
export const MAX_BANDWIDTH_MIB = 8796093022207;
