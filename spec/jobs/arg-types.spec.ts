/**
 * Arguments of the wrong type, as plain JavaScript can pass them: a clear
 * VirError INVALID_ARG before anything reaches QEMU, never one of Node's
 * own TypeErrors from deep inside a path lookup.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BlockJobManager, QmpSession, VirError, startSimulator, type Simulator } from '../../lib/index.js';

describe('BlockJobManager: arguments that are not strings', function () {
  let dir: string;
  let sim: Simulator;
  let session: QmpSession;
  let m: BlockJobManager;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-args-'));
    sim = await startSimulator({ listen: { path: path.join(dir, 'vm.sock') }, disks: [{ name: 'vda', chain: ['/v/top', '/v/mid', '/v/base'] }] });
    session = await QmpSession.connect({ path: path.join(dir, 'vm.sock') });
    m = await BlockJobManager.attach(session, { stateDir: path.join(dir, 'state') });
  });
  afterEach(async () => {
    await session.close();
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function refused(p: Promise<unknown>, message: string): Promise<void> {
    const err = await p.then(() => undefined, (e: unknown) => e);
    expect(err, message).to.be.instanceOf(VirError);
    expect((err as VirError).code).to.equal('VIR_ERR_INVALID_ARG');
    expect((err as Error).message).to.equal(`invalid argument: ${message}`);
  }

  it('base, top, destination, merge source and dest: refused, nothing sent', async () => {
    const sent = session.stats.sent;
    await refused(m.blockRebase('vda', 5 as never, 0, 0), 'base must be a string or null, not number');
    await refused(m.blockRebase('vda', undefined as never), 'base must be a string or null, not undefined');
    await refused(m.blockCommit('vda', null, 5 as never, 0, 0), 'top must be a string or null, not number');
    await refused(m.blockCommit('vda', {} as never, null, 0, 0), 'base must be a string or null, not object');
    await refused(m.blockCopy('vda', undefined as never, {}, 0), 'destination must be a string, not undefined');
    await refused(m.blockCopy('vda', null as never, {}, 0), 'destination must be a string, not null');
    await refused(m.blockMerge('vda', 1 as never, '/v/base'), 'source must be a string, not number');
    await refused(m.blockMerge('vda', '/v/mid', null as never), 'dest must be a string, not null');
    await refused(m.blockMerge('vda', '/v/mid', '/v/top', 'x' as never), 'options of blockMerge must be an object, not string');
    await refused(m.blockMerge('vda', '/v/mid', '/v/top', null as never), 'options of blockMerge must be an object, not null');
    await refused(m.snapshotDelete(undefined as never), 'name in virDomainSnapshotLookupByName must not be NULL');
    await refused(m.snapshotDelete(7 as never), 'snapshot name must be a string, not number');
    expect(session.stats.sent).to.equal(sent);
    // The disk is not left busy by any of them.
    await m.blockRebase('vda', '/v/base');
  });
});
