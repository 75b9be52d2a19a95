/**
 * What a QMP event says to the job state machine: which job it is about (by
 * QEMU's job id: `id` for JOB_STATUS_CHANGE, `device` for the BLOCK_JOB_*
 * events) and the input it becomes. Pure: whether the job is one of ours,
 * and applying the input, are the manager's; other events say nothing.
 */
import type { ReceivedEvent } from '../qmp/types.js';
import type { JobStatus } from '../qapi/types.js';
import { JOB_STATUSES } from '../qapi/types.js';
import type { JobInput } from './state.js';

function isJobStatus(s: unknown): s is JobStatus {
  return typeof s === 'string' && (JOB_STATUSES as readonly string[]).includes(s);
}

/** The job id an event names and its input, or undefined for an event that says nothing about a job. */
export function inputOfEvent(ev: ReceivedEvent): { jobId: string; input: JobInput } | undefined {
  const data = (ev.data ?? {}) as Record<string, unknown>;
  switch (ev.event) {
    case 'JOB_STATUS_CHANGE':
      if (typeof data.id !== 'string' || !isJobStatus(data.status)) return undefined;
      return { jobId: data.id, input: { kind: 'status', status: data.status } };
    case 'BLOCK_JOB_COMPLETED':
    case 'BLOCK_JOB_CANCELLED':
    case 'BLOCK_JOB_READY':
    case 'BLOCK_JOB_ERROR': {
      if (typeof data.device !== 'string') return undefined;
      const event = ev.event === 'BLOCK_JOB_COMPLETED' ? 'completed' : ev.event === 'BLOCK_JOB_CANCELLED' ? 'cancelled' : ev.event === 'BLOCK_JOB_READY' ? 'ready' : 'error';
      const error = typeof data.error === 'string' ? data.error : undefined;
      return { jobId: data.device, input: error !== undefined ? { kind: 'block-event', event, error } : { kind: 'block-event', event } };
    }
    default:
      return undefined;
  }
}
