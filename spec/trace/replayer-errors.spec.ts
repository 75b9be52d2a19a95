/**
 * The replayer given a trace it cannot serve: refused before it listens,
 * with the reader's rules; and a conversation that fails inside ends the
 * client's connection instead of leaving it (and close()) waiting.
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { parseTrace, readTrace, TraceFormatError, type Trace } from '../../lib/trace/format.js';
import { replayTrace, ReplayServer } from '../../lib/trace/replayer.js';
import { until } from '../helpers/until.js';

const HEADER = { qmpTrace: 1 as const, source: 's', scenario: 'x', description: 'd' };
const GREETING = { QMP: { version: { qemu: { major: 7, minor: 2, micro: 0 }, package: '' }, capabilities: [] } };

function traceWith(entry: Record<string, unknown>): Trace {
  return {
    header: HEADER,
    entries: [
      { t: 0, dir: 's2c', msg: GREETING, line: 2 },
      { t: 1, dir: 'c2s', msg: { execute: 'qmp_capabilities', id: 1 }, line: 3, ...entry },
      { t: 2, dir: 's2c', msg: { return: {}, id: 1 }, line: 4 },
    ],
  } as Trace;
}

describe('replayer: traces it cannot serve', function () {
  it('a "raw" that is not a string is refused when the file is read, naming the line', function () {
    const text = [HEADER, { t: 0, dir: 's2c', msg: GREETING }, { t: 1, dir: 'c2s', msg: { execute: 'qmp_capabilities' }, raw: null }].map((o) => JSON.stringify(o)).join('\n');
    expect(() => parseTrace(text, 'rawnull.jsonl')).to.throw(TraceFormatError, 'rawnull.jsonl:3: "raw" must be a string');
  });

  it('a Trace object is held to the same rules before anything listens', async function () {
    for (const [bad, message] of [
      [{ raw: 5 }, 'trace: entry 2 (line 3): "raw" must be a string'],
      [{ dir: 'up' }, 'trace: entry 2 (line 3): a message line needs numeric "t" and "dir" c2s|s2c'],
    ] as const) {
      const err = await replayTrace(traceWith(bad)).then(() => undefined, (e: Error) => e);
      expect(err).to.be.instanceOf(TraceFormatError);
      expect(err!.message).to.equal(message);
    }
    const nullEntry = { header: HEADER, entries: [null] } as unknown as Trace;
    expect((await replayTrace(nullEntry).then(() => undefined, (e: Error) => e))?.message).to.equal('trace: entry 1: not an object');
    const err = await replayTrace({ header: undefined, entries: [] } as unknown as Trace).then(() => undefined, (e: Error) => e);
    expect(err?.message).to.equal('a trace needs a header object and an array of entries');
  });

  it('a conversation that fails inside ends the client connection, and close() returns', async function () {
    // Built around replayTrace's checks, as a caller of the class could.
    const server = net.createServer({ allowHalfOpen: true });
    const rs = new ReplayServer(server, traceWith({ raw: null }), { speed: 0 });
    const errors: Error[] = [];
    rs.on('error', (e: Error) => errors.push(e));
    server.on('connection', (sock) => rs.serve(sock));
    const sockPath = path.join(os.tmpdir(), `qmpblock-replay-fail-${process.pid}.sock`);
    await new Promise<void>((r) => server.listen(sockPath, r));
    const got = await new Promise<string>((resolve, reject) => {
      let text = '';
      const c = net.createConnection(sockPath);
      c.on('data', (d) => {
        if (text === '') c.write('{"execute":"qmp_capabilities","id":1}\n');
        text += String(d);
      });
      c.on('error', reject);
      c.on('close', () => resolve(text));
    });
    expect(JSON.parse(got.trim())).to.deep.equal(GREETING);
    expect(errors).to.have.length(1);
    await rs.close();
  });
});

describe('replayer: raw lines as QEMU read them', function () {
  /** Send each recorded client line (a raw one as written, then a newline) and gather the answers until the server closes. */
  async function conversation(file: string): Promise<{ got: unknown[]; want: unknown[] }> {
    const trace = readTrace(file);
    const rs = await replayTrace(trace, { speed: 0 });
    try {
      const got: unknown[] = [];
      await new Promise<void>((resolve, reject) => {
        const c = net.createConnection(rs.endpoint as net.NetConnectOpts);
        let buf = '';
        let greeted = false;
        c.on('data', (d) => {
          buf += String(d);
          for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
            const line = buf.slice(0, nl).trim();
            buf = buf.slice(nl + 1);
            const m = JSON.parse(line) as Record<string, unknown>;
            if (!greeted) {
              greeted = true;
              for (const e of trace.entries.filter((x) => x.dir === 'c2s')) c.write(e.msg ? `${JSON.stringify(e.msg)}\r\n` : `${e.raw}\n`);
            } else if (!('event' in m)) got.push(m);
          }
        });
        c.on('error', reject);
        c.on('close', () => resolve());
      });
      const want = trace.entries.filter((e) => e.dir === 's2c' && e.msg && !('event' in e.msg) && !('QMP' in e.msg)).map((e) => e.msg);
      return { got, want };
    } finally {
      await rs.close();
    }
  }

  it('a command cut in two writes and then a refused byte (two raw lines) is one text and one answer, without an id', async function () {
    const { got, want } = await conversation('spec/sim/traces/protocol-control-chars.jsonl');
    expect(got).to.deep.equal(want);
  });

  it('an answer to a raw line gets no id of the client, even where Node reads one in it', async function () {
    const { got, want } = await conversation('spec/sim/traces/protocol-duplicate-key.jsonl');
    expect(got).to.deep.equal(want);
  });

  it('raw lines joined match only at their joins: white space inside a string still counts', async function () {
    const trace = {
      header: HEADER,
      entries: [
        { t: 0, dir: 's2c', msg: GREETING, line: 2 },
        { t: 1, dir: 'c2s', raw: '{"execute": "human-monitor-command", "arguments": {"command-line": "info block"', line: 3 },
        { t: 2, dir: 'c2s', raw: '\u0001', line: 4 },
        { t: 3, dir: 's2c', msg: { error: { class: 'GenericError', desc: "JSON parse error, stray '\u0001'" } }, line: 5 },
      ],
    } as Trace;
    for (const [sent, matches] of [['info block', true], ['infoblock', false]] as const) {
      const rs = await replayTrace(trace, { speed: 0 });
      const mismatches: unknown[] = [];
      rs.on('mismatch', (mm) => mismatches.push(mm));
      await new Promise<void>((resolve, reject) => {
        const c = net.createConnection(rs.endpoint as net.NetConnectOpts);
        c.once('data', () => c.end(`{"execute": "human-monitor-command", "arguments": {"command-line": "${sent}"\n\u0001\n`));
        c.on('error', reject);
        c.on('close', () => resolve());
        c.resume();
      });
      await rs.close();
      expect(mismatches.length === 0, sent).to.equal(matches);
    }
  });
});

