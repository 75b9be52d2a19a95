/** lib/process-alive.ts: whether a process recorded in a state file still runs. */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { processAlive, processStart, processStillAlive } from '../lib/process-alive.js';
import { until } from './helpers/until.js';

describe('process liveness', () => {
  it('this process runs; a pid nobody has does not', () => {
    expect(processAlive(process.pid)).to.equal(true);
    expect(processStillAlive(process.pid, processStart(process.pid))).to.equal(true);
    expect(processAlive(999_999_999)).to.equal(false);
    expect(processAlive(0)).to.equal(false);
  });

  it('a pid with another start time is another process', () => {
    expect(processStillAlive(process.pid, (processStart(process.pid) ?? 0) + 1)).to.equal(false);
  });

  it('a killed process its parent has not reaped yet (a zombie) is dead', async () => {
    // `sleep 0` exits at once; its parent, replaced by `sleep 5`, never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (d: Buffer) => resolve(d.toString()))));
      expect(pid).to.be.greaterThan(0);
      await until(() => /\) Z /.test(readStat(pid)));
      // It still takes signal 0.
      expect(() => process.kill(pid, 0)).not.to.throw();
      expect(processAlive(pid)).to.equal(false);
      expect(processStillAlive(pid, undefined)).to.equal(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

function readStat(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return '';
  }
}
