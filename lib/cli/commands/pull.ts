/**
 * `blockpull`: virsh's cmdBlockPull. virDomainBlockPull with no base and no
 * flags, virDomainBlockRebase otherwise. --verbose and --async require --wait
 * (virsh 9.0 does not let --timeout imply --wait for blockpull).
 */
import { FLAGS } from '../api.js';
import { flag, opt } from '../argv.js';
import type { Command } from '../context.js';
import { reportBadEnd, reportLine, startJob } from '../jobflow.js';
import { requires } from '../rules.js';
import { bandwidthOption, jobTimeoutOption } from '../values.js';

export const blockpull: Command = {
  usage: 'blockpull <disk> [--base <path>] [--bandwidth N] [--bytes] [--wait] [--verbose] [--timeout SEC] [--async] [--keep-relative]',
  spec: {
    name: 'blockpull',
    positionals: [{ name: 'disk', aliases: ['path'] }],
    flags: ['bytes', 'wait', 'verbose', 'async', 'keep-relative'],
    options: ['base', 'bandwidth', 'timeout'],
  },
  async run(ctx, args) {
    requires(args, 'verbose', 'wait');
    requires(args, 'async', 'wait');
    const disk = args.positionals.disk!;
    const base = opt(args, 'base');
    const bytes = flag(args, 'bytes');
    const bandwidth = bandwidthOption(args, bytes);
    const timeoutMs = jobTimeoutOption(args);
    let flags = 0;
    if (flag(args, 'keep-relative')) flags |= FLAGS.REBASE_RELATIVE;
    // virsh picks the API before adding the bytes bit: --bytes alone is still a BlockPull.
    const rebase = base !== undefined || flags !== 0;
    if (bytes) flags |= rebase ? FLAGS.REBASE_BANDWIDTH_BYTES : FLAGS.PULL_BANDWIDTH_BYTES;
    const blocking = flag(args, 'wait');

    const { manager } = await ctx.backend();
    const wait = blocking
      ? { disk, label: 'Block Pull', verbose: flag(args, 'verbose'), timeoutMs, asyncAbort: flag(args, 'async') }
      : undefined;
    const outcome = await startJob(ctx, manager, wait, () =>
      rebase
        ? manager.blockRebase(disk, base ?? null, bandwidth, flags)
        : manager.blockPull(disk, bandwidth, flags),
    );
    if (!outcome) {
      ctx.printer.out('Block Pull started\n', { disk, result: 'started', message: 'Block Pull started' });
      return 0;
    }
    const bad = reportBadEnd(ctx, disk, outcome, { aborted: 'Pull aborted', failed: 'Pull failed' });
    if (bad !== undefined) return bad;
    reportLine(ctx, disk, 'complete', 'Pull complete');
    return 0;
  },
};
