/**
 * 64-bit integers through a replay: a recorder writes QEMU's digits, and the
 * replayer sends them back digit for digit, where JSON.parse would round them
 * (18446744073709551615 to 18446744073709551616). A client's 64-bit id is
 * echoed as it wrote it, as QEMU does.
 */
import net from 'node:net';
import { expect } from 'chai';
import { parseTrace } from '../../lib/trace/format.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { lockstepLines } from '../helpers/raw-lines.js';

const GREETING = '{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}';

/** The trace file's text: each message as a recorder writes it, the wire text inside the line. */
function traceText(lines: [dir: 'c2s' | 's2c', wire: string][]): string {
  const head = '{"qmpTrace":1,"source":"spec","scenario":"exact","description":"64-bit integers"}';
  return [head, ...lines.map(([dir, wire], i) => `{"t":${i},"dir":"${dir}","msg":${wire}}`)].join('\n') + '\n';
}

/** Greeting, then each command in turn; the answers' lines as sent. */
async function talk(text: string, commands: string[]): Promise<string[]> {
  const rs = await replayTrace(parseTrace(text, 'exact.jsonl'), { speed: 0 });
  try {
    return (await lockstepLines(rs.endpoint as net.NetConnectOpts, commands)).slice(1);
  } finally {
    await rs.close();
  }
}

describe('replayer: 64-bit integers', function () {
  it('sends a recorded answer\'s integers past 2^53 as recorded', async function () {
    const answer = '{"return": [{"offset": 18446744073709551615, "len": 9223372036854775807, "low": -9223372036854775808, "small": 9007199254740993}], "id": 7}';
    const text = traceText([
      ['s2c', GREETING],
      ['c2s', '{"execute": "qmp_capabilities", "id": 1}'],
      ['s2c', '{"return": {}, "id": 1}'],
      ['c2s', '{"execute": "query-block-jobs", "id": 7}'],
      ['s2c', answer],
    ]);
    const trace = parseTrace(text);
    // What the trace holds for everything else stays JSON.parse's.
    expect((trace.entries[4]!.msg!.return as { offset: unknown }[])[0]!.offset).to.equal(18446744073709551616);
    const got = await talk(text, ['{"execute":"qmp_capabilities","id":1}', '{"execute":"query-block-jobs","id":7}']);
    expect(got).to.deep.equal(['{"return":{},"id":1}', answer.replace(/: /g, ':').replace(/, /g, ',')]);
  });

  it('echoes a client\'s 64-bit id digit for digit', async function () {
    const text = traceText([
      ['s2c', GREETING],
      ['c2s', '{"execute": "qmp_capabilities", "id": 18446744073709551615}'],
      ['s2c', '{"return": {}, "id": 18446744073709551615}'],
      ['c2s', '{"execute": "query-status", "id": "a"}'],
      ['s2c', '{"return": {"status": "running", "singlestep": false, "running": true}, "id": "a"}'],
    ]);
    // The client's id is another number JSON.parse rounds to the same double: it gets its own back.
    const got = await talk(text, ['{"execute":"qmp_capabilities","id":18446744073709551614}', '{"execute":"query-status","id":-9223372036854775807}']);
    expect(got[0]).to.equal('{"return":{},"id":18446744073709551614}');
    expect(got[1]).to.equal('{"return":{"status":"running","singlestep":false,"running":true},"id":-9223372036854775807}');
  });
});
