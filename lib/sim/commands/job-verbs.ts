/**
 * block-job-* and job-* verbs. In block-job-* the `device` argument is the
 * job id (since QEMU 2.7); unknown ids give DeviceNotActive there and a
 * GenericError "Job not found" in the generic job-* commands.
 */
import { generic } from '../errors.js';
import type { CommandDef } from '../machine.js';
import { findBlockJob, findJob, num, str } from './common.js';

const dev = { device: { type: 'str', required: true } } as const;
const id = { id: { type: 'str', required: true } } as const;

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
  'block-job-pause': {
    args: dev,
    run(m, a) {
      findBlockJob(m, str(a.device)!).userPause();
      return {};
    },
  },
  'block-job-resume': {
    args: dev,
    run(m, a) {
      findBlockJob(m, str(a.device)!).userResume();
      return {};
    },
  },
  'block-job-complete': {
    args: dev,
    run(m, a) {
      findBlockJob(m, str(a.device)!).complete();
      return {};
    },
  },
  'block-job-finalize': {
    args: id,
    run(m, a) {
      findBlockJob(m, str(a.id)!).userFinalize();
      return {};
    },
  },
  'block-job-dismiss': {
    args: id,
    run(m, a) {
      findBlockJob(m, str(a.id)!).userDismiss();
      return {};
    },
  },
  'job-pause': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userPause(), {}) },
  'job-resume': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userResume(), {}) },
  // job-cancel is always a forced cancel (qapi/job.json).
  'job-cancel': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userCancel(true), {}) },
  'job-complete': { args: id, run: (m, a) => (findJob(m, str(a.id)!).complete(), {}) },
  'job-finalize': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userFinalize(), {}) },
  'job-dismiss': { args: id, run: (m, a) => (findJob(m, str(a.id)!).userDismiss(), {}) },
};
