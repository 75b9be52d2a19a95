/**
 * `record` and `replay`: the trace recorder as a proxy between a client and
 * a QMP server, and a recorded trace served as a QMP server (lib/trace).
 * Status lines go to stderr so that stdout stays clean for --json records.
 */
import { opt, flag } from '../argv.js';
import type { Command } from '../context.js';
import { listeningAt, serveUntilStopped } from '../serve.js';
import { parseNumber } from '../values.js';
import { startRecordProxy } from '../../trace/proxy.js';
import { replayTrace, type ReplayResult } from '../../trace/replayer.js';
import { UsageError } from '../errors.js';

export const record: Command = {
  usage: 'record --upstream <URI> --listen <URI> --out FILE',
  spec: { name: 'record', options: ['upstream', 'listen', 'out'] },
  async run(ctx, args) {
    const upstream = opt(args, 'upstream');
    const listen = opt(args, 'listen');
    const out = opt(args, 'out');
    for (const [k, v] of [['upstream', upstream], ['listen', listen], ['out', out]] as const) {
      if (v === undefined) throw new UsageError(`command 'record' requires <${k}> option`);
    }
    const proxy = await startRecordProxy({ upstream: upstream!, listen: listen!, out: out!, connectTimeout: ctx.globals.timeoutMs });
    const where = listeningAt(proxy.endpoint);
    ctx.printer.err(`Recording to ${out}; listening on ${where}\n`, { event: 'listening', listen: where, out });
    proxy.on('recorded', (file: string, n: number) => ctx.printer.record({ event: 'recorded', file, messages: n }));
    proxy.on('error', (err: Error) => ctx.printer.warning(err.message));
    await serveUntilStopped(ctx, () => proxy.close());
    return 0;
  },
};

export const replay: Command = {
  usage: 'replay FILE --listen <URI> [--speed X] [--lenient KEY,...] [--once]',
  spec: {
    name: 'replay',
    positionals: [{ name: 'file' }],
    options: ['listen', 'speed', 'lenient'],
    flags: ['once'],
  },
  async run(ctx, args) {
    const file = args.positionals.file!;
    const listen = opt(args, 'listen');
    if (listen === undefined) throw new UsageError("command 'replay' requires <listen> option");
    const speedText = opt(args, 'speed');
    const speed = speedText === undefined ? 1 : parseNumber('speed', speedText, true);
    // "device, speed" as typed in a shell: each key trimmed.
    const lenient = (opt(args, 'lenient') ?? '').split(',').map((k) => k.trim()).filter(Boolean);
    const server = await replayTrace(file, { listen, speed, lenient });
    const where = listeningAt(server.endpoint);
    ctx.printer.err(`Replaying ${file}; listening on ${where}\n`, { event: 'listening', listen: where, file });
    let failed = false;
    server.on('mismatch', (m) => {
      failed = true;
      const where = m.expected === undefined ? `${m.trace} (past its end)` : `${m.trace}:${m.line ?? '?'}`;
      ctx.printer.err(`mismatch at ${where}: ${m.diff}\n`, { event: 'mismatch', trace: m.trace, line: m.line ?? null, diff: m.diff });
    });
    server.on('error', (err: Error) => ctx.printer.warning(err.message));
    server.on('done', (r: ReplayResult) => {
      if (!r.complete) failed = true;
      const next = r.nextLine === undefined ? '' : `, next expected at ${r.trace}:${r.nextLine}`;
      ctx.printer.err(`connection done: ${r.consumed}/${r.total} messages${r.complete ? ', complete' : ''}${r.extra ? `, ${r.extra} past the end` : ''}${next}\n`, {
        event: 'done', consumed: r.consumed, total: r.total, complete: r.complete, extra: r.extra, mismatches: r.mismatches.length, nextLine: r.nextLine ?? null,
      });
    });
    const once = flag(args, 'once') ? server.nextResult() : undefined;
    let served = false;
    void once?.then(() => (served = true));
    await serveUntilStopped(ctx, () => server.close(), once);
    // A connection that strayed from the trace is an error when the server
    // stops too (interface.md: exit 1 on any error); with --once, stopped
    // before any client came is not a match either.
    if (failed || (once && !served)) {
      ctx.printer.error(`replay of ${file} did not match the trace`);
      return 1;
    }
    return 0;
  },
};
