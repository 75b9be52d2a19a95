/**
 * Replays the traces recorded from real QEMU 7.2 (spec/merge/traces, made by
 * record-traces.ts) against the library: the replayer answers only commands
 * equal to the recorded ones in the recorded order, so each scenario passing
 * with no mismatch means commit, copy, merge and snapshots send exactly what
 * they sent to QEMU (job ids, node names, auto-finalize, transactions,
 * job-finalize/-complete, blockdev-del), and end with the same events, chains
 * and error texts as against QEMU.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BlockJobManager } from '../../lib/jobs/index.js';
import { connect } from '../../lib/qmp/session.js';
import { readTrace } from '../../lib/trace/format.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { scenarios } from './helpers/scenarios.js';

const dir = path.join(import.meta.dirname, 'traces');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();

describe('replaying commit, copy, merge and snapshot traces of QEMU 7.2', function () {
  this.timeout(30_000);
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-replay-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 }));

  it('has a trace for every scenario', () => {
    expect(files.map((f) => f.replace(/\.jsonl$/, ''))).to.have.members(scenarios.map((s) => s.name));
  });

  for (const file of files) {
    it(file, async () => {
      const trace = readTrace(path.join(dir, file));
      const sc = scenarios.find((s) => s.name === trace.header.scenario)!;
      const imagesDir = String(trace.header.dir);
      // The recorded paths must be free (copies and overlays are refused over existing files).
      fs.rmSync(imagesDir, { recursive: true, force: true });
      const images = sc.kinds.map((_, i) => ['top', 'mid', 'base'].map((n) => path.join(imagesDir, `d${i}`, `${n}.qcow2`)));
      const server = await replayTrace(trace, { speed: 0 });
      const done = server.nextResult();
      const session = await connect(server.endpoint);
      try {
        const m = await BlockJobManager.attach(session, { stateFile: path.join(tmp, 'state.json') });
        const result = await sc.run({ m, disks: trace.header.disks as string[], images, dir: imagesDir });
        m.detach();
        // A job's record is removed after its event: let that write land before the folder goes.
        await m.recordsWritten();
        await session.execute('quit').catch(() => undefined);
        const r = await done;
        expect(r.mismatches.map((x) => `line ${x.line}: ${x.diff}`)).to.deep.equal([]);
        expect(r.complete, `consumed ${r.consumed} of ${r.total}`).to.equal(true);
        const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.jsonl$/, '.result.json')), 'utf8')) as unknown;
        expect(JSON.parse(JSON.stringify(result))).to.deep.equal(expected);
      } finally {
        session.destroy();
        await server.close();
      }
    });
  }
});
