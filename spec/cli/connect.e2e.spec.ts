/**
 * Global connection options end to end: --connect tcp:HOST:PORT to a
 * simulator serving a -blockdev graph, and --timeout giving up on a server
 * that never greets.
 */
import { expect } from 'chai';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, CliChild } from './helpers/child.js';

describe('cli: connecting', function () {
  this.timeout(60_000);

  it('--connect tcp: to `sim --blockdev`; disks are the top format nodes', async () => {
    const sim = new CliChild(['sim', '--listen', 'tcp:127.0.0.1:0', '--blockdev', '--chain', 'vda=/c,/i,/t']);
    try {
      const [, uri] = await sim.waitFor(/listening on (tcp:127\.0\.0\.1:\d+)\n/);
      // The start-up lines name each disk as clients must: by its top format node.
      await sim.waitFor(/\/c\n/);
      expect(sim.stderr.split('\n')[1]).to.equal('  libvirt-1-format: /t <- /i <- /c');
      const g = ['--connect', uri!, '--state-dir', path.join(os.tmpdir(), 'qmpblock-cli-unused-state')];
      let r = await cli([...g, 'domblklist']);
      expect(r.stdout.split('\n')[2]).to.match(/^ libvirt-1-format\s+libvirt-1-format\s+\/c$/);
      r = await cli([...g, 'blockpull', '/c', '--base', 'libvirt-1-format[3]', '--wait']);
      expect(r).to.deep.equal({ code: 0, stdout: '\nPull complete\n', stderr: '' });
      r = await cli([...g, 'chain', 'libvirt-1-format']);
      expect(r.stdout).to.equal('/c\n/t\n');
    } finally {
      await sim.stop('SIGTERM');
    }
  });

  it('--timeout gives up on a server that never greets: one error line, exit 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-cli-mute-'));
    const sock = path.join(dir, 'mute.sock');
    const held: net.Socket[] = [];
    const server = net.createServer((s) => void held.push(s));
    await new Promise<void>((r) => server.listen(sock, r));
    try {
      const r = await cli(['--socket', sock, '--timeout', '0.5', 'domblklist']);
      expect(r).to.deep.equal({ code: 1, stdout: '', stderr: 'error: no QMP greeting within 500 ms (QEMU greets one client at a time on a monitor socket: is another one connected?)\n' });
    } finally {
      for (const s of held) s.destroy();
      await new Promise((r) => server.close(r));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
