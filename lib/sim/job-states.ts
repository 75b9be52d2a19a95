/**
 * The job status machine as data: QEMU 7.2's statuses, the transitions
 * between them (job.c JobSTT), the verbs each status accepts
 * (JobVerbTable), and the errno values jobs end with. No behaviour.
 */

export type JobStatus =
  | 'undefined' | 'created' | 'running' | 'paused' | 'ready' | 'standby'
  | 'waiting' | 'pending' | 'aborting' | 'concluded' | 'null';
export type JobVerb = 'cancel' | 'pause' | 'resume' | 'set-speed' | 'complete' | 'dismiss' | 'finalize' | 'change';
export type JobType = 'stream' | 'commit' | 'mirror' | 'create';
export type OnError = 'report' | 'ignore' | 'enospc' | 'stop' | 'auto';

/** qapi/job.json JobStatus transitions (job.c JobSTT). */
export const TRANSITIONS: Record<JobStatus, readonly JobStatus[]> = {
  undefined: ['created'],
  created: ['running', 'aborting', 'null'],
  running: ['paused', 'ready', 'waiting', 'aborting'],
  paused: ['running'],
  ready: ['standby', 'waiting', 'aborting'],
  standby: ['ready'],
  waiting: ['pending', 'aborting'],
  pending: ['aborting', 'concluded'],
  aborting: ['concluded'],
  concluded: ['null'],
  null: [],
};

/** job.c JobVerbTable as in QEMU 7.2 (complete also allowed in standby). */
export const VERBS: Record<JobVerb, readonly JobStatus[]> = {
  cancel: ['created', 'running', 'paused', 'ready', 'standby', 'waiting', 'pending'],
  pause: ['created', 'running', 'paused', 'ready', 'standby'],
  resume: ['created', 'running', 'paused', 'ready', 'standby'],
  'set-speed': ['created', 'running', 'paused', 'ready', 'standby'],
  change: ['created', 'running', 'paused', 'ready', 'standby'],
  complete: ['ready', 'standby'],
  finalize: ['pending'],
  dismiss: ['concluded'],
};

export const ECANCELED = 125;
export const EIO = 5;
export const ENOSPC = 28;
export const STRERROR: Record<number, string> = { [ECANCELED]: 'Operation canceled', [EIO]: 'Input/output error', [ENOSPC]: 'No space left on device' };
