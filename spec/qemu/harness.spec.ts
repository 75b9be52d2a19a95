/**
 * The real-QEMU harness itself (lib/qemu): images with their patterns, the
 * qemu-img checks, QEMU start-up failures, blkdebug, stop and kill, and the
 * skip-or-fail rule of requireQemu.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import sinon from 'sinon';
import { QmpSession } from '../../lib/qmp/session.js';
import {
  MiB,
  QemuProcess,
  QemuSandbox,
  QemuStartError,
  QemuToolError,
  backingChain,
  compareImages,
  createChain,
  createImage,
  createStandardChain,
  flatten,
  liveQemuCount,
  verifyPattern,
  writePatterns,
} from '../../lib/qemu/index.js';
import { requireQemu, useQemuSandbox } from '../helpers/qemu.js';

describe('real-QEMU harness (lib/qemu)', function () {
  this.timeout(30_000);
  const tmp = useQemuSandbox();

  describe('images', function () {
    it('builds the standard chain with absolute backing paths and the documented patterns', async function () {
      const c = await createStandardChain(tmp());
      expect(c.images.map((p) => path.basename(p))).to.deep.equal(['top.qcow2', 'mid.qcow2', 'base.qcow2']);
      const chain = await backingChain(c.top);
      expect(chain.map((e) => e.filename)).to.deep.equal(c.images);
      expect(chain.map((e) => e.backingFilename)).to.deep.equal([c.byName.mid, c.base, null]);
      expect(chain.every((e) => e.format === 'qcow2' && e.virtualSize === 32 * MiB)).to.equal(true);
      // Seen through top: top's data, then mid's over base, zeroes where mid wrote zero clusters.
      expect(await verifyPattern(c.top, 0, 4 * MiB, 0x33)).to.equal(true);
      expect(await verifyPattern(c.top, 4 * MiB, 4 * MiB, 0x11)).to.equal(true);
      expect(await verifyPattern(c.top, 8 * MiB, 12 * MiB, 0x22)).to.equal(true);
      expect(await verifyPattern(c.top, 20 * MiB, 2 * MiB, 0x44)).to.equal(true);
      expect(await verifyPattern(c.top, 26 * MiB, 1 * MiB, 0x00)).to.equal(true);
      expect(await verifyPattern(c.top, 27 * MiB, 1 * MiB, 0x11)).to.equal(true);
      expect(await verifyPattern(c.top, 28 * MiB, 4 * MiB, 0x00)).to.equal(true);
      expect(await verifyPattern(c.top, 0, 4 * MiB, 0x11)).to.equal(false);
      const missing = await verifyPattern(path.join(tmp(), 'missing.qcow2'), 0, MiB, 0).catch((e: unknown) => e);
      expect(missing).to.be.instanceOf(QemuToolError);
    });

    it('compareImages says identical for a flattened copy and names the first difference otherwise', async function () {
      const c = await createStandardChain(tmp(), ['base', 'top']);
      const raw = await flatten(c.top, path.join(tmp(), 'flat.raw'));
      expect(await compareImages(c.top, raw, { formatB: 'raw' })).to.deep.equal({ identical: true });
      await writePatterns(c.top, [{ offset: 5 * MiB, length: 64 * 1024, pattern: 0x99 }]);
      const r = await compareImages(c.top, raw, { formatB: 'raw' });
      expect(r.identical).to.equal(false);
      expect(r.identical === false && r.difference).to.match(/mismatch at offset 5242880/i);
    });

    it('reports a failing tool with its stderr', async function () {
      const err = await backingChain(path.join(tmp(), 'missing.qcow2')).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QemuToolError);
      expect((err as QemuToolError).code).to.equal('QEMU_ERR_TOOL');
      expect((err as QemuToolError).message).to.contain('missing.qcow2');
      const cmp = await compareImages(path.join(tmp(), 'a.qcow2'), path.join(tmp(), 'b.qcow2')).catch((e: unknown) => e);
      expect(cmp).to.be.instanceOf(QemuToolError);
    });

    it('takes file names with commas and spaces as they are (no shell, no option parsing)', async function () {
      const dir = path.join(tmp(), 'odd, name $(x)');
      fs.mkdirSync(dir);
      const c = await createChain(dir, { size: 4 * MiB, layers: [{ name: 'b,ase', writes: [{ offset: 0, length: MiB, pattern: 0x11 }] }, { name: 't op' }] });
      expect((await backingChain(c.top)).map((e) => e.filename)).to.deep.equal(c.images);
      const q = await QemuProcess.start({ disks: [{ kind: 'drive', chain: c.images }] });
      const s = await QmpSession.connect({ path: q.socketPath });
      const blocks = await s.execute<{ inserted: { file: string } }[]>('query-block');
      expect(blocks[0]!.inserted.file).to.equal(c.top);
      await q.stop({ session: s });
    });
  });

  describe('QemuProcess', function () {
    it('fails start-up with QEMU\'s own message, and leaves no process behind', async function () {
      const err = await QemuProcess.start({ disks: [{ kind: 'drive', chain: [path.join(tmp(), 'nope.qcow2')] }] }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QemuStartError);
      expect((err as QemuStartError).message).to.match(/nope\.qcow2.*No such file/);
      expect(liveQemuCount()).to.equal(0);
    });

    it('fails start-up clearly when the binary cannot be run', async function () {
      const err = await QemuProcess.start({ binary: path.join(tmp(), 'no-such-qemu') }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QemuStartError);
      expect((err as QemuStartError).message).to.match(/cannot run QEMU: .*ENOENT/);
      expect(liveQemuCount()).to.equal(0);
    });

    it('defines -blockdev nodes like libvirt: libvirt-N-format over libvirt-N-storage, top = 1', async function () {
      const c = await createStandardChain(tmp());
      const q = await QemuProcess.start({ disks: [{ kind: 'blockdev', chain: c.images }] });
      const s = await QmpSession.connect({ path: q.socketPath });
      const nodes = await s.execute<{ 'node-name': string; file: string; drv: string; ro: boolean; image: { 'backing-filename'?: string } }[]>('query-named-block-nodes', { flat: true });
      const fmt = (n: number) => nodes.find((x) => x['node-name'] === `libvirt-${n}-format`)!;
      expect([1, 2, 3].map((n) => fmt(n).file)).to.deep.equal(c.images);
      expect([1, 2, 3].map((n) => fmt(n).ro)).to.deep.equal([false, true, true]);
      expect(nodes.filter((x) => x.drv === 'file').map((x) => x['node-name']).sort()).to.deep.equal(['libvirt-1-storage', 'libvirt-2-storage', 'libvirt-3-storage']);
      expect(q.nodes.map((l) => l.format)).to.deep.equal(['libvirt-1-format', 'libvirt-2-format', 'libvirt-3-format']);
      expect(await s.execute('query-block')).to.deep.equal([]);
      await q.stop({ session: s });
    });

    it('injects read errors through blkdebug on a -blockdev layer: a pull fails with EIO', async function () {
      const c = await createStandardChain(tmp());
      const q = await QemuProcess.start({ disks: [{ kind: 'blockdev', chain: c.images, blkdebug: { layer: 2, rules: [{ event: 'read_aio' }] } }] });
      expect(q.nodes[2]!.blkdebug).to.equal('libvirt-3-blkdebug');
      const s = await QmpSession.connect({ path: q.socketPath });
      const since = s.eventSeq;
      await s.execute('block-stream', { 'job-id': 'j', device: 'libvirt-1-format' });
      const done = await s.waitForEvent('BLOCK_JOB_COMPLETED', undefined, { since, timeout: 10_000 });
      expect(done.data?.error).to.equal('Input/output error');
      await q.stop({ session: s });
      expect((await backingChain(c.top)).length).to.equal(3);
    });

    it('injects write errors through blkdebug on a -drive top layer: a stream into it fails', async function () {
      // The only layer a -drive disk can debug is its top. A stream writes into top; its writes are
      // copy-on-read inside a read request, so QEMU reports the failed write as operation 'read'.
      const c = await createStandardChain(tmp(), ['base', 'top']);
      const q = await QemuProcess.start({ disks: [{ kind: 'drive', chain: c.images, blkdebug: { rules: [{ event: 'write_aio', once: true }] } }] });
      const s = await QmpSession.connect({ path: q.socketPath });
      const since = s.eventSeq;
      await s.execute('block-stream', { device: 'drive0' });
      const err = await s.waitForEvent('BLOCK_JOB_ERROR', undefined, { since, timeout: 10_000 });
      expect(err.data).to.include({ device: 'drive0', operation: 'read', action: 'report' });
      const done = await s.waitForEvent('BLOCK_JOB_COMPLETED', undefined, { since, timeout: 10_000 });
      expect(done.data?.error).to.equal('Input/output error');
      await q.stop({ session: s });
    });

    it('refuses blkdebug below the top of a -drive disk', async function () {
      const c = await createStandardChain(tmp(), ['base', 'top']);
      const err = await QemuProcess.start({ disks: [{ kind: 'drive', chain: c.images, blkdebug: { layer: 1, rules: [{ event: 'read_aio' }] } }] }).catch((e: unknown) => e);
      expect((err as Error).message).to.contain("use kind 'blockdev'");
    });

    it('stops on SIGTERM without a session, and kill() ends it with SIGKILL', async function () {
      const a = await QemuProcess.start();
      const dir = path.dirname(a.socketPath);
      const exit = await a.stop();
      // QEMU shuts down cleanly on SIGTERM and says so, exiting 0; ended by the
      // signal itself it may say nothing (a CI run under load: empty stderr).
      // Either way it is not the SIGKILL fallback.
      expect([JSON.stringify({ code: 0, signal: null }), JSON.stringify({ code: null, signal: 'SIGTERM' })]).to.include(JSON.stringify(exit));
      if (exit.code === 0) expect(a.stderr).to.contain('terminating on signal 15');
      expect(fs.existsSync(dir)).to.equal(false); // the socket folder is cleaned up
      const b = await QemuProcess.start();
      expect(await b.kill()).to.deep.equal({ code: null, signal: 'SIGKILL' });
      expect(b.running).to.equal(false);
      expect(liveQemuCount()).to.equal(0);
    });
  });

  describe('QemuSandbox', function () {
    it('runs a pull on its own chain and checks the result offline, then leaves nothing behind', async function () {
      const sb = await QemuSandbox.create({ kind: 'blockdev' });
      try {
        const s = await QmpSession.connect({ path: sb.socketPath });
        const since = s.eventSeq;
        await s.execute('block-stream', { 'job-id': 'j', device: sb.qemu.nodes[0]!.format, 'base-node': sb.qemu.nodes[2]!.format, 'backing-file': sb.chain.base });
        await s.waitForEvent('JOB_STATUS_CHANGE', (e) => e.data?.status === 'null', { since, timeout: 10_000 });
        await sb.stop({ session: s });
        expect(await sb.check()).to.deep.equal({ chain: ['top.qcow2', 'base.qcow2'], data: { identical: true } });
        // base alone lacks mid's data: the check sees the difference.
        expect((await sb.check(sb.chain.base)).data.identical).to.equal(false);
      } finally {
        await sb.dispose();
      }
      expect(fs.existsSync(sb.dir)).to.equal(false);
      expect(sb.qemu.running).to.equal(false);
    });
  });

  describe('QemuProcess.stop of a hung QEMU', function () {
    it('falls back to SIGKILL when quit gets no answer within the timeout', async function () {
      const q = await QemuProcess.start();
      const s = await QmpSession.connect({ path: q.socketPath });
      q.freeze();
      expect(await q.stop({ session: s, timeout: 300 })).to.deep.equal({ code: null, signal: 'SIGKILL' });
      s.destroy();
    });
  });

  describe('requireQemu', function () {
    let savedPath: string | undefined;
    let savedRequire: string | undefined;
    beforeEach(function () {
      savedPath = process.env.PATH;
      savedRequire = process.env.QMPBLOCK_REQUIRE_QEMU;
    });
    afterEach(function () {
      process.env.PATH = savedPath;
      if (savedRequire === undefined) delete process.env.QMPBLOCK_REQUIRE_QEMU;
      else process.env.QMPBLOCK_REQUIRE_QEMU = savedRequire;
    });

    it('skips when QEMU is missing, fails with a clear message when QMPBLOCK_REQUIRE_QEMU=1', function () {
      const skip = sinon.spy();
      const ctx = { skip } as unknown as Mocha.Context;
      process.env.PATH = path.join(tmp(), 'empty-bin');
      delete process.env.QMPBLOCK_REQUIRE_QEMU;
      requireQemu(ctx);
      expect(skip.callCount).to.equal(1);
      process.env.QMPBLOCK_REQUIRE_QEMU = '1';
      expect(() => requireQemu(ctx)).to.throw(/QMPBLOCK_REQUIRE_QEMU=1 but qemu-system-x86_64, qemu-img, qemu-io not found/);
      expect(skip.callCount).to.equal(1);
    });

    it('does nothing when QEMU is there', function () {
      const skip = sinon.spy();
      const ctx = { skip } as unknown as Mocha.Context;
      process.env.QMPBLOCK_REQUIRE_QEMU = '1';
      requireQemu(ctx);
      expect(skip.callCount).to.equal(0);
    });
  });
});
