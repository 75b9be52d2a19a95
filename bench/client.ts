/**
 * One benchmark case in a fresh process: `client.ts BENCH IMPL SOCKET [JSON params]`.
 * IMPL is `naive` (bench/naive-client.ts, the floor), `qmpblock` (QmpSession),
 * `qmpblock-rec` (QmpSession with a TraceRecorder on its tap), or
 * `qmpblock-writes` (a tap that makes only the recorder's file writes).
 * Warms up, measures, and prints one JSON line of figures on stdout. A fresh
 * process per case keeps one client's garbage, JIT state and peak RSS out of
 * the other's figures. Run with --expose-gc.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TraceRecorder } from '../lib/trace/recorder.js';
import { QmpSession, type WireTap } from '../lib/qmp/session.js';
import type { LineEnds } from '../lib/transport/line-framer.js';
import { NaiveClient } from './naive-client.js';

type Ev = { event?: string; data?: Record<string, unknown> };

/** What a benchmark needs from a client; both implementations are adapted to it. */
interface Client {
  execute<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T>;
  /** Subscribe to one event name; returns an unsubscribe function. */
  on(name: string, handler: (ev: Ev) => void): () => void;
  close(): Promise<void>;
}

async function connect(impl: string, sockPath: string): Promise<Client> {
  const path_ = sockPath;
  if (impl === 'naive') {
    const c = await NaiveClient.connect(path_);
    return {
      execute: (cmd, args) => c.execute(cmd, args),
      on(name, handler) {
        const h = (ev: Ev): void => {
          if (ev.event === name) handler(ev);
        };
        c.onEvent(h);
        return () => c.eventHandlers.splice(c.eventHandlers.indexOf(h), 1);
      },
      close: async () => c.close(),
    };
  }
  let recorder: TraceRecorder | undefined;
  let writesOnly: WriteFloorTap | undefined;
  if (impl === 'qmpblock-writes') {
    const file = path.join(os.tmpdir(), `qmpblock-bench-writes-${process.pid}-${++recordings}.jsonl`);
    writesOnly = new WriteFloorTap(file);
    cleanups.push(() => fs.rmSync(file, { force: true }));
  } else if (impl === 'qmpblock-rec') {
    // the same session, recording every message to a trace file (item 7)
    const file = path.join(os.tmpdir(), `qmpblock-bench-rec-${process.pid}-${++recordings}.jsonl`);
    recorder = TraceRecorder.open(file, { qmpTrace: 1, source: 'qmpblock-bench fake server', scenario: 'bench', description: 'recorder overhead benchmark' });
    cleanups.push(() => fs.rmSync(file, { force: true }));
  } else if (impl !== 'qmpblock' && impl !== 'qmpblock-writes') throw new Error(`unknown client ${impl}`);
  const tap = recorder?.tap ?? writesOnly?.tap;
  const s = await QmpSession.connect({ path: path_ }, tap ? { tap } : {});
  s.setMaxListeners(0); // 100 subscribers to one name is the point of one benchmark
  return {
    execute: (cmd, args) => s.execute(cmd, args),
    on(name, handler) {
      const h = handler as (...args: unknown[]) => void;
      s.on(name, h);
      return () => s.off(name, h);
    },
    close: async () => {
      await s.close();
      recorder?.close();
      writesOnly?.close();
    },
    // exposed for the listen() variant
    ...({ session: s } as object),
  } as Client;
}

let recordings = 0;

/**
 * The floor under the recorder's cost (`qmpblock-writes`): a tap that
 * makes the file writes the recorder makes, one synchronous write per
 * received chunk, per write of commands and per message that comes alone,
 * each of the bytes its trace lines take (the lines without their line
 * ends, plus head and tail per line), but writes bytes that are already
 * there instead of making the trace lines. What is left between it and
 * recording is the recorder's own work. (Commands sent while a chunk is
 * held go into the chunk's write in the recorder and into one of their own
 * here; in the bench cases none are.)
 */
