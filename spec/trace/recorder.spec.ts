import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { expect } from 'chai';
import { QmpSession } from '../../lib/qmp/session.js';
import { TraceRecorder, recordTrace } from '../../lib/trace/recorder.js';
import { TraceFormatError, readTrace } from '../../lib/trace/format.js';
import { replayTrace, type ReplayResult } from '../../lib/trace/replayer.js';
import { until } from '../helpers/until.js';
import { sourceOf, startRecordProxy } from '../../lib/trace/proxy.js';
import { driveTrace, diffDriveResult } from '../../lib/trace/driver.js';
import { fakeServer } from '../helpers/fake-qmp-server.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-rec-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('TraceRecorder', function () {
  it('a dozen recordings at once add one exit listener, not one each (no MaxListenersExceededWarning)', function () {
    const before = process.listenerCount('exit');
    const recs = Array.from({ length: 12 }, (_, i) => recordTrace(path.join(tmp, `many-${i}.jsonl`), { source: 'x', scenario: 'many', description: '' }));
    expect(process.listenerCount('exit')).to.equal(before + 1);
    for (const r of recs) r.close();
    expect(process.listenerCount('exit')).to.equal(before);
  });

  it('a header that cannot be written (a full disk) leaves no descriptor and no exit listener behind', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const before = process.listenerCount('exit');
    const fds = fs.readdirSync('/proc/self/fd').length;
    for (let i = 0; i < 3; i++) expect(() => recordTrace('/dev/full', { source: 'x', scenario: 'full', description: '' })).to.throw(/ENOSPC/);
    expect(fs.readdirSync('/proc/self/fd').length).to.equal(fds);
    expect(process.listenerCount('exit')).to.equal(before);
    recordTrace(path.join(tmp, 'after-full.jsonl'), { source: 'x', scenario: 'after', description: '' }).close();
    expect(process.listenerCount('exit')).to.equal(before);
  });

  it('refuses a header its own reader would refuse, before making the file; the types require the fields', function () {
    const file = path.join(tmp, 'bad-header.jsonl');
    // @ts-expect-error source, scenario and description are required
    expect(() => recordTrace(file, {})).to.throw(TraceFormatError, `${file}: header needs a string "source"`);
    expect(() => recordTrace(file, { source: 'x', scenario: 'y', description: 'z', libvirt: 9 as never })).to.throw(TraceFormatError, 'header "libvirt" must be a string');
    expect(fs.existsSync(file)).to.equal(false);
    const rec = recordTrace(file, { source: 'x', scenario: 'y', description: 'z' });
    expect(() => rec.close({ header: { scenario: 5 as never } })).to.throw(TraceFormatError, 'header needs a string "scenario"');
    // Closed all the same, and the header as it was: the file stays readable.
    expect(readTrace(file).header).to.deep.equal({ qmpTrace: 1, source: 'x', scenario: 'y', description: 'z' });
  });

  it('records a session from the greeting on, in wire order, each message as its wire text', async function () {
    const srv = await fakeServer({
      handler: (cmd, c) => {
        c.event('JOB_STATUS_CHANGE', { status: 'created', id: 'drive0' });
        c.reply(cmd, { b: 1, a: 2 });
        return undefined;
      },
    });
    const file = path.join(tmp, 'rec.jsonl');
    const rec = recordTrace(file, { source: 'fake', scenario: 'rec', description: 'test' });
    const s = await QmpSession.connect({ path: srv.path }, { tap: rec.tap });
    await s.execute('block-stream', { device: 'drive0' });
    await s.close();
    rec.close({ header: { expect: { done: true } } });
    const t = readTrace(file);
    expect(t.header).to.deep.include({ qmpTrace: 1, source: 'fake', scenario: 'rec', expect: { done: true } });
    const kind = (m: Record<string, unknown>): string => ['QMP', 'execute', 'return', 'event'].find((k) => k in m)!;
    expect(t.entries.map((e) => [e.dir, kind(e.msg!)])).to.deep.equal([
      ['s2c', 'QMP'],
      ['c2s', 'execute'],
      ['s2c', 'return'],
      ['c2s', 'execute'],
      ['s2c', 'event'],
      ['s2c', 'return'],
    ]);
    // the event is recorded as it came, without the session's bookkeeping
    expect(t.entries[4]!.msg).to.deep.equal({ event: 'JOB_STATUS_CHANGE', data: { status: 'created', id: 'drive0' }, timestamp: { seconds: 1, microseconds: 2 } });
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    // each message is the text that crossed the wire, verbatim
    expect(lines[6]).to.match(/^\{"dir":"s2c","msg":\{"return":\{"b":1,"a":2\},"id":2\},"t":[0-9.]+\}$/);
    expect(lines[3]).to.match(/^\{"dir":"s2c","msg":\{"return":\{\},"id":1\},"t":[0-9.]+\}$/);
    const ts = t.entries.map((e) => e.t);
    expect([...ts].sort((a, b) => a - b)).to.deep.equal(ts);
  });

  it('counts t from when the session connected, not from when the recorder was made', async function () {
    const srv = await fakeServer();
    const file = path.join(tmp, 'clock.jsonl');
    const rec = recordTrace(file, { source: 'fake', scenario: 'clock', description: 'test' });
    // An application that sets up for a while before it connects.
    await new Promise((r) => setTimeout(r, 100));
    const before = performance.now();
    const s = await QmpSession.connect({ path: srv.path }, { tap: rec.tap });
    const connecting = performance.now() - before;
    await s.close();
    rec.close();
    const greeting = readTrace(file).entries[0]!;
    expect(greeting.msg).to.have.property('QMP');
    // The greeting came while connect() ran: t cannot be more than that took.
    expect(greeting.t).to.be.at.least(0).and.at.most(connecting);
  });

  it('keeps one clock for a recorder handed to a second session (t never goes back), and a clock the caller restarted', async function () {
    const srv = await fakeServer();
    const file = path.join(tmp, 'clock-two.jsonl');
    const rec = recordTrace(file, { source: 'fake', scenario: 'clock-two', description: 'test' });
    rec.restartClock();
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 2; i++) {
      const s = await QmpSession.connect({ path: srv.path }, { tap: rec.tap });
      await s.close();
      await new Promise((r) => setTimeout(r, 20));
    }
    rec.close();
    const ts = readTrace(file).entries.map((e) => e.t);
    expect(ts[0]).to.be.at.least(50);
    expect([...ts].sort((a, b) => a - b)).to.deep.equal(ts);
  });

  it('merges keys into the header at close through a link, leaving the link a link', async function () {
    const real = path.join(tmp, 'linked-real.jsonl');
    const link = path.join(tmp, 'linked.jsonl');
    fs.writeFileSync(real, '');
    fs.symlinkSync(real, link);
    const rec = TraceRecorder.open(link, { qmpTrace: 1, source: 'x', scenario: 'linked', description: '' });
    rec.record('s2c', '{"QMP":{}}', { QMP: {} });
    rec.close({ header: { expect: { done: true } } });
    expect(fs.lstatSync(link).isSymbolicLink()).to.equal(true);
    expect(readTrace(link).header.expect).to.deep.equal({ done: true });
  });

  it('counts t from the first message when nobody said when the connection opened', async function () {
    const file = path.join(tmp, 'clock-first.jsonl');
    const rec = TraceRecorder.open(file, { qmpTrace: 1, source: 'x', scenario: 'clock-first', description: '' });
    await new Promise((r) => setTimeout(r, 20));
    rec.record('s2c', '{"QMP":{}}', { QMP: {} });
    rec.close();
    expect(readTrace(file).entries[0]!.t).to.equal(0);
  });

  it('keeps one line per message when a client sends pretty-printed JSON', async function () {
    const file = path.join(tmp, 'pretty.jsonl');
    const rec = TraceRecorder.open(file, { qmpTrace: 1, source: 'x', scenario: 'pretty', description: '' });
    rec.record('c2s', '{\n  "execute": "query-status",\n  "id": 3\n}', { execute: 'query-status', id: 3 });
    rec.close();
    const t = readTrace(file);
    expect(t.entries).to.have.length(1);
    expect(t.entries[0]!.msg).to.deep.equal({ execute: 'query-status', id: 3 });
  });

  it('records a line that was not JSON as raw', async function () {
    const file = path.join(tmp, 'raw.jsonl');
    const rec = TraceRecorder.open(file, { qmpTrace: 1, source: 'x', scenario: 'raw', description: '' });
    rec.record('s2c', 'not json', undefined);
    rec.close();
    expect(readTrace(file).entries[0]).to.deep.include({ dir: 's2c', raw: 'not json' });
  });

  it('has appended every message by the next event-loop turn (a crash loses nothing seen)', async function () {
    const file = path.join(tmp, 'crash.jsonl');
    const rec = TraceRecorder.open(file, { qmpTrace: 1, source: 'x', scenario: 'crash', description: '' });
    rec.record('c2s', '{"execute":"a"}', { execute: 'a' });
    await new Promise((r) => setImmediate(r));
    expect(readTrace(file).entries).to.have.length(1);
    rec.close();
  });
});

