/**
 * 64-bit integers through a replay: a recorder writes QEMU's digits, and the
 * replayer sends them back digit for digit, where JSON.parse would round them
 * (18446744073709551615 to 18446744073709551616). A client's 64-bit id is
 * echoed as it wrote it, as QEMU does.
 */
import net from 'node:net';
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTrace, readTrace } from '../../lib/trace/format.js';
import { recordTrace } from '../../lib/trace/recorder.js';
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

  it('compares a command\'s 64-bit integers as written: another number JSON.parse rounds alike is a mismatch, shown exactly', async function () {
    const text = traceText([
      ['s2c', GREETING],
      ['c2s', '{"execute": "qmp_capabilities", "id": 1}'],
      ['s2c', '{"return": {}, "id": 1}'],
      ['c2s', '{"execute": "block-job-set-speed", "arguments": {"device": "drive0", "speed": 9223372036854775807}, "id": 2}'],
      ['s2c', '{"return": {}, "id": 2}'],
    ]);
    const got = await talk(text, ['{"execute":"qmp_capabilities","id":1}', '{"execute":"block-job-set-speed","arguments":{"device":"drive0","speed":9223372036854775296},"id":2}']);
    expect(got[1]).to.equal(
      '{"error":{"class":"GenericError","desc":"trace mismatch: exact.jsonl:5: \'block-job-set-speed\' arguments.speed: expected 9223372036854775807, got 9223372036854775296"},"id":2}',
    );
    const same = await talk(text, ['{"execute":"qmp_capabilities","id":1}', '{"execute":"block-job-set-speed","arguments":{"device":"drive0","speed":9223372036854775807},"id":2}']);
    expect(same[1]).to.equal('{"return":{},"id":2}');
  });

  it('the recorder keeps the digits of a command that came in several lines', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-exact-'));
    try {
      const file = path.join(dir, 't.jsonl');
      const rec = recordTrace(file, { source: 'spec', scenario: 'exact', description: 'multi-line command' });
      const wire = '{"execute": "block-stream",\n  "arguments": {"device": "drive0", "speed": 9223372036854775807},\r\n  "id": 18446744073709551615}';
      rec.record('c2s', wire, JSON.parse(wire));
      rec.close();
      const line = fs.readFileSync(file, 'utf8').trim().split('\n')[1]!;
      expect(line).to.include('9223372036854775807').and.include('18446744073709551615');
      expect(readTrace(file).entries[0]!.exact).to.deep.equal({ execute: 'block-stream', arguments: { device: 'drive0', speed: 9223372036854775807n }, id: 18446744073709551615n });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
