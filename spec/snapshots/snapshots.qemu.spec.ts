/**
 * Disk-only snapshots with a merge direction against a real QEMU 7.2, on a VM
 * with a -drive and a -blockdev disk: one transaction switches both disks,
 * data written into the overlays afterwards (HMP qemu-io, as a guest would),
 * then snapshotDelete merges each disk its own way, in parallel (also on two
 * -blockdev disks with guest devices, as libvirt has them). Also deletes
 * that fail on one disk (a QEMU I/O error injected by blkdebug; a disk busy
 * with another job) and are retried, an older snapshot deleted under a newer
 * one, and a transaction QEMU refuses. Every test
 * checks the chains qemu-img reads and the guest-visible data against the
 * flattened original plus the writes.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { SnapshotRecord } from '../../lib/jobs/index.js';
import { writePatterns } from '../../lib/qemu/index.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { nextEvent } from '../helpers/events.js';
import { chainOf, recordEvents, sameData, startVm, stopVm, type Kind, type Vm, type VmDisk } from '../merge/helpers/vm.js';
import { connect } from '../../lib/index.js';
import { BlockJobManager } from '../../lib/jobs/index.js';
import { CutProxy } from '../reliability/cut-proxy.js';

const MiB = 1024 * 1024;

describe('snapshots against QEMU 7.2 (a -drive and a -blockdev disk)', function () {
  this.timeout(90_000);
  const dir = useQemuSandbox('qmpblock-snap-');
  let vm: Vm | undefined;
  afterEach(async () => {
    if (vm) await stopVm(vm).catch(() => undefined);
    vm = undefined;
  });

  /** Write a pattern into a disk's current top through QEMU, and into its expected content. */
  async function guestWrite(i: number, pattern: number, offset: number): Promise<string> {
    const d = vm!.disks[i]!;
    const disk = vm!.m.getDisk(d.name);
    // A node under a guest device is written through the device (-d): the device
    // shares no write permission with a second user of its node.
    const target = d.kind === 'drive' ? disk.device! : d.kind === 'blockdev-vda' ? `-d ${disk.qdev!}` : disk.chain[0]!.nodeName!;
    const out = await vm!.session.execute<string>('human-monitor-command', { 'command-line': `qemu-io ${target} "write -P ${pattern} ${offset} ${MiB}"` });
    // Silent when it wrote; anything it says is why not ("Permission conflict ...").
    expect(out, 'qemu-io').to.equal('');
    const expected = path.join(dir(), `expected${i}.raw`);
    if (!fs.existsSync(expected)) fs.copyFileSync(d.reference, expected);
    await writePatterns(expected, [{ offset, length: MiB, pattern }], 'raw');
    return expected;
  }

  /**
   * Stop QEMU, then check on disk that each disk's `tops[i]` heads its
   * original chain below the old top, and reads as `expected[i]`.
   */
  async function stopAndCheck(tops: string[], expected: string[]): Promise<void> {
    const disks = vm!.disks;
    await stopVm(vm!);
    vm = undefined;
    for (const [i, top] of tops.entries()) {
      expect(await chainOf(top)).to.deep.equal([top, ...disks[i]!.chain.images.slice(1)]);
      expect(await sameData(top, expected[i]!)).to.equal(true);
    }
  }

  async function snapshot(name: string, merges: ['forward' | 'backward', 'forward' | 'backward']): Promise<string[]> {
    const overlays = vm!.disks.map((_, i) => path.join(dir(), `${name}-${i}.qcow2`));
    await vm!.m.snapshotCreate(name, vm!.disks.map((d, i) => ({ disk: d.name, file: overlays[i]!, merge: merges[i]! })));
    return overlays;
  }

  for (const [kinds, merges] of [
    [['drive', 'blockdev'], ['forward', 'backward']],
    [['drive', 'blockdev'], ['backward', 'forward']],
    // libvirt's set-up: -blockdev with a guest device.
    [['blockdev-vda', 'blockdev-vda'], ['backward', 'forward']],
  ] as [Kind[], ['forward' | 'backward', 'forward' | 'backward']][]) {
    it(`create switches both disks at once; delete merges them (${kinds.join(', ')}: ${merges.join(', ')})`, async () => {
      vm = await startVm(dir(), kinds);
      const { m } = vm;
      const overlays = await snapshot('s1', merges);
      vm.disks.forEach((d, i) => {
        expect(m.getDisk(d.name).chain.map((x) => x.filename)).to.deep.equal([overlays[i], ...d.chain.images]);
      });
      const list = await m.snapshotList();
      expect(list.map((s) => [s.name, s.state])).to.deep.equal([['s1', 'disk-snapshot']]);
      expect(list[0]!.disks.map((x) => [x.file, x.backing, x.merge, x.state])).to.deep.equal(
        vm.disks.map((d, i) => [overlays[i], d.chain.top, merges[i], 'pending']),
      );
      const expected = [await guestWrite(0, 0x66, 2 * MiB), await guestWrite(1, 0x77, 30 * MiB)];

      await m.snapshotDelete('s1');
      expect(await m.snapshotList()).to.deep.equal([]);
      const tops = vm.disks.map((d, i) => (merges[i] === 'forward' ? overlays[i]! : d.chain.top));
      vm.disks.forEach((d, i) => {
        expect(m.getDisk(d.name).chain.map((x) => x.filename)).to.deep.equal([tops[i], ...d.chain.images.slice(1)]);
      });
      // A backward merge's overlay is removed (libvirt commits with DELETE); a forward one is the top.
      expect(overlays.map((f) => fs.existsSync(f))).to.deep.equal(merges.map((x) => x === 'forward'));
      await stopAndCheck(tops, expected);
    });
  }

  it('deleting an older snapshot under a newer one merges below the current image (stream into / commit of an intermediate)', async () => {
    vm = await startVm(dir(), ['drive', 'blockdev']);
    const { m } = vm;
    const s1 = await snapshot('s1', ['forward', 'backward']);
    await guestWrite(0, 0x61, 1 * MiB);
    await guestWrite(1, 0x62, 9 * MiB);
    const s2 = await snapshot('s2', ['backward', 'forward']);
    const expected = [await guestWrite(0, 0x63, 3 * MiB), await guestWrite(1, 0x64, 25 * MiB)];
    const [d0, d1] = vm.disks as [typeof vm.disks[0], typeof vm.disks[0]];
    const [, mid0, base0] = d0.chain.images as [string, string, string];
    const [top1, mid1, base1] = d1.chain.images as [string, string, string];

    await m.snapshotDelete('s1');
    // disk 0 forward: its old top pulled into s1's overlay; disk 1 backward: s1's overlay committed into the old top.
    expect(m.getDisk(d0.name).chain.map((x) => x.filename)).to.deep.equal([s2[0], s1[0], mid0, base0]);
    expect(m.getDisk(d1.name).chain.map((x) => x.filename)).to.deep.equal([s2[1], top1, mid1, base1]);
    // s2 re-parented: on disk 1 its overlay now sits on the old top that absorbed s1's overlay.
    const [left] = await m.snapshotList();
    expect(left!.name).to.equal('s2');
    expect(left!.disks.map((x) => [x.file, x.backing])).to.deep.equal([[s2[0], s1[0]], [s2[1], top1]]);
    // s1's backward overlay on disk 1, now inside top1, is gone; its forward one on disk 0 holds mid0's data.
    expect([fs.existsSync(s1[0]!), fs.existsSync(s1[1]!)]).to.deep.equal([true, false]);

    await m.snapshotDelete('s2');
    expect(m.getDisk(d0.name).chain.map((x) => x.filename)).to.deep.equal([s1[0], mid0, base0]);
    expect(m.getDisk(d1.name).chain.map((x) => x.filename)).to.deep.equal([s2[1], mid1, base1]);
    expect(await m.snapshotList()).to.deep.equal([]);
    expect([fs.existsSync(s2[0]!), fs.existsSync(s2[1]!)]).to.deep.equal([false, true]);
    await stopVm(vm);
    vm = undefined;
    expect(await chainOf(s1[0]!)).to.deep.equal([s1[0], mid0, base0]);
    expect(await sameData(s1[0]!, expected[0]!)).to.equal(true);
    expect(await chainOf(s2[1]!)).to.deep.equal([s2[1], mid1, base1]);
    expect(await sameData(s2[1]!, expected[1]!)).to.equal(true);
  });

  const stateFile = (): string => path.join(dir(), 'state', 'vm.json');

  /**
   * Delete s1 from another manager through a proxy that cuts the connection
   * at the first command matching `at` (passed on to QEMU or not), as if the
   * deleting process died there. Resolves the error the delete ended with.
   */
  async function deleteCutAt(at: RegExp, pass: boolean): Promise<Error | undefined> {
    // QEMU talks to one monitor client at a time.
    vm!.m.detach();
    await vm!.session.close();
    const proxy = await CutProxy.start(path.join(dir(), 'cut.sock'), vm!.qemu.socketPath, { at: (line, d) => d === 'c2s' && at.test(line), pass });
    try {
      const m1 = await BlockJobManager.attach(await connect({ path: proxy.path }), { stateFile: stateFile() });
      const err = await m1.snapshotDelete('s1').then(() => undefined, (e: Error) => e);
      expect(proxy.cut).to.equal(true);
      return err;
    } finally {
      await proxy.close();
    }
  }

  it('a delete cut off just before it ends its jobs (PENDING stream, READY commit) is finished by the retry, which takes the jobs over', async () => {
    vm = await startVm(dir(), ['drive', 'blockdev']);
    const overlays = await snapshot('s1', ['forward', 'backward']);
    const expected = [await guestWrite(0, 0x66, 2 * MiB), await guestWrite(1, 0x77, 30 * MiB)];
    // The deleting process loses QEMU as it sends its first job-finalize / job-complete.
    const err = await deleteCutAt(/"execute": ?"(job-finalize|job-complete)"/, false);
    expect(err?.message).to.match(/^operation failed: deletion of snapshot 's1' failed for /);
    const s2 = await connect({ path: vm.qemu.socketPath });
    // Both jobs wait in QEMU for an end nobody sent.
    const jobs = await s2.execute<{ status: string }[]>('query-jobs');
    expect(jobs.map((j) => j.status).sort()).to.deep.equal(['pending', 'ready']);
    const m2 = await BlockJobManager.attach(s2, { stateFile: stateFile() });
    vm.session = s2;
    vm.m = m2;
    const events = recordEvents(m2);
    await m2.snapshotDelete('s1');
    expect(events.map((e) => e.status).sort()).to.deep.equal(['COMPLETED', 'COMPLETED']);
    expect(await m2.snapshotList()).to.deep.equal([]);
    expect(await s2.execute('query-jobs')).to.deep.equal([]);
    await stopAndCheck([overlays[0]!, vm.disks[1]!.chain.top], expected);
  });

  it('a delete cut off as QEMU gets its first job\'s start is finished by the retry, which takes that job over', async () => {
    vm = await startVm(dir(), ['drive', 'blockdev']);
    const overlays = await snapshot('s1', ['forward', 'backward']);
    const expected = [await guestWrite(0, 0x5a, 4 * MiB), await guestWrite(1, 0x5b, 20 * MiB)];
    // QEMU gets the start command; the deleting process never hears back (as if killed there).
    expect(await deleteCutAt(/"execute": ?"(block-stream|block-commit)"/, true)).to.be.instanceOf(Error);
    const s2 = await connect({ path: vm.qemu.socketPath });
    expect(await s2.execute<unknown[]>('query-jobs')).to.have.length(1);
    const m2 = await BlockJobManager.attach(s2, { stateFile: stateFile() });
    vm.session = s2;
    vm.m = m2;
    const events = recordEvents(m2);
    await m2.snapshotDelete('s1');
    expect(events.map((e) => e.status).filter((x) => x !== 'READY').sort()).to.deep.equal(['COMPLETED', 'COMPLETED']);
    expect(await m2.snapshotList()).to.deep.equal([]);
    expect(await s2.execute('query-jobs')).to.deep.equal([]);
    await stopAndCheck([overlays[0]!, vm.disks[1]!.chain.top], expected);
  });

  it('a delete cut off after one disk\'s job started and before the other\'s went out is finished by the retry, which takes the started job over', async () => {
    vm = await startVm(dir(), ['drive', 'blockdev']);
    const overlays = await snapshot('s1', ['backward', 'forward']);
    const expected = [await guestWrite(0, 0x4a, 4 * MiB), await guestWrite(1, 0x4b, 20 * MiB)];
    // Disk 0's active commit is running; disk 1's stream never reaches QEMU.
    expect(await deleteCutAt(/"execute": ?"block-stream"/, false)).to.be.instanceOf(Error);
    const s2 = await connect({ path: vm.qemu.socketPath });
    const m2 = await BlockJobManager.attach(s2, { stateFile: stateFile() });
    vm.session = s2;
    vm.m = m2;
    // The first delete could not abort it: the commit waits, READY, for an end.
    expect((await s2.execute<{ type: string }[]>('query-jobs')).map((j) => j.type)).to.deep.equal(['commit']);
    const events = recordEvents(m2);
    await m2.snapshotDelete('s1');
    expect(events.map((e) => e.status).filter((x) => x !== 'READY').sort()).to.deep.equal(['COMPLETED', 'COMPLETED']);
    expect(await m2.snapshotList()).to.deep.equal([]);
    expect(await s2.execute('query-jobs')).to.deep.equal([]);
    await stopAndCheck([vm.disks[0]!.chain.top, overlays[1]!], expected);
  });

  it('a create cut off before its transaction: snapshot-delete removes the overlays it made and the record; the snapshot can then be taken', async () => {
    vm = await startVm(dir(), ['drive', 'blockdev']);
    const overlays = vm.disks.map((_, i) => path.join(dir(), `s1-${i}.qcow2`));
    const specs = vm.disks.map((d, i) => ({ disk: d.name, file: overlays[i]!, merge: 'forward' as const }));
    const nodesBefore = (await vm.session.execute<unknown[]>('query-named-block-nodes', { flat: true })).length;
    // The -blockdev overlay's file is there, empty, before the create (allowed): it stays.
    fs.writeFileSync(overlays[1]!, '');
    vm.m.detach();
    await vm.session.close();
    const proxy = await CutProxy.start(path.join(dir(), 'cut.sock'), vm.qemu.socketPath, { at: (line, d) => d === 'c2s' && /"execute": ?"transaction"/.test(line), pass: false });
    try {
      const m1 = await BlockJobManager.attach(await connect({ path: proxy.path }), { stateFile: stateFile() });
      expect(await m1.snapshotCreate('s1', specs).then(() => undefined, (e: Error) => e)).to.be.instanceOf(Error);
      expect(proxy.cut).to.equal(true);
    } finally {
      await proxy.close();
    }
    const s2 = await connect({ path: vm.qemu.socketPath });
    const m2 = await BlockJobManager.attach(s2, { stateFile: stateFile() });
    vm.session = s2;
    vm.m = m2;
    // The -blockdev overlay was made and attached: a lone node on the file.
    expect(fs.statSync(overlays[1]!).size).to.be.above(0);
    expect((await m2.snapshotList()).map((x) => x.state)).to.deep.equal(['creating']);
    // A file someone put where the -drive overlay would have gone (QEMU never made that one).
    fs.writeFileSync(overlays[0]!, 'not the snapshot\'s');
    await m2.snapshotDelete('s1');
    expect(await m2.snapshotList()).to.deep.equal([]);
    expect((await s2.execute<unknown[]>('query-named-block-nodes', { flat: true })).length).to.equal(nodesBefore);
    expect(fs.readFileSync(overlays[0]!, 'utf8')).to.equal('not the snapshot\'s');
    expect(fs.existsSync(overlays[1]!)).to.equal(true);
    fs.rmSync(overlays[0]!);
    fs.writeFileSync(overlays[1]!, '');
    expect(m2.listDisks().map((d) => d.chain.map((x) => x.filename))).to.deep.equal(vm.disks.map((d) => d.chain.images));
    // Taken again, as if the cut create had never been.
    await m2.snapshotCreate('s1', specs);
    expect(m2.listDisks().map((d) => d.chain[0]!.filename)).to.deep.equal(overlays);
  });

  it('all or nothing: when QEMU refuses one disk\'s overlay, no disk changes and nothing is left behind', async () => {
    vm = await startVm(dir(), ['blockdev', 'drive']);
    const { m, session } = vm;
    const good = path.join(dir(), 'good.qcow2');
    const bad = path.join(dir(), 'no-such-dir', 'bad.qcow2');
    const nodesBefore = (await session.execute<unknown[]>('query-named-block-nodes', { flat: true })).length;
    let err: Error | undefined;
    await m.snapshotCreate('s0', [{ disk: vm.disks[0]!.name, file: good }, { disk: vm.disks[1]!.name, file: bad }]).catch((e: Error) => (err = e));
    expect(err?.message).to.match(/^internal error: unable to execute QEMU command 'transaction': /);
    expect(await m.snapshotList()).to.deep.equal([]);
    expect(fs.existsSync(good)).to.equal(false);
    expect((await session.execute<unknown[]>('query-named-block-nodes', { flat: true })).length).to.equal(nodesBefore);
    vm.disks.forEach((d) => expect(m.getDisk(d.name).chain.map((x) => x.filename)).to.deep.equal(d.chain.images));
    const disks = vm.disks;
    await stopVm(vm);
    vm = undefined;
    for (const d of disks) {
      expect(await chainOf(d.chain.top)).to.deep.equal(d.chain.images);
      expect(await sameData(d.chain.top, d.reference)).to.equal(true);
    }
  });

  it('a QEMU I/O error on one disk (blkdebug) aborts the other disk\'s merge: nothing changes; the retry merges both', async () => {
    // Disk 1's old top fails its first data write: the backward merge (a commit into it) fails once.
    vm = await startVm(dir(), ['drive', 'blockdev'], { blkdebug: [undefined, { layer: 0, rules: [{ event: 'write_aio', once: true }] }] });
    const { m } = vm;
    const overlays = await snapshot('s3', ['forward', 'backward']);
    const expected = [await guestWrite(0, 0x71, 5 * MiB), await guestWrite(1, 0x72, 17 * MiB)];
    let err: Error | undefined;
    await m.snapshotDelete('s3').catch((e: Error) => (err = e));
    expect(err?.message).to.match(/deletion of snapshot 's3' failed for disk '.*': .*Input\/output error/);
    const [rec] = (await m.snapshotList()) as [SnapshotRecord];
    expect(rec.state).to.equal('disk-snapshot');
    expect(rec.disks.map((x) => x.state)).to.deep.equal(['pending', 'failed']);
    const [d0, d1] = vm.disks as [VmDisk, VmDisk];
    // Disk 0's pull was aborted before its end (PENDING): the overlay is still on the old image.
    expect(m.getDisk(d0.name).chain.map((x) => x.filename)).to.deep.equal([overlays[0], ...d0.chain.images]);
    expect(m.getDisk(d1.name).chain[0]!.filename).to.equal(overlays[1]);
    expect(m.jobFor(d0.name)).to.equal(undefined);

    await m.snapshotDelete('s3');
    expect(await m.snapshotList()).to.deep.equal([]);
    expect(m.getDisk(d0.name).chain.map((x) => x.filename)).to.deep.equal([overlays[0], ...d0.chain.images.slice(1)]);
    expect(m.getDisk(d1.name).chain).to.have.length(3);
    await stopVm(vm);
    vm = undefined;
    expect(await sameData(overlays[0]!, expected[0]!)).to.equal(true);
    expect(await sameData(d1.chain.top, expected[1]!)).to.equal(true);
    expect(await chainOf(d1.chain.top)).to.deep.equal(d1.chain.images);
  });

  it('a delete with one disk busy is refused before anything changes; after the job, it merges both', async () => {
    vm = await startVm(dir(), ['drive', 'blockdev']);
    const { m } = vm;
    const overlays = await snapshot('s2', ['forward', 'backward']);
    const expected = [await guestWrite(0, 0x51, 0), await guestWrite(1, 0x52, 6 * MiB)];
    // Another job holds disk 1: its merge cannot start.
    const busy = vm.disks[1]!;
    const ready = nextEvent(m, (e) => e.status === 'READY');
    await m.blockCopy(busy.name, path.join(dir(), 'scratch.qcow2'));
    await ready;

    let err: Error | undefined;
    await m.snapshotDelete('s2').catch((e: Error) => (err = e));
    expect(err?.message).to.equal(`operation failed: deletion of snapshot 's2' failed for disk '${busy.name}': block copy still active: disk '${busy.name}' already in active block job`);
    const [rec] = (await m.snapshotList()) as [SnapshotRecord];
    expect(rec.state).to.equal('disk-snapshot');
    expect(rec.disks.map((x) => x.state)).to.deep.equal(['pending', 'pending']);
    // Neither disk was touched: both still on their overlays.
    expect(m.getDisk(vm.disks[0]!.name).chain[0]!.filename).to.equal(overlays[0]);
    expect(m.getDisk(vm.disks[0]!.name).chain).to.have.length(4);
    expect(m.getDisk(busy.name).chain[0]!.filename).to.equal(overlays[1]);

    await m.blockJobAbort(busy.name);
    await m.snapshotDelete('s2');
    expect(await m.snapshotList()).to.deep.equal([]);
    expect(m.getDisk(vm.disks[0]!.name).chain.map((x) => x.filename)).to.deep.equal([overlays[0], ...vm.disks[0]!.chain.images.slice(1)]);
    expect(m.getDisk(busy.name).chain.map((x) => x.filename)).to.deep.equal(busy.chain.images);
    await stopVm(vm);
    vm = undefined;
    expect(await sameData(overlays[0]!, expected[0]!)).to.equal(true);
    expect(await sameData(busy.chain.top, expected[1]!)).to.equal(true);
  });
});
