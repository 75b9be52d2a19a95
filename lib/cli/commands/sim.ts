/**
 * `sim`: serve the embedded QEMU simulator (lib/sim) on a socket, on the real
 * clock, until Ctrl-C, SIGTERM or a `quit` command (QEMU exits on quit, and
 * so does this). The disks and their chains are printed on stderr.
 */
import { flag, opt } from '../argv.js';
import type { Command } from '../context.js';
import { UsageError } from '../errors.js';
import { listeningAt, serveUntilStopped } from '../serve.js';
import { parseSimArgs, startSimulator } from '../../sim/index.js';

export const sim: Command = {
  usage: 'sim --listen <URI> [--chain NAME=TOP,MID,BASE]... [--blockdev] [--size BYTES]',
  spec: { name: 'sim', options: ['listen', 'size'], repeatable: ['chain'], flags: ['blockdev'] },
  async run(ctx, args) {
    // lib/sim owns the meaning of its set-up arguments; hand them over as given.
    const tokens: string[] = [];
    const listen = opt(args, 'listen');
    if (listen === undefined) throw new UsageError("command 'sim' requires <listen> option");
    tokens.push('--listen', listen);
    for (const c of args.options.get('chain') ?? []) tokens.push('--chain', c);
    if (flag(args, 'blockdev')) tokens.push('--blockdev');
    const size = opt(args, 'size');
    if (size !== undefined) tokens.push('--size', size);
    let spec;
    try {
      spec = parseSimArgs(tokens);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const s = await startSimulator({ listen: spec.listen, disks: spec.disks, clock: 'real' });
    const where = listeningAt(s.endpoint);
    ctx.printer.err(`Simulator listening on ${where}\n`, { event: 'listening', listen: where });
    const nodes = [...s.machine.graph.nodes.values()];
    for (const d of spec.disks) {
      const chain = d.chain;
      // A -blockdev disk has no device: clients name it by its top format node.
      const name = d.blockdev ? (nodes.find((n) => n.isFormat && n.image.filename === chain[0])?.nodeName ?? d.name) : d.name;
      // Base first, as `template <- intermediate <- current` reads: each image backs the next.
      ctx.printer.err(`  ${name}: ${[...chain].reverse().join(' <- ')}\n`, { event: 'disk', disk: name, chain });
    }
    const quit = new Promise<void>((resolve) => {
      const t = setInterval(() => {
        if (s.machine.quitting) {
          clearInterval(t);
          resolve();
        }
      }, 100);
      // Not unref'd: after quit the server holds nothing open, and this is what waits.
    });
    await serveUntilStopped(ctx, () => s.close(), quit);
    return 0;
  },
};
