/**
 * The CLI as a user runs it (a child process per command) against a real
 * QEMU: output bytes per stream, exit status, then the chain and the
 * guest-visible data checked with qemu-img.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { QemuProcess, backingChain, compareImages, createStandardChain, flatten } from '../../lib/qemu/index.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { cli } from './helpers/child.js';

describe('cli end to end on real QEMU', function () {
  this.timeout(90_000);
  const dir = useQemuSandbox('qmpblock-cli-');

  for (const kind of ['blockdev', 'drive'] as const) {
    it(`${kind}: domblklist, chain, blockpull --base --wait --verbose, data unchanged`, async () => {
      const chain = await createStandardChain(dir());
      const before = await flatten(chain.top, path.join(dir(), 'before.raw'));
      const q = await QemuProcess.start({ disks: [kind === 'drive' ? { kind, id: 'drive0', chain: chain.images } : { kind, chain: chain.images }] });
      const disk = kind === 'drive' ? 'drive0' : 'libvirt-1-format';
      const g = ['--socket', q.socketPath];

      const list = await cli([...g, 'domblklist']);
      expect(list.code).to.equal(0);
      expect(list.stdout.split('\n')[2]).to.match(new RegExp(`^ ${disk}\\s+\\S+\\s+${chain.top.replace(/[.]/g, '\\.')}$`));

      let r = await cli([...g, 'chain', disk]);
      expect(r).to.deep.equal({ code: 0, stdout: chain.images.map((p) => `${p}\n`).join(''), stderr: '' });

      r = await cli([...g, 'blockpull', disk, '--base', chain.base, '--wait', '--verbose']);
      expect(r.code, r.stderr).to.equal(0);
      expect(r.stdout).to.equal('\nPull complete\n');
      expect(r.stderr).to.match(/^(\rBlock Pull: \[[ \d]{2}\d %\])*\rBlock Pull: \[100 %\]$/);

      r = await cli([...g, 'chain', disk]);
      expect(r.stdout).to.equal(`${chain.top}\n${chain.base}\n`);
      // QEMU may still hold metadata in its cache: check the files once it has quit.
      await q.stop();
      expect((await backingChain(chain.top)).map((c) => c.filename)).to.deep.equal([chain.top, chain.base]);
      expect(await compareImages(before, chain.top, { formatA: 'raw' })).to.deep.equal({ identical: true });
    });
  }

  it('a rate-limited pull seen and aborted from other processes; errors as virsh prints them', async () => {
    const chain = await createStandardChain(dir());
    const q = await QemuProcess.start({ disks: [{ kind: 'blockdev', chain: chain.images }] });
    const g = ['--socket', q.socketPath];
    const disk = 'libvirt-1-format';

    let r = await cli([...g, 'blockpull', disk, '--bandwidth', '1']);
    expect(r).to.deep.equal({ code: 0, stdout: 'Block Pull started\n', stderr: '' });

    r = await cli([...g, 'blockjob', disk, '--info']);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('    Bandwidth limit: 1048576 bytes/s (1.000 MiB/s)\n');
    expect(r.stderr).to.match(/^\rBlock Pull: \[[ \d]{2}\d %\]$/);

    r = await cli([...g, 'blockjob', disk, '--raw']);
    expect(r.stdout).to.match(/^ type=Block Pull\n bandwidth=1\n cur=\d+\n end=33554432\n$/);

    r = await cli([...g, 'blockpull', disk]);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: `error: Operation not supported: disk '${disk}' already in active block job\n` });

    r = await cli([...g, 'blockjob', disk, '--pivot']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/^error: block copy still active: block job 'pull-libvirt-1-format-libvirt-1-format' not ready for pivot yet\n$/);

    r = await cli([...g, 'blockjob', disk, '--bandwidth', '2']);
    expect(r).to.deep.equal({ code: 0, stdout: '\n', stderr: '' });
    r = await cli([...g, 'blockjob', disk, '--abort']);
    expect(r).to.deep.equal({ code: 0, stdout: '\n', stderr: '' });
    r = await cli([...g, 'blockjob', disk, '--info']);
    expect(r).to.deep.equal({ code: 0, stdout: `No current block job for ${disk}\n`, stderr: '' });
    r = await cli([...g, 'blockjob', disk, '--abort']);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: `error: invalid argument: disk ${disk} does not have an active block job\n` });
    r = await cli([...g, 'blockpull', 'vdb', '--wait']);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: "error: invalid argument: disk 'vdb' not found in domain\n" });
    r = await cli([...g, 'blockpull', disk, '--base', '/nowhere.qcow2']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/^error: invalid argument: could not find image '\/nowhere\.qcow2' beneath '.*' in chain for '.*'\n$/);

    // Unchanged chain: the aborted pull left every layer in place.
    await q.stop();
    expect((await backingChain(chain.top)).map((c) => c.filename)).to.deep.equal(chain.images);
  });

  it('blockcommit --active --pivot, then a two-disk snapshot deleted in both directions; chains and data verified', async () => {
    fs.mkdirSync(path.join(dir(), 'a'));
    fs.mkdirSync(path.join(dir(), 'b'));
    const a = await createStandardChain(path.join(dir(), 'a'));
    const b = await createStandardChain(path.join(dir(), 'b'));
    const beforeA = await flatten(a.top, path.join(dir(), 'a.raw'));
    const beforeB = await flatten(b.top, path.join(dir(), 'b.raw'));
    const q = await QemuProcess.start({
      disks: [{ kind: 'drive', id: 'vda', chain: a.images }, { kind: 'drive', id: 'vdb', chain: b.images }],
    });
    const g = ['--socket', q.socketPath, '--state-dir', path.join(dir(), 'state'), '--allow-dir', dir()];

    let r = await cli([...g, 'blockcommit', 'vda', '--active', '--pivot', '--verbose']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nSuccessfully pivoted\n');
    expect(r.stderr).to.match(/^(\rBlock commit: \[[ \d]{2}\d %\])*\rBlock commit: \[100 %\]$/);
    expect((await cli([...g, 'chain', 'vda'])).stdout).to.equal(`${a.base}\n`);

    r = await cli([...g, 'snapshot-create', 's1', '--diskspec', `vda,file=${path.join(dir(), 'a.s1.qcow2')},merge=backward`, '--diskspec', `vdb,file=${path.join(dir(), 'b.s1.qcow2')}`]);
    expect(r).to.deep.equal({ code: 0, stdout: 'Domain snapshot s1 created\n', stderr: '' });
    r = await cli([...g, 'snapshot-create', 's2', '--diskspec', '/etc/passwd,file=/etc/x.qcow2']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/^error: .*--allow-dir/);
    r = await cli([...g, 'snapshot-delete', 's1']);
    expect(r).to.deep.equal({ code: 0, stdout: 'Domain snapshot s1 deleted\n', stderr: '' });
    expect((await cli([...g, 'chain', 'vda'])).stdout).to.equal(`${a.base}\n`);
    expect((await cli([...g, 'chain', 'vdb'])).stdout).to.equal(`${path.join(dir(), 'b.s1.qcow2')}\n${b.images[1]}\n${b.base}\n`);

    await q.stop();
    expect(await compareImages(beforeA, a.base, { formatA: 'raw' })).to.deep.equal({ identical: true });
    expect(await compareImages(beforeB, path.join(dir(), 'b.s1.qcow2'), { formatA: 'raw' })).to.deep.equal({ identical: true });
  });

  it('-blockdev: non-active commit, active commit kept by --keep-overlay, merge, copy with --pivot; chains and data verified', async () => {
    const chain = await createStandardChain(dir(), ['base', 'mid1', 'mid2', 'top']);
    const before = await flatten(chain.top, path.join(dir(), 'before.raw'));
    const q = await QemuProcess.start({ disks: [{ kind: 'blockdev', chain: chain.images }] });
    const disk = 'libvirt-1-format';
    const g = ['--socket', q.socketPath, '--state-dir', path.join(dir(), 'state')];
    const [top, mid2, mid1, base] = chain.images as [string, string, string, string];

    let r = await cli([...g, 'blockcommit', disk, '--top', mid2, '--base', mid1, '--wait', '--verbose']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nCommit complete\n');
    expect((await cli([...g, 'chain', disk])).stdout).to.equal(`${top}\n${mid1}\n${base}\n`);

    r = await cli([...g, 'blockcommit', disk, '--active', '--wait']);
    expect(r).to.deep.equal({ code: 0, stdout: '\nNow in synchronized phase\n', stderr: '' });
    r = await cli([...g, 'blockjob', disk, '--info']);
    expect(r).to.deep.equal({ code: 0, stdout: '\n\n', stderr: '\rActive Block Commit: [100 %]' });
    r = await cli([...g, 'blockjob', disk, '--abort']);
    expect(r).to.deep.equal({ code: 0, stdout: '\n', stderr: '' });
    expect((await cli([...g, 'chain', disk])).stdout).to.equal(`${top}\n${mid1}\n${base}\n`);

    r = await cli([...g, 'blockcommit', disk, '--keep-overlay', '--verbose']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nCommit complete, overlay image kept\n');

    r = await cli([...g, 'merge', disk, '--source', mid1, '--dest', base]);
    expect(r).to.deep.equal({ code: 0, stdout: '\nMerge complete\n', stderr: '' });
    expect((await cli([...g, 'chain', disk])).stdout).to.equal(`${top}\n${base}\n`);

    const dest = path.join(dir(), 'copy.qcow2');
    r = await cli([...g, 'blockcopy', disk, dest, '--pivot', '--verbose']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nSuccessfully pivoted\n');
    expect(r.stderr).to.match(/^(\rBlock Copy: \[[ \d]{2}\d %\])*\rBlock Copy: \[100 %\]$/);
    const list = await cli([...g, 'domblklist']);
    expect(list.stdout.split('\n')[2]).to.match(new RegExp(`${dest.replace(/[.]/g, '\\.')}$`));

    await q.stop();
    expect(await compareImages(before, dest, { formatA: 'raw' })).to.deep.equal({ identical: true });
    expect(await compareImages(before, top, { formatA: 'raw' })).to.deep.equal({ identical: true });
  });

  it('an unreachable socket is one error line, exit 1', async () => {
    const r = await cli(['--socket', path.join(dir(), 'none.sock'), 'domblklist']);
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal('');
    expect(r.stderr).to.match(/^error: cannot connect to unix:.*none\.sock: .*\n$/);
  });
});