describe('replayer: a client message over the size limit', function () {
  this.timeout(20_000);
  it('is a mismatch said to the client and to the replay\'s owner, and the conversation ends', async function () {
    const rs = await replayTrace(traceWith({}), { speed: 0 });
    const mismatches: string[] = [];
    rs.on('mismatch', (m: { diff: string }) => mismatches.push(m.diff));
    try {
      const got = await new Promise<string>((resolve, reject) => {
        let text = '';
        const c = net.createConnection(rs.endpoint as net.NetConnectOpts);
        c.on('data', (d) => {
          if (text === '') c.write(`{"execute":"qmp_capabilities","arguments":{"x":"${'a'.repeat(65 << 20)}`);
          text += String(d);
        });
        c.on('error', reject);
        c.on('end', () => {
          c.end();
          resolve(text);
        });
      });
      const lines = got.trim().split('\n');
      expect(JSON.parse(lines[1]!)).to.deep.equal({ error: { class: 'GenericError', desc: "trace mismatch: the client's input: message exceeds the maximum size of 67108864 bytes" } });
      expect(mismatches).to.deep.equal(["the client's input: message exceeds the maximum size of 67108864 bytes"]);
      await until(() => rs.results.length === 1);
      expect(rs.results[0]!.complete).to.equal(false);
    } finally {
      await rs.close();
    }
  });
});

describe('replayer: input nested deeper than QEMU reads (1,024)', function () {
  it('is cut off at the 1,025th bracket, as QEMU cuts it, and answered as a mismatch at once instead of waited on', async function () {
    const rs = await replayTrace(traceWith({}), { speed: 0 });
    try {
      const got = await new Promise<string>((resolve, reject) => {
        let text = '';
        const c = net.createConnection(rs.endpoint as net.NetConnectOpts);
        // Not answered in 5 s (the value was waited on): what came so far, which the check below refuses.
        const give = setTimeout(() => (c.destroy(), resolve(text)), 5000);
        c.on('data', (d) => {
          if (text === '') c.write('{'.repeat(1100));
          text += String(d);
          if (text.includes('trace mismatch')) {
            clearTimeout(give);
            c.destroy();
            resolve(text);
          }
        });
        c.on('error', reject);
      });
      const answer = JSON.parse(got.trim().split('\n')[1] ?? '{"error":{"desc":"no answer"}}') as { error: { desc: string } };
      expect(answer.error.desc).to.match(/^trace mismatch: .*expected \{.*got "\{{20}.*\(not a JSON object\)$/);
    } finally {
      await rs.close();
    }
  });
});

describe('replayer: a client that ends its side during a recorded wait', function () {
  it('is not kept waiting for: the rest goes out at once and the replay ends', async function () {
    const trace = {
      header: HEADER,
      entries: [
        { t: 0, dir: 's2c', msg: GREETING, line: 2 },
        // Recorded a very long time later: the replay must not wait for it once the client is gone.
        { t: 1e12, dir: 's2c', msg: { event: 'SHUTDOWN', data: { guest: false, reason: 'host-qmp-quit' }, timestamp: { seconds: 1, microseconds: 0 } }, line: 3 },
      ],
    } as Trace;
    const rs = await replayTrace(trace, { speed: 1 });
    try {
      await new Promise<void>((resolve, reject) => {
        const c = net.createConnection(rs.endpoint as net.NetConnectOpts);
        c.once('data', () => c.end());
        c.on('error', reject);
        c.on('close', () => resolve());
      });
      await until(() => rs.results.length === 1);
    } finally {
      await rs.close();
    }
  });
});
