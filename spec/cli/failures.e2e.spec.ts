/**
 * Failures end to end, with the simulator in this process (so faults can be
 * injected) and the CLI as a child: a job that fails with an I/O error, an
 * interrupted merge, and QEMU dying under a wait.
 */
import { expect } from 'chai';
import { startSimulator, type Simulator } from '../../lib/sim/index.js';
import { cli, CliChild } from './helpers/child.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('cli: failures end to end', function () {
  this.timeout(60_000);
  let sim: Simulator;
  let dir: string;
  let g: string[];

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-clifail-'));
    sim = await startSimulator({
      listen: `unix:${path.join(dir, 'sim.sock')}`,
      disks: [{ name: 'vda', chain: ['/f/current.qcow2', '/f/intermediate.qcow2', '/f/template.qcow2'] }],
      clock: 'real',
    });
    g = ['--socket', path.join(dir, 'sim.sock'), '--state-dir', path.join(dir, 'state')];
  });
  afterEach(async () => {
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a pull that hits an I/O error: "Pull failed" with the reason as the error line, exit 1, chain unchanged', async () => {
    sim.faults.ioError({ operation: 'read', count: 1000 });
    const r = await cli([...g, 'blockpull', 'vda', '--wait', '--verbose']);
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal('');
    expect(r.stderr).to.match(/^(\rBlock Pull: \[[ \d]{2}\d %\])+\nerror: Pull failed: .*Input\/output error\n$/);
    expect(sim.chain('vda')).to.deep.equal(['/f/current.qcow2', '/f/intermediate.qcow2', '/f/template.qcow2']);
  });

  it('--timeout: a VM identity query that gets no answer fails the command, not the key', async () => {
    sim.faults.slowReply({ command: 'query-uuid', delayMs: 30_000 });
    sim.faults.slowReply({ command: 'query-name', delayMs: 30_000 });
    const r = await cli(['--timeout', '1', ...g, 'domblklist']);
    expect(r).to.deep.include({ code: 1, stdout: '' });
    // Before, each timeout was taken for 'command not known': the state was keyed by the next field.
    expect(r.stderr).to.equal("error: 'query-uuid' got no answer within 1000 ms\n");
  });

  it('Ctrl-C during a merge aborts it: "Merge aborted", exit 0, chain unchanged', async () => {
    const merge = new CliChild([...g, 'merge', 'vda', '--source', '/f/intermediate.qcow2', '--dest', '/f/template.qcow2', '--bandwidth', '1', '--verbose']);
    await merge.waitFor(/Block Merge: \[/);
    expect(await merge.stop('SIGINT')).to.equal(0);
    expect(merge.stdout).to.equal('\nMerge aborted\n');
    expect(sim.chain('vda')).to.deep.equal(['/f/current.qcow2', '/f/intermediate.qcow2', '/f/template.qcow2']);
  });

  it('QEMU dying during a merge is one error line and exit 1', async () => {
    const merge = new CliChild([...g, 'merge', 'vda', '--source', '/f/intermediate.qcow2', '--dest', '/f/template.qcow2', '--bandwidth', '1', '--verbose']);
    await merge.waitFor(/Block Merge: \[/);
    await sim.kill();
    expect(await merge.exited).to.equal(1);
    expect(merge.stderr.split('\n').filter((l) => l.includes('error:'))).to.have.length(1);
    expect(merge.stdout).to.equal('');
  });

  it('QEMU dying during a wait is one error line and exit 1', async () => {
    const pull = new CliChild([...g, 'blockpull', 'vda', '--wait', '--verbose', '--bandwidth', '1']);
    await pull.waitFor(/Block Pull: \[/);
    await sim.kill();
    const code = await pull.exited;
    expect(code).to.equal(1);
    expect(pull.stderr.split('\n').filter((l) => l.includes('error:'))).to.have.length(1);
    expect(pull.stderr).to.not.match(/\n\s+at /);
  });
});
