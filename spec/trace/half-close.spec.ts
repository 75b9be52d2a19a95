/**
 * A client that half-closes (writes its commands, then shuts down its write
 * side, as socat and `nc -N` do) gets its answers from QEMU; it must get them
 * through the record proxy and from the replayer too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { expect } from 'chai';
import { readTrace, type Trace } from '../../lib/trace/format.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import { startRecordProxy } from '../../lib/trace/proxy.js';

const GREETING = '{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": ""}, "capabilities": ["oob"]}}';

/** Connect, at the greeting write `text` and half-close, and resolve with all that came back until the server closed. */
function sendAndHalfClose(ep: net.NetConnectOpts, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = net.createConnection({ ...ep, allowHalfOpen: true });
    let got = '';
    c.on('data', (d) => {
      if (got === '') c.end(text);
      got += String(d);
    });
    c.on('error', reject);
    c.on('close', () => resolve(got));
  });
}

describe('half-closing clients', function () {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-half-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the record proxy passes the EOF upstream, then relays and records the answers until the server closes', async function () {
    // A server that answers once it reads the client's EOF, then closes: the
    // answers come after the EOF, as a slow QEMU's do.
    const up = path.join(dir, 'up.sock');
    const upstream = net.createServer({ allowHalfOpen: true }, (c) => {
      c.write(GREETING + '\r\n');
      let text = '';
      c.on('data', (d) => (text += String(d)));
      c.on('end', () => {
        const ids = [...text.matchAll(/"id":(\d+)/g)].map((m) => m[1]);
        c.end(ids.map((id) => `{"return": {}, "id": ${id}}\r\n`).join(''));
      });
    });
    await new Promise<void>((r) => upstream.listen(up, r));
    const out = path.join(dir, 'proxied.jsonl');
    const proxy = await startRecordProxy({ upstream: { path: up }, listen: { path: path.join(dir, 'p.sock') }, out });
    const recorded = new Promise((r) => proxy.once('recorded', r));
    try {
      const got = await sendAndHalfClose({ path: path.join(dir, 'p.sock') }, '{"execute":"qmp_capabilities","id":1}{"execute":"query-status","id":2}');
      expect(got.split('\r\n').filter(Boolean)).to.deep.equal([GREETING, '{"return": {}, "id": 1}', '{"return": {}, "id": 2}']);
      await recorded;
      const entries = readTrace(out).entries.map((e) => [e.dir, e.msg?.id ?? null]);
      expect(entries).to.deep.equal([['s2c', null], ['c2s', 1], ['c2s', 2], ['s2c', 1], ['s2c', 2]]);
      // An upstream given as an Endpoint is named as on the command line.
      expect(readTrace(out).header.description).to.equal(`recorded by qmpblock record between a client and unix:${up}`);
    } finally {
      await proxy.close();
      await new Promise((r) => upstream.close(r));
    }
  });

  it('the replayer sends the messages due for the commands it received (with their spacing), then closes', async function () {
    const trace: Trace = {
      header: { qmpTrace: 1, source: 'test', scenario: 'half', description: '' },
      entries: [
        { t: 0, dir: 's2c', msg: JSON.parse(GREETING) as Record<string, unknown> },
        { t: 1, dir: 'c2s', msg: { execute: 'qmp_capabilities', id: 1 } },
        { t: 2, dir: 's2c', msg: { return: {}, id: 1 } },
        { t: 3, dir: 'c2s', msg: { execute: 'query-status', id: 2 } },
        // Recorded 50 ms later: at speed 1 the client has long sent its EOF.
        { t: 53, dir: 's2c', msg: { return: { status: 'running' }, id: 2 } },
        { t: 54, dir: 'c2s', msg: { execute: 'query-block', id: 3 } },
        { t: 55, dir: 's2c', msg: { return: [], id: 3 } },
      ],
    };
    const srv = await replayTrace(trace, { speed: 1 });
    const done = srv.nextResult();
    try {
      const got = await sendAndHalfClose(srv.endpoint as net.NetConnectOpts, '{"execute":"qmp_capabilities","id":"a"}{"execute":"query-status","id":"b"}');
      expect(got.split('\r\n').filter(Boolean).slice(1)).to.deep.equal(['{"return":{},"id":"a"}', '{"return":{"status":"running"},"id":"b"}']);
      const r = await done;
      expect(r).to.deep.include({ complete: false, consumed: 5, mismatches: [] });
    } finally {
      await srv.close();
    }
  });
});
