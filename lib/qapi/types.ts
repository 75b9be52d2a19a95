/**
 * The QAPI types the block-job layer uses, in QEMU's wire spelling
 * (qapi/block-core.json, qapi/job.json of QEMU 7.2). Pure types: string
 * unions stand in for QAPI enums. Only `lib/monitor.ts` builds or reads these;
 * the job layer sees the facade's camelCase shapes.
 */

/** JobType (qapi/job.json). */
export type JobType =
  | 'commit'
  | 'stream'
  | 'mirror'
  | 'backup'
  | 'create'
  | 'amend'
  | 'snapshot-load'
  | 'snapshot-save'
  | 'snapshot-delete';

/** JobStatus (qapi/job.json). */
export type JobStatus =
  | 'undefined'
  | 'created'
  | 'running'
  | 'paused'
  | 'ready'
  | 'standby'
  | 'waiting'
  | 'pending'
  | 'aborting'
  | 'concluded'
  | 'null';

export const JOB_STATUSES: readonly JobStatus[] = [
  'undefined', 'created', 'running', 'paused', 'ready', 'standby',
  'waiting', 'pending', 'aborting', 'concluded', 'null',
];

/** `block-stream` arguments. */
export interface BlockStreamArgs {
  'job-id'?: string;
  device: string;
  base?: string;
  'base-node'?: string;
  bottom?: string;
  'backing-file'?: string;
  speed?: number;
  'on-error'?: 'report' | 'ignore' | 'enospc' | 'stop' | 'auto';
  'filter-node-name'?: string;
  'auto-finalize'?: boolean;
  'auto-dismiss'?: boolean;
}

/** `block-commit` arguments. */
export interface BlockCommitArgs {
  'job-id'?: string;
  device: string;
  'base-node'?: string;
  base?: string;
  'top-node'?: string;
  top?: string;
  'backing-file'?: string;
  speed?: number;
  'on-error'?: 'report' | 'ignore' | 'enospc' | 'stop' | 'auto';
  'filter-node-name'?: string;
  'auto-finalize'?: boolean;
  'auto-dismiss'?: boolean;
}

/** BlockJobInfo, one row of `query-block-jobs`. */
export interface BlockJobInfo {
  type: string;
  device: string;
  len: number;
  offset: number;
  busy: boolean;
  paused: boolean;
  speed: number;
  'io-status': 'ok' | 'failed' | 'nospace';
  ready: boolean;
  status: JobStatus;
  'auto-finalize': boolean;
  'auto-dismiss': boolean;
  error?: string;
}

/** JobInfo, one row of `query-jobs`. */
export interface JobInfo {
  id: string;
  type: JobType;
  status: JobStatus;
  'current-progress': number;
  'total-progress': number;
  error?: string;
}

/** ImageInfo (nested `backing-image` chain in `query-block`). */
export interface ImageInfo {
  filename: string;
  format: string;
  'virtual-size': number;
  'backing-filename'?: string;
  'full-backing-filename'?: string;
  'backing-filename-format'?: string;
  'backing-image'?: ImageInfo;
  [key: string]: unknown;
}

/** BlockDeviceInfo: `query-block`'s `inserted`, and each `query-named-block-nodes` row. */
export interface BlockDeviceInfo {
  file: string;
  'node-name'?: string;
  ro: boolean;
  drv: string;
  backing_file?: string;
  backing_file_depth: number;
  image: ImageInfo;
  [key: string]: unknown;
}

/** BlockInfo, one row of `query-block`. */
export interface BlockInfo {
  device: string;
  qdev?: string;
  type: string;
  removable: boolean;
  locked: boolean;
  inserted?: BlockDeviceInfo;
  [key: string]: unknown;
}

/** JOB_STATUS_CHANGE data. */
export interface JobStatusChangeData {
  id: string;
  status: JobStatus;
}

/** BLOCK_JOB_COMPLETED / CANCELLED / READY data (`device` is the job id). */
export interface BlockJobEventData {
  type: string;
  device: string;
  len: number;
  offset: number;
  speed: number;
  error?: string;
}

/** BLOCK_JOB_ERROR data. */
export interface BlockJobErrorData {
  device: string;
  operation: 'read' | 'write';
  action: 'ignore' | 'report' | 'stop';
}

/** BLOCK_JOB_PENDING data: note `id`, not `device`. */
export interface BlockJobPendingData {
  type: string;
  id: string;
}
