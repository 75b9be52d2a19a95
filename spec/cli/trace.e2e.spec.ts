/**
 * `record` and `replay` as child processes: a recording proxy in front of a
 * replayed trace records what passes; `replay --once` exits 0 for a client
 * that follows the trace and 1 (with one error line) for one that does not.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QmpSession } from '../../lib/qmp/session.js';
import { readTrace } from '../../lib/trace/format.js';
import { replayTrace, type ReplayServer } from '../../lib/trace/replayer.js';
import { driveTrace } from '../../lib/trace/driver.js';
import { CliChild } from './helpers/child.js';

const SHARED = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../shared/qmp-traces-qemu72');

describe('cli: record and replay', function () {
  this.timeout(60_000);
  let dir: string;
  const children: CliChild[] = [];
  const servers: ReplayServer[] = [];
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-clitrace-'))));
  afterEach(async () => {
    for (const c of children.splice(0)) await c.stop('SIGKILL');
    for (const s of servers.splice(0)) await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('replay --once serves a trace to a client that follows it, then exits 0', async () => {
    const file = path.join(SHARED, 'set-speed.jsonl');
    const sock = path.join(dir, 'r.sock');
    const child = new CliChild(['replay', file, '--listen', `unix:${sock}`, '--speed', '0', '--once']);
    children.push(child);
    await child.waitFor(/listening on unix:/);
    const r = await driveTrace(readTrace(file), { path: sock });
    expect(r.received.length).to.equal(r.expected.length);
    expect(await child.exited).to.equal(0);
    expect(child.stderr).to.match(/connection done: (\d+)\/\1 messages, complete/);
  });

  it('replay --once exits 1 with one error line when the client strays from the trace', async () => {
    const file = path.join(SHARED, 'set-speed.jsonl');
    const sock = path.join(dir, 'r.sock');
    const child = new CliChild(['replay', file, '--listen', `unix:${sock}`, '--speed', '0', '--once']);
    children.push(child);
    await child.waitFor(/listening on unix:/);
    const s = await QmpSession.connect({ path: sock });
    const err = await s.execute('query-version').then(() => undefined, (e: Error) => e);
    expect(err?.message).to.match(/trace mismatch/);
    await s.close();
    expect(await child.exited).to.equal(1);
    expect(child.stderr).to.match(/mismatch at .*set-speed\.jsonl:\d+/);
    expect(child.stderr.trimEnd().split('\n').pop()).to.match(/^error: replay of .*set-speed\.jsonl did not match the trace$/);
  });

  it('record proxies to the upstream and writes every message, stopping on Ctrl-C', async () => {
    const file = path.join(SHARED, 'set-speed.jsonl');
    const upstream = await replayTrace(file, { listen: { path: path.join(dir, 'up.sock') }, speed: 0 });
    servers.push(upstream);
    const out = path.join(dir, 'rec.jsonl');
    const sock = path.join(dir, 'p.sock');
    const child = new CliChild(['record', '--upstream', `unix:${path.join(dir, 'up.sock')}`, '--listen', `unix:${sock}`, '--out', out]);
    children.push(child);
    await child.waitFor(/listening on unix:/);
    const r = await driveTrace(readTrace(file), { path: sock });
    expect(r.received.length).to.equal(r.expected.length);
    expect(await child.stop('SIGINT')).to.equal(0);
    const rec = readTrace(out);
    const orig = readTrace(file);
    expect(rec.entries.length).to.equal(orig.entries.length);
    expect(rec.entries.map((e) => e.dir)).to.deep.equal(orig.entries.map((e) => e.dir));
  });
});
