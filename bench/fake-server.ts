/**
 * The fake QMP server every benchmark talks to. It runs in its own process
 * (started by bench/run.ts) so that the client's CPU time is measured apart
 * from the server's. It speaks just enough QMP for the benchmarks:
 *
 * - the greeting, then `qmp_capabilities` (other commands before it fail with
 *   CommandNotFound, as in QEMU);
 * - `query-status`: a small constant answer;
 * - `query-named-block-nodes` with the bench-only argument `x-bytes`: a
 *   `return` of about that many bytes, shaped like QEMU's answer for a
 *   1,000-image backing chain (built once per size and cached);
 * - `x-bench-events {count, jobs}`: answers `{}`, then sends `count` small
 *   JOB_STATUS_CHANGE events whose `data.id` cycles over `job0..job{jobs-1}`
 *   (prebuilt, written in 64 KiB slices with back-pressure);
 * - `x-bench-job {interval, count}`: answers `{}`, then every `interval` ms
 *   sends one progress event (JOB_STATUS_CHANGE, status running) carrying
 *   `data.t`, the server's monotonic clock in microseconds, so that the
 *   client can compute the delivery latency (CLOCK_MONOTONIC is system-wide);
 * - `x-bench-stats`: this process's CPU time and RSS.
 *
 * Input is read the way QEMU reads it (a JSON stream, lib/transport/json-stream.ts);
 * answers end with "\r\n". Usage: fake-server.ts SOCKET_PATH; prints "ready".
 */
import net from 'node:net';
import fs from 'node:fs';
import { JsonStreamSplitter } from '../lib/transport/json-stream.js';

const GREETING =
  '{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": "qmpblock-bench"}, "capabilities": ["oob"]}}\r\n';
const STATUS = '{"return": {"status": "running", "singlestep": false, "running": true}';

/** A `return` value like query-named-block-nodes on a deep chain, about `bytes` long. */
export function bigReturn(bytes: number, depth = 1000): string {
  const nodes: string[] = [];
  let size = 2;
  for (let i = 0; size < bytes; i++) {
    const k = i % depth;
    const file = `/var/lib/libvirt/images/chain/layer-${String(k).padStart(4, '0')}.qcow2`;
    const backing = k + 1 < depth ? `/var/lib/libvirt/images/chain/layer-${String(k + 1).padStart(4, '0')}.qcow2` : undefined;
    const node = {
      'iops_rd': 0, 'detect_zeroes': 'off', 'image': {
        'virtual-size': 10737418240, 'filename': file, 'cluster-size': 65536, 'format': 'qcow2',
        'actual-size': 200704 + k * 4096, 'format-specific': { 'type': 'qcow2', 'data': {
          'compat': '1.1', 'compression-type': 'zlib', 'lazy-refcounts': false, 'refcount-bits': 16,
          'corrupt': false, 'extended-l2': false } },
        'dirty-flag': false, ...(backing ? { 'backing-filename': backing, 'full-backing-filename': backing, 'backing-filename-format': 'qcow2' } : {}),
      },
      'iops_wr': 0, 'ro': k > 0, 'node-name': `#block${String(i).padStart(5, '0')}`, 'backing_file_depth': depth - 1 - k,
      'drv': 'qcow2', 'iops': 0, 'bps_wr': 0, 'write_threshold': 0, ...(backing ? { 'backing_file': backing } : {}),
      'encrypted': false, 'bps': 0, 'bps_rd': 0, 'cache': { 'no-flush': false, 'direct': false, 'writeback': true },
      'file': file,
    };
    const text = JSON.stringify(node).replace(/":/g, '": ').replace(/,"/g, ', "');
    nodes.push(text);
    size += text.length + 2;
  }
  return `[${nodes.join(', ')}]`;
}

function stamp(): string {
  const ms = Date.now();
  return `"timestamp": {"seconds": ${Math.floor(ms / 1000)}, "microseconds": ${(ms % 1000) * 1000}}`;
}

const bigCache = new Map<number, Buffer>();
function bigAnswerHead(bytes: number): Buffer {
  let b = bigCache.get(bytes);
  if (!b) {
    b = Buffer.from(`{"return": ${bigReturn(bytes)}`, 'latin1');
    bigCache.set(bytes, b);
  }
  return b;
}

const eventCache = new Map<string, Buffer[]>();
function eventSlices(count: number, jobs: number): Buffer[] {
  const key = `${count}/${jobs}`;
  let slices = eventCache.get(key);
  if (slices) return slices;
  slices = [];
  const ts = stamp();
  let cur: string[] = [];
  let curBytes = 0;
  for (let i = 0; i < count; i++) {
    const line = `{"event": "JOB_STATUS_CHANGE", "data": {"status": "running", "id": "job${i % jobs}"}, ${ts}}\r\n`;
    cur.push(line);
    curBytes += line.length;
    if (curBytes >= 65536) {
      slices.push(Buffer.from(cur.join(''), 'latin1'));
      cur = [];
      curBytes = 0;
    }
  }
  if (cur.length) slices.push(Buffer.from(cur.join(''), 'latin1'));
  eventCache.set(key, slices);
  return slices;
}

async function writeAll(sock: net.Socket, slices: Buffer[]): Promise<void> {
  for (const s of slices) {
    if (sock.destroyed) return;
    if (!sock.write(s)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          sock.off('drain', done);
          sock.off('close', done);
          resolve();
        };
        sock.on('drain', done);
        sock.on('close', done);
      });
    }
  }
}

