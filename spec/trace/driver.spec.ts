/**
 * driveTrace: the recorded commands sent through a session, and what the
 * server sent compared with the recording, the handshake aside.
 */
import { expect } from 'chai';
import { parseTrace, type Trace } from '../../lib/trace/format.js';
import { diffDriveResult, driveTrace } from '../../lib/trace/driver.js';
import { replayTrace } from '../../lib/trace/replayer.js';

const HEADER = { qmpTrace: 1 as const, source: 's', scenario: 'driver', description: 'd' };
const GREETING = { QMP: { version: { qemu: { micro: 22, minor: 2, major: 7 }, package: '' }, capabilities: [] } };

describe('driveTrace', function () {
  it('keeps a server message that came in the same read as the capabilities answer', async function () {
    const event = { event: 'JOB_STATUS_CHANGE', data: { status: 'running', id: 'j' }, timestamp: { seconds: 1, microseconds: 2 } };
    const trace = {
      header: HEADER,
      entries: [
        { t: 0, dir: 's2c', msg: GREETING, line: 2 },
        { t: 1, dir: 'c2s', msg: { execute: 'qmp_capabilities', id: 1 }, line: 3 },
        { t: 2, dir: 's2c', msg: { return: {}, id: 1 }, line: 4 },
        { t: 2, dir: 's2c', msg: event, line: 5 },
        { t: 3, dir: 'c2s', msg: { execute: 'query-status', id: 2 }, line: 6 },
        { t: 4, dir: 's2c', msg: { return: { status: 'running', singlestep: false, running: true }, id: 2 }, line: 7 },
      ],
    } as Trace;
    // Speed 0: the replayer writes the answer and the event together.
    const rs = await replayTrace(trace, { speed: 0 });
    try {
      const r = await driveTrace(trace, rs.endpoint);
      expect(diffDriveResult(r)).to.deep.equal([]);
      expect(r.received.map((m) => ('event' in m ? m.event : 'answer'))).to.deep.equal(['JOB_STATUS_CHANGE', 'answer']);
    } finally {
      await rs.close();
    }
  });

  it('sends a recorded command\'s 64-bit integers exactly: driven against its own replay, no difference', async function () {
    const text = [
      '{"qmpTrace":1,"source":"s","scenario":"driver","description":"d"}',
      `{"t":0,"dir":"s2c","msg":${JSON.stringify(GREETING)}}`,
      '{"t":1,"dir":"c2s","msg":{"execute":"qmp_capabilities","id":1}}',
      '{"t":2,"dir":"s2c","msg":{"return":{},"id":1}}',
      '{"t":3,"dir":"c2s","msg":{"execute":"block-job-set-speed","arguments":{"device":"drive0","speed":9223372036854775807},"id":2}}',
      '{"t":4,"dir":"s2c","msg":{"return":{},"id":2}}',
    ].join('\n');
    const trace = parseTrace(text);
    const rs = await replayTrace(trace, { speed: 0 });
    try {
      const r = await driveTrace(trace, rs.endpoint);
      expect(diffDriveResult(r)).to.deep.equal([]);
      expect(rs.results.flatMap((x) => x.mismatches.map((mm) => mm.diff))).to.deep.equal([]);
    } finally {
      await rs.close();
    }
  });
});
