/**
 * Disk-only external snapshot of two legacy drives at once: a transaction
 * of blockdev-snapshot-sync actions (libvirt's legacy path), first one that
 * QEMU refuses as a whole, then one that succeeds.
 */
import type { Scenario } from '../scenario.js';
import { createChain, createImage, flatten, standardLayout } from '../../../lib/qemu/index.js';
import { BLOCKDEV, STANDARD_CHAIN, imageDir } from './common.js';
import { addLayerNodes } from './libvirt.js';

function snap(device: string, file: string): Record<string, unknown> {
  return { type: 'blockdev-snapshot-sync', data: { device, 'snapshot-file': file, format: 'qcow2', mode: 'absolute-paths' } };
}

export const snapshotTransaction: Scenario = {
  name: 'snapshot-transaction',
  description: `Disk drive0: ${STANDARD_CHAIN} Disk drive1: a second 32 MiB chain vdb-base.qcow2 <- vdb-top.qcow2 (vdb-base 0x11 in [0,28M), vdb-top 0x33 in [0,4M) and 0x44 in [20M,22M)). Legacy -drive if=none,id=drive0 and id=drive1 (machine none). The client reads query-block, sends a transaction of blockdev-snapshot-sync on drive0 and on an unknown device (refused as a whole: nothing changes, query-block shows the old chains), then a transaction of blockdev-snapshot-sync on drive0 (snap.qcow2) and drive1 (vdb-snap.qcow2), format qcow2, mode absolute-paths, and reads query-block again: both disks now run on their new overlays.`,
  libvirt: `virDomainSnapshotCreateXML(dom, '<domainsnapshot><disks><disk name="drive0" snapshot="external"><source file="${imageDir('snapshot-transaction')}/snap.qcow2"/></disk><disk name="drive1" snapshot="external"><source file="${imageDir('snapshot-transaction')}/vdb-snap.qcow2"/></disk></disks></domainsnapshot>', VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY)`,
  disk: 'drive',
  async prepare(env) {
    const vdb = await createChain(env.dir, standardLayout(['vdb-base', 'vdb-top'], env.chain.size));
    await flatten(vdb.top, env.file('vdb-original.raw'));
    return [
      { kind: 'drive', id: 'drive0', chain: env.chain.images },
      { kind: 'drive', id: 'drive1', chain: vdb.images },
    ];
  },
  async run(ctx) {
    await ctx.exec('query-block');
    await ctx.expectError(
      'transaction',
      { actions: [snap('drive0', ctx.env.file('snap.qcow2')), snap('drive9', ctx.env.file('vdb-snap.qcow2'))] },
      'a transaction with one action on an unknown device',
    );
    await ctx.exec('query-block');
    await ctx.exec('transaction', { actions: [snap('drive0', ctx.env.file('snap.qcow2')), snap('drive1', ctx.env.file('vdb-snap.qcow2'))] }, 'transaction');
    await ctx.exec('query-block');
  },
  final: [
    { disk: 'drive0', active: 'snap.qcow2', chain: ['snap.qcow2', 'top.qcow2', 'mid.qcow2', 'base.qcow2'] },
    { disk: 'drive1', active: 'vdb-snap.qcow2', chain: ['vdb-snap.qcow2', 'vdb-top.qcow2', 'vdb-base.qcow2'], reference: 'vdb-original.raw' },
  ],
};

export const snapshotBlockdev: Scenario = {
  name: 'snapshot-blockdev',
  description: `${STANDARD_CHAIN} ${BLOCKDEV} snap.qcow2 is made beforehand with qemu-img, backed by top.qcow2 (absolute path). As libvirt 9.0 does for a disk-only external snapshot with --reuse-external: blockdev-add of libvirt-4-storage and libvirt-4-format (backing null), then a transaction with one blockdev-snapshot {node libvirt-1-format, overlay libvirt-4-format}; query-named-block-nodes shows libvirt-4-format on top of libvirt-1-format. A second blockdev-snapshot onto the same overlay is refused.`,
  libvirt: `virDomainSnapshotCreateXML(dom, '<domainsnapshot><disks><disk name="vda" snapshot="external"><source file="${imageDir('snapshot-blockdev')}/snap.qcow2"/></disk></disks></domainsnapshot>', VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY | VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT)`,
  disk: 'blockdev',
  async prepare(env) {
    await createImage(env.file('snap.qcow2'), { backing: env.chain.top, size: env.chain.size });
  },
  async run(ctx) {
    const snapFile = ctx.env.file('snap.qcow2');
    await addLayerNodes(ctx, 4, snapFile);
    await ctx.exec(
      'transaction',
      { actions: [{ type: 'blockdev-snapshot', data: { node: 'libvirt-1-format', overlay: 'libvirt-4-format' } }] },
      'transaction',
    );
    await ctx.exec('query-named-block-nodes', { flat: true });
    await ctx.expectError('blockdev-snapshot', { node: 'libvirt-1-format', overlay: 'libvirt-4-format' }, 'a second blockdev-snapshot of the same node onto the same overlay');
  },
  final: [{ disk: 'vda', active: 'snap.qcow2', chain: ['snap.qcow2', 'top.qcow2', 'mid.qcow2', 'base.qcow2'] }],
};

export const snapshotScenarios = [snapshotTransaction, snapshotBlockdev];
