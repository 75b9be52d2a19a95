/**
 * Mirrors to READY then complete (pivot): drive-mirror on a legacy -drive
 * (QEMU creates the target), and blockdev-mirror to a target node added with
 * blockdev-add (libvirt's way, with the old chain's nodes deleted after).
 */
import type { Scenario } from '../scenario.js';
import { createImage } from '../../../lib/qemu/index.js';
import { BLOCKDEV, LEGACY, SPEED, STANDARD_CHAIN, imageDir } from './common.js';
import { addLayerNodes, deleteLayerNodes, libvirtConclude } from './libvirt.js';

export const mirrorDrive: Scenario = {
  name: 'mirror-drive',
  description: `${STANDARD_CHAIN} ${LEGACY} drive-mirror of drive0 to <copy.qcow2 path> (QEMU creates it: format qcow2, mode absolute-paths, sync full) at 16 MiB/s; two polls; the client waits for BLOCK_JOB_READY, reads query-block-jobs, sends block-job-complete, waits for BLOCK_JOB_COMPLETED and the null status, reads query-block (drive0 now on copy.qcow2) and quits. copy.qcow2 ends standalone with the full content.`,
  libvirt: `virDomainBlockRebase(dom, 'drive0', '${imageDir('mirror-drive')}/copy.qcow2', 16, VIR_DOMAIN_BLOCK_REBASE_COPY); READY; virDomainBlockJobAbort(dom, 'drive0', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT)`,
  disk: 'drive',
  jobId: 'drive0',
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec(
      'drive-mirror',
      { device: 'drive0', target: ctx.env.file('copy.qcow2'), format: 'qcow2', sync: 'full', mode: 'absolute-paths', speed: SPEED.normal },
      'start',
    );
    await ctx.poll('drive0', 2, 250);
    await ctx.waitJobEvent('BLOCK_JOB_READY', 'drive0', since);
    await ctx.exec('query-block-jobs');
    await ctx.exec('block-job-complete', { device: 'drive0' }, 'complete');
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', 'drive0', since);
    await ctx.waitStatus('drive0', 'null', since);
    await ctx.exec('query-block');
  },
  final: [{ disk: 'drive0', active: 'copy.qcow2', chain: ['copy.qcow2'] }],
};

