/**
 * Records the manager's own conversations with real QEMU 7.2 into
 * spec/jobs/traces/<scenario>.jsonl, through the recording proxy. Run by hand
 * when the manager's wire behaviour changes on purpose:
 *   node --import tsx spec/jobs/record-traces.ts [scenario...]
 * and check the diff: the replay spec then holds the manager to it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BlockJobManager } from '../../lib/jobs/index.js';
import { backingChain, compareImages, createStandardChain, flatten, QemuProcess } from '../../lib/qemu/index.js';
import { QmpSession } from '../../lib/qmp/session.js';
import { startRecordProxy } from '../../lib/trace/proxy.js';
import { diskOf, scenarios } from './helpers/scenarios.js';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'traces');

async function record(name: string): Promise<void> {
  const sc = scenarios.find((s) => s.name === name);
  if (!sc) throw new Error(`no scenario ${name}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-rec-'));
  const chain = await createStandardChain(dir);
  const flat = await flatten(chain.top, path.join(dir, 'flat.raw'));
  const qemu = await QemuProcess.start({ disks: [sc.setup === 'drive' ? { kind: 'drive', id: 'drive0', chain: chain.images } : { kind: 'blockdev', chain: chain.images }] });
  const out = path.join(OUT, `${name}.jsonl`);
  try {
    const proxy = await startRecordProxy({
      upstream: { path: qemu.socketPath },
      listen: { path: path.join(dir, 'rec.sock') },
      out,
      header: { scenario: name, description: sc.description, libvirt: sc.libvirt },
    });
    const recorded = new Promise((r) => proxy.once('recorded', r));
    const session = await QmpSession.connect(proxy.endpoint);
    const m = await BlockJobManager.attach(session);
    await sc.run(m, diskOf(sc.setup), session);
    await session.execute('quit').catch(() => undefined);
    await session.close();
    await recorded;
    await proxy.close();
    await qemu.exited;
    const finalChain = (await backingChain(chain.top)).map((c) => path.basename(c.filename));
    const data = await compareImages(chain.top, flat);
    if (!data.identical) throw new Error(`${name}: data changed: ${data.difference}`);
    console.log(`${name}: ${out} (final chain ${[...finalChain].reverse().join(' <- ')}, data identical)`);
  } finally {
    if (qemu.running) await qemu.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const names = process.argv.slice(2);
for (const n of names.length ? names : scenarios.map((s) => s.name)) await record(n);
