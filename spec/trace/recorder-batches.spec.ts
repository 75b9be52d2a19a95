/**
 * The recorder takes whole received chunks and whole writes from the session
 * (WireTap.lines): checked here on chunks written by hand, so that several
 * messages really arrive in one read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import sinon from 'sinon';
import { QmpSession } from '../../lib/qmp/session.js';
import { TraceRecorder, TraceWriteError } from '../../lib/trace/recorder.js';
import { readTrace } from '../../lib/trace/format.js';
import { useWasmFormatter } from '../../lib/trace/line-formatter.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-recb-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const GREETING = '{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": []}}\r\n';
const ev = (name: string, n: number): string => `{"event": "${name}", "data": {"n": ${n}}, "timestamp": {"seconds": 1, "microseconds": ${n}}}`;

/** A server that greets, accepts capabilities, and then lets the test write raw chunks. */
async function rawServer(): Promise<{ path: string; conn: Promise<net.Socket>; received: string[]; close(): void }> {
  const p = path.join(tmp, `s${Math.random().toString(36).slice(2)}.sock`);
  const received: string[] = [];
  let give!: (s: net.Socket) => void;
  const conn = new Promise<net.Socket>((r) => (give = r));
  const srv = net.createServer((sock) => {
    sock.write(GREETING);
    let buf = '';
    sock.on('data', (d) => {
      buf += d.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        received.push(line);
        const cmd = JSON.parse(line) as { execute: string; id: number };
        if (cmd.execute === 'qmp_capabilities') {
          sock.write(`{"return": {}, "id": ${cmd.id}}\r\n`);
          give(sock);
        }
      }
    });
    sock.on('error', () => {});
  });
  await new Promise<void>((r) => srv.listen(p, r));
  return { path: p, conn, received, close: () => srv.close() };
}

/** A session recorded to `<name>.jsonl`, on a raw server whose socket the test writes to. */
async function recorded(name: string): Promise<{ srv: Awaited<ReturnType<typeof rawServer>>; file: string; rec: TraceRecorder; s: QmpSession; sock: net.Socket }> {
  const srv = await rawServer();
  const file = path.join(tmp, `${name}.jsonl`);
  const rec = TraceRecorder.open(file, { qmpTrace: 1, source: 'raw', scenario: name, description: '' });
  const s = await QmpSession.connect({ path: srv.path }, { tap: rec.tap });
  return { srv, file, rec, s, sock: await srv.conn };
}

/**
 * The disk under `file` fills up: a write to it takes `first` bytes (all of
 * them when undefined), and every write after that fails with ENOSPC.
 * Writes to other files go through.
 */
function fillDisk(file: string, first?: number): sinon.SinonStub {
  const ino = fs.statSync(file).ino;
  const real = fs.writeSync.bind(fs) as (fd: number, buf: Buffer, off: number, len: number) => number;
  let full = false;
  return sinon.stub(fs, 'writeSync').callsFake(((fd: number, buf: Buffer, off: number, len: number) => {
    if (fs.fstatSync(fd).ino !== ino) return real(fd, buf, off, len);
    if (full || first === undefined) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    full = true;
    return real(fd, buf, off, Math.min(len, first));
  }) as never);
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).to.equal(true);
}

