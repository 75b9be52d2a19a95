/**
 * Regression tests for what the protocol fuzzer found in QmpSession, each
 * reduced to the few bytes that show it (see spec/fuzz/RESULTS.md).
 */
import { expect } from 'chai';
import { QmpSession } from '../../lib/qmp/session.js';
import { QmpBaseError, QmpConnectError, QmpDisconnectedError, QmpProtocolError } from '../../lib/errors.js';
import { duplexPair, trackTimers } from './harness.js';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { listenOn } from '../../lib/transport/endpoint.js';
import { parseTrace } from '../../lib/trace/format.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { driveTrace, diffDriveResult } from '../../lib/trace/driver.js';

const GREETING = '{"QMP":{"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[]}}\r\n';

/** A session on an in-memory pair, with the server's reads split into commands. */
function setup(): { session: QmpSession; server: ReturnType<typeof duplexPair>[1]; commands: { execute: string; id: number }[]; states: string[] } {
  const [client, server] = duplexPair('sync');
  const commands: { execute: string; id: number }[] = [];
  server.on('data', (b: Buffer) => {
    for (const l of b.toString().split('\n')) if (l.trim()) commands.push(JSON.parse(l) as { execute: string; id: number });
  });
  const session = new QmpSession(client, { greetingTimeout: 3_600_000 });
  const states: string[] = [];
  session.on('state', (to) => states.push(to));
  return { session, server, commands, states };
}

const turns = async (n = 5): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

describe('fuzzer regressions: QmpSession', function () {
  it('a greeting followed in the same chunk by a bad line fails the handshake at once and the session stays closed', async function () {
    const { session, server, commands, states } = setup();
    const hs = session.handshake().catch((e: unknown) => e);
    server.write(GREETING + 'garbage 0\n');
    const err = await hs;
    expect(err).to.be.instanceOf(QmpProtocolError);
    expect(session.state).to.equal('closed');
    // It used to go back to negotiating, send qmp_capabilities on the dead
    // stream and wait for its answer until the greeting timeout.
    expect(states).to.deep.equal(['closed']);
    expect(commands).to.deep.equal([]);
    expect(session.inFlight).to.equal(0);
  });

  it('a capabilities answer followed in the same chunk by a bad line fails the handshake; the session is not revived', async function () {
    const { session, server, commands, states } = setup();
    const hs = session.handshake().catch((e: unknown) => e);
    server.write(GREETING);
    await turns();
    expect(commands.map((c) => c.execute)).to.deep.equal(['qmp_capabilities']);
    server.write('{"return":{},"id":1}\r\n[1]\r\n');
    const err = await hs;
    expect(err).to.be.instanceOf(QmpConnectError);
    expect((err as QmpConnectError).cause).to.be.instanceOf(QmpProtocolError);
    expect(session.state).to.equal('closed');
    expect(states).to.deep.equal(['negotiating', 'closed']);
    // A command on it is refused at once instead of waiting forever on a dead stream.
    const e2 = await session.execute('query-status').catch((e: unknown) => e);
    expect(e2).to.be.instanceOf(QmpDisconnectedError);
  });

  it('an event sent right after the greeting, before negotiation, does not pass for a missing greeting', async function () {
    const { session, server } = setup();
    const hs = session.handshake();
    server.write(GREETING + '{"event":"X","data":{},"timestamp":{"seconds":1,"microseconds":0}}\r\n');
    await turns();
    server.write('{"return":{},"id":1}\r\n');
    await hs;
    expect(session.state).to.equal('running');
    session.destroy();
  });

  it('a greeting that arrived before handshake() was called is used', async function () {
    const { session, server } = setup();
    server.write(GREETING);
    await turns();
    const hs = session.handshake();
    await turns();
    server.write('{"return":{},"id":1}\r\n');
    await hs;
    expect(session.state).to.equal('running');
    session.destroy();
  });

  it('close() leaves no timer behind once the peer has closed', async function () {
    const timers = trackTimers();
    try {
      const { session, server } = setup();
      server.on('end', () => server.end());
      const hs = session.handshake();
      server.write(GREETING);
      await turns();
      server.write('{"return":{},"id":1}\r\n');
      await hs;
      timers.live.clear();
      await session.close();
      expect(session.closed).to.equal(true);
      expect(timers.live.size, 'timers still set after close()').to.equal(0);
    } finally {
      timers.restore();
    }
  });

  it('no event of a chunk is delivered after a line of that chunk closed the session', async function () {
    const { session, server } = setup();
    const hs = session.handshake();
    server.write(GREETING);
    await turns();
    server.write('{"return":{},"id":1}\r\n');
    await hs;
    const seen: string[] = [];
    let closed = false;
    session.on('event', (ev) => seen.push(`${ev.event}${closed ? ' after close' : ''}`));
    session.on('close', () => (closed = true));
    server.write('{"event":"A","data":{}}\r\nnot json\r\n{"event":"B","data":{}}\r\n');
    await turns();
    expect(seen).to.deep.equal(['A']);
    expect(session.closeCause).to.be.instanceOf(QmpProtocolError);
  });

  it('serialize: commands queued behind one in flight settle when the session closes, and an abort takes one out of the queue', async function () {
    const [client, server] = duplexPair('sync');
    server.on('data', () => undefined);
    const session = new QmpSession(client, { serialize: true });
    const hs = session.handshake();
    server.write(GREETING);
    await turns();
    server.write('{"return":{},"id":1}\r\n');
    await hs;
    const first = session.execute('a').catch((e: unknown) => e);
    const ac = new AbortController();
    const reason = new Error('gave up');
    const second = session.execute('b', undefined, { signal: ac.signal }).catch((e: unknown) => e);
    const third = session.execute('c').catch((e: unknown) => e);
    await turns();
    ac.abort(reason);
    expect(await second).to.equal(reason);
    session.destroy();
    const [e1, e3] = await Promise.all([first, third]);
    expect(e1).to.be.instanceOf(QmpDisconnectedError);
    expect(e3).to.be.instanceOf(QmpBaseError);
  });
});

