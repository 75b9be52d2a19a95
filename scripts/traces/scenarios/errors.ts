/**
 * Refused commands on a legacy -drive: with no job (unknown device, base not
 * in the chain, bad arguments, job verbs with no job) and with a job running
 * (busy device, pivot/complete before READY). Every refusal is listed in
 * `expect.errors` with its class and text.
 */
import type { Scenario } from '../scenario.js';
import { LEGACY, SPEED, STANDARD_CHAIN } from './common.js';

const drive0 = 'drive0';

export const errorsNoJob: Scenario = {
  name: 'errors-no-job',
  description: `${STANDARD_CHAIN} ${LEGACY} With no job running, the client sends commands QEMU refuses: block-stream and block-commit on an unknown device, block-stream and block-commit with a base that is not in the chain, block-stream with a negative speed (QEMU creates the job, drops it, then answers the error), block-job-cancel/-set-speed/-complete/-pause on drive0 (no job), job-dismiss of an unknown job, an unknown command, and a command missing its device. query-block-jobs stays empty and the chain is unchanged.`,
  libvirt: 'none directly: libvirt checks most of these itself before sending anything (see libvirt-block-jobs.md 11.1); this shows what QEMU answers when a client does send them',
  disk: 'drive',
  async run(ctx) {
    const notInChain = ctx.env.file('elsewhere.qcow2');
    await ctx.expectError('block-stream', { device: 'vdb' }, 'block-stream on an unknown device');
    await ctx.expectError('block-commit', { device: 'vdb' }, 'block-commit on an unknown device');
    await ctx.expectError('block-stream', { device: drive0, base: notInChain }, 'block-stream with a base not in the chain');
    await ctx.expectError('block-commit', { device: drive0, base: notInChain }, 'block-commit with a base not in the chain');
    await ctx.expectError('block-commit', { device: drive0, top: notInChain }, 'block-commit with a top not in the chain');
    const since = ctx.mark();
    await ctx.expectError('block-stream', { device: drive0, speed: -1 }, 'block-stream with a negative speed');
    // The job flickers into existence and out again: wait for its null status before going on.
    await ctx.waitStatus(drive0, 'null', since);
    await ctx.expectError('block-job-cancel', { device: drive0 }, 'cancel with no job');
    await ctx.expectError('block-job-set-speed', { device: drive0, speed: 1048576 }, 'set-speed with no job');
    await ctx.expectError('block-job-complete', { device: drive0 }, 'complete (pivot) with no job');
    await ctx.expectError('block-job-pause', { device: drive0 }, 'pause with no job');
    await ctx.expectError('job-dismiss', { id: 'nosuchjob' }, 'job-dismiss of an unknown job');
    await ctx.expectError('block-pull', { device: drive0 }, 'an unknown command');
    await ctx.expectError('block-stream', {}, 'block-stream without a device');
    await ctx.exec('query-block-jobs');
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2', 'base.qcow2'] }],
};

export const errorsBusy: Scenario = {
  name: 'errors-busy',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts a full pull on drive0 at 1 MiB/s and, while it runs, tries a second block-stream, a block-commit and a drive-mirror on drive0 and block-job-complete on the pull (pivot before READY: a pull never gets READY), all refused (the answers are in expect.errors), then cancels it and waits for its null status. Then it starts an active block-commit into base at 1 MiB/s, tries block-job-complete before READY (refused), cancels it and waits for its null status. The chain and the guest-visible data are unchanged.`,
  libvirt: "virDomainBlockPull(dom,'drive0',1,0) then virDomainBlockPull/BlockCommit/BlockCopy on the same disk (libvirt refuses these itself: 'already in active block job') and virDomainBlockJobAbort(..., PIVOT) ('not ready for pivot yet'); the QMP answers are what a client gets without libvirt's checks",
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    let since = ctx.mark();
    await ctx.exec('block-stream', { device: drive0, speed: SPEED.crawl }, 'start');
    await ctx.poll(drive0, 1, 200);
    await ctx.expectError('block-stream', { device: drive0 }, 'second block-stream on the busy drive');
    await ctx.expectError('block-commit', { device: drive0, base: ctx.chain.base }, 'block-commit on the busy drive');
    await ctx.expectError(
      'drive-mirror',
      { device: drive0, target: ctx.env.file('copy.qcow2'), format: 'qcow2', sync: 'full' },
      'drive-mirror on the busy drive',
    );
    await ctx.expectError('block-job-complete', { device: drive0 }, 'complete (pivot) of a pull');
    await ctx.exec('block-job-cancel', { device: drive0 }, 'cancel');
    await ctx.waitStatus(drive0, 'null', since);

    since = ctx.mark();
    await ctx.exec('block-commit', { device: drive0, base: ctx.chain.base, speed: SPEED.crawl }, 'commitStart');
    await ctx.poll(drive0, 1, 200);
    await ctx.expectError('block-job-complete', { device: drive0 }, 'complete (pivot) of an active commit before READY');
    await ctx.exec('block-job-cancel', { device: drive0 }, 'commitCancel');
    await ctx.waitStatus(drive0, 'null', since);
    await ctx.exec('query-block-jobs');
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2', 'base.qcow2'] }],
};

export const errorScenarios = [errorsNoJob, errorsBusy];