describe('replayer', function () {
  const trace = {
    header: { qmpTrace: 1 as const, source: 'test', scenario: 'mini', description: '' },
    file: 'mini.jsonl',
    entries: [
      { t: 0, dir: 's2c' as const, msg: { QMP: { version: { qemu: { major: 7, minor: 2, micro: 22 }, package: '' }, capabilities: ['oob'] } }, line: 2 },
      { t: 1, dir: 'c2s' as const, msg: { execute: 'qmp_capabilities', id: 'a' }, line: 3 },
      { t: 2, dir: 's2c' as const, msg: { return: {}, id: 'a' }, line: 4 },
      { t: 3, dir: 'c2s' as const, msg: { execute: 'block-stream', arguments: { device: 'drive0', speed: 8 }, id: 'b' }, line: 5 },
      { t: 4, dir: 's2c' as const, msg: { event: 'JOB_STATUS_CHANGE', data: { id: 'drive0', status: 'created' }, timestamp: { seconds: 1, microseconds: 1 } }, line: 6 },
      { t: 5, dir: 's2c' as const, msg: { return: {}, id: 'b' }, line: 7 },
    ],
  };

  it('answers with the client id and sends the events in recorded order', async function () {
    const srv = await replayTrace(trace, { speed: 0 });
    const done = srv.nextResult();
    const s = await QmpSession.connect(srv.endpoint);
    const since = s.eventSeq;
    expect(await s.execute('block-stream', { device: 'drive0', speed: 8 })).to.deep.equal({});
    const ev = await s.waitForEvent('JOB_STATUS_CHANGE', undefined, { since });
    expect(ev.data).to.deep.equal({ id: 'drive0', status: 'created' });
    await s.close();
    const r = await done;
    expect(r).to.deep.include({ complete: true, consumed: 6, total: 6, extra: 0 });
    await srv.close();
  });

  it('writes as QEMU does: ASCII only, anything else as \\uXXXX (a client id echoed back included)', async function () {
    const srv = await replayTrace(trace, { speed: 0 });
    const bytes: Buffer[] = [];
    const sock = net.createConnection((srv.endpoint as { path: string }).path);
    try {
      sock.on('data', (d: Buffer) => bytes.push(d));
      sock.write('{"execute": "qmp_capabilities", "id": "\u00e9t\u00e9"}\n');
      // Two lines: the greeting and the answer.
      await until(() => Buffer.concat(bytes).toString('latin1').split('\r\n').length > 2);
      const text = Buffer.concat(bytes).toString('latin1');
      expect(text.split('\r\n')[1]).to.equal('{"return":{},"id":"\\u00e9t\\u00e9"}');
      expect([...Buffer.concat(bytes)].every((b) => b < 0x80)).to.equal(true);
    } finally {
      sock.destroy();
      await srv.close();
    }
  });

  it('refuses a speed that is not a finite number >= 0', async function () {
    for (const speed of [-1, Number.NaN, Number.POSITIVE_INFINITY, 'fast']) {
      const err = await replayTrace(trace, { speed: speed as number }).then((srv) => srv.close(), (e: unknown) => e);
      expect(err, String(speed)).to.be.instanceOf(RangeError);
    }
  });

  it('answers a mismatch with a readable GenericError, reports it, and does not advance', async function () {
    const srv = await replayTrace(trace, { speed: 0 });
    const reported: string[] = [];
    srv.on('mismatch', (m) => reported.push(m.diff));
    const s = await QmpSession.connect(srv.endpoint);
    const err = (await s.execute('block-stream', { device: 'drive1' }).catch((e: unknown) => e)) as { class: string; desc: string };
    expect(err.class).to.equal('GenericError');
    expect(err.desc).to.equal("trace mismatch: mini.jsonl:5: 'block-stream' arguments.device: expected \"drive0\", got \"drive1\"; arguments.speed: expected 8, got nothing");
    expect(reported).to.have.length(1);
    expect(await s.execute('block-stream', { device: 'drive0', speed: 8 })).to.deep.equal({});
    await s.close();
    await srv.close();
  });

  it('ignores lenient keys at any depth', async function () {
    const srv = await replayTrace(trace, { speed: 0, lenient: ['speed'] });
    const s = await QmpSession.connect(srv.endpoint);
    expect(await s.execute('block-stream', { device: 'drive0', speed: 999 })).to.deep.equal({});
    await s.close();
    await srv.close();
  });

  it('reads commands with no newline between them, like QEMU does', async function () {
    const srv = await replayTrace(trace, { speed: 0 });
    const sock = net.createConnection((srv.endpoint as { path: string }).path);
    const lines: string[] = [];
    let buf = '';
    sock.on('data', (d) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\r\n')) !== -1) {
        lines.push(buf.slice(0, i));
        buf = buf.slice(i + 2);
      }
    });
    sock.write('{"execute":"qmp_capabilities","id":7}{"execute":"block-stream","arguments":{"speed":8,"device":"drive0"},"id":8}');
    while (lines.length < 4) await new Promise((r) => setTimeout(r, 5));
    expect(lines.map((l) => JSON.parse(l))).to.deep.equal([
      trace.entries[0]!.msg,
      { return: {}, id: 7 },
      trace.entries[4]!.msg,
      { return: {}, id: 8 },
    ]);
    sock.destroy();
    await srv.close();
  });

  it('answers commands past the end of the trace with a mismatch error', async function () {
    const srv = await replayTrace(trace, { speed: 0 });
    const done = srv.nextResult();
    const s = await QmpSession.connect(srv.endpoint);
    await s.execute('block-stream', { device: 'drive0', speed: 8 });
    const err = (await s.execute('query-block').catch((e: unknown) => e)) as { desc: string };
    expect(err.desc).to.match(/^trace mismatch: the trace has ended/);
    await s.close();
    const r = await done;
    expect(r.extra).to.equal(1);
    // Reported like any mismatch: the replay did not go as recorded.
    expect(r.mismatches.map((m) => [m.expected, m.diff.slice(0, 21)])).to.deep.equal([[undefined, 'the trace has ended, ']]);
    expect(r.complete).to.equal(false);
    await srv.close();
  });

  it('answers with the client\'s id even where the recorded command had none', async function () {
    const noIds = { header: { qmpTrace: 1 as const, source: 't', scenario: 'noid', description: '' }, entries: [
      { t: 0, dir: 's2c' as const, msg: { QMP: { version: { qemu: { major: 7, minor: 2, micro: 22 }, package: '' }, capabilities: [] } } },
      { t: 1, dir: 'c2s' as const, msg: { execute: 'qmp_capabilities' } },
      { t: 2, dir: 's2c' as const, msg: { return: {} } },
      { t: 3, dir: 'c2s' as const, msg: { execute: 'query-name' } },
      { t: 4, dir: 's2c' as const, msg: { return: { name: 'vm' } } },
    ] };
    const srv = await replayTrace(noIds, { speed: 0 });
    const done = srv.nextResult();
    // The session sends ids and matches answers by them: without the echo it would wait forever.
    const s = await QmpSession.connect(srv.endpoint, { greetingTimeout: 2000 });
    expect(await s.execute('query-name')).to.deep.equal({ name: 'vm' });
    await s.close();
    expect((await done).mismatches).to.deep.equal([]);
    await srv.close();
  });

  it('answers pipelined commands recorded with one id each with its own client id, in order', async function () {
    const dup = {
      header: { qmpTrace: 1 as const, source: 't', scenario: 'dup', description: '' },
      entries: [
        { t: 0, dir: 's2c' as const, msg: { QMP: { version: { qemu: { major: 7, minor: 2, micro: 22 }, package: '' }, capabilities: [] } } },
        { t: 1, dir: 'c2s' as const, msg: { execute: 'qmp_capabilities', id: 1 } },
        { t: 2, dir: 's2c' as const, msg: { return: {}, id: 1 } },
        { t: 3, dir: 'c2s' as const, msg: { execute: 'query-status', id: 1 } },
        { t: 3, dir: 'c2s' as const, msg: { execute: 'query-name', id: 1 } },
        { t: 4, dir: 's2c' as const, msg: { return: { status: 'running' }, id: 1 } },
        { t: 5, dir: 's2c' as const, msg: { return: { name: 'vm' }, id: 1 } },
      ],
    };
    const srv = await replayTrace(dup, { speed: 0 });
    const s = await QmpSession.connect(srv.endpoint);
    // Sent together: both recorded commands are matched before either answer goes out.
    const [status, name] = await Promise.all([s.execute('query-status', undefined, { timeout: 5000 }), s.execute('query-name', undefined, { timeout: 5000 })]);
    expect([status, name]).to.deep.equal([{ status: 'running' }, { name: 'vm' }]);
    await s.close();
    await srv.close();
  });

  it('matches a recorded raw line of several tokens, which arrives as one message per token', async function () {
    const junk = {
      header: { qmpTrace: 1 as const, source: 't', scenario: 'junk', description: '' },
      file: 'junk.jsonl',
      entries: [
        { t: 0, dir: 's2c' as const, msg: { QMP: { version: { qemu: { major: 7, minor: 2, micro: 22 }, package: '' }, capabilities: [] } }, line: 2 },
        { t: 1, dir: 'c2s' as const, msg: { execute: 'qmp_capabilities', id: 1 }, line: 3 },
        { t: 2, dir: 's2c' as const, msg: { return: {}, id: 1 }, line: 4 },
        { t: 3, dir: 'c2s' as const, raw: 'not  json', line: 5 },
        { t: 4, dir: 's2c' as const, msg: { error: { class: 'GenericError', desc: 'JSON parse error, invalid keyword' } }, line: 6 },
        { t: 5, dir: 's2c' as const, msg: { error: { class: 'GenericError', desc: 'JSON parse error, invalid keyword' } }, line: 7 },
        { t: 6, dir: 'c2s' as const, msg: { execute: 'query-name', id: 2 }, line: 8 },
        { t: 7, dir: 's2c' as const, msg: { return: {}, id: 2 }, line: 9 },
      ],
    };
    const talk = async (line: string): Promise<ReplayResult> => {
      const srv = await replayTrace(junk, { speed: 0 });
      const done = srv.nextResult();
      const sock = net.createConnection((srv.endpoint as { path: string }).path);
      let text = '';
      sock.on('data', (d) => (text += String(d)));
      sock.write(`{"execute":"qmp_capabilities","id":1}\n${line}\n{"execute":"query-name","id":2}\n`);
      await until(() => text.includes('"id":2') || text.includes('"id": 2'));
      sock.destroy();
      const r = await done;
      await srv.close();
      return r;
    };
    const ok = await talk('not json');
    expect(ok.mismatches).to.deep.equal([]);
    expect(ok.complete).to.equal(true);
    const bad = await talk('not jason');
    expect(bad.mismatches.map((m) => m.diff)[0]).to.equal('expected the raw line "not  json", got "not jason"');
  });

  it('reports an incomplete replay when the client leaves early', async function () {
    const srv = await replayTrace(trace, { speed: 0 });
    const done = srv.nextResult();
    const s = await QmpSession.connect(srv.endpoint);
    await s.close();
    const r = await done;
    expect(r.complete).to.equal(false);
    expect(r.consumed).to.equal(3);
    expect(r.nextLine).to.equal(5);
    await srv.close();
  });

  it('creates its unix socket owner-only', async function () {
    const srv = await replayTrace(trace, { speed: 0 });
    expect(fs.statSync((srv.endpoint as { path: string }).path).mode & 0o777).to.equal(0o600);
    await srv.close();
  });
});

