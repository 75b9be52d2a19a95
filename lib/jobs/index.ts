/**
 * The block-job layer's public API.
 *
 *   const m = await BlockJobManager.attach(session, { onEvent?, diskAliases? });
 *   m.listDisks() / m.getDisk(arg)             disks and chains (top first)
 *   m.blockPull(disk, bandwidth?, flags?)      virDomainBlockPull
 *   m.blockRebase(disk, base, bandwidth?, flags?)   virDomainBlockRebase (COPY: copy module)
 *   m.getBlockJobInfo(disk, flags?)            { type, bandwidth, cur, end } | null
 *   m.blockJobSetSpeed(disk, bandwidth, flags?)
 *   m.blockJobAbort(disk, flags?)              sync unless ABORT_ASYNC; PIVOT for READY jobs
 *   m.on('blockJob', ({ disk, type, status, jobId, device, error? }) => ...)
 *
 * Flags and types are libvirt's numbers (constants.ts); errors are VirError
 * with libvirt's texts. Job modules build on `startJob`, `registerJobType`,
 * `BlockJobManager.extend` and the pure state machine (`transition`).
 */
export * from './constants.js';
export { BlockJobManager } from './manager.js';
export type { AttachOptions, BlockJobEvent, ManagerExtensions, StartPlan, StartSpec } from './manager.js';
export type { BlockJobInfoResult } from './info.js';
export { translateJobInfo } from './info.js';
export type { ChainImage, Disk, DiskMode } from './disks.js';
export { discoverDisks, resolveDisk, resolveImage, rereadDisk } from './disks.js';
export type { Job, JobEffect, JobInput, JobResult, JobState, Transition } from './state.js';
export { transition, newJob, decideResult, eventStatusOf, holdsDisk, TERMINAL_STATES } from './state.js';
export type { JobContext, JobTypeHandler } from './job-types.js';
export { pullHandler, genericHandler } from './job-types.js';
export { toBytesPerSecond, fromBytesPerSecond } from './bandwidth.js';
export { errors as virErrors } from './errors.js';
export { Monitor } from '../monitor.js';
import './extensions.js';
export type { JobOutcome, BlockCopyParams } from './extensions.js';
export type { MergeOptions, MergePlan } from '../merge/index.js';
export type { SnapshotDiskSpec, SnapshotRecord, SnapshotDiskRecord, MergeDirection } from '../snapshots/index.js';
