/**
 * The CLI as a user runs it against `qmpblock sim` (both child processes):
 * the simulator serves the seed's chain, the CLI pulls, inspects, aborts and
 * listens for events; `quit` ends the simulator as it ends QEMU.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QmpSession } from '../../lib/qmp/session.js';
import { cli, CliChild, ROOT } from './helpers/child.js';


/** The blockJob lines an `events --json` child printed, between its 'listening' line and its summary. */
function jobEvents(events: CliChild): unknown[] {
  return events.stdout.trim().split('\n').slice(1, -1).map((l) => JSON.parse(l) as unknown);
}
describe('cli end to end on the simulator', function () {
  this.timeout(60_000);
  let dir: string;
  let sim: CliChild;
  let g: string[];
  const CHAIN = '/demo/current.qcow2,/demo/intermediate.qcow2,/demo/template.qcow2';

  /** Ask the simulator with a raw client until its job list is as `done` says (a job ending unwatched). */
  async function untilJobs(done: (jobs: { status: string }[]) => boolean): Promise<void> {
    const raw = await QmpSession.connect({ path: path.join(dir, 'sim.sock') });
    try {
      while (!done(await raw.execute<{ status: string }[]>('query-jobs'))) await new Promise((res) => setTimeout(res, 50));
    } finally {
      await raw.close();
    }
  }
  const noJobs = (jobs: unknown[]): boolean => jobs.length === 0;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-clisim-'));
    const sock = path.join(dir, 'sim.sock');
    sim = new CliChild(['sim', '--listen', `unix:${sock}`, '--chain', `vda=${CHAIN}`, '--chain', 'vdb=/data/top.qcow2,/data/base.qcow2']);
    await sim.waitFor(/vdb: .* <- .*\n/);
    g = ['--socket', sock, '--state-dir', path.join(dir, 'state')];
  });
  afterEach(async () => {
    await sim.stop('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sim prints where it listens and the chain it serves', () => {
    expect(sim.stderr).to.equal(
      `Simulator listening on unix:${path.join(dir, 'sim.sock')}\n` +
        '  vda: /demo/template.qcow2 <- /demo/intermediate.qcow2 <- /demo/current.qcow2\n' +
        '  vdb: /data/base.qcow2 <- /data/top.qcow2\n',
    );
  });

  it('a relative socket path is announced from the root, so that it works from any folder', async () => {
    // The CLI runs in the repository's root (see helpers/child.ts).
    const rel = path.relative(ROOT, path.join(dir, 'rel.sock'));
    expect(path.isAbsolute(rel)).to.equal(false);
    const other = new CliChild(['sim', '--listen', rel, '--chain', 'vdc=/r/top.qcow2']);
    try {
      const [, sock] = await other.waitFor(/listening on unix:(.*)\n/);
      expect(sock).to.equal(path.join(dir, 'rel.sock'));
      expect((await cli(['--socket', sock!, '--state-dir', path.join(dir, 'state'), 'chain', 'vdc'])).stdout).to.equal('/r/top.qcow2\n');
    } finally {
      await other.stop('SIGTERM');
    }
  });

  it('a second server on the same socket is refused; the running simulator keeps it', async () => {
    const sock = path.join(dir, 'sim.sock');
    const r = await cli(['replay', path.resolve('qmp-traces/pull-full.jsonl'), '--listen', `unix:${sock}`]);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: `error: listen EADDRINUSE: ${sock} is in use by a running server\n` });
    expect((await cli([...g, 'chain', 'vdb'])).stdout).to.equal('/data/top.qcow2\n/data/base.qcow2\n');
  });

  it('--json chain names the disk, whether given by name, top path or node-name', async () => {
    const first = async (arg: string): Promise<Record<string, unknown>> => JSON.parse((await cli([...g, '--json', 'chain', arg])).stdout.split('\n')[0]!) as Record<string, unknown>;
    const byName = await first('vdb');
    expect(byName).to.include({ disk: 'vdb', index: 1, path: '/data/top.qcow2' });
    expect(await first('/data/top.qcow2')).to.deep.equal(byName);
    expect(await first(byName.nodeName as string)).to.deep.equal(byName);
  });

  it('rebases current onto template with --wait --verbose; the chain shows it', async () => {
    let r = await cli([...g, 'chain', 'vda']);
    expect(r.stdout).to.equal('/demo/current.qcow2\n/demo/intermediate.qcow2\n/demo/template.qcow2\n');
    r = await cli([...g, 'blockpull', 'vda', '--base', '/demo/template.qcow2', '--wait', '--verbose']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nPull complete\n');
    expect(r.stderr).to.match(/^(\rBlock Pull: \[[ \d]{2}\d %\])*\rBlock Pull: \[100 %\]$/);
    r = await cli([...g, 'chain', 'vda']);
    expect(r.stdout).to.equal('/demo/current.qcow2\n/demo/template.qcow2\n');
  });

  it('a rate-limited pull, inspected and then let go; events from another process', async () => {
    let r = await cli([...g, 'blockpull', 'vda', '--bandwidth', '1']);
    expect(r).to.deep.equal({ code: 0, stdout: 'Block Pull started\n', stderr: '' });
    r = await cli([...g, '--json', 'blockjob', 'vda']);
    const info = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(info).to.deep.include({ disk: 'vda', job: 'pull', label: 'Block Pull', bandwidth: 1048576, unit: 'bytes/s' });
    const events = new CliChild([...g, '--json', 'events', '--timeout', '30']);
    await events.waitFor(/"listening"/, 'stdout');
    r = await cli([...g, 'blockjob', 'vda', '--bandwidth', '0']);
    expect(r).to.deep.equal({ code: 0, stdout: '\n', stderr: '' });
    await events.waitFor(/"status":"COMPLETED"/, 'stdout');
    expect(await events.stop('SIGINT')).to.equal(0);
    expect(events.stdout.trim().split('\n').map((l) => JSON.parse(l))).to.deep.equal([
      { event: 'listening' },
      { event: 'blockJob', disk: 'vda', type: 'pull', status: 'COMPLETED' },
      { result: 'interrupted', count: 1 },
    ]);
    r = await cli([...g, 'chain', 'vda']);
    expect(r.stdout).to.equal('/demo/current.qcow2\n');
  });

  it('a pull that ends while no CLI runs: the next one tells its end once (events as an event, others on stderr)', async () => {
    let r = await cli([...g, 'blockpull', 'vdb', '--bandwidth', '32']);
    expect(r).to.deep.equal({ code: 0, stdout: 'Block Pull started\n', stderr: '' });
    // QEMU forgets the pull as it ends (auto-dismiss, records kept): wait for that with a raw client.
    await untilJobs(noJobs);
    r = await cli([...g, '--json', 'events', '--timeout', '1']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).to.deep.equal([
      { event: 'listening' },
      { event: 'blockJob', disk: 'vdb', type: 'pull', status: 'COMPLETED' },
      { result: 'timeout', count: 1 },
    ]);
    // Told once: the next command has nothing to tell.
    r = await cli([...g, 'blockjob', 'vdb', '--info']);
    expect(r).to.deep.equal({ code: 0, stdout: 'No current block job for vdb\n', stderr: '' });
    // A second pull ending unwatched, then another command than events.
    await cli([...g, 'snapshot-create', 's1', '--diskspec', 'vdb,file=/data/s1.qcow2']);
    r = await cli([...g, 'blockpull', 'vdb', '--bandwidth', '32']);
    expect(r.code).to.equal(0);
    await untilJobs(noJobs);
    r = await cli([...g, 'chain', 'vdb']);
    expect(r).to.deep.equal({ code: 0, stdout: '/data/s1.qcow2\n', stderr: 'note: Block Pull for vdb completed (it ended while no client was connected)\n' });
  });

  it('--json: a pivot or abort after the wait prints the job\'s terminal event, once, before the result', async () => {
    const lines = (out: string): unknown[] => out.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    let r = await cli([...g, '--json', 'blockcopy', 'vda', path.join(dir, 'c1.qcow2'), '--wait', '--pivot']);
    expect(r.code, r.stderr).to.equal(0);
    expect(lines(r.stdout)).to.deep.equal([
      { event: 'blockJob', disk: 'vda', type: 'copy', status: 'READY' },
      { event: 'blockJob', disk: 'vda', type: 'copy', status: 'COMPLETED' },
      { disk: 'vda', result: 'pivoted', message: 'Successfully pivoted' },
    ]);
    r = await cli([...g, '--json', 'blockcommit', 'vdb', '--active', '--keep-overlay']);
    expect(r.code, r.stderr).to.equal(0);
    expect(lines(r.stdout)).to.deep.equal([
      { event: 'blockJob', disk: 'vdb', type: 'active-commit', status: 'READY' },
      { event: 'blockJob', disk: 'vdb', type: 'active-commit', status: 'CANCELED' },
      { disk: 'vdb', result: 'complete', message: 'Commit complete, overlay image kept' },
    ]);
    r = await cli([...g, 'blockcommit', 'vdb', '--active', '--wait']);
    expect(r.stdout).to.equal('\nNow in synchronized phase\n');
    // The disk named by its top image's path: the event still names it as its starter did.
    r = await cli([...g, '--json', 'blockjob', '/data/top.qcow2', '--pivot']);
    expect(r.code, r.stderr).to.equal(0);
    expect(lines(r.stdout)).to.deep.equal([
      { event: 'blockJob', disk: 'vdb', type: 'active-commit', status: 'COMPLETED' },
      { disk: '/data/top.qcow2', result: 'pivoted', async: false },
    ]);
  });

  it('events also reports jobs that other processes start after it attached', async () => {
    const events = new CliChild([...g, '--json', 'events']);
    await events.waitFor(/"listening"/, 'stdout');
    let r = await cli([...g, 'blockpull', 'vda', '--wait']);
    expect(r.stdout).to.equal('\nPull complete\n');
    r = await cli([...g, 'blockcommit', 'vdb', '--active', '--pivot']);
    expect(r.stdout).to.equal('\nSuccessfully pivoted\n');
    await events.waitFor(/"active-commit","status":"COMPLETED"/, 'stdout');
    expect(await events.stop('SIGINT')).to.equal(0);
    expect(jobEvents(events)).to.deep.equal([
      { event: 'blockJob', disk: 'vda', type: 'pull', status: 'COMPLETED' },
      { event: 'blockJob', disk: 'vdb', type: 'active-commit', status: 'READY' },
      { event: 'blockJob', disk: 'vdb', type: 'active-commit', status: 'COMPLETED' },
    ]);
  });

  it('an end events printed for a job whose starter had exited is not told again by the next command', async () => {
    const events = new CliChild([...g, '--json', 'events']);
    await events.waitFor(/"listening"/, 'stdout');
    // Started without --wait: no process follows either job to its end.
    let r = await cli([...g, 'blockpull', 'vdb', '--bandwidth', '64']);
    expect(r).to.deep.equal({ code: 0, stdout: 'Block Pull started\n', stderr: '' });
    r = await cli([...g, 'blockcommit', 'vda', '--top', '/demo/intermediate.qcow2', '--base', '/demo/template.qcow2', '--bandwidth', '64']);
    expect(r).to.deep.equal({ code: 0, stdout: 'Block Commit started\n', stderr: '' });
    await events.waitFor(/"pull","status":"COMPLETED"/, 'stdout');
    await events.waitFor(/"commit","status":"COMPLETED"/, 'stdout');
    expect(await events.stop('SIGINT')).to.equal(0);
    expect(jobEvents(events)).to.have.deep.members([
      { event: 'blockJob', disk: 'vdb', type: 'pull', status: 'COMPLETED' },
      { event: 'blockJob', disk: 'vda', type: 'commit', status: 'COMPLETED' },
    ]);
    // The pull's record, and the commit QEMU still holds concluded, are processed without a note.
    r = await cli([...g, 'chain', 'vdb']);
    expect(r).to.deep.equal({ code: 0, stdout: '/data/top.qcow2\n', stderr: '' });
    r = await cli([...g, 'chain', 'vda']);
    expect(r).to.deep.equal({ code: 0, stdout: '/demo/current.qcow2\n/demo/template.qcow2\n', stderr: '' });
    expect(fs.readdirSync(path.join(dir, 'state')).filter((f) => f.endsWith('.jobs.json'))).to.deep.equal([]);
  });

  it('an ASYNC abort that ends as asked after its CLI exited is not told again by the next command; another end is', async () => {
    // --timeout with --async: "Copy aborted" is printed before QEMU has ended the copy.
    let r = await cli([...g, 'blockcopy', 'vda', path.join(dir, 'c.qcow2'), '--wait', '--bandwidth', '1', '--timeout', '1', '--async']);
    expect(r).to.deep.equal({ code: 0, stdout: '\nCopy aborted\n', stderr: '' });
    r = await cli([...g, 'blockcommit', 'vdb', '--top', '/data/top.qcow2', '--base', '/data/base.qcow2', '--active', '--bandwidth', '1']);
    expect(r.code, r.stderr).to.equal(0);
    r = await cli([...g, 'blockjob', 'vdb', '--abort', '--async']);
    expect(r.code, r.stderr).to.equal(0);
    await untilJobs((jobs) => jobs.every((j) => j.status === 'concluded'));
    r = await cli([...g, 'blockjob', 'vda', '--info']);
    expect(r).to.deep.equal({ code: 0, stdout: 'No current block job for vda\n', stderr: '' });
    r = await cli([...g, 'blockjob', 'vdb', '--info']);
    expect(r).to.deep.equal({ code: 0, stdout: 'No current block job for vdb\n', stderr: '' });
    // A pull nobody asked to end, ending unwatched, is still told.
    r = await cli([...g, 'blockpull', 'vdb', '--bandwidth', '64']);
    expect(r.code, r.stderr).to.equal(0);
    await untilJobs(noJobs);
    r = await cli([...g, 'chain', 'vdb']);
    expect(r).to.deep.equal({ code: 0, stdout: '/data/top.qcow2\n', stderr: 'note: Block Pull for vdb completed (it ended while no client was connected)\n' });
  });

  it('events reports another process\'s abort of a READY copy or active commit as CANCELED, a pivot as COMPLETED', async () => {
    const events = new CliChild([...g, '--json', 'events']);
    await events.waitFor(/"listening"/, 'stdout');
    // After READY, QEMU completes an aborted mirror (a soft cancel); the starter's record says abort.
    let r = await cli([...g, 'blockcopy', 'vda', '/copies/vda.qcow2', '--wait']);
    expect(r.stdout).to.equal('\nNow in mirroring phase\n');
    r = await cli([...g, 'blockjob', 'vda', '--abort']);
    expect(r.code, r.stderr).to.equal(0);
    r = await cli([...g, 'blockcommit', 'vdb', '--active', '--wait']);
    expect(r.stdout).to.equal('\nNow in synchronized phase\n');
    r = await cli([...g, 'blockjob', 'vdb', '--abort']);
    expect(r.code, r.stderr).to.equal(0);
    r = await cli([...g, 'blockcopy', 'vda', '/copies/vda2.qcow2', '--wait', '--pivot']);
    expect(r.stdout).to.equal('\nSuccessfully pivoted\n');
    await events.waitFor(/"copy","status":"COMPLETED"/, 'stdout');
    expect(await events.stop('SIGINT')).to.equal(0);
    expect(jobEvents(events)).to.deep.equal([
      { event: 'blockJob', disk: 'vda', type: 'copy', status: 'READY' },
      { event: 'blockJob', disk: 'vda', type: 'copy', status: 'CANCELED' },
      { event: 'blockJob', disk: 'vdb', type: 'active-commit', status: 'READY' },
      { event: 'blockJob', disk: 'vdb', type: 'active-commit', status: 'CANCELED' },
      { event: 'blockJob', disk: 'vda', type: 'copy', status: 'READY' },
      { event: 'blockJob', disk: 'vda', type: 'copy', status: 'COMPLETED' },
    ]);
    expect((await cli([...g, 'chain', 'vda'])).stdout).to.equal('/copies/vda2.qcow2\n');
    expect((await cli([...g, 'chain', 'vdb'])).stdout).to.equal('/data/top.qcow2\n/data/base.qcow2\n');
  });

  it('events names an active commit another process cancelled before READY by its kind, not QEMU\'s "commit"', async () => {
    const events = new CliChild([...g, '--json', 'events']);
    await events.waitFor(/"listening"/, 'stdout');
    let r = await cli([...g, 'blockcommit', 'vdb', '--active', '--bandwidth', '1']);
    expect(r.stdout).to.equal('Active Block Commit started\n');
    r = await cli([...g, 'blockjob', 'vdb', '--abort']);
    expect(r.code, r.stderr).to.equal(0);
    await events.waitFor(/"status":"CANCELED"/, 'stdout');
    expect(await events.stop('SIGINT')).to.equal(0);
    expect(jobEvents(events)).to.deep.equal([
      { event: 'blockJob', disk: 'vdb', type: 'active-commit', status: 'CANCELED' },
    ]);
  });

  it('Ctrl-C during blockpull --wait aborts the job and exits 0 with "Pull aborted"', async () => {
    const pull = new CliChild([...g, 'blockpull', 'vda', '--wait', '--verbose', '--bandwidth', '1']);
    await pull.waitFor(/Block Pull: \[/);
    expect(await pull.stop('SIGINT')).to.equal(0);
    expect(pull.stdout).to.equal('\nPull aborted\n');
    const r = await cli([...g, 'blockjob', 'vda']);
    expect(r.stdout).to.equal('No current block job for vda\n');
    expect((await cli([...g, 'chain', 'vda'])).stdout.split('\n')).to.have.length(4);
  });

  it('a state folder that cannot be used: one error line and status 1, or the job runs and a warning says its record was not saved', async () => {
    const notDir = path.join(dir, 'file');
    fs.writeFileSync(notDir, '');
    const bad = ['--socket', g[1]!, '--state-dir', notDir];
    const r = await cli([...bad, 'snapshot-list']);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/^error: ENOTDIR: not a directory, [^\n]*\n$/);
    const pull = await cli([...bad, 'blockpull', 'vda', '--bandwidth', '1']);
    expect(pull.code).to.equal(0);
    expect(pull.stderr).to.match(/^warning: job records could not be read or written: ENOTDIR[^\n]*\n$/);
    expect((await cli([...g, 'blockjob', 'vda', '--abort'])).code).to.equal(0);
  });

  it('snapshot-create with a relative overlay path says it must be absolute, also under --allow-dir', async () => {
    const r = await cli([...g, '--allow-dir', dir, 'snapshot-create', 's1', '--diskspec', 'vda,file=rel.qcow2']);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: "error: invalid argument: absolute path must be used as snapshot file for disk 'vda'\n" });
  });

  it('SIGTERM during blockpull --wait ends the process (143) and leaves the job running, as virsh does', async () => {
    const pull = new CliChild([...g, 'blockpull', 'vda', '--wait', '--verbose', '--bandwidth', '1']);
    await pull.waitFor(/Block Pull: \[/);
    expect(await pull.stop('SIGTERM')).to.equal(143);
    expect(pull.stdout).to.equal('');
    const r = await cli([...g, 'blockjob', 'vda', '--info']);
    expect(r.stderr).to.match(/^\rBlock Pull: \[/);
    expect((await cli([...g, 'blockjob', 'vda', '--abort'])).code).to.equal(0);
  });

  it('blockpull --wait --timeout aborts the job when time is up and exits 0', async () => {
    const r = await cli([...g, 'blockpull', 'vda', '--wait', '--timeout', '1', '--bandwidth', '1']);
    expect(r).to.deep.equal({ code: 0, stdout: '\nPull aborted\n', stderr: '' });
  });

  it('blockcommit: non-active, then active to READY, inspected and pivoted from other processes', async () => {
    let r = await cli([...g, 'blockcommit', 'vda', '--top', 'vda[2]', '--base', '/demo/template.qcow2', '--wait', '--verbose']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nCommit complete\n');
    expect(r.stderr).to.match(/^(\rBlock commit: \[[ \d]{2}\d %\])*\rBlock commit: \[100 %\]$/);
    expect((await cli([...g, 'chain', 'vda'])).stdout).to.equal('/demo/current.qcow2\n/demo/template.qcow2\n');

    r = await cli([...g, 'blockcommit', 'vda', '--wait']);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: "error: invalid argument: commit of 'vda' active layer requires active flag\n" });

    r = await cli([...g, 'blockcommit', 'vda', '--active', '--wait', '--verbose']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nNow in synchronized phase\n');
    expect(r.stderr.endsWith('\rBlock commit: [100 %]')).to.equal(true);
    r = await cli([...g, 'blockjob', 'vda', '--info']);
    expect(r).to.deep.equal({ code: 0, stdout: '\n\n', stderr: '\rActive Block Commit: [100 %]' });
    r = await cli([...g, 'blockjob', 'vda', '--pivot']);
    expect(r).to.deep.equal({ code: 0, stdout: '\n', stderr: '' });
    expect((await cli([...g, 'chain', 'vda'])).stdout).to.equal('/demo/template.qcow2\n');
  });

  it('blockcopy --pivot; snapshots on two disks, deleted in their directions; merge', async () => {
    let r = await cli([...g, 'blockcopy', 'vda', '/copies/vda.qcow2', '--pivot', '--verbose', '--bandwidth', '64']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nSuccessfully pivoted\n');
    expect(r.stderr.endsWith('\rBlock Copy: [100 %]')).to.equal(true);
    expect((await cli([...g, 'chain', 'vda'])).stdout).to.equal('/copies/vda.qcow2\n');

    r = await cli([...g, 'snapshot-create', 's1', '--diskspec', 'vda,file=/snaps/vda.s1.qcow2,merge=backward', '--diskspec', 'vdb,file=/snaps/vdb.s1.qcow2']);
    expect(r).to.deep.equal({ code: 0, stdout: 'Domain snapshot s1 created\n', stderr: '' });
    expect((await cli([...g, 'chain', 'vdb'])).stdout).to.equal('/snaps/vdb.s1.qcow2\n/data/top.qcow2\n/data/base.qcow2\n');
    r = await cli([...g, '--json', 'snapshot-list']);
    const rec = JSON.parse(r.stdout) as { snapshot: string; disks: { disk: string; merge: string }[] };
    expect(rec.snapshot).to.equal('s1');
    expect(rec.disks.map((d) => `${d.disk}:${d.merge}`)).to.deep.equal(['vda:backward', 'vdb:forward']);
    r = await cli([...g, 'snapshot-delete', 's1']);
    expect(r).to.deep.equal({ code: 0, stdout: 'Domain snapshot s1 deleted\n', stderr: '' });
    // backward: the overlay went into the old image; forward: the old image into the overlay.
    expect((await cli([...g, 'chain', 'vda'])).stdout).to.equal('/copies/vda.qcow2\n');
    expect((await cli([...g, 'chain', 'vdb'])).stdout).to.equal('/snaps/vdb.s1.qcow2\n/data/base.qcow2\n');
    expect((await cli([...g, 'snapshot-list'])).stdout.split('\n')).to.have.length(3);

    r = await cli([...g, 'merge', 'vdb', '--source', '/snaps/vdb.s1.qcow2', '--dest', '/data/base.qcow2', '--verbose']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('\nMerge complete\n');
    expect((await cli([...g, 'chain', 'vdb'])).stdout).to.equal('/data/base.qcow2\n');
  });

  it('quit ends the simulator process', async () => {
    const s = await QmpSession.connect({ path: path.join(dir, 'sim.sock') });
    await s.execute('quit');
    await s.close();
    expect(await sim.exited).to.equal(0);
  });
});
