/**
 * Two -blockdev disks sharing a template file, each with its own nodes (as
 * libvirt opens them): each chain keeps its own nodes.
 *
 * A -blockdev disk whose backing chain QEMU opened from the image headers:
 * QEMU names those nodes itself (`#block239`), and `#` may not appear in a
 * job id. libvirt never meets this (it names every node), but a hand-made
 * command line does; the jobs must still start (`commit-vda-block239`).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { BlockJobManager, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE, VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT } from '../../lib/jobs/index.js';
import { blockMerge } from '../../lib/merge/index.js';
import { createImage, createStandardChain, flatten, QemuProcess, type BlockdevLayerNodes } from '../../lib/qemu/index.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import { nextEvent } from '../helpers/events.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { chainOf, sameData } from '../merge/helpers/vm.js';

describe('jobs on QEMU-named backing nodes (#blockN), and on nodes that share a file, against QEMU 7.2', function () {
  this.timeout(60_000);
  const dir = useQemuSandbox('qmpblock-nodenames-');
  let qemu: QemuProcess | undefined;
  let session: QmpSession | undefined;
  afterEach(async () => {
    if (qemu) await qemu.stop(session && !session.closed ? { session } : {}).catch(() => undefined);
    session?.destroy();
    qemu = undefined;
    session = undefined;
  });

  async function start(): Promise<{ m: BlockJobManager; images: string[]; reference: string }> {
    const sub = path.join(dir(), 'd');
    fs.mkdirSync(sub, { recursive: true });
    const chain = await createStandardChain(sub);
    const reference = await flatten(chain.top, path.join(sub, 'reference.raw'));
    qemu = await QemuProcess.start({
      extraArgs: ['-blockdev', `driver=qcow2,node-name=vda,file.driver=file,file.filename=${chain.top}`],
    });
    session = await connect({ path: qemu.socketPath });
    const m = await BlockJobManager.attach(session);
    return { m, images: chain.images, reference };
  }

  it('commits an intermediate image, then pulls, on a chain below a node named by QEMU', async () => {
    const { m, images, reference } = await start();
    const [top, mid, base] = images as [string, string, string];
    const disk = m.getDisk('vda');
    expect(disk.chain.map((i) => i.filename)).to.deep.equal(images);
    expect(disk.chain[1]!.nodeName).to.match(/^#block\d+$/);

    let done = nextEvent(m, (e) => e.status !== 'READY');
    await m.blockCommit('vda', base, mid, 0, 0);
    expect(m.jobFor('vda')?.id).to.match(/^commit-vda-block\d+$/);
    expect(await done).to.include({ disk: 'vda', type: 'commit', status: 'COMPLETED' });
    expect(m.getDisk('vda').chain.map((i) => i.filename)).to.deep.equal([top, base]);

    done = nextEvent(m, (e) => e.status !== 'READY');
    await m.blockPull('vda', 0, 0);
    expect(await done).to.include({ disk: 'vda', type: 'pull', status: 'COMPLETED' });
    expect(m.getDisk('vda').chain.map((i) => i.filename)).to.deep.equal([top]);
    await qemu!.stop({ session: session! });
    qemu = undefined;
    expect(await chainOf(top)).to.deep.equal([top]);
    expect(await sameData(top, reference)).to.equal(true);
  });

  it('an active commit pivoted onto a QEMU-named node keeps the disk (its old top is not deleted)', async () => {
    const { m, images, reference } = await start();
    const [top] = images as [string, string, string];
    const ready = nextEvent(m, (e) => e.status === 'READY');
    await m.blockCommit('vda', null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    await ready;
    const done = nextEvent(m, (e) => e.status !== 'READY');
    await m.blockJobAbort('vda', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
    expect(await done).to.include({ disk: 'vda', type: 'active-commit', status: 'COMPLETED' });
    // Before: blockdev-del vda freed the QEMU-named base with it, and QEMU had no node left.
    const nodes = await session!.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true });
    expect(nodes.map((n) => n['node-name'])).to.include('vda');
    const fresh = await BlockJobManager.attach(session!);
    expect(fresh.listDisks().map((d) => d.name)).to.deep.equal(['vda']);
    await qemu!.stop({ session: session! });
    qemu = undefined;
    expect(await sameData(top, reference)).to.equal(true);
  });

  it('... but with an export holding the new top, the old top is deleted: no stale chain is left to read', async () => {
    const { m, images, reference } = await start();
    const [, , base] = images as [string, string, string];
    await session!.execute('nbd-server-start', { addr: { type: 'unix', data: { path: path.join(dir(), 'nbd.sock') } } });
    await session!.execute('block-export-add', { type: 'nbd', id: 'exp0', 'node-name': 'vda', writable: true });
    const ready = nextEvent(m, (e) => e.status === 'READY');
    await m.blockCommit('vda', null, null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE);
    await ready;
    const done = nextEvent(m, (e) => e.status !== 'READY');
    await m.blockJobAbort('vda', VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT);
    expect(await done).to.include({ status: 'COMPLETED' });
    // The export moved to the base: the old top went, so no later command reads the old chain.
    const nodes = await session!.execute<{ 'node-name': string; file: string }[]>('query-named-block-nodes', { flat: true });
    expect(nodes.map((n) => n['node-name'])).to.not.include('vda');
    expect(nodes.some((n) => n.file === base)).to.equal(true);
    await qemu!.stop({ session: session! });
    qemu = undefined;
    expect(await sameData(base, reference)).to.equal(true);
  });

  it('merges an intermediate image backward into its QEMU-named backing node', async () => {
    const { m, images, reference } = await start();
    const [top, mid, base] = images as [string, string, string];
    await blockMerge(m, 'vda', mid, base);
    expect(m.getDisk('vda').chain.map((i) => i.filename)).to.deep.equal([top, base]);
    await qemu!.stop({ session: session! });
    qemu = undefined;
    expect(await chainOf(top)).to.deep.equal([top, base]);
    expect(await sameData(top, reference)).to.equal(true);
  });

  it("each disk's chain has its own nodes (from QEMU's block graph); a rebase onto the template and a full pull touch only their own disk's nodes", async () => {
    const sub = path.join(dir(), 'shared');
    fs.mkdirSync(sub, { recursive: true });
    const chain = await createStandardChain(sub);
    const [top, , base] = chain.images as [string, string, string];
    const reference = await flatten(top, path.join(sub, 'reference.raw'));
    const other = await createImage(path.join(sub, 'other.qcow2'), { backing: base });
    const otherReference = await flatten(other, path.join(sub, 'other.raw'));
    qemu = await QemuProcess.start({ disks: [{ kind: 'blockdev', chain: chain.images }, { kind: 'blockdev', chain: [other, base] }] });
    const [nodes0, nodes1] = qemu.blockdevNodes as [BlockdevLayerNodes[], BlockdevLayerNodes[]];
    session = await connect({ path: qemu.socketPath });
    const m = await BlockJobManager.attach(session);
    const [vda, vdb] = [nodes0[0]!.format, nodes1[0]!.format];
    const nodesOf = (disk: string): [string | undefined, string | undefined][] => m.getDisk(disk).chain.map((i) => [i.nodeName, i.fileNodeName]);
    expect(nodesOf(vda)).to.deep.equal(nodes0.map((n) => [n.format, n.storage]));
    expect(nodesOf(vdb)).to.deep.equal(nodes1.map((n) => [n.format, n.storage]));

    // Rebase onto the template by path, then by index: the base node sent is vda's own.
    let done = nextEvent(m, (e) => e.status !== 'READY');
    await m.blockRebase(vda, `${vda}[3]`, 0, 0);
    expect(await done).to.include({ disk: vda, type: 'pull', status: 'COMPLETED' });
    expect(nodesOf(vda)).to.deep.equal([nodes0[0], nodes0[2]].map((n) => [n!.format, n!.storage]));
    done = nextEvent(m, (e) => e.status !== 'READY');
    await m.blockPull(vda, 0, 0);
    expect(await done).to.include({ disk: vda, type: 'pull', status: 'COMPLETED' });
    expect(m.getDisk(vda).chain.map((i) => i.filename)).to.deep.equal([top]);

    // vda's old nodes went; vdb's template node, with the same file, stayed and still backs vdb.
    const names = new Set((await session.execute<{ 'node-name': string }[]>('query-named-block-nodes')).map((n) => n['node-name']));
    for (const n of [nodes0[1]!, nodes0[2]!]) expect(names.has(n.format) || names.has(n.storage), n.format).to.equal(false);
    for (const n of nodes1) expect(names.has(n.format) && names.has(n.storage), n.format).to.equal(true);
    expect(nodesOf(vdb)).to.deep.equal(nodes1.map((n) => [n.format, n.storage]));
    await qemu.stop({ session });
    qemu = undefined;
    expect(await chainOf(top)).to.deep.equal([top]);
    expect(await sameData(top, reference)).to.equal(true);
    expect(await chainOf(other)).to.deep.equal([other, base]);
    expect(await sameData(other, otherReference)).to.equal(true);
  });
});
