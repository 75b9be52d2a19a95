/**
 * `qmpblock demo` as `npm start` runs it: on the simulator with no set-up,
 * and with --qemu on a real QEMU (qemu-img checks inside the demo).
 */
import { expect } from 'chai';
import { requireQemu } from '../helpers/qemu.js';
import { cli, CliChild } from './helpers/child.js';

function steps(stdout: string): string[] {
  // The bar is redrawn with \r; keep what a terminal would finally show on each line.
  return stdout.split('\n').map((l) => l.split('\r').filter((p) => p.trim() !== '').pop() ?? '');
}

describe('cli: demo', function () {
  this.timeout(60_000);

  it('runs the seed story on the simulator and exits 0', async () => {
    const r = await cli(['demo']);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stderr).to.equal('');
    const lines = steps(r.stdout);
    expect(lines[0]).to.equal("qmpblock demo: libvirt's block jobs over QMP, on the embedded QEMU simulator");
    const chains = lines.filter((l) => /^ {2}vda\[\d\]/.test(l)).map((l) => l.trim());
    expect(chains).to.deep.equal([
      'vda[1]  /demo/current.qcow2', 'vda[2]  /demo/intermediate.qcow2', 'vda[3]  /demo/template.qcow2',
      'vda[1]  /demo/current.qcow2', 'vda[2]  /demo/template.qcow2',
      'vda[1]  /demo/current.snap1.qcow2', 'vda[2]  /demo/current.qcow2', 'vda[3]  /demo/template.qcow2',
      'vda[1]  /demo/current.qcow2', 'vda[2]  /demo/template.qcow2',
    ]);
    expect(lines).to.include('  libvirt  blockJob             disk=vda type=pull status=COMPLETED');
    expect(lines).to.include('  libvirt  blockJob             disk=vda type=active-commit status=READY');
    expect(lines).to.include('  libvirt  blockJob             disk=vda type=active-commit status=COMPLETED');
    expect(lines.some((l) => /^ {2}\[#{30}\] 100 % {2}64\.0 \/ 64\.0 MiB$/.test(l))).to.equal(true);
    const summary = lines.slice(lines.indexOf('Summary'));
    expect(summary.filter((l) => /^ {2}ok /.test(l))).to.have.length(3);
    expect(summary.some((l) => l.includes('FAIL'))).to.equal(false);
  });

  it('--json: one record per line, ending with a summary whose checks all hold', async () => {
    const r = await cli(['--json', 'demo']);
    expect(r.code, r.stderr).to.equal(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const last = recs[recs.length - 1]!;
    expect(last.step).to.equal('summary');
    expect(last.ok).to.equal(true);
    expect((last.checks as { ok: boolean }[]).map((c) => c.ok)).to.deep.equal([true, true, true]);
    expect(recs.filter((x) => x.event === 'blockJob').map((x) => `${x.type}:${x.status}`)).to.deep.equal([
      'pull:COMPLETED', 'active-commit:READY', 'active-commit:COMPLETED',
    ]);
  });

  it('Ctrl-C during the rebase stops the demo: one error line, exit 1', async () => {
    const demo = new CliChild(['demo']);
    await demo.waitFor(/JOB_STATUS_CHANGE +vda -> running/, 'stdout');
    expect(await demo.stop('SIGINT')).to.equal(1);
    expect(demo.stderr).to.equal('error: demo interrupted\n');
    expect(demo.stdout).to.not.include('Summary');
  });

  it('--qemu: the same story on real QEMU, data verified with qemu-img compare', async function () {
    requireQemu(this);
    const r = await cli(['demo', '--qemu']);
    expect(r.code, r.stdout + r.stderr).to.equal(0);
    const lines = steps(r.stdout);
    expect(lines[0]).to.match(/^qmpblock demo: libvirt's block jobs over QMP, on QEMU \d+\.\d+\.\d+ \(qcow2 files in .*\)$/);
    expect(lines).to.include('  ok    data              qemu-img compare: current.qcow2 (with its chain) holds exactly the data the guest saw');
  });
});
