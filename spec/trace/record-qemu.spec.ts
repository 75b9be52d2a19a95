/**
 * `record` in front of a real QEMU: a session talks to QEMU through the
 * recording proxy while a pull runs; the file is a valid trace whose replay
 * gives back exactly what QEMU said, and the pull really happened.
 */
import path from 'node:path';
import { expect } from 'chai';
import { QmpSession } from '../../lib/qmp/session.js';
import { startRecordProxy } from '../../lib/trace/proxy.js';
import { readTrace } from '../../lib/trace/format.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { driveTrace, diffDriveResult } from '../../lib/trace/driver.js';
import { QemuProcess, createStandardChain, flatten, compareImages, backingChain } from '../../lib/qemu/index.js';
import { useQemuSandbox } from '../helpers/qemu.js';

describe('recording proxy in front of real QEMU', function () {
  this.timeout(60_000);
  const dir = useQemuSandbox('qmpblock-recq-');

  it('writes a valid trace of a block pull that replays exactly', async function () {
    const chain = await createStandardChain(dir());
    const flat = await flatten(chain.top, path.join(dir(), 'flat.raw'));
    const qemu = await QemuProcess.start({ disks: [{ kind: 'drive', id: 'drive0', chain: chain.images }] });
    const out = path.join(dir(), 'pull.jsonl');
    const proxy = await startRecordProxy({ upstream: { path: qemu.socketPath }, listen: { path: path.join(dir(), 'rec.sock') }, out });
    const recorded = new Promise((r) => proxy.once('recorded', r));
    const s = await QmpSession.connect(proxy.endpoint);
    const since = s.eventSeq;
    await s.execute('block-stream', { device: 'drive0' });
    const done = await s.waitForEvent('BLOCK_JOB_COMPLETED', (e) => e.data?.device === 'drive0', { since, timeout: 30_000 });
    expect(done.data?.error).to.equal(undefined);
    await s.execute('quit').catch(() => undefined);
    await s.close();
    await recorded;
    await proxy.close();
    await qemu.exited;

    const trace = readTrace(out);
    expect(trace.header.source).to.match(/^qemu-system-x86_64 \d+\.\d+\.\d+$/);
    const execs = trace.entries.filter((e) => e.dir === 'c2s').map((e) => e.msg?.execute);
    expect(execs).to.deep.equal(['qmp_capabilities', 'block-stream', 'quit']);
    expect(trace.entries.some((e) => e.msg?.event === 'BLOCK_JOB_COMPLETED')).to.equal(true);

    const replay = await replayTrace(trace, { speed: 0 });
    const r = await driveTrace(trace, replay.endpoint);
    expect(diffDriveResult(r, [], 'pull.jsonl')).to.deep.equal([]);
    await replay.close();

    expect((await backingChain(chain.top)).map((c) => c.filename)).to.deep.equal([chain.top]);
    expect(await compareImages(chain.top, flat)).to.deep.equal({ identical: true });
  });
});
