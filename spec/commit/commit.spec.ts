/**
 * blockCommit against the fake QEMU: libvirt 9.0's refusals (texts, nothing
 * sent), the QMP arguments of each form (-drive by file names, -blockdev by
 * node names and job id `commit-<disk>-<top node>`), the pivot rules, and an
 * abort after READY being CANCELED for libvirt while `lastJobOutcome` says the
 * base holds the copy.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VirError } from '../../lib/errors.js';
import {
  BlockJobManager,
  VIR_DOMAIN_BLOCK_COMMIT_ACTIVE,
  VIR_DOMAIN_BLOCK_COMMIT_DELETE,
  VIR_DOMAIN_BLOCK_COMMIT_RELATIVE,
  VIR_DOMAIN_BLOCK_COMMIT_SHALLOW,
  VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT,
  type BlockJobEvent,
} from '../../lib/jobs/index.js';
import { flush } from '../jobs/helpers/fake-qemu.js';
import { FakeJobsQemu } from './helpers/fake-jobs.js';

const D = '/img';
const files = [`${D}/top.qcow2`, `${D}/mid.qcow2`, `${D}/base.qcow2`];

async function setup(kind: 'drive' | 'blockdev'): Promise<{ q: FakeJobsQemu; m: BlockJobManager; disk: string; events: BlockJobEvent[] }> {
  const q = new FakeJobsQemu();
  if (kind === 'drive') q.addDrive('drive0', files);
  else q.addBlockdev(files);
  const events: BlockJobEvent[] = [];
  const m = await BlockJobManager.attach(q, { onEvent: (e) => events.push(e) });
  q.sent.length = 0;
  return { q, m, disk: kind === 'drive' ? 'drive0' : 'libvirt-1-format', events };
}

async function rejection(p: Promise<unknown>): Promise<VirError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err, 'expected a rejection').to.be.instanceOf(VirError);
  return err as VirError;
}

describe('jobs/commit', () => {
  describe('refusals, as libvirt 9.0 words them, with nothing sent', () => {
    const cases: [string, (m: BlockJobManager, disk: string) => Promise<unknown>, string][] = [
      ['active layer without ACTIVE', (m, d) => m.blockCommit(d, null, null), "invalid argument: commit of 'drive0' active layer requires active flag"],
      ['ACTIVE on a lower image', (m, d) => m.blockCommit(d, null, files[1]!, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE), `invalid argument: active commit requested but '${files[1]}' is not active`],
      ['base not in the chain', (m, d) => m.blockCommit(d, '/elsewhere.qcow2', files[1]!), "invalid argument: could not find base image in chain for 'drive0'"],
      // libvirt looks `top` up from no image: no "beneath" in its text.
      ['top not in the chain', (m, d) => m.blockCommit(d, null, '/nope.qcow2'), "invalid argument: could not find image '/nope.qcow2' in chain for 'drive0'"],
      ['base above top', (m, d) => m.blockCommit(d, files[0]!, files[1]!), "invalid argument: could not find base image in chain for 'drive0'"],
      ['top without backing', (m, d) => m.blockCommit(d, null, files[2]!), `invalid argument: top '${files[2]}' in chain for 'drive0' has no backing file`],
      ['SHALLOW with a base further down', (m, d) => m.blockCommit(d, files[2]!, null, 0, VIR_DOMAIN_BLOCK_COMMIT_SHALLOW | VIR_DOMAIN_BLOCK_COMMIT_ACTIVE), `invalid argument: base '${files[2]}' is not immediately below '${files[0]}' in chain for 'drive0'`],
      // libvirt names base and disk as typed (qemuDomainBlockCommit: base, path).
      ['SHALLOW, base and disk named another way', (m) => m.blockCommit(files[0]!, 'drive0[3]', null, 0, VIR_DOMAIN_BLOCK_COMMIT_SHALLOW | VIR_DOMAIN_BLOCK_COMMIT_ACTIVE), `invalid argument: base 'drive0[3]' is not immediately below '${files[0]}' in chain for '${files[0]}'`],
      ['top without backing, disk named by its top image', (m) => m.blockCommit(files[0]!, null, files[2]!), `invalid argument: top '${files[2]}' in chain for '${files[0]}' has no backing file`],
      ['RELATIVE over absolute backing names', (m, d) => m.blockCommit(d, files[2]!, files[1]!, 0, VIR_DOMAIN_BLOCK_COMMIT_RELATIVE), "Requested operation is not valid: can't keep relative backing relationship"],
      ['unknown flag', (m, d) => m.blockCommit(d, null, null, 0, 1 << 9), 'invalid argument: unsupported flags (0x200) in function qemuDomainBlockCommit'],
      ['unknown disk', (m) => m.blockCommit('vdz', null, null), "invalid argument: disk 'vdz' not found in domain"],
      ['bandwidth too large', (m, d) => m.blockCommit(d, null, files[1]!, 8796093022208), 'numerical overflow: bandwidth must be less than 8796093022207'],
    ];
    for (const [what, call, message] of cases) {
      it(what, async () => {
        const { q, m, disk } = await setup('drive');
        expect((await rejection(call(m, disk))).message).to.equal(message);
        expect(q.commands()).to.deep.equal([]);
      });
    }
  });

  it('DELETE leaves alone images QEMU names relatively (resolved against its working folder, not ours)', async () => {
    // QEMU started in another folder with file=top.qcow2 reports relative names;
    // this process's folder holds another file of the same name.
    const here = process.cwd();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-commit-rel-'));
    try {
      process.chdir(tmp);
      fs.writeFileSync('mid.qcow2', 'not the committed image');
      const q = new FakeJobsQemu();
      q.addBlockdev(['top.qcow2', 'mid.qcow2', 'base.qcow2']);
      const m = await BlockJobManager.attach(q);
      await m.blockCommit('libvirt-1-format', 'base.qcow2', 'mid.qcow2', 0, VIR_DOMAIN_BLOCK_COMMIT_DELETE);
      q.images.get('libvirt-1-format')!.backing = 'libvirt-3-format';
      q.finish('commit-libvirt-1-format-libvirt-2-format');
      await m.waitForJob('libvirt-1-format');
      await flush();
      expect(m.getDisk('libvirt-1-format').chain.map((i) => i.filename)).to.deep.equal(['top.qcow2', 'base.qcow2']);
      expect(fs.readFileSync('mid.qcow2', 'utf8')).to.equal('not the committed image');
    } finally {
      process.chdir(here);
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  for (const link of [false, true]) {
    it(`DELETE removes a committed image named absolutely when it is a regular file${link ? ' (not a symbolic link)' : ''}`, async () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-commit-del-'));
      try {
        const [top, mid, base] = ['top', 'mid', 'base'].map((n) => path.join(tmp, `${n}.qcow2`)) as [string, string, string];
        for (const f of [top, base]) fs.writeFileSync(f, 'qcow2');
        if (link) {
          fs.writeFileSync(path.join(tmp, 'real-mid.qcow2'), 'qcow2');
          fs.symlinkSync(path.join(tmp, 'real-mid.qcow2'), mid);
        } else fs.writeFileSync(mid, 'qcow2');
        const q = new FakeJobsQemu();
        q.addBlockdev([top, mid, base]);
        const m = await BlockJobManager.attach(q);
        await m.blockCommit('libvirt-1-format', base, mid, 0, VIR_DOMAIN_BLOCK_COMMIT_DELETE);
        q.images.get('libvirt-1-format')!.backing = 'libvirt-3-format';
        q.finish('commit-libvirt-1-format-libvirt-2-format');
        await m.waitForJob('libvirt-1-format');
        await flush();
        expect([top, mid, base].map((f) => fs.existsSync(f))).to.deep.equal([true, link, true]);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  }

  it('-blockdev, non-active: node names, job id commit-<disk>-<top node>, backing-file, auto-dismiss off', async () => {
    const { q, m, disk, events } = await setup('blockdev');
    await m.blockCommit(disk, files[2]!, files[1]!, 1);
    expect(q.sent.find((s) => s.command === 'block-commit')?.args).to.deep.equal({
      device: 'libvirt-1-format', 'job-id': 'commit-libvirt-1-format-libvirt-2-format', 'top-node': 'libvirt-2-format',
      'base-node': 'libvirt-3-format', 'backing-file': files[2], speed: 1048576, 'auto-finalize': true, 'auto-dismiss': false,
    });
    // QEMU drops mid; the manager re-reads the chain and deletes mid's nodes.
    q.images.get('libvirt-1-format')!.backing = 'libvirt-3-format';
    q.finish('commit-libvirt-1-format-libvirt-2-format');
    await m.waitForJob(disk);
    await flush();
    expect(events.map((e) => `${e.type}:${e.status}`)).to.deep.equal(['commit:COMPLETED']);
    expect(m.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal([files[0], files[2]]);
    expect(q.commands().filter((c) => c.startsWith('blockdev-del'))).to.deep.equal([
      'blockdev-del {"node-name":"libvirt-2-format"}', 'blockdev-del {"node-name":"libvirt-2-storage"}',
    ]);
  });

  it('RELATIVE keeps a relative backing name when every link down to base is relative', async () => {
    const { q, m, disk } = await setup('blockdev');
    q.images.get('libvirt-1-format')!.recordedBacking = 'mid.qcow2';
    q.images.get('libvirt-2-format')!.recordedBacking = 'base.qcow2';
    await m.rediscover();
    await m.blockCommit(disk, files[2]!, files[1]!, 0, VIR_DOMAIN_BLOCK_COMMIT_RELATIVE);
    expect(q.sent.find((s) => s.command === 'block-commit')?.args).to.include({ 'backing-file': 'base.qcow2' });
  });

  it('-drive, non-active: file names, the device as job id', async () => {
    const { q, m, disk } = await setup('drive');
    await m.blockCommit(disk, files[2]!, files[1]!);
    expect(q.sent.find((s) => s.command === 'block-commit')?.args).to.deep.equal({
      device: 'drive0', top: files[1], base: files[2], 'auto-finalize': true, 'auto-dismiss': false,
    });
  });

  it('-drive, active: no top, READY event, pivot with block-job-complete', async () => {
    const { q, m, disk, events } = await setup('drive');
    await m.blockCommit(disk, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    expect(q.sent.find((s) => s.command === 'block-commit')?.args).to.deep.equal({ device: 'drive0', base: files[2], 'auto-finalize': true, 'auto-dismiss': false });
    // Not READY yet: libvirt 9.0's words.
    const early = await rejection(m.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT));
    expect(early.message).to.equal("block copy still active: block job 'drive0' not ready for pivot yet");
    q.ready('drive0');
    expect(events.map((e) => `${e.type}:${e.status}`)).to.deep.equal(['active-commit:READY']);
    q.drives.set('drive0', [...q.images.values()].find((i) => i.file === files[2])!.node);
    await m.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
    expect(q.commands().filter((c) => /complete|cancel/.test(c))).to.deep.equal(['block-job-complete {"device":"drive0"}']);
    expect(events.map((e) => `${e.type}:${e.status}`)).to.deep.equal(['active-commit:READY', 'active-commit:COMPLETED']);
    expect(m.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal([files[2]]);
    expect(m.lastJobOutcome(disk)).to.include({ status: 'COMPLETED', pivoted: true, synced: true });
  });

  it('a non-active commit has no pivot: refused with the not-ready text', async () => {
    const { m, disk } = await setup('blockdev');
    await m.blockCommit(disk, null, files[1]!);
    const err = await rejection(m.blockJobAbort(disk, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT));
    expect(err.message).to.equal("block copy still active: block job 'commit-libvirt-1-format-libvirt-2-format' not ready for pivot yet");
  });

  it('an abort after READY is a soft cancel: CANCELED for libvirt, outcome synced, disk on its top', async () => {
    const { q, m, disk, events } = await setup('blockdev');
    await m.blockCommit(disk, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    const id = 'commit-libvirt-1-format-libvirt-1-format';
    q.ready(id);
    await m.blockJobAbort(disk);
    expect(q.commands().filter((c) => /complete|cancel/.test(c))).to.deep.equal([`block-job-cancel {"device":"${id}","force":false}`]);
    expect(events.map((e) => `${e.type}:${e.status}`)).to.deep.equal(['active-commit:READY', 'active-commit:CANCELED']);
    expect(m.lastJobOutcome(disk)).to.deep.equal({ jobId: id, kind: 'active-commit', status: 'CANCELED', pivoted: false, synced: true });
    expect(m.getDisk(disk).chain.map((i) => i.filename)).to.deep.equal(files);
  });

  it('an abort before READY is CANCELED and not synced', async () => {
    const { m, disk } = await setup('drive');
    await m.blockCommit(disk, null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    await m.blockJobAbort(disk);
    expect(m.lastJobOutcome(disk)).to.include({ status: 'CANCELED', pivoted: false, synced: false });
  });
});