/** A folder with a QEMU-like upstream (greets, reads and drops what comes) listening in it; `done()` closes both. */
async function greetingUpstream(prefix: string): Promise<{ dir: string; up: string; done(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const up = path.join(dir, 'up.sock');
  const upstream = net.createServer((c) => {
    c.on('error', () => undefined);
    // Read what comes, so that the client's EOF is seen and answered with ours.
    c.resume();
    c.write('{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n');
  });
  await new Promise<void>((r) => upstream.listen(up, r));
  return {
    dir,
    up,
    async done() {
      await new Promise<void>((r) => upstream.close(() => r()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('recording proxy', function () {
  it('with a device for --out (/dev/null), a second connection is refused with a warning, not written to a new file beside it', async function () {
    const { dir, up, done } = await greetingUpstream('qmpblock-proxydev-');
    const proxy = await startRecordProxy({ upstream: { path: up }, listen: { path: path.join(dir, 'p.sock') }, out: '/dev/null' });
    const warnings: string[] = [];
    proxy.on('error', (e: Error) => warnings.push(e.message));
    try {
      const greeting = (): Promise<string> =>
        new Promise((resolve) => {
          const c = net.createConnection({ path: path.join(dir, 'p.sock') });
          let got = '';
          c.on('data', (d) => {
            got += String(d);
            c.destroy();
          });
          c.on('error', () => undefined);
          c.on('close', () => resolve(got));
        });
      expect(await greeting()).to.match(/^\{"QMP"/);
      expect(await greeting()).to.equal('');
      expect(warnings).to.deep.equal(['/dev/null is not a regular file: it takes the first connection\'s trace only']);
      expect(fs.existsSync('/dev/null-2')).to.equal(false);
    } finally {
      // A failing run (as root) must not leave a file in /dev for the next ones.
      if (fs.statSync('/dev/null-2', { throwIfNoEntry: false })?.isFile()) fs.rmSync('/dev/null-2');
      await proxy.close();
      await done();
    }
  });

  it('with --out a link to a file (/dev/stdout redirected), the next connections are numbered beside the file, not the link', async function () {
    const { dir, up, done } = await greetingUpstream('qmpblock-proxylink-');
    fs.mkdirSync(path.join(dir, 'real'));
    fs.mkdirSync(path.join(dir, 'links'));
    fs.writeFileSync(path.join(dir, 'real', 't.jsonl'), '');
    fs.symlinkSync(path.join(dir, 'real', 't.jsonl'), path.join(dir, 'links', 'out.jsonl'));
    const proxy = await startRecordProxy({ upstream: { path: up }, listen: { path: path.join(dir, 'p.sock') }, out: path.join(dir, 'links', 'out.jsonl') });
    try {
      for (let i = 0; i < 2; i++) {
        const recorded = new Promise<void>((r) => proxy.once('recorded', () => r()));
        const c = net.createConnection({ path: path.join(dir, 'p.sock') });
        c.on('error', () => undefined);
        c.once('data', () => c.end());
        c.resume();
        await recorded;
      }
      expect(fs.readdirSync(path.join(dir, 'links'))).to.deep.equal(['out.jsonl']);
      expect(fs.lstatSync(path.join(dir, 'links', 'out.jsonl')).isSymbolicLink()).to.equal(true);
      expect(fs.readdirSync(path.join(dir, 'real')).sort()).to.deep.equal(['t-2.jsonl', 't.jsonl']);
      for (const f of ['t.jsonl', 't-2.jsonl']) expect(readTrace(path.join(dir, 'real', f)).entries.length, f).to.equal(1);
    } finally {
      await proxy.close();
      await done();
    }
  });

  it('a command cut off by the client leaving is recorded as raw, as it was passed on', async function () {
    const { dir, up, done } = await greetingUpstream('qmpblock-proxycut-');
    const out = path.join(dir, 'cut.jsonl');
    const proxy = await startRecordProxy({ upstream: { path: up }, listen: { path: path.join(dir, 'p.sock') }, out });
    try {
      const recorded = new Promise<void>((r) => proxy.once('recorded', () => r()));
      const c = net.createConnection({ path: path.join(dir, 'p.sock') });
      c.on('error', () => undefined);
      c.once('data', () => c.end('{"execute":"qmp_capabilities"}\n{"execute": "query-na'));
      await recorded;
      expect(readTrace(out).entries.filter((e) => e.dir === 'c2s').map((e) => e.raw ?? e.msg)).to.deep.equal([{ execute: 'qmp_capabilities' }, '{"execute": "query-na']);
      // The same client against a replay of it: the cut-off command is matched, the replay complete.
      const rs = await replayTrace(out, { speed: 0 });
      try {
        await new Promise<void>((resolve) => {
          const c2 = net.createConnection(rs.endpoint as net.NetConnectOpts);
          c2.on('error', () => undefined);
          c2.once('data', () => c2.end('{"execute":"qmp_capabilities"}\n{"execute": "query-na'));
          c2.resume();
          c2.on('close', () => resolve());
        });
        await until(() => rs.results.length === 1);
        expect(rs.results[0]).to.include({ complete: true, consumed: rs.results[0]!.total });
      } finally {
        await rs.close();
      }
    } finally {
      await proxy.close();
      await done();
    }
  });

  it('replayTrace refuses lenient keys that are not an array of names (a string was taken letter by letter)', async function () {
    const err = await replayTrace(path.join('qmp-traces', 'pull-full.jsonl'), { lenient: 'speed' as unknown as string[] }).then(() => undefined, (e: Error) => e);
    expect(err).to.be.instanceOf(TypeError);
    expect(err?.message).to.equal('replay lenient must be an array of argument key names, got "speed"');
  });

  it('refuses at start an output folder it cannot write; an upstream that is down only closes the client', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-proxyerr-'));
    try {
      fs.writeFileSync(path.join(dir, 'file'), '');
      const err = await startRecordProxy({ upstream: { path: path.join(dir, 'none.sock') }, listen: { path: path.join(dir, 'p.sock') }, out: path.join(dir, 'file', 't.jsonl') })
        .then(async (p) => void (await p.close()), (e: NodeJS.ErrnoException) => e);
      expect(err?.code).to.equal('ENOTDIR');
      // No 'error' listener: a failed upstream must not crash the embedding process.
      const proxy = await startRecordProxy({ upstream: { path: path.join(dir, 'none.sock') }, listen: { path: path.join(dir, 'p.sock') }, out: path.join(dir, 't.jsonl') });
      const closed = await new Promise<boolean>((resolve) => {
        const c = net.createConnection({ path: path.join(dir, 'p.sock') });
        c.on('error', () => resolve(true));
        c.on('close', () => resolve(true));
      });
      expect(closed).to.equal(true);
      await proxy.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  /** A record proxy with a 1 KiB limit in front of a server that greets and hands each connection to `serve`. */
  async function smallProxy(prefix: string, serve: (c: net.Socket) => void): Promise<{ sock: string; out: string; warnings: string[]; close(): Promise<void> }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const up = path.join(dir, 'up.sock');
    const upstream = net.createServer((c) => {
      c.on('error', () => undefined);
      c.write('{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n');
      serve(c);
    });
    await new Promise<void>((r) => upstream.listen(up, r));
    const out = path.join(dir, 't.jsonl');
    const proxy = await startRecordProxy({ upstream: { path: up }, listen: { path: path.join(dir, 'p.sock') }, out, maxMessageBytes: 1024 });
    const warnings: string[] = [];
    proxy.on('error', (e) => warnings.push(e.message));
    return {
      sock: path.join(dir, 'p.sock'),
      out,
      warnings,
      async close() {
        await proxy.close();
        await new Promise((r) => upstream.close(r));
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  /** Connect to `sock`, write `send(c)`, resolve with what came back once it includes `until`. */
  function talk(sock: string, until: string, send: (c: net.Socket) => void): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const c = net.createConnection({ path: sock });
      let text = '';
      c.on('data', (d) => {
        text += String(d);
        if (text.includes(until)) {
          c.end();
          resolve(text);
        }
      });
      c.on('error', reject);
      send(c);
    });
  }

  it('closes the connection at a server message over its limit, says so, and the trace ends with the message before it', async function () {
    const big = `{"return": "${'x'.repeat(2000)}", "id": 2}`;
    const p = await smallProxy('qmpblock-proxybig-', (c) => {
      c.on('data', () => c.write(`{"return": {}, "id": 1}\r\n${big}\r\n{"return": {}, "id": 3}\r\n`));
    });
    try {
      // Until the connection closes (or the message after the long one comes through).
      const text = await new Promise<string>((resolve) => {
        const c = net.createConnection({ path: p.sock });
        let got = '';
        c.on('data', (d) => {
          if (got === '') c.write('{"execute":"qmp_capabilities","id":1}\n');
          got += String(d);
          if (got.includes('"id": 3')) c.destroy();
        });
        c.on('error', () => undefined);
        c.on('close', () => resolve(got));
      });
      // The client got what was recorded, and not the long message nor what came after it.
      expect(text).to.include('"id": 1}').and.not.include('"id": 2').and.not.include('"id": 3');
      await until(() => p.warnings.length >= 1);
      const msgs = readTrace(p.out).entries.map((e) => [e.dir, e.msg?.id ?? null]);
      expect(msgs).to.deep.equal([['s2c', null], ['c2s', 1], ['s2c', 1]]);
      expect(p.warnings).to.have.length(1);
      expect(p.warnings[0]).to.match(/a server message is too long, connection closed: message exceeds the maximum size of 1024 bytes/);
    } finally {
      await p.close();
    }
  });

  it('passes on a client command over its limit unrecorded, says so, and records the commands after it', async function () {
    const seen: string[] = [];
    const p = await smallProxy('qmpblock-proxybigc-', (c) => {
      let text = '';
      c.on('data', (d) => {
        text += String(d);
        const ids = [...text.matchAll(/"id":(\d+)/g)].map((m) => m[1]!);
        for (const id of ids.slice(seen.length)) {
          seen.push(id);
          c.write(`{"return": {}, "id": ${id}}\r\n`);
        }
      });
    });
    try {
      const big = `{"execute":"x","arguments":{"s":"${'}'.repeat(3000)}"},"id":2}`;
      await talk(p.sock, '"id": 4', (c) => {
        c.write('{"execute":"qmp_capabilities","id":1}');
        // Sent in pieces, the big one cut in its middle, no newlines (as QEMU reads).
        c.write(big.slice(0, 1500));
        setTimeout(() => c.write(big.slice(1500) + '{"execute":"query-status","id":3}'), 20);
        setTimeout(() => c.write('{"execute":"query-status","id":4}'), 40);
      });
      expect(seen).to.deep.equal(['1', '2', '3', '4']);
      await new Promise((r) => setTimeout(r, 50));
      const c2s = readTrace(p.out).entries.filter((e) => e.dir === 'c2s').map((e) => e.msg?.id);
      expect(c2s).to.deep.equal([1, 3, 4]);
      expect(p.warnings).to.have.length(1);
      expect(p.warnings[0]).to.match(/a client message was passed on but not recorded: message exceeds the maximum size of 1024 bytes/);
    } finally {
      await p.close();
    }
  });

  it('closes a connection whose trace cannot be written (a full disk), says so, and goes on', async function () {
    if (!fs.existsSync('/dev/full')) this.skip(); // Linux's always-full device
    const upstream = await replayTrace(readTrace(path.resolve(import.meta.dirname, '../../../shared/qmp-traces-qemu72/pull-cancel.jsonl')), { speed: 0 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-proxyfull-'));
    const proxy = await startRecordProxy({ upstream: upstream.endpoint, listen: { path: path.join(dir, 'p.sock') }, out: '/dev/full' });
    const warnings: string[] = [];
    proxy.on('error', (e) => warnings.push(e.message));
    try {
      // (One connection: a second one would record to /dev/full-2.)
      const err = await QmpSession.connect(proxy.endpoint, { greetingTimeout: 5000 }).then((s) => s.close(), (e: Error) => e);
      expect(err).to.be.instanceOf(Error);
      await until(() => warnings.length >= 1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\/dev\/full: cannot write the trace, connection closed: ENOSPC/);
      // Still here: no exception escaped to the process (mocha would have failed the run).
    } finally {
      await proxy.close();
      await upstream.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('closes, and lets a connection go, when the server closed first and the client keeps its side open', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-proxyclose-'));
    const up = path.join(dir, 'up.sock');
    const upstream = net.createServer((c) => {
      c.on('error', () => undefined);
      c.end('{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n');
    });
    await new Promise<void>((r) => upstream.listen(up, r));
    const proxy = await startRecordProxy({ upstream: { path: up }, listen: { path: path.join(dir, 'p.sock') }, out: path.join(dir, 't.jsonl') });
    const c = net.createConnection({ path: path.join(dir, 'p.sock'), allowHalfOpen: true });
    c.on('error', () => undefined);
    c.resume();
    try {
      await new Promise((r) => c.once('end', r));
      // The client never ends its side: close() must not wait for it.
      const closed = await Promise.race([proxy.close().then(() => 'closed'), new Promise((r) => setTimeout(() => r('still waiting'), 3000))]);
      expect(closed).to.equal('closed');
    } finally {
      c.destroy();
      await new Promise((r) => upstream.close(r));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes what it sees before the greeting at once, and names the source in the header once the greeting comes', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-proxyearly-'));
    const up = path.join(dir, 'up.sock');
    let upConn: net.Socket | undefined;
    let gotCommand: () => void = () => undefined;
    const commandArrived = new Promise<void>((r) => (gotCommand = r));
    // A server that greets only when told, and answers the capabilities.
    const upstream = net.createServer((c) => {
      upConn = c;
      c.on('error', () => undefined);
      c.on('data', (d) => {
        if (String(d).includes('qmp_capabilities')) gotCommand();
      });
    });
    await new Promise<void>((r) => upstream.listen(up, r));
    const out = path.join(dir, 't.jsonl');
    // A trace file the user made private, with a second name (a hard link):
    // the header is rewritten in place, so the file keeps its mode and links.
    fs.writeFileSync(out, '', { mode: 0o600 });
    fs.linkSync(out, path.join(dir, 'also.jsonl'));
    const ino = fs.statSync(out).ino;
    const proxy = await startRecordProxy({ upstream: { path: up }, listen: { path: path.join(dir, 'p.sock') }, out });
    const recorded = new Promise((r) => proxy.once('recorded', r));
    const c = net.createConnection({ path: path.join(dir, 'p.sock') });
    try {
      c.write('{"execute":"qmp_capabilities","id":1}\n');
      await commandArrived;
      // Passed on, so in the file already: a SIGKILL now would not lose it.
      const early = readTrace(out);
      expect(early.header.source).to.equal('unknown');
      expect(early.entries.map((e) => e.msg)).to.deep.equal([{ execute: 'qmp_capabilities', id: 1 }]);
      const greeted = new Promise((r) => c.once('data', r));
      upConn!.write('{"QMP": {"version": {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n');
      await greeted;
      const later = readTrace(out);
      expect(later.header.source).to.equal('qemu-system-x86_64 7.2.22');
      expect(later.entries.map((e) => e.dir)).to.deep.equal(['c2s', 's2c']);
      // Still recording into the file it rewrote.
      const answered = new Promise((r) => c.once('data', r));
      upConn!.write('{"return": {}, "id": 1}\r\n');
      await answered;
      c.end();
      await recorded;
      const t = readTrace(out);
      expect(t.header.source).to.equal('qemu-system-x86_64 7.2.22');
      expect(t.entries.map((e) => [e.dir, e.msg?.id ?? null])).to.deep.equal([['c2s', 1], ['s2c', null], ['s2c', 1]]);
      expect(fs.readdirSync(dir).sort()).to.deep.equal(['also.jsonl', 'p.sock', 't.jsonl', 'up.sock']);
      expect(fs.statSync(out).ino).to.equal(ino);
      expect(fs.statSync(out).mode & 0o777).to.equal(0o600);
      expect(fs.readFileSync(path.join(dir, 'also.jsonl'), 'utf8')).to.equal(fs.readFileSync(out, 'utf8'));
    } finally {
      c.destroy();
      await proxy.close();
      await new Promise((r) => upstream.close(r));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses at start a header the recorder would refuse, rather than every client after', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-proxyhdr-'));
    try {
      const err = await startRecordProxy({
        upstream: { path: path.join(dir, 'none.sock') },
        listen: { path: path.join(dir, 'p.sock') },
        out: path.join(dir, 't.jsonl'),
        header: { description: undefined as never },
      }).then(async (p) => void (await p.close()), (e: unknown) => e);
      expect(err).to.be.instanceOf(TraceFormatError);
      expect((err as Error).message).to.equal('record proxy header: header needs a string "description"');
      expect(fs.existsSync(path.join(dir, 'p.sock'))).to.equal(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses at start an output that is a folder', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-proxydir-'));
    try {
      const err = await startRecordProxy({ upstream: { path: path.join(dir, 'none.sock') }, listen: { path: path.join(dir, 'p.sock') }, out: dir })
        .then(async (p) => void (await p.close()), (e: NodeJS.ErrnoException) => e);
      expect(err?.code).to.equal('EISDIR');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the source from the greeting: QEMU by its version, the simulator by its package', () => {
    const qemu = { major: 7, minor: 2, micro: 22 };
    expect(sourceOf({ qemu, package: 'Debian 1:7.2+dfsg-7+deb12u18+b3' })).to.equal('qemu-system-x86_64 7.2.22');
    expect(sourceOf({ qemu, package: 'qmpblock-sim' })).to.equal('qmpblock-sim (as qemu-system-x86_64 7.2.22)');
    expect(sourceOf({ package: 'qmpblock-sim' })).to.equal('qmpblock-sim');
    expect(sourceOf(undefined)).to.equal('unknown');
  });


  it('records a conversation that replays back exactly', async function () {
    const shared = path.resolve(import.meta.dirname, '../../../shared/qmp-traces-qemu72/pull-cancel.jsonl');
    const original = readTrace(shared);
    const upstream = await replayTrace(original, { speed: 0 });
    const out = path.join(tmp, 'proxied.jsonl');
    const proxy = await startRecordProxy({ upstream: upstream.endpoint, listen: { path: path.join(tmp, 'proxy.sock') }, out });
    expect(fs.statSync(path.join(tmp, 'proxy.sock')).mode & 0o777).to.equal(0o600);
    const recorded = new Promise((r) => proxy.once('recorded', r));
    const r1 = await driveTrace(original, proxy.endpoint);
    expect(diffDriveResult(r1, [], 'pull-cancel')).to.deep.equal([]);
    await recorded;
    await proxy.close();
    await upstream.close();
    const copy = readTrace(out);
    expect(copy.header.source).to.equal('qemu-system-x86_64 7.2.22');
    expect(copy.entries.map((e) => e.msg)).to.deep.equal(original.entries.map((e) => e.msg));
    // and the copy replays too
    const again = await replayTrace(copy, { speed: 0 });
    const r2 = await driveTrace(copy, again.endpoint);
    expect(diffDriveResult(r2, [], 'proxied')).to.deep.equal([]);
    await again.close();
  });
});
