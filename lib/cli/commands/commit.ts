/**
 * `blockcommit`: virsh's cmdBlockCommit. --pivot and --keep-overlay imply
 * --active and waiting; --timeout implies waiting; after READY, --pivot
 * pivots and --keep-overlay aborts (QEMU completes a cancelled READY job and
 * the disk stays on its top image).
 */
import { FLAGS } from '../api.js';
import { flag, opt } from '../argv.js';
import type { Command } from '../context.js';
import { reportBadEnd, reportLine, startJob } from '../jobflow.js';
import { exclusive, waitingRequired } from '../rules.js';
import { bandwidthOption, jobTimeoutOption } from '../values.js';

export const blockcommit: Command = {
  usage:
    'blockcommit <disk> [--top <path>] [--base <path>] [--active] [--pivot] [--keep-overlay] [--shallow] [--delete] [--keep-relative] [--bandwidth N] [--bytes] [--wait] [--verbose] [--timeout SEC] [--async]',
  spec: {
    name: 'blockcommit',
    positionals: [{ name: 'disk', aliases: ['path'] }],
    flags: ['active', 'pivot', 'keep-overlay', 'shallow', 'delete', 'keep-relative', 'bytes', 'wait', 'verbose', 'async'],
    options: ['top', 'base', 'bandwidth', 'timeout'],
  },
  async run(ctx, args) {
    exclusive(args, 'pivot', 'keep-overlay');
    const disk = args.positionals.disk!;
    const pivot = flag(args, 'pivot');
    const keepOverlay = flag(args, 'keep-overlay');
    const active = flag(args, 'active') || pivot || keepOverlay;
    const bytes = flag(args, 'bytes');
    const bandwidth = bandwidthOption(args, bytes);
    const timeoutMs = jobTimeoutOption(args);
    const blocking = flag(args, 'wait') || pivot || keepOverlay || timeoutMs > 0;
    const verbose = flag(args, 'verbose');
    const async = flag(args, 'async');
    waitingRequired(args, blocking, 'keep-overlay');
    let flags = 0;
    if (flag(args, 'shallow')) flags |= FLAGS.COMMIT_SHALLOW;
    if (flag(args, 'delete')) flags |= FLAGS.COMMIT_DELETE;
    if (active) flags |= FLAGS.COMMIT_ACTIVE;
    if (flag(args, 'keep-relative')) flags |= FLAGS.COMMIT_RELATIVE;
    if (bytes) flags |= FLAGS.COMMIT_BANDWIDTH_BYTES;
    const abortFlags = async ? FLAGS.ABORT_ASYNC : 0;

    const { manager } = await ctx.backend();
    const wait = blocking ? { disk, label: 'Block commit', verbose, timeoutMs, asyncAbort: async } : undefined;
    const outcome = await startJob(ctx, manager, wait, () =>
      manager.blockCommit(disk, opt(args, 'base') ?? null, opt(args, 'top') ?? null, bandwidth, flags),
    );
    if (!outcome) {
      const msg = active ? 'Active Block Commit started' : 'Block Commit started';
      ctx.printer.out(`${msg}\n`, { disk, result: 'started', message: msg });
      return 0;
    }
    const bad = reportBadEnd(ctx, disk, outcome, { aborted: 'Commit aborted', failed: 'Commit failed' });
    if (bad !== undefined) return bad;
    if (!active) {
      reportLine(ctx, disk, 'complete', 'Commit complete');
    } else if (pivot) {
      await manager.blockJobAbort(disk, abortFlags | FLAGS.ABORT_PIVOT);
      reportLine(ctx, disk, 'pivoted', 'Successfully pivoted');
    } else if (keepOverlay) {
      await manager.blockJobAbort(disk, abortFlags);
      reportLine(ctx, disk, 'complete', 'Commit complete, overlay image kept');
    } else {
      reportLine(ctx, disk, 'ready', 'Now in synchronized phase');
    }
    return 0;
  },
};
