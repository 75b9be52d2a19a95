/**
 * A command's id comes back as QEMU 7.2 writes it: an integer it reads as
 * int64 or uint64 digit for digit (JSON.parse would round
 * 18446744073709551615), any other number as "%.17g" (1e+20,
 * 0.10000000000000001). The same lines go to a real QEMU and to the
 * simulator, and the answers' id texts must agree.
 */
import net from 'node:net';
import { expect } from 'chai';
import { QemuProcess } from '../../lib/qemu/index.js';
import { startSimulator } from '../../lib/sim/index.js';
import { qemuDoubleText } from '../../lib/sim/qemu-json.js';
import { useQemuSandbox } from '../helpers/qemu.js';
import { lockstepLines } from '../helpers/raw-lines.js';

const IDS = [
  '-1', '9007199254740993', '9223372036854775807', '9223372036854775808', '18446744073709551615', '-9223372036854775808',
  '18446744073709551616', '-9223372036854775809', '100000000000000000000', '123456789012345678901234567890',
  '1.5', '0.1', '12345678901234567.5', '1e3', '2.5e-7', '{"n": [18446744073709551615]}',
];

/** Each id's answer line to query-status, as sent: after the greeting and the negotiation. */
async function answers(connect: net.NetConnectOpts): Promise<string[]> {
  const lines = await lockstepLines(connect, ['{"execute":"qmp_capabilities"}', ...IDS.map((id) => `{"execute":"query-status","id":${id}}`)]);
  return lines.slice(2);
}

/** The id's text at the end of an answer line, spacing aside. */
const idText = (line: string): string => /"id": ?(.*)}$/.exec(line)?.[1]?.replace(/ /g, '') ?? `(no id in ${line})`;

describe('sim: ids echoed as QEMU 7.2 writes them', function () {
  this.timeout(30_000);
  useQemuSandbox();

  it('gives the same id text as QEMU for 64-bit integers, larger ones and fractions', async function () {
    const qemu = await QemuProcess.start({});
    const sim = await startSimulator({ disks: [] });
    try {
      const fromQemu = (await answers({ path: qemu.socketPath })).map(idText);
      const fromSim = (await answers(sim.endpoint as net.NetConnectOpts)).map(idText);
      expect(fromQemu).to.have.length(IDS.length);
      // QEMU's own texts, so that a change in QEMU shows here and not only as a difference.
      expect(fromQemu.slice(2, 5)).to.deep.equal(['9223372036854775807', '9223372036854775808', '18446744073709551615']);
      expect(fromSim).to.deep.equal(fromQemu);
    } finally {
      await sim.close();
      await qemu.kill();
    }
  });

  it('writes a double as C\'s %.17g does', function () {
    const cases: [number, string][] = [
      [0.1, '0.10000000000000001'], [1e20, '1e+20'], [1.5, '1.5'], [1e3, '1000'], [2.5e-7, '2.4999999999999999e-07'],
      [12345678901234567.5, '12345678901234568'], [1e17, '1e+17'], [99999999999999990, '99999999999999984'],
      [0.0001, '0.0001'], [-1.8446744073709552e19, '-1.8446744073709552e+19'], [5e-324, '4.9406564584124654e-324'],
    ];
    for (const [n, want] of cases) expect(qemuDoubleText(n), String(n)).to.equal(want);
  });
});
