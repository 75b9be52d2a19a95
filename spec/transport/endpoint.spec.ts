import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { connectSocket, listenOn, parseEndpoint, formatEndpoint } from '../../lib/transport/endpoint.js';
import { QmpConnectError } from '../../lib/errors.js';
import { QmpSession } from '../../lib/qmp/session.js';
import { GREETING } from '../helpers/fake-qmp-server.js';

describe('endpoints', function () {
  it('parses unix and TCP URIs', function () {
    expect(parseEndpoint('unix:/run/q.sock')).to.deep.equal({ path: '/run/q.sock' });
    expect(parseEndpoint('/run/q.sock')).to.deep.equal({ path: '/run/q.sock' });
    expect(parseEndpoint('tcp:127.0.0.1:4444')).to.deep.equal({ host: '127.0.0.1', port: 4444 });
    expect(parseEndpoint('tcp:[::1]:4444')).to.deep.equal({ host: '::1', port: 4444 });
    expect(parseEndpoint('localhost:5')).to.deep.equal({ host: 'localhost', port: 5 });
    expect(() => parseEndpoint('tcp:nohost')).to.throw(QmpConnectError, /expected tcp:HOST:PORT/);
    // An unknown scheme is refused, not taken for a socket of that name in the current folder.
    for (const typo of ['bogus:xx', 'tcp4:127.0.0.1:1', 'unx:/run/q.sock', '::1:4444', 'fe80::1:4444', 'vm1:qmp.sock']) {
      expect(() => parseEndpoint(typo), typo).to.throw(QmpConnectError, `unknown address '${typo}'`);
    }
    expect(() => parseEndpoint('::1:4444')).to.throw(QmpConnectError, 'an IPv6 host in brackets: [::1]:4444');
    expect(parseEndpoint('[::1]:4444')).to.deep.equal({ host: '::1', port: 4444 });
    expect(parseEndpoint('./bogus:xx')).to.deep.equal({ path: './bogus:xx' });
    expect(parseEndpoint('q.sock')).to.deep.equal({ path: 'q.sock' });
    expect(formatEndpoint({ host: '::1', port: 1 })).to.equal('tcp:[::1]:1');
  });

  it('speaks QMP over TCP on loopback', async function () {
    const server = net.createServer((sock) => {
      sock.write(JSON.stringify(GREETING) + '\r\n');
      sock.on('data', (d) => {
        for (const line of d.toString().split('\n').filter(Boolean)) {
          const cmd = JSON.parse(line) as { id: number; execute: string };
          sock.write(JSON.stringify({ return: cmd.execute === 'query-status' ? { status: 'running' } : {}, id: cmd.id }) + '\r\n');
        }
      });
    });
    const ep = await listenOn(server, { host: '127.0.0.1', port: 0 });
    const s = await QmpSession.connect(formatEndpoint(ep));
    expect(await s.execute('query-status')).to.deep.equal({ status: 'running' });
    await s.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  /**
   * A loopback listener that never accepts, with its backlog filled: further
   * connects get no answer to their SYN and hang, which is what a connect
   * timeout is for. (A Python one-liner: Node's servers always accept.)
   */
  async function hangingPort(): Promise<{ port: number; stop(): void }> {
    const { spawn } = await import('node:child_process');
    const py = spawn('python3', ['-c', 'import socket,sys,time\ns=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(0)\nprint(s.getsockname()[1], flush=True)\ntime.sleep(60)'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const port = await new Promise<number>((r) => py.stdout!.once('data', (d) => r(Number(String(d).trim()))));
    const fillers: net.Socket[] = [];
    for (let i = 0; i < 4; i++) {
      const c = net.createConnection({ host: '127.0.0.1', port });
      c.on('error', () => undefined);
      fillers.push(c);
    }
    await new Promise((r) => setTimeout(r, 100));
    return {
      port,
      stop() {
        for (const c of fillers) c.destroy();
        py.kill('SIGKILL');
      },
    };
  }

  it('refuses to connect to port 0 (any port, to a listener) at once, naming it', async function () {
    for (const ep of [parseEndpoint('tcp:127.0.0.1:0'), { host: '127.0.0.1', port: 0 }]) {
      const err = await connectSocket(ep).then(() => undefined, (e: Error) => e);
      expect(err).to.be.instanceOf(QmpConnectError);
      expect(err?.message).to.equal("invalid port in 'tcp:127.0.0.1:0': port 0 is no server's address");
    }
  });

  it('gives up on a connect that does not complete in time', async function () {
    const h = await hangingPort();
    try {
      const err = await connectSocket({ host: '127.0.0.1', port: h.port }, { timeout: 200 }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(QmpConnectError);
      expect((err as Error).message).to.equal(`connect to tcp:127.0.0.1:${h.port} timed out after 200 ms`);
    } finally {
      h.stop();
    }
  });

  it('honours an AbortSignal, before and during the connect', async function () {
    const pre = await connectSocket({ path: '/nonexistent' }, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((pre as Error).message).to.match(/aborted/);
    const h = await hangingPort();
    try {
      const ac = new AbortController();
      const p = connectSocket({ host: '127.0.0.1', port: h.port }, { signal: ac.signal, timeout: 10_000 }).catch((e: unknown) => e);
      setTimeout(() => ac.abort(), 50);
      const err = await p;
      expect(err).to.be.instanceOf(QmpConnectError);
      expect((err as Error).message).to.match(/aborted/);
    } finally {
      h.stop();
    }
  });

  it('replaces a stale socket file, and creates unix sockets owner-only', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-ep-'));
    const p = path.join(dir, 's.sock');
    const old = net.createServer();
    await listenOn(old, { path: p });
    old.close();
    // the file stays behind when a process dies without cleaning up
    if (!fs.existsSync(p)) {
      const s2 = net.createServer();
      await new Promise<void>((r) => s2.listen(p, r));
      (s2 as unknown as { _handle: { close(): void } })._handle.close();
    }
    const server = net.createServer();
    await listenOn(server, { path: p });
    expect(fs.statSync(p).mode & 0o777).to.equal(0o600);
    await new Promise<void>((r) => server.close(() => r()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a socket a server still answers on, and leaves it working', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-ep-'));
    const p = path.join(dir, 'live.sock');
    const live = net.createServer((c) => {
      c.on('error', () => undefined);
      c.end('hello');
    });
    await listenOn(live, { path: p });
    try {
      const err = await listenOn(net.createServer(), { path: p }).then(() => undefined, (e: NodeJS.ErrnoException) => e);
      expect(err?.code).to.equal('EADDRINUSE');
      expect(err?.message).to.equal(`listen EADDRINUSE: ${p} is in use by a running server`);
      // The first server still has its socket.
      const got = await new Promise<string>((resolve, reject) => {
        const c = net.createConnection({ path: p });
        let text = '';
        c.on('data', (d) => (text += String(d)));
        c.on('end', () => resolve(text));
        c.on('error', reject);
      });
      expect(got).to.equal('hello');
    } finally {
      await new Promise<void>((r) => live.close(() => r()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
