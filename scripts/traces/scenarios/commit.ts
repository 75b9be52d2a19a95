/**
 * block-commit on a legacy -drive: active commit to READY then complete
 * (pivot to base) or cancel (no pivot), and a non-active commit of mid.
 */
import type { Scenario } from '../scenario.js';
import { compareImages, backingChain } from '../../../lib/qemu/index.js';
import { LEGACY, SPEED, STANDARD_CHAIN, imageDir } from './common.js';

const drive0 = 'drive0';

export const commitActive: Scenario = {
  name: 'commit-active',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts block-commit on drive0 (top = the active layer) with base=<base.qcow2 path> at 16 MiB/s, polls twice, waits for BLOCK_JOB_READY, reads query-block-jobs (ready true), sends block-job-complete, waits for BLOCK_JOB_COMPLETED and the null status, reads query-block (drive0 now on base.qcow2) and quits.`,
  libvirt: `virDomainBlockCommit(dom, 'drive0', '${imageDir('commit-active')}/base.qcow2', NULL, 16, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE); READY event; virDomainBlockJobAbort(dom, 'drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT)`,
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec('block-commit', { device: drive0, base: ctx.chain.base, speed: SPEED.normal }, 'start');
    await ctx.poll(drive0, 2, 250);
    await ctx.waitJobEvent('BLOCK_JOB_READY', drive0, since);
    await ctx.exec('query-block-jobs');
    await ctx.exec('block-job-complete', { device: drive0 }, 'complete');
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', drive0, since);
    await ctx.waitStatus(drive0, 'null', since);
    await ctx.exec('query-block');
  },
  final: [{ disk: drive0, active: 'base.qcow2', chain: ['base.qcow2'] }],
};

export const commitActiveAbort: Scenario = {
  name: 'commit-active-abort',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts an active block-commit on drive0 into base at 16 MiB/s, waits for BLOCK_JOB_READY, then sends a plain block-job-cancel (no force): QEMU ends the job with BLOCK_JOB_COMPLETED (no error, no pivot). drive0 stays on top.qcow2 with its chain unchanged, while base.qcow2 already holds the merged data (checked: base alone equals the original chain).`,
  libvirt: `virDomainBlockCommit(dom, 'drive0', '${imageDir('commit-active-abort')}/base.qcow2', NULL, 16, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE); READY; virDomainBlockJobAbort(dom, 'drive0', 0) (virsh blockcommit --keep-overlay)`,
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec('block-commit', { device: drive0, base: ctx.chain.base, speed: SPEED.normal }, 'start');
    await ctx.poll(drive0, 1, 250);
    await ctx.waitJobEvent('BLOCK_JOB_READY', drive0, since);
    await ctx.exec('block-job-cancel', { device: drive0 }, 'cancel');
    await ctx.waitStatus(drive0, 'null', since);
    await ctx.exec('query-block');
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2', 'base.qcow2'] }],
  async verify(env) {
    const cmp = await compareImages(env.chain.base, env.original, { formatB: 'raw' });
    return [{ name: 'base.qcow2 alone equals the original chain (merged)', ok: cmp.identical, detail: cmp.identical ? 'identical' : cmp.difference }];
  },
};

export const commitIntermediate: Scenario = {
  name: 'commit-intermediate',
  description: `${STANDARD_CHAIN} ${LEGACY} The client starts block-commit on drive0 with top=<mid.qcow2 path> and base=<base.qcow2 path> at 16 MiB/s, polls twice, waits for BLOCK_JOB_COMPLETED (no READY for a non-active commit) and the null status, reads query-block and quits. The chain becomes base.qcow2 <- top.qcow2, top's backing file rewritten to base.`,
  libvirt: `virDomainBlockCommit(dom, 'drive0', '${imageDir('commit-intermediate')}/base.qcow2', '${imageDir('commit-intermediate')}/mid.qcow2', 16, 0)`,
  disk: 'drive',
  jobId: drive0,
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec('block-commit', { device: drive0, top: ctx.chain.byName.mid!, base: ctx.chain.base, speed: SPEED.normal }, 'start');
    await ctx.poll(drive0, 2, 250);
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', drive0, since);
    await ctx.waitStatus(drive0, 'null', since);
    await ctx.exec('query-block');
  },
  final: [{ disk: drive0, active: 'top.qcow2', chain: ['top.qcow2', 'base.qcow2'] }],
  async verify(env) {
    const chain = await backingChain(env.chain.top);
    return [{ name: "top.qcow2's backing file is base.qcow2 by absolute path", ok: chain[0]?.backingFilename === env.chain.base, detail: chain[0]?.backingFilename }];
  },
};

export const commitScenarios = [commitActive, commitActiveAbort, commitIntermediate];