describe('fuzzer regressions: trace driver', function () {
  const header = '{"qmpTrace":1,"source":"test","scenario":"driver","description":"d"}';
  const greet = '{"t":0,"dir":"s2c","msg":{"QMP":{"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[]}}}';
  const caps = '{"t":1,"dir":"c2s","msg":{"execute":"qmp_capabilities","id":1}}\n{"t":2,"dir":"s2c","msg":{"return":{},"id":1}}';

  it('a server line that is not JSON is collected as raw and the session closes with a protocol error (not a SyntaxError from the driver)', async function () {
    const trace = parseTrace([header, greet, caps, '{"t":3,"dir":"c2s","msg":{"execute":"query-x","id":2}}', '{"t":4,"dir":"s2c","raw":"not json"}'].join('\n'));
    const server = await replayTrace(trace, { speed: 0 });
    try {
      const r = await driveTrace(trace, server.endpoint, { timeout: 3_600_000 });
      expect(r.received).to.deep.equal([{ raw: 'not json' }]);
      expect(diffDriveResult(r, [])).to.deep.equal([]);
      expect(r.session.closeCause).to.be.instanceOf(QmpProtocolError);
    } finally {
      await server.close();
    }
  });

  it('returns once the session closes, instead of waiting out the timeout for messages that cannot come', async function () {
    // The trace expects two answers; the server quits after the first. With a
    // one-hour timeout this test only ends if the driver notices the close.
    const trace = parseTrace(
      [header, greet, caps, '{"t":3,"dir":"c2s","msg":{"execute":"query-x","id":2}}', '{"t":4,"dir":"s2c","msg":{"return":{},"id":2}}', '{"t":5,"dir":"s2c","msg":{"return":{},"id":2}}'].join('\n'),
    );
    // A server that answers query-x and hangs up.
    const sockPath = path.join(os.tmpdir(), `qmpblock-driver-${process.pid}.sock`);
    const server = net.createServer((sock) => {
      sock.on('error', () => undefined);
      sock.write(GREETING);
      sock.on('data', (b: Buffer) => {
        for (const l of b.toString().split('\n')) {
          if (!l.trim()) continue;
          const m = JSON.parse(l) as { id: number; execute: string };
          sock.write(`{"return":{},"id":${m.id}}\r\n`);
          if (m.execute === 'query-x') sock.end();
        }
      });
    });
    await listenOn(server, { path: sockPath });
    try {
      const r = await driveTrace(trace, { path: sockPath }, { timeout: 3_600_000 });
      expect(r.received.length).to.equal(1);
      expect(diffDriveResult(r, [])).to.have.length(1);
    } finally {
      await new Promise<void>((res) => server.close(() => res()));
    }
  });
});