function serve(sock: net.Socket): void {
  let negotiated = false;
  const timers = new Set<NodeJS.Timeout>();
  let out: string[] = [];
  const idText = (id: unknown): string => (id === undefined ? '' : `, "id": ${JSON.stringify(id)}`);
  const answer = (id: unknown, ret = '{}'): void => {
    out.push(`{"return": ${ret}${idText(id)}}\r\n`);
  };
  const flush = (): void => {
    if (out.length === 0) return;
    const text = out.length === 1 ? out[0]! : out.join('');
    out = [];
    sock.write(text);
  };
  const splitter = new JsonStreamSplitter((text) => {
    let cmd: { execute?: string; arguments?: Record<string, unknown>; id?: unknown };
    try {
      cmd = JSON.parse(text);
    } catch {
      out.push('{"error": {"class": "GenericError", "desc": "JSON parse error"}}\r\n');
      return;
    }
    const id = cmd.id;
    const args = cmd.arguments ?? {};
    if (!negotiated) {
      if (cmd.execute === 'qmp_capabilities') {
        negotiated = true;
        answer(id);
      } else {
        out.push(`{"error": {"class": "CommandNotFound", "desc": "Expecting capabilities negotiation with 'qmp_capabilities'"}${idText(id)}}\r\n`);
      }
      return;
    }
    switch (cmd.execute) {
      case 'query-status':
        out.push(`${STATUS}${idText(id)}}\r\n`);
        return;
      case 'query-named-block-nodes': {
        const head = bigAnswerHead(Number(args['x-bytes'] ?? 65536));
        flush();
        sock.write(head);
        sock.write(`${idText(id)}}\r\n`);
        return;
      }
      case 'x-bench-events': {
        const slices = eventSlices(Number(args.count ?? 1000), Number(args.jobs ?? 1));
        answer(id);
        flush();
        void writeAll(sock, slices);
        return;
      }
      case 'x-bench-job': {
        const interval = Number(args.interval ?? 100);
        let left = Number(args.count ?? 10);
        const job = String(args.id ?? 'job0');
        answer(id);
        // Start at a random phase so that 1,000 jobs do not tick together.
        const start = setTimeout(() => {
          timers.delete(start);
          const tick = setInterval(() => {
            const t = Number(process.hrtime.bigint() / 1000n);
            sock.write(`{"event": "JOB_STATUS_CHANGE", "data": {"status": "running", "id": "${job}", "t": ${t}}, ${stamp()}}\r\n`);
            if (--left <= 0) {
              clearInterval(tick);
              timers.delete(tick);
            }
          }, interval);
          timers.add(tick);
        }, Math.random() * interval);
        timers.add(start);
        return;
      }
      case 'x-bench-stats': {
        const cpu = process.cpuUsage();
        answer(id, JSON.stringify({ cpuUser: cpu.user, cpuSystem: cpu.system, rss: process.memoryUsage().rss }));
        return;
      }
      default:
        out.push(`{"error": {"class": "CommandNotFound", "desc": "The command ${cmd.execute} has not been found"}${idText(id)}}\r\n`);
    }
  });
  sock.write(GREETING);
  sock.on('data', (chunk: Buffer) => {
    splitter.push(chunk);
    flush();
  });
  sock.on('error', () => {});
  sock.on('close', () => {
    for (const t of timers) clearTimeout(t);
    timers.clear();
  });
}

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path) throw new Error('usage: fake-server.ts SOCKET_PATH');
  try {
    fs.unlinkSync(path);
  } catch {
    // none
  }
  const server = net.createServer(serve);
  server.maxConnections = 100_000;
  await new Promise<void>((resolve) => server.listen({ path, backlog: 4096 }, resolve));
  // Build the big answers now, so that building them is not timed.
  for (const arg of process.argv.slice(3)) bigAnswerHead(Number(arg));
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => {
    server.close();
    process.exit(0);
  });
  if (process.env.QMPBLOCK_BENCH_PARENT) {
    // started by bench/run.ts: stop when it goes away (its end of our stdin closes)
    process.stdin.on('end', () => process.exit(0));
    process.stdin.resume();
  }
}

void main();
