/**
 * `domblklist` and `chain`: what the manager discovered. domblklist is laid
 * out like virsh's table (Target, then our node-name column, then Source);
 * `chain` prints one image per line, top first (the path, or the node-name
 * of an image with no file behind it).
 */
import type { Command } from '../context.js';
import { table } from '../format.js';

export const domblklist: Command = {
  usage: 'domblklist',
  spec: { name: 'domblklist' },
  async run(ctx) {
    const { manager } = await ctx.backend();
    const disks = await manager.listDisks();
    if (ctx.printer.json) {
      for (const d of disks) ctx.printer.record({ disk: d.name, nodeName: d.nodeName ?? null, path: d.path ?? null });
      return 0;
    }
    ctx.printer.out(table(['Target', 'Node', 'Source'], disks.map((d) => [d.name, d.nodeName ?? '-', d.path ?? '-'])));
    return 0;
  },
};

export const chain: Command = {
  usage: 'chain <disk>',
  spec: { name: 'chain', positionals: [{ name: 'disk', aliases: ['path'] }] },
  async run(ctx, args) {
    const disk = args.positionals.disk!;
    const { manager } = await ctx.backend();
    const { disk: name, images } = await manager.chain(disk);
    images.forEach((img, i) => {
      ctx.printer.out(`${img.path ?? img.nodeName ?? '?'}\n`, {
        // The disk's name, also when it was given by path or node-name.
        disk: name,
        index: i + 1,
        path: img.path ?? null,
        nodeName: img.nodeName ?? null,
        format: img.format ?? null,
      });
    });
    return 0;
  },
};