class WriteFloorTap {
  private readonly fd: number;
  private readonly junk = Buffer.alloc(4 << 20, 0x20);
  /**
   * `{"dir":"s2c","msg":` and `,"t":123.456}` with its "\n" (the time
   * stamp's width varies): within 0.4 % of the recorder's bytes, counted
   * on the pipelined and event cases.
   */
  private static readonly PER_LINE = 19 + 14;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  readonly tap: WireTap = Object.assign((_dir: 'c2s' | 's2c', text: string): void => this.write(text.length + WriteFloorTap.PER_LINE), {
    hold: (): void => {},
    lines: (_dir: 'c2s' | 's2c', text: string, ends: LineEnds): void => {
      let lines = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      // The text's line ends: "\n" between lines, or "\r\n" and a last "\r".
      const eols = ends === 'crlf' ? 2 * lines - 1 : lines - 1;
      this.write(text.length - eols + lines * WriteFloorTap.PER_LINE);
    },
  });

  private write(bytes: number): void {
    let off = 0;
    while (off < bytes) off += fs.writeSync(this.fd, this.junk, 0, Math.min(bytes - off, this.junk.length));
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
const cleanups: (() => void)[] = [];

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Run `fn`, measuring wall and CPU time of this process. */
async function timed<T>(fn: () => Promise<T>): Promise<{ wallMs: number; cpuMs: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (process.env.BENCH_SYS) console.error(`user ${(c.user / 1000).toFixed(1)} ms, system ${(c.system / 1000).toFixed(1)} ms`);
  return { wallMs, cpuMs: (c.user + c.system) / 1000, value };
}

/**
 * The floor of any client of the large answer: `JSON.parse` alone of the
 * same answer text, already in memory, median of `reps` (after two warm-up
 * parses). A client cannot deliver the parsed answer faster than this, so
 * naive / floor is the best ratio any JavaScript client can reach in the
 * same run. The text is fetched over a plain socket, after the timing.
 */
async function parseFloor(sockPath: string, bytes: number, reps: number): Promise<number> {
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let lines = 0;
    const sock = net.createConnection(sockPath);
    sock.on('error', reject);
    sock.on('data', (d: Buffer) => {
      chunks.push(d);
      // Greeting, capabilities answer, then the large answer: three lines.
      for (const b of d) if (b === 0x0a) lines++;
      if (lines >= 3 && !sock.destroyed) {
        sock.destroy();
        const all = Buffer.concat(chunks).toString('latin1').split('\n');
        resolve(all[2]!);
      }
    });
    sock.write('{"execute":"qmp_capabilities"}\n');
    sock.write(`{"execute":"query-named-block-nodes","arguments":{"x-bytes":${bytes}},"id":1}\n`);
  });
  const times: number[] = [];
  // As the timed answers: no collection forced between parses.
  for (let i = 0; i < reps + 2; i++) {
    const t0 = performance.now();
    const v = JSON.parse(text) as { return?: unknown[] };
    const dt = performance.now() - t0;
    if (!Array.isArray(v.return)) throw new Error('bad answer');
    if (i >= 2) times.push(dt);
  }
  times.sort((a, b) => a - b);
  return pct(times, 50);
}

