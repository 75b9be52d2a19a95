/**
 * `blockjob`: virsh's cmdBlockJob. One mode per call: --info (the default),
 * --abort (with --async / --pivot, each of which implies it), or --bandwidth
 * (which wins over --abort, as in virsh).
 * Output as virsh 9.0 printed it for real (libvirt-block-jobs.md §11.1): the
 * progress line on stderr first, then on stdout the bandwidth line, a bare
 * newline, or "No current block job for <disk>".
 */
import { FLAGS } from '../api.js';
import { flag, opt } from '../argv.js';
import type { Command, CliContext } from '../context.js';
import { bandwidthLine, jobLabel, jobTypeName, percentDone, progressLine, rawInfoLines } from '../format.js';
import { abortJob } from '../jobflow.js';
import { exclusive } from '../rules.js';
import { parseBandwidth } from '../values.js';
import type { ParsedArgs } from '../argv.js';

export const blockjob: Command = {
  usage: 'blockjob <disk> [--info] [--raw] [--abort] [--async] [--pivot] [--bandwidth N] [--bytes]',
  spec: {
    name: 'blockjob',
    positionals: [{ name: 'disk', aliases: ['path'] }],
    flags: ['info', 'raw', 'abort', 'async', 'pivot', 'bytes'],
    options: ['bandwidth'],
  },
  async run(ctx, args) {
    for (const other of ['abort', 'pivot', 'async', 'bandwidth']) exclusive(args, 'raw', other);
    for (const other of ['abort', 'pivot', 'async', 'bandwidth']) exclusive(args, 'info', other);
    for (const other of ['abort', 'pivot', 'async']) exclusive(args, 'bytes', other);
    const disk = args.positionals.disk!;
    if (args.options.has('bandwidth')) return setSpeed(ctx, args, disk);
    if (flag(args, 'abort') || flag(args, 'pivot') || flag(args, 'async')) return abort(ctx, args, disk);
    return info(ctx, args, disk);
  },
};

async function setSpeed(ctx: CliContext, args: ParsedArgs, disk: string): Promise<number> {
  const bytes = flag(args, 'bytes');
  const bandwidth = parseBandwidth(opt(args, 'bandwidth')!, bytes);
  const { manager } = await ctx.backend();
  await manager.blockJobSetSpeed(disk, bandwidth, bytes ? FLAGS.SPEED_BANDWIDTH_BYTES : 0);
  ctx.printer.out('\n', { disk, result: 'speed', bandwidth, unit: bytes ? 'bytes/s' : 'MiB/s' });
  return 0;
}

async function abort(ctx: CliContext, args: ParsedArgs, disk: string): Promise<number> {
  const pivot = flag(args, 'pivot');
  const flags = (flag(args, 'async') ? FLAGS.ABORT_ASYNC : 0) | (pivot ? FLAGS.ABORT_PIVOT : 0);
  const { manager } = await ctx.backend();
  await abortJob(ctx, manager, disk, flags);
  ctx.printer.out('\n', { disk, result: pivot ? 'pivoted' : 'aborted', async: flag(args, 'async') });
  return 0;
}

/**
 * virshBlockJobInfo: bandwidth asked in bytes/s (so the line can show
 * bytes), except for --raw without --bytes, which shows libvirt's MiB/s.
 */
async function info(ctx: CliContext, args: ParsedArgs, disk: string): Promise<number> {
  const raw = flag(args, 'raw');
  const bytes = flag(args, 'bytes');
  const inBytes = bytes || !raw;
  const { manager } = await ctx.backend();
  const job = await manager.getBlockJobInfo(disk, inBytes ? FLAGS.INFO_BANDWIDTH_BYTES : 0);
  if (!job) {
    if (raw) ctx.printer.record({ disk, job: null });
    else ctx.printer.out(`No current block job for ${disk}\n`, { disk, job: null });
    return 0;
  }
  const record = {
    disk,
    job: jobTypeName(job.type),
    label: jobLabel(job.type),
    cur: job.cur,
    end: job.end,
    percent: percentDone(job.cur, job.end),
    bandwidth: job.bandwidth,
    unit: inBytes ? 'bytes/s' : 'MiB/s',
  };
  if (raw) {
    ctx.printer.out(rawInfoLines(job), record);
    return 0;
  }
  ctx.printer.err(progressLine(jobLabel(job.type), job.cur, job.end));
  ctx.printer.out(job.bandwidth ? `${bandwidthLine(job.bandwidth)}\n` : '\n\n', record);
  return 0;
}
