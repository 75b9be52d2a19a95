/**
 * What the CLI needs from the job layer, in one narrow interface. The real
 * BlockJobManager (lib/jobs) is bound to it in backend.ts; tests bind a fake.
 * Keeping the CLI on this seam means output formatting, option rules and
 * error paths are tested without QEMU, and a rename in lib/jobs touches one
 * file here.
 */

/** libvirt's flag values (libvirt-block-jobs.md §2), as the CLI passes them. */
export const FLAGS = {
  ABORT_ASYNC: 1,
  ABORT_PIVOT: 2,
  INFO_BANDWIDTH_BYTES: 1,
  SPEED_BANDWIDTH_BYTES: 1,
  PULL_BANDWIDTH_BYTES: 64,
  REBASE_SHALLOW: 1,
  REBASE_REUSE_EXT: 2,
  REBASE_COPY_RAW: 4,
  REBASE_COPY: 8,
  REBASE_RELATIVE: 16,
  REBASE_COPY_DEV: 32,
  REBASE_BANDWIDTH_BYTES: 64,
  COPY_SHALLOW: 1,
  COPY_REUSE_EXT: 2,
  COPY_TRANSIENT_JOB: 4,
  COPY_SYNCHRONOUS_WRITES: 8,
  COMMIT_SHALLOW: 1,
  COMMIT_DELETE: 2,
  COMMIT_ACTIVE: 4,
  COMMIT_RELATIVE: 8,
  COMMIT_BANDWIDTH_BYTES: 16,
  SNAPSHOT_DELETE_METADATA_ONLY: 2,
  SNAPSHOT_CREATE_NO_METADATA: 4,
  SNAPSHOT_CREATE_DISK_ONLY: 16,
  SNAPSHOT_CREATE_ATOMIC: 128,
} as const;

export type JobStatus = 'COMPLETED' | 'FAILED' | 'CANCELED' | 'READY';

export interface JobInfo {
  /** libvirt number or the manager's name (`pull`, `copy`, `commit`, `active-commit`) */
  type: number | string;
  bandwidth: number;
  cur: number;
  end: number;
}

export interface BlockJobEvent {
  disk: string;
  /** The disk's canonical name, whatever name the job was started with. */
  device?: string;
  type: string;
  status: JobStatus;
  /** QEMU's error text for a FAILED job, when known */
  error?: string;
}

export interface DiskView {
  /** device name, or node-name in a -blockdev set-up with no frontend */
  name: string;
  nodeName?: string;
  path?: string;
}

export interface ImageView {
  path?: string;
  nodeName?: string;
  format?: string;
}

export interface CopyParams {
  bandwidth?: number;
  format?: string;
  blockdev?: boolean;
}

export interface SnapshotDiskSpec {
  disk: string;
  file: string;
  merge: 'forward' | 'backward';
}

export interface SnapshotView {
  name: string;
  created?: string;
  state?: string;
  disks: { disk: string; file: string; merge: string; state?: string; backing?: string }[];
}

export interface MergeOptions {
  bandwidth?: number;
  flags?: number;
}

export interface CliManager {
  listDisks(): Promise<DiskView[]>;
  /** `disk`: the disk's own name, however it was given. */
  chain(disk: string): Promise<{ disk: string; images: ImageView[] }>;
  blockPull(disk: string, bandwidth: number, flags: number): Promise<void>;
  blockRebase(disk: string, base: string | null, bandwidth: number, flags: number): Promise<void>;
  blockCommit(disk: string, base: string | null, top: string | null, bandwidth: number, flags: number): Promise<void>;
  blockCopy(disk: string, dest: string, params: CopyParams, flags: number): Promise<void>;
  blockJobAbort(disk: string, flags: number): Promise<void>;
  getBlockJobInfo(disk: string, flags: number): Promise<JobInfo | null>;
  blockJobSetSpeed(disk: string, bandwidth: number, flags: number): Promise<void>;
  /**
   * The seed's general merge. Resolves once the chain is re-linked (the
   * manager drives the whole operation, pivot included).
   */
  blockMerge(disk: string, source: string, dest: string, opts: MergeOptions): Promise<void>;
  snapshotCreate(name: string, disks: SnapshotDiskSpec[], flags: number): Promise<void>;
  snapshotList(): Promise<SnapshotView[]>;
  snapshotDelete(name: string, flags?: number): Promise<void>;
  /** Why the connection to QEMU is gone, or undefined while it is up. */
  connectionLost(): Error | undefined;
  /** Subscribe to `blockJob` events; returns the unsubscribe function. */
  onBlockJob(listener: (ev: BlockJobEvent) => void): () => void;
  /** The canonical name of a disk named any way `<disk>` may be; undefined when there is none. */
  diskName?(disk: string): string | undefined;
}

/** A connected manager and how to let go of it. */
export interface Backend {
  manager: CliManager;
  /** The VM's name (query-name), for `events` lines. */
  name?: string;
  /** Events of block jobs the manager does not track (started by another client after attach). */
  onForeignJobEvent?(listener: (ev: BlockJobEvent) => void): () => void;
  /**
   * Ends the manager reported while it attached: jobs that ended while no
   * manager watched, whose only report this is (no listener was there yet).
   */
  attachEvents?: readonly BlockJobEvent[];
  /** Resolves when the connection closes (for `events`). */
  closed?: Promise<Error | undefined>;
  close(): Promise<void>;
}