/** Reset the peak-RSS mark (Linux clear_refs 5), so that the next peak is this workload's. */
function resetPeak(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

type Params = Record<string, number>;
type Figures = Record<string, number>;

const benches: Record<string, (impl: string, path: string, p: Params) => Promise<Figures>> = {
  /** 1: one query-status at a time. */
  async seq(impl, path, p) {
    const c = await connect(impl, path);
    const n = p.n ?? 10_000;
    for (let i = 0; i < Math.min(2000, n); i++) await c.execute('query-status');
    gc();
    const lat = new Array<number>(n);
    const r = await timed(async () => {
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await c.execute('query-status');
        lat[i] = performance.now() - t0;
      }
    });
    await c.close();
    lat.sort((a, b) => a - b);
    return { ops: (n / r.wallMs) * 1000, p50us: pct(lat, 50) * 1000, p99us: pct(lat, 99) * 1000, cpuUsPerOp: (r.cpuMs * 1000) / n, wallMs: r.wallMs, cpuMs: r.cpuMs };
  },

  /** 2: `depth` commands in flight, `n` in all. */
  async pipe(impl, path, p) {
    const c = await connect(impl, path);
    const n = p.n ?? 100_000;
    const depth = p.depth ?? 64;
    const run = async (total: number): Promise<void> => {
      let sent = 0;
      const worker = async (): Promise<void> => {
        while (sent < total) {
          sent++;
          const r = (await c.execute('query-status')) as { status?: string };
          if (r.status !== 'running') throw new Error('bad answer');
        }
      };
      await Promise.all(Array.from({ length: depth }, worker));
    };
    await run(Math.min(10_000, n));
    gc();
    const r = await timed(() => run(n));
    await c.close();
    return { ops: (n / r.wallMs) * 1000, cpuUsPerOp: (r.cpuMs * 1000) / n, wallMs: r.wallMs, cpuMs: r.cpuMs };
  },

  /** 3: `n` events to `subs` subscribers, subscriber i counting the events of job i. */
  async events(impl, path, p) {
    const c = await connect(impl, path);
    const n = p.n ?? 100_000;
    const subs = p.subs ?? 1;
    const listen = p.listen === 1 && impl === 'qmpblock';
    const run = async (count: number): Promise<void> => {
      const counts = new Array<number>(subs).fill(0);
      let total = 0;
      let done!: () => void;
      const finished = new Promise<void>((r) => (done = r));
      const offs: (() => void)[] = [];
      if (listen) {
        // pull-style listeners with a job-id filter, consumed by for-await
        const s = (c as unknown as { session: QmpSession }).session;
        for (let i = 0; i < subs; i++) {
          const id = `job${i}`;
          const l = s.listen('JOB_STATUS_CHANGE', (ev) => ev.data?.id === id, { maxQueued: 1_000_000 });
          offs.push(() => l.close());
          void (async () => {
            for await (const _ev of l) {
              counts[i]!++;
              if (++total === count) done();
            }
          })();
        }
      } else {
        for (let i = 0; i < subs; i++) {
          const id = subs === 1 ? undefined : `job${i}`;
          offs.push(
            c.on('JOB_STATUS_CHANGE', (ev) => {
              if (id !== undefined && ev.data?.id !== id) return;
              counts[i]!++;
              if (++total === count) done();
            }),
          );
        }
      }
      await c.execute('x-bench-events', { count, jobs: subs });
      await finished;
      for (const off of offs) off();
    };
    await run(Math.min(20_000, n));
    gc();
    const r = await timed(() => run(n));
    await c.close();
    return { evs: (n / r.wallMs) * 1000, cpuUsPerEv: (r.cpuMs * 1000) / n, wallMs: r.wallMs, cpuMs: r.cpuMs };
  },

  /** 4: a `bytes`-long query-named-block-nodes answer, `reps` times. */
  async large(impl, path, p) {
    const c = await connect(impl, path);
    const bytes = p.bytes ?? 1 << 20;
    const reps = p.reps ?? 10;
    const one = async (): Promise<number> => {
      const t0 = performance.now();
      const r = await c.execute<unknown[]>('query-named-block-nodes', { 'x-bytes': bytes });
      const dt = performance.now() - t0;
      if (!Array.isArray(r) || r.length === 0) throw new Error('bad answer');
      return dt;
    };
    // Peak RSS of one answer on a settled process: measured before the
    // timing reps, so that it is not mixed with garbage of earlier ones.
    gc();
    await new Promise((r) => setTimeout(r, 20));
    gc();
    const rss0 = process.memoryUsage().rss;
    const reset = resetPeak();
    await one();
    const peak = peakRss() - rss0;
    for (let i = 0; i < (p.warm ?? 2); i++) await one();
    const times: number[] = [];
    const cpu = { user: 0, system: 0 };
    for (let i = 0; i < reps; i++) {
      const c0 = process.cpuUsage();
      times.push(await one());
      const c = process.cpuUsage(c0);
      cpu.user += c.user;
      cpu.system += c.system;
    }
    await c.close();
    times.sort((a, b) => a - b);
    const parseMs = await parseFloor(path, bytes, reps);
    return { ms: pct(times, 50), cpuMsPerAnswer: (cpu.user + cpu.system) / 1000 / reps, peakRssMiB: reset ? peak / 2 ** 20 : NaN, mbps: bytes / 2 ** 20 / (pct(times, 50) / 1000), parseMs };
  },

  /** 7: drive a replayed trace of `pairs` query-status exchanges, `depth` in flight. */
  async replay(impl, path, p) {
    const c = await connect(impl, path);
    const pairs = p.pairs ?? 45_000;
    const depth = p.depth ?? 64;
    let sent = 0;
    const r = await timed(async () => {
      const worker = async (): Promise<void> => {
        while (sent < pairs) {
          sent++;
          await c.execute('query-status');
        }
      };
      await Promise.all(Array.from({ length: depth }, worker));
    });
    await c.close();
    return { wallMs: r.wallMs, cpuMs: r.cpuMs };
  },

  /** 6: chain discovery and base lookup in a deep chain (bench/jobs-client.ts). */
  async chain(_impl, _path, p) {
    return (await import('./jobs-client.js')).chain(p);
  },

  /** 8: block pull: completion-to-event latency and QMP messages (bench/jobs-client.ts). */
  async jobs(_impl, _path, p) {
    return (await import('./jobs-client.js')).jobs(p);
  },

  /** 5: `n` sessions; RSS per idle session; then a progress-reporting job on each. */
  async scale(impl, path, p) {
    const n = p.n ?? 1000;
    const interval = p.interval ?? 100;
    const count = p.count ?? 20;
    gc();
    await new Promise((r) => setTimeout(r, 50));
    gc();
    const rss0 = process.memoryUsage().rss;
    const heap0 = process.memoryUsage().heapUsed;
    const clients: Client[] = [];
    const batch = 100;
    for (let i = 0; i < n; i += batch) {
      clients.push(...(await Promise.all(Array.from({ length: Math.min(batch, n - i) }, () => connect(impl, path)))));
    }
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 30));
    }
    const rss1 = process.memoryUsage().rss;
    const heap1 = process.memoryUsage().heapUsed;
    const lat: number[] = [];
    let got = 0;
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    for (const c of clients) {
      c.on('JOB_STATUS_CHANGE', (ev) => {
        lat.push(nowUs() - (ev.data!.t as number));
        if (++got === n * count) done();
      });
    }
    const r = await timed(async () => {
      await Promise.all(clients.map((c, i) => c.execute('x-bench-job', { interval, count, id: `job${i}` })));
      await finished;
    });
    const rss2 = process.memoryUsage().rss;
    await Promise.all(clients.map((c) => c.close()));
    lat.sort((a, b) => a - b);
    return {
      rssPerSessionKiB: (rss1 - rss0) / n / 1024,
      heapPerSessionKiB: (heap1 - heap0) / n / 1024,
      rssPerBusySessionKiB: (rss2 - rss0) / n / 1024,
      p50ms: pct(lat, 50) / 1000,
      p99ms: pct(lat, 99) / 1000,
      maxms: lat[lat.length - 1]! / 1000,
      cpuMs: r.cpuMs,
      wallMs: r.wallMs,
    };
  },
};

async function main(): Promise<void> {
  const [bench, impl, path, params] = process.argv.slice(2);
  const fn = bench && benches[bench];
  if (!fn || !impl || !path) throw new Error(`usage: client.ts {${Object.keys(benches).join('|')}} {naive|qmpblock|qmpblock-rec|qmpblock-writes} SOCKET [JSON]`);
  const figures = await fn(impl, path, params ? (JSON.parse(params) as Params) : {});
  for (const c of cleanups) c();
  process.stdout.write(JSON.stringify(figures) + '\n');
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
