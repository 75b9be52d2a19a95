/**
 * Jobs on a libvirt-style -blockdev graph, addressed by job-id and node
 * names: manual finalize/dismiss, a pull and an active commit the way
 * libvirt 9.0 drives them (auto-dismiss off, query-jobs, job-dismiss,
 * blockdev-del of the nodes that left the chain), streaming into an
 * intermediate node, and a pull that hits an injected read error.
 */
import type { Scenario } from '../scenario.js';
import { verifyPattern } from '../../../lib/qemu/index.js';
import { BLOCKDEV, SPEED, STANDARD_CHAIN, imageDir, MiB } from './common.js';
import { libvirtConclude } from './libvirt.js';

const top = 'libvirt-1-format';

export const jobsManual: Scenario = {
  name: 'jobs-manual',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} block-stream job-id pull-vda-libvirt-1-format on libvirt-1-format, no base, 16 MiB/s, auto-finalize false, auto-dismiss false. query-jobs right after the start, two polls, then the client waits for BLOCK_JOB_PENDING; in pending it reads query-jobs and query-block-jobs and tries job-dismiss, job-complete and block-job-complete (all refused). Then job-finalize (the chain changes only now), query-jobs (concluded), job-dismiss (null status), query-jobs (empty).`,
  libvirt: 'no single libvirt call: the QMP job life cycle with auto-finalize and auto-dismiss off (libvirt uses auto-finalize false for snapshot deletion of non-active layers)',
  disk: 'blockdev',
  jobId: 'pull-vda-libvirt-1-format',
  async run(ctx) {
    const id = 'pull-vda-libvirt-1-format';
    const since = ctx.mark();
    await ctx.exec('block-stream', { 'job-id': id, device: top, speed: SPEED.normal, 'auto-finalize': false, 'auto-dismiss': false }, 'start');
    await ctx.exec('query-jobs');
    await ctx.poll(id, 2, 250);
    await ctx.waitJobEvent('BLOCK_JOB_PENDING', id, since);
    ctx.expect.queryJobsWhilePending = await ctx.exec('query-jobs');
    ctx.expect.queryBlockJobsWhilePending = await ctx.exec('query-block-jobs');
    await ctx.expectError('job-dismiss', { id }, 'job-dismiss while pending');
    await ctx.expectError('job-complete', { id }, 'job-complete while pending');
    await ctx.expectError('block-job-complete', { device: id }, 'block-job-complete while pending');
    const beforeFinalize = ctx.mark();
    await ctx.exec('job-finalize', { id }, 'finalize');
    await ctx.waitStatus(id, 'concluded', beforeFinalize);
    ctx.expect.queryJobsWhenConcluded = await ctx.exec('query-jobs');
    const beforeDismiss = ctx.mark();
    await ctx.exec('job-dismiss', { id }, 'dismiss');
    await ctx.waitStatus(id, 'null', beforeDismiss);
    await ctx.exec('query-jobs');
  },
  final: [{ disk: top, active: 'top.qcow2', chain: ['top.qcow2'] }],
};

export const rebaseBlockdevLibvirt: Scenario = {
  name: 'rebase-blockdev-libvirt',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} The client does what libvirt 9.0 does for 'virsh blockpull vda --base base.qcow2 --bandwidth 16': block-stream with job-id pull-vda-libvirt-1-format, device libvirt-1-format, base-node libvirt-3-format, backing-file <base.qcow2 path>, speed 16 MiB/s, auto-finalize true, auto-dismiss false; two polls; waits for the concluded status; then query-jobs (no error), job-dismiss, query-named-block-nodes, and blockdev-del of the dropped mid layer (libvirt-2-format, then libvirt-2-storage). The chain becomes base.qcow2 <- top.qcow2.`,
  libvirt: `virDomainBlockRebase(dom, 'vda', '${imageDir('rebase-blockdev-libvirt')}/base.qcow2', 16, 0)`,
  disk: 'blockdev',
  jobId: 'pull-vda-libvirt-1-format',
  async run(ctx) {
    const id = 'pull-vda-libvirt-1-format';
    const since = ctx.mark();
    await ctx.exec(
      'block-stream',
      {
        'job-id': id,
        device: top,
        speed: SPEED.normal,
        'base-node': 'libvirt-3-format',
        'backing-file': ctx.chain.base,
        'auto-finalize': true,
        'auto-dismiss': false,
      },
      'start',
    );
    await ctx.poll(id, 2, 200);
    await ctx.waitStatus(id, 'concluded', since);
    await libvirtConclude(ctx, id, [2]);
  },
  final: [{ disk: 'vda', active: 'top.qcow2', chain: ['top.qcow2', 'base.qcow2'] }],
};

