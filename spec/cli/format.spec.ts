import { expect } from 'chai';
import {
  bandwidthLine, jobLabel, percentDone, prettyCapacity, progressDoneLine, progressLine, rawInfoLines, table,
} from '../../lib/cli/format.js';
import { Printer } from '../../lib/cli/io.js';

describe('cli/format: virsh 9.0 text', () => {
  it('draws the progress line with whole percents, padded to three columns', () => {
    expect(progressLine('Block Pull', 0, 67108864)).to.equal('\rBlock Pull: [  0 %]');
    expect(progressLine('Block Pull', 17825792, 67108864)).to.equal('\rBlock Pull: [ 26 %]');
    expect(progressDoneLine('Block commit')).to.equal('\rBlock commit: [100 %]');
  });

  it('never shows 100 % before nothing remains', () => {
    expect(percentDone(67108863, 67108864)).to.equal(99);
    expect(percentDone(67108864, 67108864)).to.equal(100);
    expect(percentDone(2097152, 67108864)).to.equal(3);
  });

  it('computes on values past 2^53 without losing the percent', () => {
    const end = 2n ** 60n;
    expect(percentDone(end / 2n, end)).to.equal(50);
  });

  it('prints the bandwidth line as virsh does', () => {
    expect(bandwidthLine(1048576)).to.equal('    Bandwidth limit: 1048576 bytes/s (1.000 MiB/s)');
    expect(bandwidthLine(1536)).to.equal('    Bandwidth limit: 1536 bytes/s (1.500 KiB/s)');
    expect(bandwidthLine(100)).to.equal('    Bandwidth limit: 100 bytes/s (100.000 B/s)');
    // libvirt's largest, 8796093022207 MiB/s: virsh prints the exact integer.
    expect(bandwidthLine(8796093022207 * 1048576)).to.equal('    Bandwidth limit: 9223372036853727232 bytes/s (8.000 EiB/s)');
    expect(prettyCapacity(3 * 1024 ** 3)).to.deep.equal({ value: 3, unit: 'GiB' });
  });

  it('a warning after a progress line starts a line of its own', () => {
    let err = '';
    const p = new Printer({ stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) }, env: {} }, false);
    p.err(progressLine('Block Pull', 0, 4));
    p.warning('job records could not be read or written: EACCES');
    p.warning('again');
    expect(err).to.equal('\rBlock Pull: [  0 %]\nwarning: job records could not be read or written: EACCES\nwarning: again\n');
  });

  it('--json lines carry integers past 2^53 exactly, as the text lines do', () => {
    let out = '';
    const p = new Printer({ stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, env: {} }, true);
    p.record({ disk: 'vda', bandwidth: 8796093022207 * 1048576 });
    expect(out).to.equal('{"disk":"vda","bandwidth":9223372036853727232}\n');
  });

  it('prints --raw lines with the job label as type', () => {
    expect(rawInfoLines({ type: 'pull', bandwidth: 1, cur: 2097152, end: 67108864 })).to.equal(
      ' type=Block Pull\n bandwidth=1\n cur=2097152\n end=67108864\n',
    );
    expect(rawInfoLines({ type: 'pull', bandwidth: 8796093022207 * 1048576, cur: 0, end: 1 })).to.equal(
      ' type=Block Pull\n bandwidth=9223372036853727232\n cur=0\n end=1\n',
    );
  });

  it('labels every job type, by number or by name', () => {
    expect([1, 2, 3, 4, 5, 0].map(jobLabel)).to.deep.equal([
      'Block Pull', 'Block Copy', 'Block Commit', 'Active Block Commit', 'Backup', 'Unknown job',
    ]);
    expect(jobLabel('active-commit')).to.equal('Active Block Commit');
  });

  it('lays a table out like vshTable', () => {
    expect(table(['Target', 'Source'], [['vda', '/a.qcow2']])).to.equal(
      ' Target   Source\n-------------------\n vda      /a.qcow2\n',
    );
  });
});

describe('cli/format: snapshot time', () => {
  it('prints an ISO time as virsh does, with the zone offset', async () => {
    const { snapshotTime } = await import('../../lib/cli/format.js');
    expect(snapshotTime('2026-11-26T02:18:31.777Z', 0)).to.equal('2026-11-26 02:18:31 +0000');
    expect(snapshotTime('2026-11-26T02:18:31.777Z', 60)).to.equal('2026-11-26 03:18:31 +0100');
    expect(snapshotTime('2026-11-26T02:18:31Z', -330)).to.equal('2026-11-25 20:48:31 -0530');
    expect(snapshotTime('yesterday')).to.equal('yesterday');
  });
});
