/**
 * Every trace recorded from real QEMU (ours in qmp-traces/, the independent
 * ones in ../shared/qmp-traces-qemu72/) is served by the replayer, a session
 * sends the recorded commands, and what comes back must be what QEMU sent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { readTrace } from '../../lib/trace/format.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { driveTrace, diffDriveResult } from '../../lib/trace/driver.js';

const root = path.resolve(import.meta.dirname, '../..');
const dirs = [path.join(root, 'qmp-traces'), path.resolve(root, '../shared/qmp-traces-qemu72')];
const files = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(d, f)) : []));

describe('replaying every recorded QEMU trace', function () {
  it('finds the shared QEMU 7.2 traces', function () {
    expect(files.filter((f) => f.includes('qmp-traces-qemu72')).length).to.be.at.least(8);
  });

  for (const file of files) {
    it(`${path.basename(path.dirname(file))}/${path.basename(file)} comes back as recorded`, async function () {
      const trace = readTrace(file);
      const server = await replayTrace(trace, { speed: 0 });
      try {
        const done = server.nextResult();
        const r = await driveTrace(trace, server.endpoint);
        const result = await done;
        expect(result.mismatches.map((m) => m.diff)).to.deep.equal([]);
        expect(result.complete, `consumed ${result.consumed} of ${result.total}`).to.equal(true);
        // Timestamps too must come back as recorded: nothing is ignored here.
        expect(diffDriveResult(r, [], path.basename(file))).to.deep.equal([]);
        expect(r.received.length).to.equal(r.expected.length).and.be.greaterThan(0);
      } finally {
        await server.close();
      }
    });
  }
});
