/**
 * `merge`: the seed's general merge (forward into the current or a lower
 * image, backward from the current or a lower image), one call in the
 * library. The library sees the whole operation through, pivot included, so
 * the command always lasts until the chain is re-linked; --wait is accepted
 * for symmetry with the virsh commands. --verbose draws the job's progress
 * as blockpull does; Ctrl-C aborts the job and exits 0 ("Merge aborted").
 */
import { FLAGS } from '../api.js';
import { flag, opt } from '../argv.js';
import type { Command } from '../context.js';
import { percentDone, progressDoneLine, progressLine } from '../format.js';
import { bandwidthOption } from '../values.js';

const LABEL = 'Block Merge';

export const merge: Command = {
  usage: 'merge <disk> --source <path> --dest <path> [--bandwidth N] [--bytes] [--wait] [--verbose] [--keep-relative]',
  spec: {
    name: 'merge',
    positionals: [{ name: 'disk', aliases: ['path'] }, { name: 'source' }, { name: 'dest' }],
    flags: ['wait', 'verbose', 'bytes', 'keep-relative'],
    options: ['bandwidth'],
  },
  async run(ctx, args) {
    const disk = args.positionals.disk!;
    const source = args.positionals.source!;
    const dest = args.positionals.dest!;
    const bytes = flag(args, 'bytes');
    // Given or not: a retry that takes a left job over keeps its speed unless told.
    const bandwidth = opt(args, 'bandwidth') === undefined ? undefined : bandwidthOption(args, bytes);
    const verbose = flag(args, 'verbose');
    const { manager } = await ctx.backend();

    let userAbort = false;
    const unhook = ctx.onInterrupt(() => {
      userAbort = true;
      manager.blockJobAbort(disk, FLAGS.ABORT_ASYNC).catch(() => undefined);
    });
    let settled = false;
    const run = manager
      .blockMerge(disk, source, dest, { bandwidth, flags: (bytes ? FLAGS.REBASE_BANDWIDTH_BYTES : 0) | (flag(args, 'keep-relative') ? FLAGS.REBASE_RELATIVE : 0) })
      .finally(() => (settled = true));
    try {
      if (verbose) {
        let last = { cur: -1, end: -1 };
        while (!settled) {
          const info = await manager.getBlockJobInfo(disk, 0).catch(() => null);
          if (info && info.end > 0 && (info.cur !== last.cur || info.end !== last.end)) {
            ctx.printer.err(progressLine(LABEL, info.cur, info.end), {
              event: 'progress', disk, cur: info.cur, end: info.end, percent: percentDone(info.cur, info.end),
            });
            last = { cur: info.cur, end: info.end };
          }
          await Promise.race([ctx.sleep(ctx.pollMs), run.catch(() => undefined)]);
        }
      }
      await run;
    } catch (err) {
      if (!userAbort || manager.connectionLost()) throw err;
      ctx.printer.out('\nMerge aborted\n', { disk, result: 'aborted', message: 'Merge aborted', userAbort: true });
      return 0;
    } finally {
      unhook();
    }
    if (verbose) ctx.printer.err(progressDoneLine(LABEL), { event: 'progress', disk, percent: 100 });
    ctx.printer.out('\nMerge complete\n', { disk, result: 'complete', message: 'Merge complete', source, dest });
    return 0;
  },
};
