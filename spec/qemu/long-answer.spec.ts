/**
 * A long answer from a real QEMU 7.2, parsed in pieces as it arrives
 * (lib/qmp/early-answer.ts): the flat node list of a 150-image chain, about
 * 300 nodes in one line of QEMU's own formatting. Skipped when QEMU is
 * missing (fails with QMPBLOCK_REQUIRE_QEMU=1).
 */
import { expect } from 'chai';
import sinon from 'sinon';
import { QmpSession } from '../../lib/qmp/session.js';
import { EarlyAnswerReader } from '../../lib/qmp/early-answer.js';
import { BlockJobManager } from '../../lib/jobs/manager.js';
import { MiB, QemuProcess, createChain } from '../../lib/qemu/index.js';
import { useQemuSandbox } from '../helpers/qemu.js';

describe('long answers from real QEMU, parsed as they arrive', function () {
  this.timeout(120_000);
  const tmp = useQemuSandbox();
  let qemu: QemuProcess | undefined;

  afterEach(async function () {
    if (qemu) await qemu.kill();
    qemu = undefined;
  });

  it('gives the value a whole parse of the line gives, for the node list of a 150-image chain; the manager reads the chain from it', async function () {
    const layers = Array.from({ length: 150 }, (_, i) => ({ name: `layer-${String(i).padStart(3, '0')}` }));
    const chain = await createChain(tmp(), { size: 4 * MiB, layers });
    qemu = await QemuProcess.start({ disks: [{ kind: 'drive', chain: chain.images }] });
    const end = sinon.spy(EarlyAnswerReader.prototype, 'end');
    try {
      const a = await QmpSession.connect({ path: qemu.socketPath });
      const early = await a.execute<unknown[]>('query-named-block-nodes', { flat: true });
      await a.close();
      expect(end.returnValues, 'taken early').to.deep.equal([true]);

      // A tap wants the text: that session parses the line whole.
      const texts: string[] = [];
      const b = await QmpSession.connect({ path: qemu.socketPath }, { tap: (dir, text) => void (dir === 's2c' && texts.push(text)) });
      const whole = await b.execute<unknown[]>('query-named-block-nodes', { flat: true });
      await b.close();
      expect(end.callCount).to.equal(1);
      const line = texts.at(-1)!;
      expect(line.length).to.be.above(128 * 1024);
      expect(line.startsWith('{"return": [{"iops_rd": ')).to.equal(true);
      expect(early).to.have.length(300);
      expect(early).to.deep.equal(whole);
      expect(early).to.deep.equal((JSON.parse(line) as { return: unknown[] }).return);

      const c = await QmpSession.connect({ path: qemu.socketPath });
      try {
        const m = await BlockJobManager.attach(c);
        expect(m.listDisks().find((d) => d.device === 'drive0')?.chain.map((img) => img.filename)).to.deep.equal(chain.images);
        m.detach();
      } finally {
        await c.close();
      }
      expect(end.returnValues.filter((v) => v).length, 'the manager read it early too').to.be.at.least(2);
    } finally {
      end.restore();
    }
  });
});
