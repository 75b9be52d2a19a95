/**
 * A real QEMU with one or more disks on standard qcow2 chains (base <- mid <-
 * top, lib/qemu's layout), a session and a BlockJobManager attached to it,
 * for the commit, copy, merge and snapshot tests. Each disk's guest-visible
 * content is flattened to a raw reference before QEMU starts, so a test can
 * check with `qemu-img compare` that a job changed the chain and not the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BlockJobManager, type BlockJobEvent } from '../../../lib/jobs/index.js';
import { backingChain, compareImages, createStandardChain, flatten, QemuProcess, type BlkdebugSpec, type Chain } from '../../../lib/qemu/index.js';
import { connect, type QmpSession } from '../../../lib/qmp/session.js';

/** `blockdev-vda`: -blockdev with a guest device `vda` on it, as libvirt sets disks up. */
export type Kind = 'drive' | 'blockdev' | 'blockdev-vda';

export interface VmDisk {
  kind: Kind;
  /** The manager's name for the disk: `drive<i>`, `vda<i>` (its device) or the top node-name. */
  name: string;
  chain: Chain;
  /** Raw copy of the guest-visible content before anything ran. */
  reference: string;
}

export interface Vm {
  qemu: QemuProcess;
  session: QmpSession;
  m: BlockJobManager;
  disks: VmDisk[];
  dir: string;
}

export async function startVm(dir: string, kinds: Kind[], opts: { stateFile?: string; allowDirs?: string[]; blkdebug?: (BlkdebugSpec | undefined)[] } = {}): Promise<Vm> {
  const disks: VmDisk[] = [];
  for (const [i, kind] of kinds.entries()) {
    const sub = path.join(dir, `d${i}`);
    fs.mkdirSync(sub, { recursive: true });
    const chain = await createStandardChain(sub);
    const reference = await flatten(chain.top, path.join(sub, 'reference.raw'));
    disks.push({ kind, name: '', chain, reference });
  }
  const qemu = await QemuProcess.start({
    disks: disks.map((d, i) => {
      const bd = opts.blkdebug?.[i];
      return d.kind === 'drive'
        ? { kind: 'drive', id: `drive${i}`, chain: d.chain.images, ...(bd ? { blkdebug: bd } : {}) }
        : { kind: 'blockdev', chain: d.chain.images, ...(bd ? { blkdebug: bd } : {}), ...(d.kind === 'blockdev-vda' ? { frontend: `vda${i}` } : {}) };
    }),
  });
  disks.forEach((d, i) => {
    d.name = d.kind === 'drive' ? `drive${i}` : d.kind === 'blockdev-vda' ? `vda${i}` : qemu.blockdevNodes[i]![0]!.format;
  });
  const session = await connect({ path: qemu.socketPath });
  const m = await BlockJobManager.attach(session, { stateFile: opts.stateFile ?? path.join(dir, 'state', 'vm.json'), ...(opts.allowDirs ? { allowDirs: opts.allowDirs } : {}) });
  return { qemu, session, m, disks, dir };
}

export async function stopVm(vm: Vm): Promise<void> {
  vm.m.detach();
  if (!vm.qemu.running && vm.qemu.exitInfo?.signal && vm.qemu.exitInfo.signal !== 'SIGKILL') console.error(`QEMU died (${vm.qemu.exitInfo.signal}): ${vm.qemu.stderr}`);
  if (!vm.session.closed) await vm.qemu.stop({ session: vm.session });
  else await vm.qemu.stop();
  if (!vm.session.closed) vm.session.destroy();
}

/** Every `blockJob` event from now on. */
export function recordEvents(m: BlockJobManager): BlockJobEvent[] {
  const out: BlockJobEvent[] = [];
  m.on('blockJob', (e) => out.push(e));
  return out;
}

/** Backing chain of an image as file names, top first (qemu-img, no lock). */
export async function chainOf(image: string): Promise<string[]> {
  return (await backingChain(image)).map((c) => c.filename);
}

/** Whether an image (with its chain) shows the same guest data as a raw reference. */
export async function sameData(image: string, reference: string): Promise<boolean> {
  const r = await compareImages(image, reference, { formatB: 'raw' });
  if (!r.identical) console.error(`compare ${image}: ${r.difference}`);
  return r.identical;
}

/** Node names QEMU has now. */
export async function nodeNames(session: QmpSession): Promise<string[]> {
  const nodes = await session.execute<{ 'node-name'?: string }[]>('query-named-block-nodes', { flat: true });
  return nodes.map((n) => n['node-name'] ?? '').filter(Boolean);
}
