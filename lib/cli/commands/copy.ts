/**
 * `blockcopy`: virsh's cmdBlockCopy, destination given as the second
 * argument or with --dest. --pivot and --finish imply waiting, as does
 * --timeout; after READY, --pivot switches the disk to the copy and --finish
 * ends the mirror leaving the disk where it was. As in virsh, the copy starts
 * with virDomainBlockRebase(COPY), bandwidth in MiB/s (bytes/s with --bytes),
 * unless an option needs virDomainBlockCopy; its bandwidth parameter is always
 * bytes/s.
 */
import path from 'node:path';
import { FLAGS } from '../api.js';
import { flag, opt } from '../argv.js';
import type { Command } from '../context.js';
import { UsageError } from '../errors.js';
import { reportBadEnd, reportLine, startJob } from '../jobflow.js';
import { checkAllowed } from '../allow.js';
import { exclusive, waitingRequired } from '../rules.js';
import { bandwidthOption, jobTimeoutOption, parseCount } from '../values.js';

export const blockcopy: Command = {
  usage:
    'blockcopy <disk> <dest> [--shallow] [--reuse-external] [--format FMT] [--blockdev] [--pivot] [--finish] [--bandwidth N] [--bytes] [--wait] [--verbose] [--timeout SEC] [--async]',
  spec: {
    name: 'blockcopy',
    positionals: [{ name: 'disk', aliases: ['path'] }, { name: 'dest' }],
    flags: ['shallow', 'reuse-external', 'blockdev', 'pivot', 'finish', 'bytes', 'wait', 'verbose', 'async', 'raw', 'transient-job', 'synchronous-writes'],
    options: ['format', 'bandwidth', 'timeout', 'granularity', 'buf-size'],
  },
  async run(ctx, args) {
    exclusive(args, 'pivot', 'finish');
    exclusive(args, 'raw', 'format');
    const disk = args.positionals.disk!;
    const dest = args.positionals.dest!;
    const pivot = flag(args, 'pivot');
    const finish = flag(args, 'finish');
    const bytes = flag(args, 'bytes');
    const bandwidth = bandwidthOption(args, bytes);
    const timeoutMs = jobTimeoutOption(args);
    const blocking = flag(args, 'wait') || pivot || finish || timeoutMs > 0;
    const verbose = flag(args, 'verbose');
    const async = flag(args, 'async');
    waitingRequired(args, blocking, 'finish');
    if (!path.isAbsolute(dest)) throw new UsageError('invalid argument: absolute path must be used as block copy target');
    if (!flag(args, 'reuse-external')) checkAllowed(ctx.globals.allowDirs, dest);
    let flags = 0;
    if (flag(args, 'shallow')) flags |= FLAGS.COPY_SHALLOW;
    if (flag(args, 'reuse-external')) flags |= FLAGS.COPY_REUSE_EXT;
    if (flag(args, 'transient-job')) flags |= FLAGS.COPY_TRANSIENT_JOB;
    if (flag(args, 'synchronous-writes')) flags |= FLAGS.COPY_SYNCHRONOUS_WRITES;
    const format = flag(args, 'raw') ? 'raw' : opt(args, 'format');
    const gran = opt(args, 'granularity');
    const buf = opt(args, 'buf-size');
    // As virsh: virDomainBlockRebase with COPY unless an option needs virDomainBlockCopy
    // (so the bandwidth, MiB/s or bytes/s, has libvirt's limits for that call).
    const newApi = (format !== undefined && format !== 'raw') || gran !== undefined || buf !== undefined || flag(args, 'transient-job') || flag(args, 'synchronous-writes');
    let rebaseFlags = FLAGS.REBASE_COPY;
    if (flag(args, 'shallow')) rebaseFlags |= FLAGS.REBASE_SHALLOW;
    if (flag(args, 'reuse-external')) rebaseFlags |= FLAGS.REBASE_REUSE_EXT;
    if (format === 'raw') rebaseFlags |= FLAGS.REBASE_COPY_RAW;
    if (flag(args, 'blockdev')) rebaseFlags |= FLAGS.REBASE_COPY_DEV;
    if (bytes) rebaseFlags |= FLAGS.REBASE_BANDWIDTH_BYTES;
    const params = {
      // MiB/s are scaled here; a value that overflows stays huge and the library refuses it.
      ...(bandwidth ? { bandwidth: bytes ? bandwidth : bandwidth * 1048576 } : {}),
      ...(format !== undefined ? { format } : {}),
      ...(flag(args, 'blockdev') ? { blockdev: true } : {}),
      ...(gran ? { granularity: parseCount('granularity', gran) } : {}),
      ...(buf ? { bufSize: parseCount('buf-size', buf) } : {}),
    };
    const abortFlags = async ? FLAGS.ABORT_ASYNC : 0;

    const { manager } = await ctx.backend();
    const wait = blocking ? { disk, label: 'Block Copy', verbose, timeoutMs, asyncAbort: async } : undefined;
    const start = (): Promise<void> => (newApi ? manager.blockCopy(disk, dest, params, flags) : manager.blockRebase(disk, dest, bandwidth, rebaseFlags));
    const outcome = await startJob(ctx, manager, wait, start);
    if (!outcome) {
      ctx.printer.out('Block Copy started\n', { disk, result: 'started', message: 'Block Copy started' });
      return 0;
    }
    const bad = reportBadEnd(ctx, disk, outcome, { aborted: 'Copy aborted', failed: 'Copy failed' });
    if (bad !== undefined) return bad;
    if (pivot) {
      await manager.blockJobAbort(disk, abortFlags | FLAGS.ABORT_PIVOT);
      reportLine(ctx, disk, 'pivoted', 'Successfully pivoted');
    } else if (finish) {
      await manager.blockJobAbort(disk, abortFlags);
      reportLine(ctx, disk, 'copied', 'Successfully copied');
    } else {
      reportLine(ctx, disk, 'ready', 'Now in mirroring phase');
    }
    return 0;
  },
};
