/**
 * `demo --qemu`: the seed's chain as real qcow2 files in a temporary folder
 * (lib/qemu), a real QEMU serving it as `-drive id=vda` (a stable disk name
 * across the snapshot), guest writes through HMP `qemu-io`, and at the end,
 * once QEMU has quit and flushed, the chain read back with `qemu-img info`
 * and the data compared with `qemu-img compare` against a flat copy made
 * before QEMU started (with the guest's writes applied to it too).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QmpSession } from '../../qmp/session.js';
import { BlockJobManager } from '../../jobs/index.js';
import {
  MiB, QemuProcess, backingChain, compareImages, createChain, flatten, missingQemuTools, standardLayout, writePatterns,
} from '../../qemu/index.js';
import type { DemoStage } from './stage.js';
import { tempStateDir } from './stage.js';

export async function qemuStage(): Promise<DemoStage> {
  const missing = missingQemuTools();
  if (missing.length) throw new Error(`demo --qemu needs ${missing.join(', ')} (Debian: qemu-system-x86 and qemu-utils)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-demo-'));
  const stateDir = tempStateDir();
  let q: QemuProcess | undefined;
  let session: QmpSession | undefined;
  const cleanup = (): void => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(stateDir, { recursive: true, force: true });
  };
  try {
    const chain = await createChain(dir, standardLayout(['template', 'intermediate', 'current'], 64 * MiB));
    const images = {
      template: chain.byName.template!,
      intermediate: chain.byName.intermediate!,
      current: chain.byName.current!,
      snapshot: path.join(dir, 'current.snap1.qcow2'),
    };
    const expected = await flatten(images.current, path.join(dir, 'expected.raw'));
    q = await QemuProcess.start({ disks: [{ kind: 'drive', id: 'vda', chain: chain.images }] });
    session = await QmpSession.connect({ path: q.socketPath });
    const version = (session.greeting?.version.qemu) ?? { major: 0, minor: 0, micro: 0 };
    const manager = await BlockJobManager.attach(session, { stateDir, allowDirs: [dir] });
    manager.useAllJobTypes();
    const qemu = q;
    const sess = session;
    let stopped = false;
    return {
      what: `QEMU ${version.major}.${version.minor}.${version.micro} (qcow2 files in ${dir})`,
      session: sess,
      manager,
      disk: 'vda',
      images,
      content: () => undefined,
      async guestWrite(mib) {
        const out = await sess.execute<string>('human-monitor-command', { 'command-line': `qemu-io vda "write -P 0x66 0 ${mib}M"` });
        if (typeof out === 'string' && /error|fail/i.test(out)) throw new Error(`qemu-io: ${out.trim()}`);
        await writePatterns(expected, [{ offset: 0, length: mib * MiB, pattern: 0x66 }], 'raw');
      },
      async finish() {
        manager.detach();
        await qemu.stop({ session: sess });
        stopped = true;
        const files = (await backingChain(images.current)).map((c) => c.filename);
        const want = [images.current, images.template];
        if (files.join() !== want.join()) return { ok: false, text: `qemu-img info: chain is ${[...files].reverse().join(' <- ')}, expected ${[...want].reverse().join(' <- ')}` };
        const cmp = await compareImages(expected, images.current, { formatA: 'raw' });
        return cmp.identical
          ? { ok: true, text: 'qemu-img compare: current.qcow2 (with its chain) holds exactly the data the guest saw' }
          : { ok: false, text: `qemu-img compare: ${cmp.difference}` };
      },
      async dispose() {
        manager.detach();
        if (!stopped) await qemu.kill().catch(() => undefined);
        cleanup();
      },
    };
  } catch (err) {
    session?.destroy();
    await q?.kill().catch(() => undefined);
    cleanup();
    throw err;
  }
}
