/**
 * Unix sockets the project creates (replayer, recording proxy, simulator) give control
 * of a VM's disks: they are owner-only (0600) whatever the process umask, and
 * a file that is not a socket is never removed to make room for one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { replayTrace } from '../../lib/trace/replayer.js';
import { startRecordProxy } from '../../lib/trace/proxy.js';
import { parseTrace } from '../../lib/trace/format.js';
import { startSimulator } from '../../lib/sim/index.js';

const trace = parseTrace(
  [
    '{"qmpTrace":1,"source":"test","scenario":"sockets","description":"greeting only"}',
    '{"t":0,"dir":"s2c","msg":{"QMP":{"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[]}}}',
  ].join('\n'),
);

const mode = (p: string): number => fs.statSync(p).mode & 0o777;

/** Run `fn` with a wide-open umask, so that only the code's own care makes the socket private. */
async function withUmask<T>(mask: number, fn: () => Promise<T>): Promise<T> {
  const old = process.umask(mask);
  try {
    return await fn();
  } finally {
    process.umask(old);
  }
}

describe('security: owner-only sockets', function () {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-sec-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the replayer socket is 0600, at its default path and at a given one, even with umask 000', async function () {
    for (const listen of [undefined, path.join(dir, 'replay.sock'), `unix:${path.join(dir, 'replay2.sock')}`]) {
      const server = await withUmask(0, () => replayTrace(trace, { speed: 0, ...(listen ? { listen } : {}) }));
      try {
        const p = (server.endpoint as { path: string }).path;
        expect(fs.statSync(p).isSocket()).to.equal(true);
        expect(mode(p).toString(8), p).to.equal('600');
      } finally {
        await server.close();
      }
    }
  });

  it('the recording proxy socket is 0600, even with umask 000', async function () {
    const listen = path.join(dir, 'record.sock');
    const proxy = await withUmask(0, () => startRecordProxy({ upstream: path.join(dir, 'nothing.sock'), listen, out: path.join(dir, 'out.jsonl') }));
    try {
      expect(mode(listen).toString(8)).to.equal('600');
    } finally {
      await proxy.close();
    }
  });

  it('the simulator socket is 0600, at its default path and at a given one, even with umask 000', async function () {
    for (const listen of [undefined, path.join(dir, 'sim.sock')]) {
      const sim = await withUmask(0, () => startSimulator(listen ? { listen } : {}));
      try {
        const p = (sim.endpoint as { path: string }).path;
        expect(fs.statSync(p).isSocket()).to.equal(true);
        expect(mode(p).toString(8), p).to.equal('600');
      } finally {
        await sim.close();
      }
    }
  });

  it('a stale socket is replaced (still 0600), a regular file in the way is left alone', async function () {
    const p = path.join(dir, 'stale.sock');
    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
    expect(fs.statSync(p).isSocket()).to.equal(true);
    const second = await withUmask(0, () => replayTrace(trace, { speed: 0, listen: p }));
    try {
      expect(mode(p).toString(8)).to.equal('600');
    } finally {
      await second.close();
    }
    const file = path.join(dir, 'precious.txt');
    fs.writeFileSync(file, 'data');
    const err = await replayTrace(trace, { speed: 0, listen: file }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(Error);
    expect(fs.readFileSync(file, 'utf8')).to.equal('data');
  });
});
