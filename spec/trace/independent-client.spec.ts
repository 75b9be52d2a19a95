/**
 * `npx qmpblock replay` serves every shared QEMU 7.2 trace to an independent
 * QMP client (a Python standard-library client that sends commands with no
 * newline and its own ids) exactly as recorded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { expect } from 'chai';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared/qmp-traces-qemu72');
const traces = fs.existsSync(shared) ? fs.readdirSync(shared).filter((f) => f.endsWith('.jsonl')) : [];
const client = path.join(root, 'spec/fixtures/independent_qmp_client.py');

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function waitForSocket(p: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (fs.existsSync(p)) return;
    if (child.exitCode !== null) throw new Error(`replay exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('replay did not listen');
}

describe('npx qmpblock replay with an independent client', function () {
  this.timeout(60_000);
  before(function () {
    if (!hasPython()) {
      if (process.env.QMPBLOCK_REQUIRE_QEMU === '1') throw new Error('python3 is needed for the independent-client test');
      this.skip();
    }
  });

  it('serves every shared trace exactly as recorded', async function () {
    expect(traces.length).to.be.at.least(8);
    for (const t of traces) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-indep-'));
      const sock = path.join(dir, 'replay.sock');
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'lib/cli/main.ts'), 'replay', path.join(shared, t), '--listen', `unix:${sock}`, '--speed', '0', '--once'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      try {
        await waitForSocket(sock, child);
        const out = execFileSync('python3', [client, path.join(shared, t), sock], { encoding: 'utf8' });
        expect(out.trim(), t).to.match(/^OK \d+$/);
        const code = await new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', r)));
        expect(code, `${t}: ${stderr}`).to.equal(0);
        expect(stderr).to.match(/complete/);
      } finally {
        child.kill('SIGKILL');
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
