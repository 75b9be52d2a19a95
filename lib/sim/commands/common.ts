/**
 * Lookups and checks shared by the command handlers, with QEMU's texts:
 * finding nodes, devices and jobs, job ids, op blockers.
 */
import { generic, SimCommandError } from '../errors.js';
import type { BlockNode } from '../graph.js';
import type { SimMachine } from '../machine.js';
import type { SimJob } from '../job.js';

/** bdrv_lookup_bs() with its error. */
export function lookupNode(m: SimMachine, device: string | undefined, nodeName: string | undefined): BlockNode {
  const n = m.graph.lookup(device, nodeName);
  if (!n) throw generic(`Cannot find device='${device ?? ''}' nor node-name='${nodeName ?? ''}'`);
  return n;
}

/** find_block_job(): the `device` of block-job-* is the job id. */
export function findBlockJob(m: SimMachine, id: string): SimJob {
  const job = m.jobs.get(id);
  if (!job || !job.isBlockJob) throw new SimCommandError('DeviceNotActive', `Block job '${id}' not found`);
  return job;
}

/** find_job() of the generic job-* commands. */
export function findJob(m: SimMachine, id: string): SimJob {
  const job = m.jobs.get(id);
  if (!job) throw generic('Job not found');
  return job;
}

const WELL_FORMED = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** block_job_create()'s id rules: default to the device name, well formed, unique. */
export function newJobId(m: SimMachine, jobId: string | undefined, node: BlockNode): string {
  const id = jobId ?? m.graph.backendOf(node)?.name ?? '';
  if (!WELL_FORMED.test(id)) throw generic(`Invalid job ID '${id}'`);
  if (m.jobs.has(id)) throw generic(`Job ID '${id}' already in use`);
  return id;
}

/** bdrv_op_is_blocked(): a node used by a job refuses another one. */
export function checkNotBusy(m: SimMachine, node: BlockNode): void {
  if (node.blocker) {
    throw generic(`Node '${m.graph.deviceOrNodeName(node)}' is busy: block device is in use by block job: ${node.blocker.type}`);
  }
}

/** Create, set the speed (which may fail after creation, as in QEMU), start. */
export function launch(m: SimMachine, job: SimJob, speed: number | undefined): void {
  m.registerJob(job);
  job.create();
  try {
    job.initSpeed(speed ?? 0);
  } catch (e) {
    job.discard();
    throw e;
  }
  job.start();
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}
