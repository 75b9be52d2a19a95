/**
 * Where a snapshot's disk stands, read from the chains alone (pure): still to
 * merge, already merged (either direction, or never applied), or changed by
 * someone else, which is refused rather than guessed at.
 */
import { expect } from 'chai';
import type { Disk } from '../../lib/jobs/index.js';
import { situationOf, type SnapshotDiskRecord } from '../../lib/snapshots/index.js';
import { afterMerge } from '../../lib/snapshots/delete.js';
import { overlayToRemove } from '../../lib/snapshots/merged-overlay.js';

const disk = (name: string, files: string[]): Disk => ({ name, mode: 'drive', device: name, chain: files.map((filename) => ({ filename, format: 'qcow2' })) });
const rec = (merge: 'forward' | 'backward'): SnapshotDiskRecord => ({ disk: 'vda', file: '/s/ov.qcow2', backing: '/s/top.qcow2', merge, state: 'pending' });

describe('snapshots/situation', () => {
  it('overlay on top of its recorded backing: merge, found by file even if the disk was renamed', () => {
    const d = disk('libvirt-9-format', ['/s/ov.qcow2', '/s/top.qcow2', '/s/base.qcow2']);
    expect(situationOf([d], rec('forward'))).to.deep.equal({ kind: 'merge', disk: d });
  });
  it('forward done: the overlay stays, the old image left; backward done: the old image is back', () => {
    expect(situationOf([disk('vda', ['/s/ov.qcow2', '/s/base.qcow2'])], rec('forward'))).to.deep.equal({ kind: 'done' });
    expect(situationOf([disk('vda', ['/s/top.qcow2', '/s/base.qcow2'])], rec('backward'))).to.deep.equal({ kind: 'done' });
    // A forward snapshot whose transaction never happened: nothing to merge, and nothing was.
    expect(situationOf([disk('vda', ['/s/top.qcow2', '/s/base.qcow2'])], rec('forward'))).to.deep.equal({ kind: 'never' });
  });
  it('a chain changed otherwise is a mismatch', () => {
    const r = situationOf([disk('vda', ['/s/other.qcow2', '/s/ov.qcow2', '/s/x.qcow2'])], rec('backward'));
    expect(r.kind).to.equal('mismatch');
  });
  it('afterMerge marks the disk merged and re-parents the other snapshots', () => {
    const s1 = { name: 's1', created: '', state: 'deleting' as const, disks: [rec('backward')] };
    const s2 = { name: 's2', created: '', state: 'disk-snapshot' as const, disks: [{ ...rec('forward'), file: '/s/ov2.qcow2', backing: '/s/ov.qcow2' }] };
    const out = afterMerge([s1, s2], 's1', s1.disks[0]!);
    expect(out[0]!.disks[0]!.state).to.equal('merged');
    expect(out[1]!.disks[0]!.backing).to.equal('/s/top.qcow2');
    const s0 = { name: 's0', created: '', state: 'disk-snapshot' as const, disks: [{ ...rec('forward'), file: '/s/top.qcow2', backing: '/s/base.qcow2' }] };
    const fwd = { name: 's1', created: '', state: 'deleting' as const, disks: [rec('forward')] };
    expect(afterMerge([s0, fwd], 's1', fwd.disks[0]!)[0]!.disks[0]!.file).to.equal('/s/ov.qcow2');
  });
  it('afterMerge of a snapshot that never came re-parents nothing (an older snapshot keeps its own overlay)', () => {
    const y1 = { name: 'y1', created: '', state: 'disk-snapshot' as const, disks: [{ ...rec('backward'), file: '/s/y1.qcow2', backing: '/s/top.qcow2' }] };
    const y2 = { name: 'y2', created: '', state: 'creating' as const, disks: [{ ...rec('forward'), file: '/s/y2.qcow2', backing: '/s/y1.qcow2' }] };
    const out = afterMerge([y1, y2], 'y2', y2.disks[0]!, { reparent: false });
    expect(out[0]!.disks[0]!.file).to.equal('/s/y1.qcow2');
    expect(out[1]!.disks[0]!.state).to.equal('merged');
  });

  it('a backward overlay is removed after its merge only if the snapshot made it, no chain uses it and no other record names it', () => {
    const done = [disk('vda', ['/s/top.qcow2', '/s/base.qcow2'])];
    const other = (file: string, backing: string) => ({ name: 's2', created: '', state: 'disk-snapshot' as const, disks: [{ ...rec('forward'), file, backing }] });
    expect(overlayToRemove(rec('backward'), 's1', done, [])).to.equal(true);
    expect(overlayToRemove(rec('forward'), 's1', [disk('vda', ['/s/ov.qcow2', '/s/base.qcow2'])], [])).to.equal(false);
    expect(overlayToRemove({ ...rec('backward'), existed: true }, 's1', done, [])).to.equal(false);
    expect(overlayToRemove(rec('backward'), 's1', [...done, disk('vdb', ['/s/x.qcow2', '/s/ov.qcow2'])], [])).to.equal(false);
    expect(overlayToRemove(rec('backward'), 's1', done, [other('/s/y.qcow2', '/s/ov.qcow2')])).to.equal(false);
    expect(overlayToRemove(rec('backward'), 's1', done, [other('/s/ov.qcow2', '/s/top.qcow2')])).to.equal(false);
    // Its own record (still listed while it is deleted) does not count.
    expect(overlayToRemove(rec('backward'), 's1', done, [{ ...other('/s/y.qcow2', '/s/ov.qcow2'), name: 's1' }])).to.equal(true);
  });
});
