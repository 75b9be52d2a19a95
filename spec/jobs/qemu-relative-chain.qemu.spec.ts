/**
 * A -blockdev chain opened node by node (`backing=` given, as libvirt does)
 * over images whose headers name their backing files relatively: QEMU then
 * names the format nodes `json:{...}` and reports `backing_file` absolute.
 * The chain must still be read whole, by plain file names, with the
 * headers' relative names kept for --keep-relative.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { BlockJobManager, VIR_DOMAIN_BLOCK_REBASE_RELATIVE } from '../../lib/jobs/index.js';
import { blockMerge } from '../../lib/merge/index.js';
import { flatten, QEMU_IMG, QemuProcess, runTool, writePatterns } from '../../lib/qemu/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import { nextEvent } from '../helpers/events.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { chainOf, sameData } from '../merge/helpers/vm.js';

const MiB = 1024 * 1024;

describe('a -blockdev chain with relative backing names, node by node, against QEMU 7.2', function () {
  this.timeout(60_000);
  // The sandbox kills a QEMU that a failed test left running.
  const dir = useQemuSandbox('qmpblock-relchain-');

  /** top <- mid <- base with relative names, opened node by node; writes a pattern into each. */
  async function relativeChain(name: string): Promise<{ images: [string, string, string]; reference: string; qemu: QemuProcess; m: BlockJobManager; session: QmpSession }> {
    const d = path.join(dir(), name);
    fs.mkdirSync(d, { recursive: true });
    const images = ['top', 'mid', 'base'].map((n) => path.join(d, `${n}.qcow2`)) as [string, string, string];
    const [top, mid, base] = images;
    await runTool(QEMU_IMG, ['create', '-q', '-f', 'qcow2', base, String(8 * MiB)]);
    // Relative names: qemu-img looks them up beside the new image.
    await runTool(QEMU_IMG, ['create', '-q', '-f', 'qcow2', '-b', 'base.qcow2', '-F', 'qcow2', mid]);
    await runTool(QEMU_IMG, ['create', '-q', '-f', 'qcow2', '-b', 'mid.qcow2', '-F', 'qcow2', top]);
    await writePatterns(base, [{ offset: 0, length: 2 * MiB, pattern: 1 }]);
    await writePatterns(mid, [{ offset: MiB, length: 2 * MiB, pattern: 2 }]);
    await writePatterns(top, [{ offset: 2 * MiB, length: MiB, pattern: 3 }]);
    const reference = await flatten(top, path.join(d, 'reference.raw'));
    const node = (n: string, file: string, backing: string | null): string =>
      JSON.stringify({ driver: 'qcow2', 'node-name': n, file: { driver: 'file', filename: file }, backing });
    const qemu = await QemuProcess.start({ extraArgs: ['-blockdev', node('b', base, null), '-blockdev', node('m', mid, 'b'), '-blockdev', node('t', top, 'm')] });
    const session = await connect({ path: qemu.socketPath });
    return { images, reference, qemu, session, m: await BlockJobManager.attach(session) };
  }

  const backingName = async (image: string): Promise<string | undefined> =>
    (JSON.parse((await runTool(QEMU_IMG, ['info', '--output=json', image])).stdout) as { 'backing-filename'?: string })['backing-filename'];

  it('reads the chain by plain names, and a rebase keeps the backing name relative', async () => {
    const { images, reference, qemu, session, m } = await relativeChain('rel');
    const [top, mid, base] = images;

    // One disk (not three), its chain whole, by the files' own names.
    expect(m.listDisks().map((x) => x.name)).to.deep.equal(['t']);
    const chain = m.getDisk('t').chain;
    expect(chain.map((i) => [i.nodeName, i.filename, i.backingName])).to.deep.equal([
      ['t', top, 'mid.qcow2'],
      ['m', mid, 'base.qcow2'],
      ['b', base, undefined],
    ]);

    const done = nextEvent(m, (e) => e.status !== 'READY');
    await m.blockRebase('t', base, 0, VIR_DOMAIN_BLOCK_REBASE_RELATIVE);
    expect(await done).to.include({ disk: 't', type: 'pull', status: 'COMPLETED' });
    expect(m.getDisk('t').chain.map((i) => i.filename)).to.deep.equal([top, base]);
    await qemu.stop({ session });
    expect(await backingName(top)).to.equal('base.qcow2');
    expect(await chainOf(top)).to.deep.equal([top, base]);
    expect(await sameData(top, reference)).to.equal(true);
  });

  // forward into the top (a stream with a base), backward below the top (a commit): the re-linked top keeps a relative name.
  for (const [label, pick] of [['forward, mid into top', (i: string[]) => [i[1], i[0]]], ['backward, mid into base', (i: string[]) => [i[1], i[2]]]] as const) {
    it(`merge --keep-relative (${label}) keeps the top's backing name relative; without it, it becomes absolute`, async () => {
      for (const keep of [true, false]) {
        const { images, reference, qemu, session, m } = await relativeChain(`merge-${label.split(',')[0]}-${keep}`);
        const [source, dest] = pick(images) as [string, string];
        await blockMerge(m, 't', source, dest, { flags: keep ? VIR_DOMAIN_BLOCK_REBASE_RELATIVE : 0 });
        expect(m.getDisk('t').chain.map((i) => i.filename)).to.deep.equal([images[0], images[2]]);
        await qemu.stop({ session });
        expect(await backingName(images[0])).to.equal(keep ? 'base.qcow2' : images[2]);
        expect(await chainOf(images[0])).to.deep.equal([images[0], images[2]]);
        expect(await sameData(images[0], reference)).to.equal(true);
      }
    });
  }
});