export const commitActiveBlockdevLibvirt: Scenario = {
  name: 'commit-active-blockdev-libvirt',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} The client does what libvirt 9.0 does for 'virsh blockcommit vda --active --pivot --bandwidth 16': block-commit with job-id commit-vda-libvirt-1-format, device libvirt-1-format, top-node libvirt-1-format, base-node libvirt-3-format, speed 16 MiB/s, auto-finalize true, auto-dismiss false; waits for BLOCK_JOB_READY; reads query-block-jobs; pivots with job-complete; waits for the concluded status; then query-jobs, job-dismiss, query-named-block-nodes and blockdev-del of the dropped layers (libvirt-1 and libvirt-2, format node first). The disk ends on base.qcow2 alone.`,
  libvirt: `virDomainBlockCommit(dom, 'vda', NULL, NULL, 16, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE); READY; virDomainBlockJobAbort(dom, 'vda', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT)`,
  disk: 'blockdev',
  jobId: 'commit-vda-libvirt-1-format',
  async run(ctx) {
    const id = 'commit-vda-libvirt-1-format';
    const since = ctx.mark();
    await ctx.exec(
      'block-commit',
      {
        'job-id': id,
        device: top,
        'top-node': top,
        'base-node': 'libvirt-3-format',
        speed: SPEED.normal,
        'auto-finalize': true,
        'auto-dismiss': false,
      },
      'start',
    );
    await ctx.poll(id, 1, 250);
    await ctx.waitJobEvent('BLOCK_JOB_READY', id, since);
    await ctx.exec('query-block-jobs');
    await ctx.exec('job-complete', { id }, 'complete');
    await ctx.waitStatus(id, 'concluded', since);
    await libvirtConclude(ctx, id, [1, 2]);
  },
  final: [{ disk: 'vda', active: 'base.qcow2', chain: ['base.qcow2'] }],
};

export const streamIntermediate: Scenario = {
  name: 'stream-intermediate',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} block-stream with job-id stream-mid and device libvirt-2-format (the read-only intermediate node), no base, 16 MiB/s: mid pulls base's data and ends standalone; top is untouched. Two polls, then the client waits for BLOCK_JOB_COMPLETED and the null status and reads query-named-block-nodes. The chain becomes mid.qcow2 <- top.qcow2.`,
  libvirt: 'none: libvirt only streams into the top layer; QEMU allows any node (since 2.8)',
  disk: 'blockdev',
  jobId: 'stream-mid',
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec('block-stream', { 'job-id': 'stream-mid', device: 'libvirt-2-format', speed: SPEED.normal }, 'start');
    await ctx.poll('stream-mid', 2, 250);
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', 'stream-mid', since);
    await ctx.waitStatus('stream-mid', 'null', since);
    await ctx.exec('query-named-block-nodes', { flat: true });
  },
  final: [{ disk: top, active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2'] }],
  async verify(env) {
    const mid = env.chain.byName.mid!;
    return [
      { name: "mid.qcow2 holds base's 0x11 in [0,8M) itself", ok: await verifyPattern(mid, 0, 8 * MiB, 0x11) },
      { name: 'mid.qcow2 keeps its own 0x22 in [8M,24M)', ok: await verifyPattern(mid, 8 * MiB, 16 * MiB, 0x22) },
    ];
  },
};

export const pullIoError: Scenario = {
  name: 'pull-io-error',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} base.qcow2 is opened through a blkdebug node libvirt-3-blkdebug (between libvirt-3-format and libvirt-3-storage) that fails every read of guest data (read_aio) with EIO. A full pull (job-id pull-vda-libvirt-1-format, 16 MiB/s, auto-dismiss false, default on-error report) hits the error: BLOCK_JOB_ERROR (operation read, action report), then BLOCK_JOB_COMPLETED with an error and the concluded status. query-jobs shows the error; job-dismiss. The chain is unchanged.`,
  libvirt: "virDomainBlockPull(dom, 'vda', 16, 0) ending in VIR_DOMAIN_BLOCK_JOB_FAILED",
  disk: 'blockdev',
  jobId: 'pull-vda-libvirt-1-format',
  async prepare(env) {
    return [{ kind: 'blockdev', chain: env.chain.images, blkdebug: { layer: 2, rules: [{ event: 'read_aio', errno: 5 }] } }];
  },
  async run(ctx) {
    const id = 'pull-vda-libvirt-1-format';
    const since = ctx.mark();
    await ctx.exec('block-stream', { 'job-id': id, device: top, speed: SPEED.normal, 'auto-dismiss': false }, 'start');
    await ctx.waitJobEvent('BLOCK_JOB_ERROR', id, since);
    await ctx.waitStatus(id, 'concluded', since);
    ctx.expect.queryJobsWhenConcluded = await ctx.exec('query-jobs');
    const beforeDismiss = ctx.mark();
    await ctx.exec('job-dismiss', { id }, 'dismiss');
    await ctx.waitStatus(id, 'null', beforeDismiss);
  },
  final: [{ disk: top, active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2', 'base.qcow2'] }],
};

export const commitIntermediateBlockdevManual: Scenario = {
  name: 'commit-intermediate-blockdev-manual',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} The non-active commit libvirt 9.0 runs when deleting an external snapshot whose overlay is not the active layer (libvirt-block-jobs.md 12.2): block-commit with job-id commit-vda-libvirt-2-format, device libvirt-1-format, top-node libvirt-2-format, base-node libvirt-3-format, backing-file <base.qcow2 path>, 16 MiB/s, auto-finalize false, auto-dismiss false; two polls; the client waits for BLOCK_JOB_PENDING, sends job-finalize (the chain changes now), waits for the concluded status, then query-jobs, job-dismiss, query-named-block-nodes and blockdev-del of the dropped mid layer. The chain becomes base.qcow2 <- top.qcow2.`,
  libvirt: "virDomainSnapshotDelete of the snapshot whose overlay is mid.qcow2 (libvirt >= 9.0 merges with block-commit, auto-finalize false, then finalizes all disks together)",
  disk: 'blockdev',
  jobId: 'commit-vda-libvirt-2-format',
  async run(ctx) {
    const id = 'commit-vda-libvirt-2-format';
    const since = ctx.mark();
    await ctx.exec(
      'block-commit',
      {
        'job-id': id,
        device: top,
        'top-node': 'libvirt-2-format',
        'base-node': 'libvirt-3-format',
        'backing-file': ctx.chain.base,
        speed: SPEED.normal,
        'auto-finalize': false,
        'auto-dismiss': false,
      },
      'start',
    );
    await ctx.poll(id, 2, 250);
    await ctx.waitJobEvent('BLOCK_JOB_PENDING', id, since);
    const beforeFinalize = ctx.mark();
    await ctx.exec('job-finalize', { id }, 'finalize');
    await ctx.waitStatus(id, 'concluded', beforeFinalize);
    await libvirtConclude(ctx, id, [2]);
  },
  final: [{ disk: 'vda', active: 'top.qcow2', chain: ['top.qcow2', 'base.qcow2'] }],
};

export const blockdevScenarios = [
  jobsManual,
  rebaseBlockdevLibvirt,
  commitActiveBlockdevLibvirt,
  commitIntermediateBlockdevManual,
  streamIntermediate,
  pullIoError,
];
