/**
 * block-stream on a legacy -drive: full pull, pull to a base, cancel,
 * set-speed and pause/resume.
 */
import type { Scenario } from '../scenario.js';
import { LEGACY, SPEED, STANDARD_CHAIN, imageDir, MiB } from './common.js';

const drive0 = 'drive0';

export const pullFull: Scenario = {
  name: 'pull-full',
  description: `${STANDARD_CHAIN} ${LEGACY} The client reads query-block, starts block-stream on drive0 with no base at 16 MiB/s, polls query-block-jobs 3 times, waits for BLOCK_JOB_COMPLETED and the job's null status, then reads query-block-jobs (empty) and query-block (no backing image any more) and quits. top.qcow2 ends up standalone with the full guest-visible content.`,
  libvirt: "virDomainBlockPull(dom, 'drive0', 16, 0); virDomainGetBlockJobInfo polled until the VIR_DOMAIN_BLOCK_JOB_COMPLETED event",
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    await ctx.exec('query-block');
    const since = ctx.mark();
    await ctx.exec('block-stream', { device: drive0, speed: SPEED.normal }, 'start');
    await ctx.poll(drive0, 3, 250);
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', drive0, since);
    await ctx.waitStatus(drive0, 'null', since);
    await ctx.exec('query-block-jobs');
    await ctx.exec('query-block');
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2'] }],
};

export const pullBase: Scenario = {
  name: 'pull-base',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts block-stream on drive0 with base=<base.qcow2 path> at 8 MiB/s (only mid's data is copied), polls twice, waits for BLOCK_JOB_COMPLETED and the null status, reads query-block and quits. The chain becomes base.qcow2 <- top.qcow2, mid.qcow2 drops out.`,
  libvirt: `virDomainBlockRebase(dom, 'drive0', '${imageDir('pull-base')}/base.qcow2', 8, 0)`,
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec('block-stream', { device: drive0, base: ctx.chain.base, speed: 8 * MiB }, 'start');
    await ctx.poll(drive0, 2, 250);
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', drive0, since);
    await ctx.waitStatus(drive0, 'null', since);
    await ctx.exec('query-block');
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2', 'base.qcow2'] }],
};

export const pullCancel: Scenario = {
  name: 'pull-cancel',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts a full pull on drive0 rate-limited to 2 MiB/s, polls twice, sends block-job-cancel while the job sleeps under its limit, waits for BLOCK_JOB_CANCELLED and the null status, reads query-block-jobs (empty) and query-block (chain unchanged) and quits.`,
  libvirt: "virDomainBlockPull(dom, 'drive0', 2, 0); virDomainBlockJobAbort(dom, 'drive0', 0)",
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec('block-stream', { device: drive0, speed: SPEED.slow }, 'start');
    await ctx.poll(drive0, 2, 250);
    await ctx.exec('block-job-cancel', { device: drive0 }, 'cancel');
    await ctx.waitJobEvent('BLOCK_JOB_CANCELLED', drive0, since);
    await ctx.waitStatus(drive0, 'null', since);
    await ctx.exec('query-block-jobs');
    await ctx.exec('query-block');
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2', 'base.qcow2'] }],
};

export const setSpeed: Scenario = {
  name: 'set-speed',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts a full pull on drive0 at 2 MiB/s, polls, raises the speed with block-job-set-speed to 8 MiB/s, polls, raises it to 32 MiB/s, polls (the speed shows in query-block-jobs), then lowers it to 16 MiB/s and waits for BLOCK_JOB_COMPLETED (speed 16 MiB/s) and the null status.`,
  libvirt: "virDomainBlockPull(dom, 'drive0', 2, 0); virDomainBlockJobSetSpeed(dom, 'drive0', 8, 0); ...(32); ...(16)",
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec('block-stream', { device: drive0, speed: SPEED.slow }, 'start');
    await ctx.poll(drive0, 1, 300);
    await ctx.exec('block-job-set-speed', { device: drive0, speed: 8 * MiB });
    await ctx.poll(drive0, 1, 300);
    await ctx.exec('block-job-set-speed', { device: drive0, speed: 32 * MiB });
    await ctx.poll(drive0, 1, 100);
    await ctx.exec('block-job-set-speed', { device: drive0, speed: 16 * MiB });
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', drive0, since);
    await ctx.waitStatus(drive0, 'null', since);
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2'] }],
};

export const pauseResume: Scenario = {
  name: 'pause-resume',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts a full pull on drive0 at 16 MiB/s, polls once, sends block-job-pause and waits for the paused status, polls twice 300 ms apart (paused: true, the offset does not move), sends block-job-resume, waits for the running status, then for BLOCK_JOB_COMPLETED and the null status.`,
  libvirt: "virDomainBlockPull(dom, 'drive0', 16, 0); no libvirt API pauses a block job (QMP-level block-job-pause/resume)",
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec('block-stream', { device: drive0, speed: SPEED.normal }, 'start');
    await ctx.poll(drive0, 1, 250);
    const beforePause = ctx.mark();
    await ctx.exec('block-job-pause', { device: drive0 }, 'pause');
    await ctx.waitStatus(drive0, 'paused', beforePause);
    const offsets = await ctx.poll(drive0, 2, 300);
    ctx.expect.offsetStillWhilePaused = offsets[0] === offsets[1];
    const beforeResume = ctx.mark();
    await ctx.exec('block-job-resume', { device: drive0 }, 'resume');
    await ctx.waitStatus(drive0, 'running', beforeResume);
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', drive0, since);
    await ctx.waitStatus(drive0, 'null', since);
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2'] }],
};

export const quitDuringJob: Scenario = {
  name: 'quit-during-job',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts a full pull on drive0 at 2 MiB/s, polls once, and sends quit while the job runs: QEMU cancels the job on its way out (BLOCK_JOB_CANCELLED), sends SHUTDOWN, answers quit and closes the connection. The chain is unchanged.`,
  libvirt: "virDomainBlockPull(dom, 'drive0', 2, 0); virDomainDestroy / shutdown of the VM while the job runs",
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    await ctx.exec('block-stream', { device: drive0, speed: SPEED.slow }, 'start');
    await ctx.poll(drive0, 1, 250);
    // The runner's quit ends the scenario; its sequence is in eventSequence.
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2', 'base.qcow2'] }],
};

export const pullScenarios = [pullFull, pullBase, pullCancel, setSpeed, pauseResume, quitDuringJob];
