import { expect } from 'chai';
import sinon from 'sinon';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { QmpSession } from '../../lib/qmp/session.js';
import { LineFramer } from '../../lib/transport/line-framer.js';
import { JsonStreamSplitter } from '../../lib/transport/json-stream.js';
import type { ReceivedEvent } from '../../lib/qmp/types.js';
import {
  QmpConnectError,
  QmpDisconnectedError,
  QmpError,
  QmpLimitError,
  QmpProtocolError,
  QmpStateError,
  QmpTimeoutError,
} from '../../lib/errors.js';
import { eventsThenAnswer, fakeServer, GREETING, type FakeCommand, type FakeConnection } from '../helpers/fake-qmp-server.js';

const unhandled: unknown[] = [];
const onUnhandled = (r: unknown): void => {
  unhandled.push(r);
};

describe('QmpSession', function () {
  before(() => process.on('unhandledRejection', onUnhandled));
  after(() => process.off('unhandledRejection', onUnhandled));
  afterEach(function () {
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  describe('handshake', function () {
    it('reads the greeting and negotiates capabilities', async function () {
      const srv = await fakeServer();
      const s = await QmpSession.connect({ path: srv.path });
      expect(s.state).to.equal('running');
      expect(s.greeting?.version.qemu).to.deep.equal({ micro: 22, minor: 2, major: 7 });
      expect(srv.connections[0]!.commands).to.deep.equal([{ execute: 'qmp_capabilities', id: 1 }]);
      expect(s.enabled).to.deep.equal([]);
      expect(s.closing).to.equal(false);
      const closing = s.close();
      // Between close() and the socket's end: commands are refused, the owner's managers stand back.
      expect([s.closing, s.closed]).to.deep.equal([true, false]);
      await closing;
      expect([s.closing, s.closed]).to.deep.equal([false, true]);
    });

    it('enables oob when asked and offered, not otherwise', async function () {
      const srv = await fakeServer();
      const s = await QmpSession.connect({ path: srv.path }, { oob: true });
      expect(srv.connections[0]!.commands[0]).to.deep.equal({ execute: 'qmp_capabilities', arguments: { enable: ['oob'] }, id: 1 });
      expect(s.enabled).to.deep.equal(['oob']);
      await s.close();
      const srv2 = await fakeServer({ greeting: { QMP: { version: { qemu: { major: 7, minor: 2, micro: 0 }, package: '' }, capabilities: [] } } });
      const s2 = await QmpSession.connect({ path: srv2.path }, { oob: true });
      expect(srv2.connections[0]!.commands[0]).to.deep.equal({ execute: 'qmp_capabilities', id: 1 });
      await s2.close();
    });

    it('refuses a target or a timeout it cannot use, with a clear error', async function () {
      for (const target of [undefined, null, {}, { path: '' }, { host: 'h' }, { host: 'h', port: 70000 }, 7]) {
        const err = await QmpSession.connect(target as never).catch((e: unknown) => e);
        expect(err, JSON.stringify(target)).to.be.instanceOf(QmpConnectError);
        expect((err as Error).message).to.match(/^invalid QMP target .*: expected \{ path \}, \{ host, port \}, or unix:PATH \/ tcp:HOST:PORT$/);
      }
      const srv = await fakeServer();
      for (const bad of [-1, NaN, '10']) {
        const err = await QmpSession.connect({ path: srv.path }, { commandTimeout: bad as number }).catch((e: unknown) => e);
        expect((err as Error).message).to.match(/^commandTimeout must be a number of milliseconds >= 0 \(0: none\), not /);
      }
      // A limit that is not a whole number >= 1 would hold nothing back (NaN compares false).
      for (const key of ['maxMessageBytes', 'maxInFlight'] as const) {
        for (const [bad, shown] of [[NaN, 'NaN'], ['100', '"100"'], [0, '0'], [1.5, '1.5']] as const) {
          const err = await QmpSession.connect({ path: srv.path }, { [key]: bad as number }).catch((e: unknown) => e);
          expect(err, `${key} ${shown}`).to.be.instanceOf(RangeError);
          expect((err as Error).message).to.equal(`${key} must be a whole number >= 1 (Infinity: none), not ${shown}`);
        }
      }
      expect(() => new LineFramer(() => undefined, NaN)).to.throw(RangeError, 'maxMessageBytes must be a whole number >= 1 (Infinity: none), not NaN');
      expect(() => new JsonStreamSplitter(() => undefined, '5' as never)).to.throw(RangeError, 'maxMessageBytes must be a whole number >= 1 (Infinity: none), not "5"');
      const s = await QmpSession.connect({ path: srv.path });
      // Arguments JSON cannot write reject the call's promise; the session goes on.
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      for (const args of [cycle, { x: { toJSON: () => { throw new Error('boom'); } } }]) {
        let p: Promise<unknown> | undefined;
        expect(() => (p = s.execute('query-status', args as never))).not.to.throw();
        const err = await p!.catch((e: unknown) => e);
        expect(err).to.be.instanceOf(TypeError);
        expect((err as Error).message).to.match(/^cannot execute 'query-status': its arguments cannot be written as JSON: /);
      }
      expect(await s.execute('query-status')).to.be.an('object');
      for (const [bad, shown] of [[-1, '-1'], [NaN, 'NaN'], ['x', '"x"']] as const) {
        const err = await s.execute('query-status', undefined, { timeout: bad as number }).catch((e: unknown) => e);
        expect(err).to.be.instanceOf(RangeError);
        expect((err as Error).message).to.equal(`timeout must be a number of milliseconds >= 0 (0: none), not ${shown}`);
        const w = await s.waitForEvent('X', undefined, { timeout: bad as number }).catch((e: unknown) => e);
        expect(w).to.be.instanceOf(RangeError);
      }
      await s.close();
    });

    it('fails clearly when no greeting comes in time', async function () {
      const srv = await fakeServer({ greeting: false });
      const err = await QmpSession.connect({ path: srv.path }, { greetingTimeout: 50 }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QmpConnectError);
      expect((err as Error).message).to.match(/no QMP greeting within 50 ms/);
    });

    it('greetingTimeout is one deadline for the greeting and the capabilities answer together', async function () {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-slowgreet-'));
      const sock = path.join(dir, 's.sock');
      const held: net.Socket[] = [];
      // Greets late, then never answers qmp_capabilities.
      const server = net.createServer((c) => {
        held.push(c);
        setTimeout(() => c.write(`${JSON.stringify(GREETING)}\r\n`), 120);
      });
      await new Promise<void>((r) => server.listen(sock, r));
      try {
        const err = await QmpSession.connect({ path: sock }, { greetingTimeout: 300 }).catch((e: unknown) => e);
        expect(err).to.be.instanceOf(QmpConnectError);
        const m = /'qmp_capabilities' got no answer within (\d+) ms/.exec((err as Error).message);
        expect(m, (err as Error).message).to.not.equal(null);
        // What was left of the 300 ms once the greeting came, not 300 ms more.
        expect(Number(m![1])).to.be.below(300);
      } finally {
        for (const c of held) c.destroy();
        await new Promise((r) => server.close(r));
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('drops an event that comes before the greeting (QEMU after a reconnect), and greets as usual', async function () {
      // A stale job event first, as QEMU 7.2 sometimes sends a new client.
      const stale = { timestamp: { seconds: 1, microseconds: 2 }, event: 'BLOCK_JOB_READY', data: { device: 'd', len: 1, offset: 1, speed: 0, type: 'commit' } };
      const srv = await fakeServer({ greeting: false });
      const connected = srv.nextConnection();
      const session = QmpSession.connect({ path: srv.path }, { eventHistory: 16 });
      const c = await connected;
      c.send(stale);
      c.send(GREETING);
      const s = await session;
      expect(s.state).to.equal('running');
      expect(s.greeting?.version.qemu).to.deep.equal({ micro: 22, minor: 2, major: 7 });
      // Not delivered, not kept: a waiter must not take it for this session's.
      const late = await s.waitForEvent('BLOCK_JOB_READY', undefined, { since: 0, timeout: 50 }).catch((e: unknown) => e);
      expect(late).to.be.instanceOf(QmpTimeoutError);
      await s.close();
    });

    it('fails clearly when the first message is not a greeting', async function () {
      const srv = await fakeServer({ greeting: { hello: 'world' } });
      const err = await QmpSession.connect({ path: srv.path }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QmpConnectError);
      expect((err as Error).message).to.match(/did not greet with QMP/);
    });

    it('fails clearly on a greeting that is not QEMU\'s shape (QMP an array, no version numbers)', async function () {
      for (const greeting of [{ QMP: [1] }, { QMP: {} }, { QMP: { version: { qemu: { major: '7', minor: 2, micro: 0 } }, capabilities: [] } }]) {
        const srv = await fakeServer({ greeting });
        const err = await QmpSession.connect({ path: srv.path }).catch((e: unknown) => e);
        expect(err, JSON.stringify(greeting)).to.be.instanceOf(QmpConnectError);
        expect((err as Error).message).to.equal(`peer did not greet with QMP: ${JSON.stringify(greeting)}`);
      }
    });

    it('fails clearly when nothing listens', async function () {
      const err = await QmpSession.connect({ path: '/nonexistent/qmp.sock' }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QmpConnectError);
      expect((err as Error).message).to.match(/cannot connect to unix:\/nonexistent\/qmp.sock/);
    });

    it('fails when capabilities negotiation is refused', async function () {
      const srv = await fakeServer({ refuseCapabilities: 'GenericError' });
      const err = await QmpSession.connect({ path: srv.path }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QmpConnectError);
      expect((err as Error).message).to.match(/capabilities negotiation failed: .*Capability 'x' not available/);
    });

    it('refuses commands before the handshake is done', async function () {
      const srv = await fakeServer({ greeting: false });
      const { connectSocket } = await import('../../lib/transport/endpoint.js');
      const sock = await connectSocket({ path: srv.path });
      const s = new QmpSession(sock);
      const err = await s.execute('query-status').catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QmpStateError);
      s.destroy();
    });
  });

  describe('commands', function () {
    it('matches answers by id when they come out of order, with many in flight', async function () {
      const held: [FakeCommand, FakeConnection][] = [];
      const srv = await fakeServer({
        handler: (cmd, c) => {
          held.push([cmd, c]);
          if (held.length === 3) for (const [hc, hconn] of held.reverse()) hconn.reply(hc, { n: hc.arguments?.n });
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const rs = await Promise.all([1, 2, 3].map((n) => s.execute('echo', { n })));
      expect(rs).to.deep.equal([{ n: 1 }, { n: 2 }, { n: 3 }]);
      expect(s.inFlight).to.equal(0);
      await s.close();
    });

    it('reads large answers written in odd pieces, between events, on two sessions at once', async function () {
      // 1 MiB and 9 MiB (past one line buffer): read in place, never joined from chunks.
      const big = (n: number): string[] => Array.from({ length: n }, (_, i) => `node-${i}-${'v'.repeat(100)}`);
      const writing = new Map<FakeConnection, Promise<void>>();
      const srv = await fakeServer({
        handler: (cmd, c) => {
          const n = cmd.arguments?.n as number;
          const wire = Buffer.from(
            `{"event": "E1", "data": {"n": ${n}}, "timestamp": {"seconds": 1, "microseconds": 2}}\r\n` +
              JSON.stringify({ return: big(n), id: cmd.id }) +
              `\r\n{"event": "E2", "data": {"n": ${n}}, "timestamp": {"seconds": 1, "microseconds": 2}}\r\n`,
          );
          // Writes of odd sizes, each in its own turn; a connection's answers one after the other.
          const prev = writing.get(c) ?? Promise.resolve();
          const done = prev.then(async () => {
            for (let off = 0; off < wire.length; ) {
              const end = Math.min(wire.length, off + 1 + ((off * 7919) % 200_000));
              c.raw(wire.subarray(off, end));
              off = end;
              await new Promise((r) => setImmediate(r));
            }
          });
          writing.set(c, done);
          return undefined;
        },
      });
      const [a, b] = await Promise.all([QmpSession.connect({ path: srv.path }), QmpSession.connect({ path: srv.path })]);
      const events: string[] = [];
      for (const [name, s] of [['a', a], ['b', b]] as const) s.on('event', (e) => events.push(`${name}:${e.event}:${String(e.data?.n)}`));
      const [ra, rb, ra2] = await Promise.all([
        a.execute<string[]>('q', { n: 9_000 }),
        b.execute<string[]>('q', { n: 80_000 }),
        a.execute<string[]>('q', { n: 3 }),
      ]);
      expect(ra).to.deep.equal(big(9_000));
      expect(rb).to.deep.equal(big(80_000));
      expect(ra2).to.deep.equal(big(3));
      expect(events.filter((e) => e.startsWith('b:'))).to.deep.equal(['b:E1:80000', 'b:E2:80000']);
      expect(events.filter((e) => e.startsWith('a:')).sort()).to.deep.equal(['a:E1:3', 'a:E1:9000', 'a:E2:3', 'a:E2:9000']);
      await Promise.all([a.close(), b.close()]);
    });

    it('writes 64-bit integer arguments exact: a Number past 2^53, and a bigint', async function () {
      const srv = await fakeServer({ handler: () => ({}) });
      const s = await QmpSession.connect({ path: srv.path });
      // libvirt's largest MiB/s in bytes/s: exact as a Number, but JSON.stringify writes ...727000.
      await s.execute('block-job-set-speed', { device: 'job0', speed: 8796093022207 * 1048576 });
      await s.execute('block-job-set-speed', { device: 'job0', speed: 2n ** 63n - 1n });
      expect(srv.connections[0]!.texts.slice(1)).to.deep.equal([
        '{"execute":"block-job-set-speed","arguments":{"device":"job0","speed":9223372036853727232},"id":2}',
        '{"execute":"block-job-set-speed","arguments":{"device":"job0","speed":9223372036854775807},"id":3}',
      ]);
      await s.close();
    });

    it('rejects with QmpError carrying class, desc and command', async function () {
      const srv = await fakeServer({ handler: (cmd, c) => c.error(cmd, 'DeviceNotActive', "Block job 'drive0' not found") });
      const s = await QmpSession.connect({ path: srv.path });
      const err = (await s.execute('block-job-cancel', { device: 'drive0' }).catch((e: unknown) => e)) as QmpError;
      expect(err).to.be.instanceOf(QmpError);
      expect(err.class).to.equal('DeviceNotActive');
      expect(err.desc).to.equal("Block job 'drive0' not found");
      expect(err.command).to.equal('block-job-cancel');
      expect(err.code).to.equal('QMP_ERR_COMMAND');
      await s.close();
    });

    it('counts and drops answers with unknown ids', async function () {
      const srv = await fakeServer({
        handler: (cmd, c) => {
          c.send({ return: {}, id: 999 });
          c.send({ return: {}, id: 'x' });
          c.reply(cmd, 'ok');
          c.reply(cmd, 'duplicate');
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      expect(await s.execute('q')).to.equal('ok');
      expect(await s.execute('q')).to.equal('ok');
      expect(s.stats.unknownAnswers).to.equal(6);
      await s.close();
    });

    it('routes an error without id to the oldest command in flight', async function () {
      let n = 0;
      const srv = await fakeServer({
        handler: (cmd, c) => {
          if (++n === 2) {
            c.send({ error: { class: 'GenericError', desc: 'JSON parse error' } });
            c.reply(cmd, 'second');
          }
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const first = s.execute('first').catch((e: unknown) => e);
      const second = s.execute('second');
      expect(await first).to.be.instanceOf(QmpError).with.property('desc', 'JSON parse error');
      expect(await second).to.equal('second');
      await s.close();
    });

    it('times out a command, drops its late answer, and stays usable', async function () {
      let late: (() => void) | undefined;
      const srv = await fakeServer({
        handler: (cmd, c) => {
          if (cmd.execute === 'slow') late = () => c.reply(cmd, 'late');
          else return 'fast';
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const err = await s.execute('slow', undefined, { timeout: 20 }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QmpTimeoutError);
      expect((err as Error).message).to.match(/'slow' got no answer within 20 ms/);
      late!();
      expect(await s.execute('fast')).to.equal('fast');
      expect(s.stats.unknownAnswers).to.equal(0);
      await s.close();
    });

    it('timeout 0 (or one too long for a timer) means no timeout, also over the session\'s commandTimeout', async function () {
      const later: (() => void)[] = [];
      const srv = await fakeServer({
        handler: (cmd, c) => {
          later.push(() => c.reply(cmd, cmd.execute));
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path }, { commandTimeout: 20 });
      const none = s.execute('a', undefined, { timeout: 0 });
      const huge = s.execute('b', undefined, { timeout: 2 ** 40 });
      const dflt = s.execute('c').catch((e: unknown) => e);
      expect(await dflt).to.be.instanceOf(QmpTimeoutError);
      // Well past the default: the first two still wait for their answers.
      await new Promise((r) => setTimeout(r, 60));
      for (const f of later) f();
      expect(await none).to.equal('a');
      expect(await huge).to.equal('b');
      await s.close();
    });

    it('rejects with the signal reason on abort, before and after sending', async function () {
      const srv = await fakeServer({ handler: () => undefined });
      const s = await QmpSession.connect({ path: srv.path });
      const ac = new AbortController();
      const p = s.execute('hang', undefined, { signal: ac.signal }).catch((e: unknown) => e);
      ac.abort(new Error('stop waiting'));
      expect(((await p) as Error).message).to.equal('stop waiting');
      const err = await s.execute('x', undefined, { signal: ac.signal }).catch((e: unknown) => e);
      expect((err as Error).message).to.equal('stop waiting');
      expect(s.inFlight).to.equal(0);
      await s.close();
    });

    it('rejects every command in flight when the peer disconnects, naming them', async function () {
      const srv = await fakeServer({ handler: () => undefined });
      const s = await QmpSession.connect({ path: srv.path });
      const closed = new Promise<Error | undefined>((r) => s.once('close', r));
      const ps = ['block-stream', 'query-block-jobs'].map((c) => s.execute(c).catch((e: unknown) => e));
      await new Promise((r) => setTimeout(r, 20));
      srv.connections[0]!.drop();
      const errs = (await Promise.all(ps)) as QmpDisconnectedError[];
      for (const e of errs) expect(e).to.be.instanceOf(QmpDisconnectedError);
      expect(errs[0]!.message).to.match(/closed with 'block-stream' in flight \(2 in flight: block-stream, query-block-jobs\)/);
      expect(errs[0]!.command).to.equal('block-stream');
      await closed;
      const after = await s.execute('x').catch((e: unknown) => e);
      expect(after).to.be.instanceOf(QmpDisconnectedError);
    });

    it('serialises commands through a queue when asked', async function () {
      let inflight = 0;
      let most = 0;
      const srv = await fakeServer({
        handler: (cmd, c) => {
          inflight++;
          most = Math.max(most, inflight);
          setTimeout(() => {
            inflight--;
            c.reply(cmd, cmd.id);
          }, 5);
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path }, { serialize: true });
      await Promise.all([1, 2, 3, 4].map(() => s.execute('q')));
      expect(most).to.equal(1);
      await s.close();
    });

    it('refuses commands past maxInFlight', async function () {
      const srv = await fakeServer({ handler: () => undefined });
      const s = await QmpSession.connect({ path: srv.path }, { maxInFlight: 2 });
      const a = s.execute('a').catch((e: unknown) => e);
      const b = s.execute('b').catch((e: unknown) => e);
      expect(await s.execute('c').catch((e: unknown) => e)).to.be.instanceOf(QmpLimitError);
      s.destroy();
      expect(await a).to.be.instanceOf(QmpDisconnectedError);
      expect(await b).to.be.instanceOf(QmpDisconnectedError);
    });
  });

  describe('protocol errors', function () {
    for (const [what, bytes, re] of [
      ['invalid JSON', '{"return": {}, "id": 2\r\n', /invalid JSON/],
      ['a JSON value that is not an object', '[1,2]\r\n', /not an object/],
      ['a bare string', '"hi"\r\n', /not an object/],
    ] as const) {
      it(`closes the session with a protocol error on ${what}`, async function () {
        const srv = await fakeServer({ handler: (_cmd, c) => c.raw(bytes) });
        const s = await QmpSession.connect({ path: srv.path });
        const closed = new Promise<Error | undefined>((r) => s.once('close', r));
        const err = await s.execute('q').catch((e: unknown) => e);
        expect(err).to.be.instanceOf(QmpDisconnectedError);
        const cause = await closed;
        expect(cause).to.be.instanceOf(QmpProtocolError);
        expect(cause!.message).to.match(re);
      });
    }

    it('shows a peer\'s control characters in the error, escaped, never raw (a terminal would obey them)', async function () {
      const srv = await fakeServer({ handler: (_cmd, c) => c.raw('\x1b[31mRED\x07\r\n') });
      const s = await QmpSession.connect({ path: srv.path });
      const closed = new Promise<Error | undefined>((r) => s.once('close', r));
      await s.execute('q').catch(() => undefined);
      expect((await closed)?.message).to.equal('peer sent invalid JSON: \\u001b[31mRED\\u0007');
    });

    it('closes the session when a message exceeds the size limit, without holding it', async function () {
      const srv = await fakeServer({ handler: (_cmd, c) => c.raw('{"return": "' + 'x'.repeat(5000)) });
      const s = await QmpSession.connect({ path: srv.path }, { maxMessageBytes: 1024 });
      const closed = new Promise<Error | undefined>((r) => s.once('close', r));
      await s.execute('q').catch(() => undefined);
      expect((await closed)?.message).to.match(/exceeds the maximum size of 1024 bytes/);
    });

    it('gives an event without a valid timestamp the time it came, so that the type holds', async function () {
      const srv = await fakeServer({
        handler: (cmd, c) => {
          c.send({ event: 'MYEV' });
          c.send({ event: 'MYEV', data: 5, timestamp: 'now' });
          c.send({ event: 'MYEV', timestamp: { seconds: 7, microseconds: 8 } });
          c.reply(cmd, 1);
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const got: ReceivedEvent[] = [];
      s.on('MYEV', (ev: ReceivedEvent) => void got.push(ev));
      const before = Math.floor(Date.now() / 1000);
      await s.execute('q');
      for (const ev of got.slice(0, 2)) {
        const ts = ev.timestamp;
        expect(ts.seconds).to.be.within(before, before + 5);
        expect(ts.microseconds).to.be.within(0, 999_999);
      }
      expect(got[1]!.data).to.deep.equal({});
      expect(got[2]!.timestamp).to.deep.equal({ seconds: 7, microseconds: 8 });
      await s.close();
    });

    it('ignores unknown message kinds and fills in a missing event data', async function () {
      const srv = await fakeServer({
        handler: (cmd, c) => {
          c.send({ something: 'new' });
          c.send({ event: 'SHUTDOWN', timestamp: { seconds: 1, microseconds: 0 } });
          c.reply(cmd, 1);
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const ev = s.waitForEvent('SHUTDOWN', undefined, { since: s.eventSeq });
      expect(await s.execute('q')).to.equal(1);
      expect((await ev).data).to.deep.equal({});
      await s.close();
    });
  });

  describe('events', function () {
    it('delivers events by name, to the event listener, and to async iterators', async function () {
      const srv = await fakeServer({
        handler: (cmd, c) => {
          c.event('JOB_STATUS_CHANGE', { id: 'j', status: 'created' });
          c.event('BLOCK_JOB_COMPLETED', { device: 'j', len: 1, offset: 1, speed: 0, type: 'stream' });
          c.reply(cmd);
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const named = sinon.spy();
      const all = sinon.spy();
      s.on('BLOCK_JOB_COMPLETED', named);
      s.on('event', all);
      const it = s.events('JOB_STATUS_CHANGE');
      await s.execute('block-stream');
      expect(named.callCount).to.equal(1);
      expect(all.callCount).to.equal(2);
      const first = await it.next();
      expect(first.value.data).to.deep.equal({ id: 'j', status: 'created' });
      it.close();
      expect((await it.next()).done).to.equal(true);
      await s.close();
    });

    it("delivers to 'event' listeners however they come and go (on, once, off, removeAllListeners)", async function () {
      const srv = await fakeServer({ handler: eventsThenAnswer(['X', {}]) });
      const s = await QmpSession.connect({ path: srv.path });
      const a = sinon.spy();
      const b = sinon.spy();
      const once = sinon.spy();
      s.on('event', a);
      s.once('event', once);
      await s.execute('x');
      s.prependListener('event', b);
      s.off('event', a);
      await s.execute('x');
      expect([a.callCount, once.callCount, b.callCount]).to.deep.equal([1, 1, 1]);
      s.removeAllListeners('event');
      await s.execute('x');
      expect(b.callCount).to.equal(1);
      // removeAllListeners() also takes the session's own bookkeeping hooks away
      s.removeAllListeners();
      s.on('event', a);
      await s.execute('x');
      expect(a.callCount).to.equal(2);
      s.off('event', a);
      await s.execute('x');
      expect(a.callCount).to.equal(2);
      await s.close();
    });

    it('does not let a peer event named like a session event pose as one', async function () {
      const srv = await fakeServer({
        handler: (cmd, c) => {
          for (const name of ['close', 'state', 'event', 'error', 'newListener']) c.event(name, { x: 1 });
          c.reply(cmd);
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const closeSpy = sinon.spy();
      const stateSpy = sinon.spy();
      const all = sinon.spy();
      s.on('close', closeSpy);
      s.on('state', stateSpy);
      s.on('event', all);
      await s.execute('q');
      expect(closeSpy.callCount).to.equal(0);
      expect(stateSpy.callCount).to.equal(0);
      expect(all.callCount).to.equal(5);
      expect(s.state).to.equal('running');
      await s.close();
    });

    it('keeps going when a listener throws or rejects: the other listeners, waiters and iterators get the event, the error goes to an error listener', async function () {
      const srv = await fakeServer({ handler: eventsThenAnswer(['BLOCK_JOB_COMPLETED', { device: 'j' }]) });
      const s = await QmpSession.connect({ path: srv.path });
      const errors: unknown[] = [];
      s.on('error', (e) => errors.push(e));
      const boom = new Error('listener bug');
      s.on('event', () => {
        throw boom;
      });
      const all = sinon.spy();
      s.on('event', all);
      s.once('BLOCK_JOB_COMPLETED', () => {
        throw boom;
      });
      s.on('BLOCK_JOB_COMPLETED', async () => {
        throw new Error('async listener bug');
      });
      const named = sinon.spy();
      s.on('BLOCK_JOB_COMPLETED', named);
      const it = s.events('BLOCK_JOB_COMPLETED');
      const waited = s.waitForEvent('BLOCK_JOB_COMPLETED');
      await s.execute('block-stream');
      await s.execute('block-stream');
      expect([all.callCount, named.callCount]).to.deep.equal([2, 2]);
      expect((await waited).data).to.deep.equal({ device: 'j' });
      expect((await it.next()).value.data).to.deep.equal({ device: 'j' });
      await new Promise((r) => setImmediate(r));
      // 'event' twice, the once listener once, the async one twice
      expect(errors.map((e) => (e as Error).message).sort()).to.deep.equal(['async listener bug', 'async listener bug', 'listener bug', 'listener bug', 'listener bug']);
      expect(s.state).to.equal('running');
      await s.close();
    });

    it('with no error listener, a throwing listener is an uncaught exception of the program, and the session goes on', async function () {
      const srv = await fakeServer({ handler: eventsThenAnswer(['X', {}]) });
      const s = await QmpSession.connect({ path: srv.path });
      const saved = process.listeners('uncaughtException');
      process.removeAllListeners('uncaughtException');
      const uncaught: unknown[] = [];
      process.on('uncaughtException', (e) => uncaught.push(e));
      try {
        s.on('X', () => {
          throw new Error('listener bug');
        });
        await s.execute('q');
        await new Promise((r) => setImmediate(r));
        expect(uncaught.map((e) => (e as Error).message)).to.deep.equal(['listener bug']);
        expect(await s.execute('q')).to.deep.equal({});
      } finally {
        process.removeAllListeners('uncaughtException');
        for (const l of saved) process.on('uncaughtException', l);
      }
      await s.close();
    });

    it('fails only the wait or the iterator whose predicate or filter throws', async function () {
      const srv = await fakeServer({ handler: eventsThenAnswer(['X', { n: 1 }]) });
      const s = await QmpSession.connect({ path: srv.path });
      const since = s.eventSeq;
      const bad = new Error('predicate bug');
      const throwing = (): boolean => {
        throw bad;
      };
      const waited = s.waitForEvent('X', throwing).catch((e: unknown) => e);
      const it = s.listen('X', throwing);
      const good = s.listen('X');
      await s.execute('q');
      expect(await waited).to.equal(bad);
      expect(await it.next().catch((e: unknown) => e)).to.equal(bad);
      expect((await good.next()).value.data).to.deep.equal({ n: 1 });
      // Looking back into the history with a throwing predicate rejects too (it does not throw).
      expect(await s.waitForEvent('X', throwing, { since }).catch((e: unknown) => e)).to.equal(bad);
      expect(s.state).to.equal('running');
      await s.close();
    });

    it('waitForEvent sees an event that arrived before the caller started waiting', async function () {
      const srv = await fakeServer({
        handler: (cmd, c) => {
          c.event('BLOCK_JOB_READY', { device: 'a' });
          c.event('BLOCK_JOB_READY', { device: 'b' });
          c.reply(cmd);
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const since = s.eventSeq;
      await s.execute('block-commit');
      const ev = await s.waitForEvent('BLOCK_JOB_READY', (e) => e.data?.device === 'b', { since, timeout: 1000 });
      expect(ev.data?.device).to.equal('b');
      // without `since`, only later events count
      const err = await s.waitForEvent('BLOCK_JOB_READY', undefined, { timeout: 20 }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QmpTimeoutError);
      await s.close();
    });

    it('waitForEvent honours an abort signal and rejects when the session closes', async function () {
      const srv = await fakeServer();
      const s = await QmpSession.connect({ path: srv.path });
      const ac = new AbortController();
      const a = s.waitForEvent('X', undefined, { signal: ac.signal }).catch((e: unknown) => e);
      ac.abort(new Error('no more'));
      expect(((await a) as Error).message).to.equal('no more');
      const b = s.waitForEvent('X').catch((e: unknown) => e);
      srv.connections[0]!.drop();
      expect(await b).to.be.instanceOf(QmpDisconnectedError);
    });

    it('fails a listener that falls too far behind instead of growing without bound', async function () {
      const srv = await fakeServer({
        handler: (cmd, c) => {
          for (let i = 0; i < 20; i++) c.event('E', { i });
          c.reply(cmd);
          return undefined;
        },
      });
      const s = await QmpSession.connect({ path: srv.path });
      const l = s.listen('E', undefined, { maxQueued: 5 });
      await s.execute('q');
      const got: number[] = [];
      const err = await (async () => {
        for await (const ev of l) got.push(ev.data!.i as number);
      })().catch((e: unknown) => e);
      expect(got).to.deep.equal([0, 1, 2, 3, 4]);
      expect(err).to.be.instanceOf(QmpLimitError);
      await s.close();
    });

    it('leaves no timers or listeners behind after waits end', async function () {
      const srv = await fakeServer({ handler: (cmd, c) => (c.event('E', {}), c.reply(cmd), undefined) });
      const s = await QmpSession.connect({ path: srv.path });
      const w = s.waitForEvent('E', undefined, { timeout: 10_000, signal: new AbortController().signal });
      await s.execute('q');
      await w;
      const hub = (s as unknown as { hub: { waiterCount: number; listenerCount: number } }).hub;
      expect(hub.waiterCount).to.equal(0);
      await s.close();
    });
  });
});
