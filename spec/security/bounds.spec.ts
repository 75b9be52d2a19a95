/**
 * A hostile peer cannot make the process grow without bound: an oversize
 * message or an endless line closes the session without being held whole;
 * events nobody listens to are not kept (past the bounded history); a slow
 * listener is failed at its maxQueued; commands in flight stop at
 * maxInFlight; the replayer drops a client whose value never ends.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { expect } from 'chai';
import { QmpSession } from '../../lib/qmp/session.js';
import { QmpDisconnectedError, QmpLimitError, QmpProtocolError } from '../../lib/errors.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../lib/transport/line-framer.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { parseTrace } from '../../lib/trace/format.js';
import { startRecordProxy } from '../../lib/trace/proxy.js';
import { listenOn } from '../../lib/transport/endpoint.js';
import { duplexPair } from '../fuzz/harness.js';

const GREETING = '{"QMP":{"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[]}}\r\n';

async function running(opts: ConstructorParameters<typeof QmpSession>[1] = {}): Promise<{
  session: QmpSession;
  server: ReturnType<typeof duplexPair>[1];
  commands: { execute: string; id: number }[];
  held: () => number;
}> {
  const [client, server] = duplexPair('sync');
  const commands: { execute: string; id: number }[] = [];
  server.on('data', (b: Buffer) => {
    for (const l of b.toString().split('\n')) {
      if (!l.trim()) continue;
      const m = JSON.parse(l) as { execute: string; id: number };
      if (m.execute === 'qmp_capabilities') server.write(`{"return":{},"id":${m.id}}\r\n`);
      else commands.push(m);
    }
  });
  const session = new QmpSession(client, opts);
  const hs = session.handshake();
  server.write(GREETING);
  await hs;
  const framer = (session as unknown as { framer: { buffered: number } }).framer;
  return { session, server, commands, held: () => framer.buffered };
}

let gc: (() => void) | undefined;
function heapMiB(): number {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

describe('security: bounds against a hostile peer', function () {
  this.timeout(60_000);

  it('an oversize message closes the session with a protocol error, and is never held past the limit', async function () {
    const { session, server, held } = await running({ maxMessageBytes: 64 * 1024 });
    const pending = session.execute('query-x').catch((e: unknown) => e);
    let maxHeld = 0;
    const chunk = Buffer.alloc(4096, 0x61);
    server.write('{"return":"');
    for (let i = 0; i < 64 && !session.closed; i++) {
      server.write(chunk);
      maxHeld = Math.max(maxHeld, held());
    }
    expect(session.closed).to.equal(true);
    expect(session.closeCause).to.be.instanceOf(QmpProtocolError);
    expect(session.closeCause!.message).to.match(/exceeds the maximum size of 65536 bytes/);
    expect(maxHeld).to.be.at.most(64 * 1024);
    expect(held()).to.equal(0);
    expect(await pending).to.be.instanceOf(QmpDisconnectedError);
  });

  it('an endless line without a newline stops at the default limit (64 MiB), without holding more', async function () {
    const { session, server, held } = await running();
    const chunk = Buffer.alloc(1 << 20, 0x20); // white space forever
    let maxHeld = 0;
    let sent = 0;
    while (!session.closed && sent < 2 * DEFAULT_MAX_MESSAGE_BYTES) {
      server.write(chunk);
      sent += chunk.length;
      maxHeld = Math.max(maxHeld, held());
    }
    expect(session.closeCause).to.be.instanceOf(QmpProtocolError);
    expect(sent).to.equal(DEFAULT_MAX_MESSAGE_BYTES + chunk.length);
    expect(maxHeld).to.be.at.most(DEFAULT_MAX_MESSAGE_BYTES);
    expect(held()).to.equal(0);
  });

  it('a million events with no listener leave the heap where it was (only the bounded history is kept)', async function () {
    const { session, server } = await running({ eventHistory: 1024 });
    const line = '{"event":"BLOCK_JOB_COMPLETED","data":{"device":"drive0","len":33554432,"offset":33554432,"speed":0,"type":"stream"},"timestamp":{"seconds":1795636374,"microseconds":650967}}\r\n';
    const batch = Buffer.from(line.repeat(10_000));
    for (let i = 0; i < 5; i++) server.write(batch); // warm up
    const before = heapMiB();
    for (let i = 0; i < 100; i++) server.write(batch);
    const after = heapMiB();
    expect(session.stats.events).to.equal(1_050_000);
    expect(session.state).to.equal('running');
    // Kept whole, a million of these events would take hundreds of MiB.
    expect(after - before, `heap grew from ${before.toFixed(1)} to ${after.toFixed(1)} MiB`).to.be.below(16);
    session.destroy();
  });

  it('a listener that does not read is failed at maxQueued, others and the session go on', async function () {
    const { session, server } = await running();
    const slow = session.listen(undefined, undefined, { maxQueued: 1000 });
    const fast = session.listen('E');
    let fastSeen = 0;
    const reading = (async () => {
      for await (const _ev of fast) if (++fastSeen === 5000) break;
    })();
    let maxPending = 0;
    for (let i = 0; i < 5000; i++) {
      server.write(`{"event":"E","data":{"i":${i}},"timestamp":{"seconds":1,"microseconds":0}}\r\n`);
      maxPending = Math.max(maxPending, slow.pending);
      if (i % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    await reading;
    expect(maxPending).to.equal(1000);
    expect(fastSeen).to.equal(5000);
    expect(session.state).to.equal('running');
    // The slow listener gives what it held, then the overflow error.
    let got = 0;
    const err = await (async () => {
      try {
        for await (const _ev of slow) got++;
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(got).to.equal(1000);
    expect(err).to.be.instanceOf(QmpLimitError);
    session.destroy();
  });

  it('commands in flight stop at maxInFlight: the rest are refused before anything is sent', async function () {
    const { session, server, commands } = await running({ maxInFlight: 8 });
    const results = Array.from({ length: 100 }, (_x, i) => session.execute(`cmd-${i}`).then(
      () => 'ok',
      (e: unknown) => e,
    ));
    await new Promise((r) => setImmediate(r));
    expect(session.inFlight).to.equal(8);
    expect(commands.map((c) => c.execute)).to.deep.equal(Array.from({ length: 8 }, (_x, i) => `cmd-${i}`));
    for (const c of commands) server.write(`{"return":{},"id":${c.id}}\r\n`);
    const settled = await Promise.all(results);
    expect(settled.filter((r) => r === 'ok').length).to.equal(8);
    expect(settled.slice(8).every((r) => r instanceof QmpLimitError)).to.equal(true);
    // Capacity comes back once answered.
    const again = session.execute('later');
    await new Promise((r) => setImmediate(r));
    server.write(`{"return":{"x":1},"id":${commands[commands.length - 1]!.id}}\r\n`);
    expect(await again).to.deep.equal({ x: 1 });
    session.destroy();
  });

  it('with serialize, commands waiting in the queue count toward maxInFlight too', async function () {
    // A peer that stops answering holds the head of the queue; the queue
    // behind it used to take every later command, without any bound.
    const { session, commands } = await running({ maxInFlight: 8, serialize: true });
    const results = Array.from({ length: 100 }, (_x, i) => session.execute(`cmd-${i}`).then(
      () => 'ok',
      (e: unknown) => e,
    ));
    await new Promise((r) => setImmediate(r));
    expect(commands.map((c) => c.execute)).to.deep.equal(['cmd-0']);
    session.destroy();
    const settled = await Promise.all(results);
    expect(settled.slice(0, 8).every((r) => r instanceof QmpDisconnectedError)).to.equal(true);
    expect(settled.slice(8).every((r) => r instanceof QmpLimitError)).to.equal(true);
  });

  it('the replayer stops reading from a client that floods commands and never reads the answers', async function () {
    // Found while checking the replayer's bounds: every command past the end
    // of the trace was answered with no back-pressure, so a client that never
    // read grew the replayer's write buffer without bound (26 MiB for 200,000
    // commands).
    const trace = parseTrace(
      [
        '{"qmpTrace":1,"source":"test","scenario":"flood","description":"greeting only"}',
        '{"t":0,"dir":"s2c","msg":{"QMP":{"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[]}}}',
      ].join('\n'),
    );
    const server = await replayTrace(trace, { speed: 0 });
    try {
      const sockets = (server as unknown as { sockets: Set<net.Socket> }).sockets;
      const sock = net.createConnection((server.endpoint as { path: string }).path);
      sock.on('error', () => undefined);
      await new Promise<void>((r) => sock.once('connect', () => r()));
      sock.pause(); // never reads an answer
      const cmds = Buffer.from('{"execute":"query-status","id":1}'.repeat(1000));
      let maxBuffered = 0;
      for (let i = 0; i < 200; i++) {
        sock.write(cmds);
        for (let k = 0; k < 3; k++) await new Promise((r) => setImmediate(r));
        for (const s of sockets) maxBuffered = Math.max(maxBuffered, s.writableLength);
      }
      expect(sockets.size).to.equal(1);
      expect(maxBuffered, `replayer buffered ${maxBuffered} bytes of answers`).to.be.below(4 * 1024 * 1024);
      sock.destroy();
    } finally {
      await server.close();
    }
  });

  it('the recording proxy stops reading upstream while its client does not read', async function () {
    // A client of the proxy that never reads, with QEMU sending events: the
    // proxy used to write every upstream chunk to the client regardless of
    // back-pressure, holding all of it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-proxyflood-'));
    const upstreamPath = path.join(dir, 'qemu.sock');
    const line = Buffer.from('{"event":"BLOCK_JOB_COMPLETED","data":{"device":"drive0","len":1,"offset":1,"speed":0,"type":"stream"},"timestamp":{"seconds":1,"microseconds":2}}\r\n'.repeat(500));
    let upstreamWrote = 0;
    const upstream = net.createServer((s) => {
      s.on('error', () => undefined);
      s.write(GREETING);
      // Floods as fast as the proxy reads (a server that respects back-pressure itself).
      const pump = (): void => {
        while (!s.destroyed && upstreamWrote < 64 * 1024 * 1024) {
          upstreamWrote += line.length;
          if (!s.write(line)) return void s.once('drain', pump);
        }
      };
      pump();
    });
    await listenOn(upstream, { path: upstreamPath });
    const proxy = await startRecordProxy({ upstream: upstreamPath, listen: path.join(dir, 'proxy.sock'), out: path.join(dir, 'out.jsonl') });
    try {
      const sockets = (proxy as unknown as { sockets: Set<net.Socket> }).sockets;
      const sock = net.createConnection(path.join(dir, 'proxy.sock'));
      sock.on('error', () => undefined);
      await new Promise<void>((r) => sock.once('connect', () => r()));
      sock.pause(); // never reads
      let maxBuffered = 0;
      for (let i = 0; i < 300; i++) {
        await new Promise((r) => setImmediate(r));
        for (const s of sockets) maxBuffered = Math.max(maxBuffered, s.writableLength);
      }
      expect(maxBuffered, `proxy held ${maxBuffered} bytes for its client (upstream wrote ${upstreamWrote})`).to.be.below(4 * 1024 * 1024);
      sock.destroy();
    } finally {
      await proxy.close();
      await new Promise<void>((r) => upstream.close(() => r()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the recording proxy closes the connection at a server line over the limit, without buffering it whole and without passing any of it on; the trace ends before it', async function () {
    // Passed on unrecorded (as it once was), the line left a silent gap in
    // the trace: a replay of it left its client waiting for ever.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-proxybig-'));
    const upstreamPath = path.join(dir, 'qemu.sock');
    const big = Buffer.alloc(DEFAULT_MAX_MESSAGE_BYTES + 4096, 0x78);
    const after = '{"event":"AFTER","data":{},"timestamp":{"seconds":1,"microseconds":2}}\r\n';
    const upstream = net.createServer((s) => {
      s.on('error', () => undefined);
      s.write(GREETING);
      s.write('{"return":"');
      s.write(big);
      s.write('"}\r\n' + after);
      s.end();
    });
    await listenOn(upstream, { path: upstreamPath });
    const out = path.join(dir, 'out.jsonl');
    const proxy = await startRecordProxy({ upstream: upstreamPath, listen: path.join(dir, 'proxy.sock'), out });
    const warnings: string[] = [];
    proxy.on('error', (e) => warnings.push(e.message));
    try {
      const recorded = new Promise<void>((r) => proxy.once('recorded', () => r()));
      const sock = net.createConnection(path.join(dir, 'proxy.sock'));
      sock.on('error', () => undefined);
      let got = 0;
      let tail = '';
      sock.on('data', (b: Buffer) => {
        got += b.length;
        tail = (tail + b.toString('latin1')).slice(-200);
      });
      await new Promise<void>((r) => sock.once('end', () => r()));
      sock.end();
      await recorded;
      // Only what was recorded came through (the greeting): none of the long
      // line, though it came in many reads, and nothing after it.
      expect(got).to.equal(Buffer.byteLength(GREETING));
      expect(tail).to.equal(GREETING);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/a server message is too long, connection closed: message exceeds the maximum size of 67108864 bytes/);
      const entries = parseTrace(fs.readFileSync(out, 'utf8')).entries;
      expect(entries.map((e) => Object.keys(e.msg ?? {})[0] ?? 'raw')).to.deep.equal(['QMP']);
    } finally {
      await proxy.close();
      await new Promise<void>((r) => upstream.close(() => r()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the replayer drops a client whose command never ends, and goes on serving others', async function () {
    const trace = parseTrace(
      [
        '{"qmpTrace":1,"source":"test","scenario":"bounds","description":"greeting only"}',
        '{"t":0,"dir":"s2c","msg":{"QMP":{"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[]}}}',
        '{"t":1,"dir":"c2s","msg":{"execute":"qmp_capabilities","id":1}}',
        '{"t":2,"dir":"s2c","msg":{"return":{},"id":1}}',
      ].join('\n'),
    );
    const server = await replayTrace(trace, { speed: 0 });
    try {
      const sock = net.createConnection((server.endpoint as { path: string }).path);
      sock.on('error', () => undefined);
      sock.on('data', () => undefined);
      const closed = new Promise<void>((r) => sock.once('close', () => r()));
      await new Promise<void>((r) => sock.once('connect', () => r()));
      const chunk = Buffer.alloc(1 << 20, 0x20);
      sock.write('{"execute":"qmp_capabilities","arguments":{"x":"');
      let sent = 0;
      let gone = false;
      void closed.then(() => (gone = true));
      while (!gone && sent < 2 * DEFAULT_MAX_MESSAGE_BYTES) {
        if (!sock.write(chunk)) {
          await new Promise<void>((r) => {
            const done = (): void => {
              sock.off('drain', done);
              sock.off('close', done);
              r();
            };
            sock.on('drain', done);
            sock.on('close', done);
          });
        }
        sent += chunk.length;
      }
      await closed;
      expect(sent).to.be.at.most(DEFAULT_MAX_MESSAGE_BYTES + 16 * chunk.length);
      // A well-behaved client is still served.
      const s = await QmpSession.connect(server.endpoint);
      expect(s.state).to.equal('running');
      await s.close();
    } finally {
      await server.close();
    }
  });
});
