/**
 * block-job-* and job-* verbs. In block-job-* the `device` argument is the
 * job id (since QEMU 2.7); unknown ids give DeviceNotActive there and a
 * GenericError "Job not found" in the generic job-* commands.
 */
import { generic } from '../errors.js';
import type { SimJob } from '../job.js';
import type { CommandDef } from '../machine.js';
import { findBlockJob, findJob, num, str } from './common.js';

const dev = { device: { type: 'str', required: true } } as const;
const id = { id: { type: 'str', required: true } } as const;

/** A block-job-* verb with no other argument, on the job its `device` (or `id`) names. */
function blockJobVerb(key: 'device' | 'id', verb: (job: SimJob) => void): CommandDef {
  return {
    args: key === 'device' ? dev : id,
    run(m, a) {
      verb(findBlockJob(m, str(a[key])!));
      return {};
    },
  };
}

export const jobVerbCommands: Record<string, CommandDef> = {
  'block-job-set-speed': {
    args: { ...dev, speed: { type: 'int', required: true } },
    run(m, a) {
      findBlockJob(m, str(a.device)!).setSpeed(num(a.speed)!);
      return {};
    },
  },
  'block-job-cancel': {
    args: { ...dev, force: { type: 'bool' } },
    run(m, a) {
      const device = str(a.device)!;
      const job = findBlockJob(m, device);
      const force = a.force === true;
      if (job.userPaused && !force) throw generic(`The block job for device '${device}' is currently paused`);
      job.userCancel(force);
      return {};
    },
  },
  'block-job-pause': blockJobVerb('device', (job) => job.userPause()),
  'block-job-resume': blockJobVerb('device', (job) => job.userResume()),
  'block-job-complete': blockJobVerb('device', (job) => job.complete()),
  'block-job-finalize': blockJobVerb('id', (job) => job.userFinalize()),
  'block-job-dismiss': blockJobVerb('id', (job) => job.userDismiss()),
  'job-pause': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userPause(), {}) },
  'job-resume': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userResume(), {}) },
  // job-cancel is always a forced cancel (qapi/job.json).
  'job-cancel': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userCancel(true), {}) },
  'job-complete': { args: id, run: (m, a) => (findJob(m, str(a.id)!).complete(), {}) },
  'job-finalize': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userFinalize(), {}) },
  'job-dismiss': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userDismiss(), {}) },
};
