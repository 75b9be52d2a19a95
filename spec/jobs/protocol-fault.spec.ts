/**
 * A peer that breaks the protocol while a job runs (a line that is not JSON,
 * a value that is not an object): the session closes, and every later call
 * of the manager says why, as libvirt fails later calls with the monitor's
 * stored error, instead of "domain is not running" (what a lost connection
 * or a stopped QEMU gives). Found by a QA run: the CLI's --wait printed only
 * "domain is not running".
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { VirError } from '../../lib/errors.js';
import { BlockJobManager } from '../../lib/jobs/index.js';
import { errors } from '../../lib/jobs/errors.js';
import { QmpDisconnectedError, QmpProtocolError } from '../../lib/errors.js';
import { connect, type QmpSession } from '../../lib/qmp/session.js';
import { startSimulator, type Simulator } from '../../lib/sim/index.js';

const MiB = 1024 * 1024;

/** A proxy to the simulator that can slip a line of its own to the client. */
async function injectingProxy(listen: string, upstream: string): Promise<{ inject(line: string): void; close(): Promise<void> }> {
  const clients = new Set<net.Socket>();
  const server = net.createServer((c) => {
    const u = net.connect(upstream);
    clients.add(c);
    u.pipe(c);
    c.pipe(u);
    const end = (): void => {
      u.destroy();
      c.destroy();
      clients.delete(c);
    };
    c.on('error', end).on('close', end);
    u.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(listen, r));
  return {
    inject: (line) => {
      for (const c of clients) c.write(line);
    },
    close: () =>
      new Promise<void>((r) => {
        for (const c of clients) c.destroy();
        server.close(() => r());
      }),
  };
}

describe('a peer that breaks the protocol while a job runs', () => {
  let dir: string;
  let sim: Simulator;
  let session: QmpSession;
  let proxy: Awaited<ReturnType<typeof injectingProxy>>;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-fault-'));
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/d/top', '/d/mid', '/d/base'], sizeBytes: 64 * MiB }] });
    proxy = await injectingProxy(path.join(dir, 'p.sock'), (sim.endpoint as { path: string }).path);
    session = await connect({ path: path.join(dir, 'p.sock') });
  });
  afterEach(async () => {
    if (!session.closed) session.destroy();
    await proxy.close();
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const [what, line, text] of [
    ['a line that is not JSON', '{"event": "JOB_STATUS_CHANGE", "data": {bad\r\n', 'peer sent invalid JSON: {"event": "JOB_STATUS_CHANGE", "data": {bad'],
    ['a value that is not an object', '[]\r\n', 'peer sent a JSON value that is not an object: []'],
  ] as const) {
    it(`${what}: the wait and later calls fail naming it (internal error), not "domain is not running"`, async () => {
      const m = await BlockJobManager.attach(session);
      await m.blockPull('vda', 1);
      const waited = m.waitForJob('vda').then(() => undefined, (e: VirError) => e);
      proxy.inject(line);
      const err = await waited;
      const expected = `internal error: QMP connection closed: ${text}`;
      expect([err?.message, err?.virCode]).to.deep.equal([expected, 1]);
      expect(() => m.checkConnected()).to.throw(expected);
      const info = await m.getBlockJobInfo('vda').then(() => undefined, (e: Error) => e.message);
      expect(info).to.equal(expected);
    });
  }

  it('a connection that just ends is still "domain is not running"', async () => {
    const m = await BlockJobManager.attach(session);
    await m.blockPull('vda', 1);
    const waited = m.waitForJob('vda').then(() => undefined, (e: VirError) => e);
    await proxy.close();
    expect((await waited)?.message).to.equal('Requested operation is not valid: domain is not running');
  });

  it('errors.disconnected finds the violation along the causes (a command cut off by it)', () => {
    const fault = new QmpProtocolError('peer sent invalid JSON: x');
    const inFlight = new QmpDisconnectedError("QMP connection closed with 'query-jobs' in flight", 'query-jobs', { cause: fault });
    expect(errors.disconnected(inFlight).message).to.equal('internal error: QMP connection closed: peer sent invalid JSON: x');
    expect(errors.fromQmp(inFlight)).to.have.property('message', 'internal error: QMP connection closed: peer sent invalid JSON: x');
    expect(errors.disconnected(new Error('read ECONNRESET')).message).to.equal('Requested operation is not valid: domain is not running');
    expect(errors.disconnected().message).to.equal('Requested operation is not valid: domain is not running');
  });
});