export const mirrorBlockdev: Scenario = {
  name: 'mirror-blockdev',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} copy.qcow2 (32 MiB, empty, no backing) is made with qemu-img beforehand. As libvirt 9.0 does for 'virsh blockcopy vda copy.qcow2 --reuse-external --pivot --bandwidth 16': blockdev-add of libvirt-4-storage and libvirt-4-format on it, blockdev-mirror job-id copy-vda-libvirt-4-format from libvirt-1-format to libvirt-4-format, sync full, 16 MiB/s, auto-finalize true, auto-dismiss false; two polls; wait for BLOCK_JOB_READY; query-block-jobs; job-complete (pivot); wait for the concluded status; query-jobs, job-dismiss, query-named-block-nodes, then blockdev-del of the old chain (libvirt-1..3, format node first).`,
  libvirt: `virDomainBlockCopy(dom, 'vda', '<disk type="file"><source file="${imageDir('mirror-blockdev')}/copy.qcow2"/><driver type="qcow2"/></disk>', {bandwidth: 16 MiB/s}, VIR_DOMAIN_BLOCK_COPY_REUSE_EXT); READY; virDomainBlockJobAbort(dom, 'vda', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT)`,
  disk: 'blockdev',
  jobId: 'copy-vda-libvirt-4-format',
  async prepare(env) {
    await createImage(env.file('copy.qcow2'), { size: env.chain.size });
  },
  async run(ctx) {
    const id = 'copy-vda-libvirt-4-format';
    const copy = ctx.env.file('copy.qcow2');
    await addLayerNodes(ctx, 4, copy);
    const since = ctx.mark();
    await ctx.exec(
      'blockdev-mirror',
      {
        'job-id': id,
        device: 'libvirt-1-format',
        target: 'libvirt-4-format',
        sync: 'full',
        speed: SPEED.normal,
        'auto-finalize': true,
        'auto-dismiss': false,
      },
      'start',
    );
    await ctx.poll(id, 2, 250);
    await ctx.waitJobEvent('BLOCK_JOB_READY', id, since);
    await ctx.exec('query-block-jobs');
    await ctx.exec('job-complete', { id }, 'complete');
    await ctx.waitStatus(id, 'concluded', since);
    await libvirtConclude(ctx, id, [1, 2, 3]);
  },
  final: [{ disk: 'vda', active: 'copy.qcow2', chain: ['copy.qcow2'] }],
};

export const mirrorDriveFinish: Scenario = {
  name: 'mirror-drive-finish',
  description: `${STANDARD_CHAIN} ${LEGACY} copy.qcow2 is made beforehand with qemu-img, backed by mid.qcow2 (absolute path). drive-mirror of drive0 to it with sync top, mode existing, format qcow2, 16 MiB/s (a shallow copy of top onto an existing image: virsh blockcopy --shallow --reuse-external); the client waits for BLOCK_JOB_READY, then ends the job with a plain block-job-cancel (virsh blockcopy --finish): QEMU sends BLOCK_JOB_COMPLETED, no pivot. drive0 stays on top.qcow2; copy.qcow2 over mid holds the same content (checked).`,
  libvirt: `virDomainBlockRebase(dom, 'drive0', '${imageDir('mirror-drive-finish')}/copy.qcow2', 16, VIR_DOMAIN_BLOCK_REBASE_COPY | VIR_DOMAIN_BLOCK_REBASE_SHALLOW | VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT); READY; virDomainBlockJobAbort(dom, 'drive0', 0)`,
  disk: 'drive',
  jobId: 'drive0',
  async prepare(env) {
    await createImage(env.file('copy.qcow2'), { backing: env.chain.byName.mid!, size: env.chain.size });
  },
  async run(ctx) {
    const since = ctx.mark();
    await ctx.exec(
      'drive-mirror',
      { device: 'drive0', target: ctx.env.file('copy.qcow2'), format: 'qcow2', sync: 'top', mode: 'existing', speed: SPEED.normal },
      'start',
    );
    await ctx.waitJobEvent('BLOCK_JOB_READY', 'drive0', since);
    await ctx.exec('query-block-jobs');
    await ctx.exec('block-job-cancel', { device: 'drive0' }, 'cancel');
    await ctx.waitJobEvent('BLOCK_JOB_COMPLETED', 'drive0', since);
    await ctx.waitStatus('drive0', 'null', since);
    await ctx.exec('query-block');
  },
  final: [
    { disk: 'drive0', active: 'top.qcow2', chain: ['top.qcow2', 'mid.qcow2', 'base.qcow2'] },
    { disk: 'the copy', active: 'copy.qcow2', chain: ['copy.qcow2', 'mid.qcow2', 'base.qcow2'] },
  ],
};

export const copyBlockdevCreate: Scenario = {
  name: 'copy-blockdev-create',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} No target image exists. As libvirt 9.0 does for 'virsh blockcopy vda copy.qcow2 --pivot --bandwidth 16' without --reuse-external: blockdev-create job create-libvirt-4-storage (driver file, size 0) and, once concluded, job-dismiss and blockdev-add of libvirt-4-storage; blockdev-create job create-libvirt-4-format (qcow2 of 32 MiB on libvirt-4-storage), job-dismiss, blockdev-add of libvirt-4-format; then blockdev-mirror job-id copy-vda-libvirt-4-format, sync full, 16 MiB/s, auto-dismiss false; READY; job-complete; concluded; query-jobs, job-dismiss, and blockdev-del of the old chain. blockdev-create jobs show in query-jobs only, not in query-block-jobs.`,
  libvirt: `virDomainBlockCopy(dom, 'vda', '<disk type="file"><source file="${imageDir('copy-blockdev-create')}/copy.qcow2"/><driver type="qcow2"/></disk>', {bandwidth: 16 MiB/s}, 0); READY; virDomainBlockJobAbort(dom, 'vda', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT)`,
  disk: 'blockdev',
  jobId: 'copy-vda-libvirt-4-format',
  async run(ctx) {
    const copy = ctx.env.file('copy.qcow2');
    const create = async (job: string, options: Record<string, unknown>): Promise<void> => {
      const since = ctx.mark();
      await ctx.exec('blockdev-create', { 'job-id': job, options });
      await ctx.waitStatus(job, 'concluded', since);
      await ctx.exec('query-jobs');
      await ctx.exec('query-block-jobs');
      await ctx.exec('job-dismiss', { id: job });
      await ctx.waitStatus(job, 'null', since);
    };
    await create('create-libvirt-4-storage', { driver: 'file', filename: copy, size: 0 });
    await ctx.exec('blockdev-add', { driver: 'file', filename: copy, 'node-name': 'libvirt-4-storage', 'auto-read-only': true, discard: 'unmap' });
    await create('create-libvirt-4-format', { driver: 'qcow2', file: 'libvirt-4-storage', size: ctx.chain.size });
    await ctx.exec('blockdev-add', { 'node-name': 'libvirt-4-format', 'read-only': false, driver: 'qcow2', file: 'libvirt-4-storage', backing: null });
    const id = 'copy-vda-libvirt-4-format';
    const since = ctx.mark();
    await ctx.exec(
      'blockdev-mirror',
      { 'job-id': id, device: 'libvirt-1-format', target: 'libvirt-4-format', sync: 'full', speed: SPEED.normal, 'auto-finalize': true, 'auto-dismiss': false },
      'start',
    );
    await ctx.waitJobEvent('BLOCK_JOB_READY', id, since);
    await ctx.exec('job-complete', { id }, 'complete');
    await ctx.waitStatus(id, 'concluded', since);
    await ctx.exec('query-jobs');
    const beforeDismiss = ctx.mark();
    await ctx.exec('job-dismiss', { id }, 'dismiss');
    await ctx.waitStatus(id, 'null', beforeDismiss);
    await deleteLayerNodes(ctx, [1, 2, 3]);
  },
  final: [{ disk: 'vda', active: 'copy.qcow2', chain: ['copy.qcow2'] }],
};

export const mirrorScenarios = [mirrorDrive, mirrorBlockdev, mirrorDriveFinish, copyBlockdevCreate];
