import { expect } from 'chai';
import { ForeignJobTranslator, diskOfJobId } from '../../lib/cli/foreign-events.js';

describe('cli/foreign-events: QEMU job events named as libvirt would', () => {
  it('finds the disk of a job id', () => {
    const disks = ['vda', 'vda-1', 'drive0'];
    expect(diskOfJobId('drive0', disks)).to.equal('drive0');
    expect(diskOfJobId('pull-vda-libvirt-1-format', disks)).to.equal('vda');
    expect(diskOfJobId('commit-vda-1-libvirt-4-format', disks)).to.equal('vda-1');
    expect(diskOfJobId('backup-x', disks)).to.equal('backup-x');
    // Job ids leave out what QEMU does not allow in them (a space, a '#').
    expect(diskOfJobId('copy-mydisk-block12', ['my disk'])).to.equal('my disk');
  });

  it('maps types and statuses, telling active commit by its READY', () => {
    const t = new ForeignJobTranslator(() => ['vda']);
    const ev = (event: string, data: Record<string, unknown>) => t.translate({ event, data });
    expect(ev('BLOCK_JOB_COMPLETED', { device: 'vda', type: 'stream' })).to.deep.equal({ disk: 'vda', type: 'pull', status: 'COMPLETED' });
    expect(ev('BLOCK_JOB_COMPLETED', { device: 'vda', type: 'stream', error: 'Input/output error' })).to.deep.equal({
      disk: 'vda', type: 'pull', status: 'FAILED', error: 'Input/output error',
    });
    expect(ev('BLOCK_JOB_COMPLETED', { device: 'commit-vda-n', type: 'commit' })?.type).to.equal('commit');
    expect(ev('BLOCK_JOB_READY', { device: 'commit-vda-n', type: 'commit' })).to.deep.equal({ disk: 'vda', type: 'active-commit', status: 'READY' });
    expect(ev('BLOCK_JOB_COMPLETED', { device: 'commit-vda-n', type: 'commit' })?.type).to.equal('active-commit');
    expect(ev('BLOCK_JOB_CANCELLED', { device: 'copy-vda-n', type: 'mirror' })).to.deep.equal({ disk: 'vda', type: 'copy', status: 'CANCELED' });
    expect(ev('BLOCK_JOB_ERROR', { device: 'vda', operation: 'read' })).to.equal(undefined);
    // After READY an abort completes in QEMU (soft cancel): its starter's record says abort.
    expect(t.translate({ event: 'BLOCK_JOB_READY', data: { device: 'copy-vda-n', type: 'mirror' } })?.status).to.equal('READY');
    expect(t.translate({ event: 'BLOCK_JOB_COMPLETED', data: { device: 'copy-vda-n', type: 'mirror' } }, { ending: 'abort' })).to.deep.equal({ disk: 'vda', type: 'copy', status: 'CANCELED' });
    expect(t.translate({ event: 'BLOCK_JOB_COMPLETED', data: { device: 'copy-vda-n', type: 'mirror' } }, { ending: 'pivot' })?.status).to.equal('COMPLETED');
    expect(ev('JOB_STATUS_CHANGE', { id: 'vda', status: 'running' })).to.equal(undefined);
    // An active commit cancelled before READY is a commit to QEMU; its starter's record knows better.
    expect(t.translate({ event: 'BLOCK_JOB_CANCELLED', data: { device: 'commit-vda-m', type: 'commit' } }, { kind: 'active-commit' })).to.deep.equal({
      disk: 'vda', type: 'active-commit', status: 'CANCELED',
    });
  });
});
