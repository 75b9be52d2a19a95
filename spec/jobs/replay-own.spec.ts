/**
 * Strict replay of the manager's own recordings (spec/jobs/traces, made from
 * real QEMU 7.2 by record-traces.ts) with the project's replayer: the manager,
 * running the same scenario, must send exactly the recorded commands in the
 * recorded order (libvirt 9.0's sequence), and reach the same results.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BlockJobManager } from '../../lib/jobs/index.js';
import { QmpSession } from '../../lib/qmp/session.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { diskOf, scenarios } from './helpers/scenarios.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'traces');

describe('jobs: strict replay of recorded manager conversations', () => {
  for (const sc of scenarios) {
    const file = path.join(DIR, `${sc.name}.jsonl`);
    it(`${sc.name}: same commands, same outcome`, async function () {
      if (!fs.existsSync(file)) this.skip();
      const replay = await replayTrace(file, { speed: 0 });
      const mismatches: string[] = [];
      replay.on('mismatch', (mm) => mismatches.push(`${path.basename(mm.trace)}:${mm.line}: ${mm.diff}`));
      const result = replay.nextResult();
      const session = await QmpSession.connect(replay.endpoint);
      try {
        const m = await BlockJobManager.attach(session);
        await sc.run(m, diskOf(sc.setup), session);
        await session.execute('quit').catch(() => undefined);
        await session.close();
        const r = await result;
        expect(mismatches).to.deep.equal([]);
        expect(r.mismatches).to.deep.equal([]);
        expect(r.extra).to.equal(0);
        expect(r.complete, `${r.consumed}/${r.total} consumed`).to.equal(true);
      } finally {
        session.destroy();
        await replay.close();
      }
    });
  }
});
