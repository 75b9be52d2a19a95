/**
 * Records the traces of spec/merge/helpers/scenarios.ts against real QEMU,
 * through the recording proxy, into spec/merge/traces/ (with what each
 * scenario returned, for the replay test to compare):
 *
 *     node --import tsx spec/merge/record-traces.ts [name...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { BlockJobManager } from '../../lib/jobs/index.js';
import { createStandardChain, QemuProcess } from '../../lib/qemu/index.js';
import { connect } from '../../lib/qmp/session.js';
import { startRecordProxy } from '../../lib/trace/proxy.js';
import { scenarioDir, scenarios } from './helpers/scenarios.js';

const out = path.join(import.meta.dirname, 'traces');
const only = process.argv.slice(2);

for (const sc of scenarios.filter((s) => only.length === 0 || only.includes(s.name))) {
  const dir = scenarioDir(sc.name);
  fs.rmSync(dir, { recursive: true, force: true });
  const images: string[][] = [];
  for (const [i] of sc.kinds.entries()) {
    fs.mkdirSync(path.join(dir, `d${i}`), { recursive: true });
    images.push((await createStandardChain(path.join(dir, `d${i}`))).images);
  }
  const qemu = await QemuProcess.start({
    disks: sc.kinds.map((k, i) => (k === 'drive' ? { kind: 'drive' as const, id: `drive${i}`, chain: images[i]! } : { kind: 'blockdev' as const, chain: images[i]! })),
  });
  const disks = sc.kinds.map((k, i) => (k === 'drive' ? `drive${i}` : qemu.blockdevNodes[i]![0]!.format));
  const file = path.join(out, `${sc.name}.jsonl`);
  const proxy = await startRecordProxy({
    upstream: { path: qemu.socketPath },
    listen: { path: path.join(dir, 'rec.sock') },
    out: file,
    header: { scenario: sc.name, description: sc.description, kinds: sc.kinds, dir, disks },
  });
  const recorded = new Promise((r) => proxy.once('recorded', r));
  const session = await connect(proxy.endpoint);
  const m = await BlockJobManager.attach(session, { stateFile: path.join(dir, 'state.json') });
  let result: unknown;
  try {
    result = await sc.run({ m, disks, images, dir });
  } finally {
    m.detach();
    await session.execute('quit').catch(() => undefined);
    await session.close();
    await recorded;
    await proxy.close();
    await qemu.stop();
  }
  fs.writeFileSync(path.join(out, `${sc.name}.result.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${sc.name}: ${file}`);
}