// Both ways of making the trace lines: the WebAssembly formatter, and the
// string path used where WebAssembly is missing.
for (const wasm of [true, false]) describe(`TraceRecorder with whole chunks (${wasm ? 'WebAssembly formatter' : 'string path'})`, function () {
  before(() => {
    useWasmFormatter(wasm);
    if (!wasm) process.env.QMPBLOCK_TRACE_WASM = '0';
  });
  after(() => {
    useWasmFormatter(true);
    delete process.env.QMPBLOCK_TRACE_WASM;
  });

  it('records a chunk of many messages as one line each, counted, with QEMU\'s text and no "\\r"', async function () {
    const { srv, file, rec, s, sock } = await recorded('many');
    let got = 0;
    s.on('X', () => got++);
    sock.write(Array.from({ length: 500 }, (_, i) => ev('X', i) + '\r\n').join(''));
    await until(() => got === 500);
    await s.close();
    rec.close();
    srv.close();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.to.include('\r');
    const t = readTrace(file);
    // greeting, capabilities, its answer, 500 events
    expect(t.entries).to.have.length(503);
    expect(rec.count).to.equal(503);
    expect(t.entries.slice(3).map((e) => (e.msg!.data as { n: number }).n)).to.deep.equal(Array.from({ length: 500 }, (_, i) => i));
    // verbatim wire text, QEMU's spacing included
    expect(text.split('\n')[4]).to.equal(`{"dir":"s2c","msg":${ev('X', 0)},"t":${t.entries[3]!.t}}`);
    const ts = t.entries.map((e) => e.t);
    expect([...ts].sort((a, b) => a - b)).to.deep.equal(ts);
  });

  it('writes a command sent while a chunk is handled after all of that chunk\'s messages (wire order)', async function () {
    const { srv, file, rec, s, sock } = await recorded('order');
    let answer: Promise<unknown> | undefined;
    // a handler that sends a command in the middle of the chunk, long
    // enough (over 1 KiB) to leave at once rather than at the end of the turn
    s.on('A', () => (answer = s.execute('query-status', { pad: 'x'.repeat(2048) })));
    sock.write(`${ev('A', 1)}\r\n${ev('B', 2)}\r\n${ev('C', 3)}\r\n`);
    await until(() => srv.received.length === 2);
    sock.write(`{"return": {"status": "running"}, "id": 2}\r\n`);
    expect(await answer).to.deep.equal({ status: 'running' });
    await s.close();
    rec.close();
    srv.close();
    const entries = readTrace(file).entries;
    const ts = entries.map((e) => e.t);
    expect([...ts].sort((a, b) => a - b), 'times in file order').to.deep.equal(ts);
    const kinds = entries.slice(3).map((e) => `${e.dir} ${(e.msg!.event as string | undefined) ?? (e.msg!.execute as string | undefined) ?? 'return'}`);
    expect(kinds).to.deep.equal(['s2c A', 's2c B', 's2c C', 'c2s query-status', 's2c return']);
  });

  it('looks at each line of a chunk with a blank line, a non-object, or mixed line ends', async function () {
    const { srv, file, rec, s, sock } = await recorded('odd');
    let got = 0;
    s.on('X', () => got++);
    // mixed "\n" and "\r\n", and a blank line: all still delivered
    sock.write(`${ev('X', 1)}\n${ev('X', 2)}\r\n   \r\n${ev('X', 3)}\r\n`);
    await until(() => got === 3);
    const closed = new Promise((r) => s.once('close', r));
    // a JSON value that is not an object closes the session; the line after
    // it still crossed the wire and is recorded too
    sock.write(`${ev('X', 4)}\r\n[1]\r\nnot json\r\n${ev('X', 5)}\r\n`);
    await closed;
    rec.close();
    srv.close();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.to.include('\r');
    const rest = readTrace(file).entries.slice(3);
    expect(rest.map((e) => (e.msg ? (e.msg.data as { n: number }).n : e.raw))).to.deep.equal([1, 2, 3, 4, '[1]', 'not json', 5]);
    expect(rec.count).to.equal(10);
  });

  for (const where of ['/tmp/e', '/tmp/é']) it(`records the commands of one write as one line each (${where === '/tmp/e' ? 'ASCII' : 'not ASCII'})`, async function () {
    const { srv, file, rec, s, sock } = await recorded('cmds');
    // issued in one turn: they leave in one write
    const ps = [1, 2, 3].map((n) => s.execute('x-cmd', { n, path: where }));
    await until(() => srv.received.length === 4);
    sock.write(`{"return": {}, "id": 2}\r\n{"return": {}, "id": 3}\r\n{"return": {}, "id": 4}\r\n`);
    await Promise.all(ps);
    await s.close();
    rec.close();
    srv.close();
    const c2s = readTrace(file).entries.filter((e) => e.dir === 'c2s').slice(1);
    expect(c2s.map((e) => e.msg)).to.deep.equal([1, 2, 3].map((n, i) => ({ execute: 'x-cmd', arguments: { n, path: where }, id: i + 2 })));
    expect(new Set(c2s.map((e) => e.t)).size).to.equal(1);
  });

  for (const how of ['exit', 'throw'] as const) {
    it(`has every message of a busy recording in the file when the process ends at once (${how === 'exit' ? 'process.exit()' : 'an uncaught exception'})`, function () {
      const file = path.join(tmp, `busy-${how}.jsonl`);
      const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'helpers/busy-recorder.ts');
      const r = spawnSync(process.execPath, ['--import', 'tsx', child, file, '2000', how], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status, r.stderr).to.equal(how === 'exit' ? 0 : 1);
      const t = readTrace(file);
      expect(t.entries.map((e) => (e.msg!.data as { i: number }).i)).to.deep.equal(Array.from({ length: 2000 }, (_, i) => i));
    });
  }

  it('has a received answer in the file before the caller\'s continuation runs (a crash there loses nothing seen)', async function () {
    const { srv, file, rec, s, sock } = await recorded('seen');
    const lines = (): number => fs.readFileSync(file, 'utf8').trim().split('\n').length;
    const answered = s.execute('a').then(() => lines());
    const before = await new Promise<number>((r) => setTimeout(() => r(lines()), 20));
    sock.write(`{"return": {}, "id": 2}\r\n`);
    // the continuation saw the answer's line already written
    expect(await answered).to.equal(before + 1);
    await s.close();
    rec.close();
    srv.close();
  });

  it('writes the commands sent while a chunk is handled after its lines, and before they reach the socket', async function () {
    const { srv, file, rec, s, sock } = await recorded('held');
    const kinds = (): string[] => fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => {
      const e = JSON.parse(l) as { dir: string; msg: { event?: string; execute?: string; QMP?: unknown; arguments?: { i?: number } } };
      return `${e.dir} ${e.msg.event ?? e.msg.execute ?? (e.msg.QMP ? 'QMP' : 'return')}${e.msg.arguments?.i !== undefined ? ` ${e.msg.arguments.i}` : ''}`;
    });
    // What the file holds at each socket write of the session.
    const stream = (s as unknown as { stream: { write(text: string): boolean } }).stream;
    const realWrite = stream.write.bind(stream);
    const atWrites: { sent: number; file: string[] }[] = [];
    stream.write = (text: string): boolean => {
      atWrites.push({ sent: text.split('\n').filter((l) => l !== '').length, file: kinds() });
      return realWrite(text);
    };
    // a handler that sends more than 1 KiB of commands: part of them leave before the chunk is done
    s.on('A', () => {
      for (let i = 0; i < 20; i++) void s.execute('x', { pad: 'y'.repeat(100), i }).catch(() => undefined);
    });
    sock.write(`${ev('A', 1)}\r\n`);
    await until(() => srv.received.length === 21);
    let sent = 0;
    for (const w of atWrites) {
      sent += w.sent;
      // the event, then every command that has left so far
      expect(w.file.slice(3, 4 + sent)).to.deep.equal(['s2c A', ...Array.from({ length: sent }, (_, i) => `c2s x ${i}`)]);
    }
    expect(sent).to.equal(20);
    s.destroy();
    rec.close();
    srv.close();
  });

  it('has a command that a handler sends and then closes the session for (it leaves at once) after the chunk\'s lines', async function () {
    const { srv, file, rec, s, sock } = await recorded('close-in-handler');
    s.on('A', () => {
      void s.execute('sent-before-close').catch(() => undefined);
      void s.close();
    });
    // and the recorder closed in the same chunk (as a process ending there would flush it)
    s.on('B', () => rec.close());
    sock.write(`${ev('A', 1)}\r\n${ev('B', 2)}\r\n`);
    await until(() => srv.received.some((l) => l.includes('sent-before-close')));
    await until(() => s.closed);
    srv.close();
    const kinds = readTrace(file).entries.slice(3).map((e) => `${e.dir} ${String(e.msg!.event ?? e.msg!.execute)}`);
    expect(kinds).to.deep.equal(['s2c A', 's2c B', 'c2s sent-before-close']);
  });

  it('has the whole chunk in the file when a handler of it ends the process, and no command that never left', function () {
    const file = path.join(tmp, 'exit-in-handler.jsonl');
    const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'helpers/end-in-handler.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, file, 'exit'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).to.equal(0);
    const kinds = readTrace(file).entries.map((e) => `${e.dir} ${String(e.msg!.event ?? e.msg!.execute ?? ('QMP' in e.msg! ? 'QMP' : 'return'))}`);
    expect(kinds).to.deep.equal(['s2c QMP', 'c2s qmp_capabilities', 's2c return', 's2c PRE', 's2c END', 's2c POST']);
  });

  it('has the whole chunk in the file before any listener of it runs (one that SIGKILLs its process: no exit handler)', function () {
    const file = path.join(tmp, 'kill-in-handler.jsonl');
    const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'helpers/end-in-handler.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, file, 'kill'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal, r.stderr).to.equal('SIGKILL');
    const kinds = readTrace(file).entries.map((e) => `${e.dir} ${String(e.msg!.event ?? e.msg!.execute ?? ('QMP' in e.msg! ? 'QMP' : 'return'))}`);
    expect(kinds).to.deep.equal(['s2c QMP', 'c2s qmp_capabilities', 's2c return', 's2c PRE', 's2c END', 's2c POST']);
  });

  it('delivers a recorded chunk\'s events in order, after the chunk is written, and none after a listener has ended the session', async function () {
    const { srv, file, rec, s, sock } = await recorded('held-events');
    const seen: string[] = [];
    const inFile = (): number => fs.readFileSync(file, 'utf8').trim().split('\n').length;
    s.on('event', (e) => seen.push(`event ${e.event} ${inFile()}`));
    s.on('A', () => seen.push('A'));
    s.on('B', () => {
      seen.push('B');
      s.destroy();
    });
    s.on('close', () => seen.push('close'));
    sock.write(`${ev('A', 1)}\r\n${ev('B', 2)}\r\n${ev('C', 3)}\r\n`);
    await until(() => s.closed);
    // header, greeting, capabilities and its answer, then the chunk's 3 events: 7 lines, all there before the first
    // listener; C is not delivered once B's listener has ended the session (as without a recorder)
    expect(seen).to.deep.equal(['event A 7', 'A', 'event B 7', 'B', 'close']);
    rec.close();
    srv.close();
  });

  it('writes a chunk of more than the write size at once, every line whole', async function () {
    const { srv, file, rec, s, sock } = await recorded('blocks');
    // about 90 KiB of events, read in one or a few chunks
    const n = 900;
    const got = new Promise<void>((r) => {
      let seen = 0;
      s.on('X', () => ++seen === n && r());
    });
    sock.write(Array.from({ length: n }, (_, i) => ev('X', i) + '\r\n').join(''));
    await got;
    await until(() => readTrace(file).entries.length === 3 + n);
    const size = fs.statSync(file).size;
    expect(readTrace(file).entries.slice(3).map((e) => (e.msg!.data as { n: number }).n)).to.deep.equal(Array.from({ length: n }, (_, i) => i));
    await s.close();
    rec.close();
    srv.close();
    expect(fs.statSync(file).size).to.equal(size);
  });

  it('a full disk while commands leave: they do not leave, the session ends saying why, and the file keeps its whole lines', async function () {
    const { srv, file, rec, s } = await recorded(`full-send-${wasm}`);
    const sent = srv.received.length;
    const lines = readTrace(file).entries.length;
    // 30 bytes of the command's line go out, then the disk is full.
    const stub = fillDisk(file, 30);
    let err: Error | undefined;
    try {
      err = await s.execute('query-version').then(() => undefined, (e: Error) => e);
    } finally {
      stub.restore();
    }
    expect(err?.message).to.match(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot write the trace: ENOSPC`));
    expect(s.closed).to.equal(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(srv.received.length, 'nothing sent unrecorded').to.equal(sent);
    // The torn line was cut off: the file reads, as before the failure.
    expect(fs.readFileSync(file, 'utf8').endsWith('\n')).to.equal(true);
    expect(readTrace(file).entries).to.have.length(lines);
    expect(() => rec.close()).to.throw(TraceWriteError);
    srv.close();
  });

  it('a full disk with a write still scheduled (as in the record proxy): no uncaught error, nothing written after, close() says why', async function () {
    const file = path.join(tmp, `full-scheduled-${wasm}.jsonl`);
    const rec = TraceRecorder.open(file, { qmpTrace: 1, source: 'x', scenario: 'full', description: '' });
    rec.record('s2c', '{"a": 1}', { a: 1 });
    rec.flush();
    const stub = fillDisk(file);
    try {
      // Scheduled for the end of the turn, and flushed by its owner first, which fails.
      rec.record('s2c', '{"b": 2}', { b: 2 });
      expect(() => rec.flush()).to.throw(TraceWriteError, /cannot write the trace: ENOSPC/);
      // The scheduled write runs: it must not throw where no one can catch it.
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
      rec.record('s2c', '{"c": 3}', { c: 3 });
      expect(() => rec.flush()).to.throw(TraceWriteError);
    } finally {
      stub.restore();
    }
    // The disk has room again: the recording stays ended, with no gap in the file.
    expect(() => rec.close()).to.throw(TraceWriteError);
    expect(readTrace(file).entries.map((e) => e.msg)).to.deep.equal([{ a: 1 }]);
  });

  it('writes a busy recording within milliseconds, and an idle one at the end of the turn', async function () {
    const file = path.join(tmp, 'linger.jsonl');
    const rec = TraceRecorder.open(file, { qmpTrace: 1, source: 'x', scenario: 'linger', description: '' });
    rec.record('c2s', '{"execute":"a"}', { execute: 'a' });
    await new Promise((r) => setImmediate(r));
    expect(readTrace(file).entries).to.have.length(1);
    // just written: the next message waits a little for company, not long
    rec.record('c2s', '{"execute":"b"}', { execute: 'b' });
    await until(() => readTrace(file).entries.length === 2);
    rec.close();
  });
});
