/**
 * `snapshot-create`, `snapshot-list`, `snapshot-delete`: disk-only external
 * snapshots that remember, per disk, which way to merge when deleted (the
 * seed's `on_delete merge=`). `--diskspec` follows virsh's syntax
 * (`vda,file=/p,,with,,commas`: a doubled comma is a literal one) with our
 * extra `merge=forward|backward`. Messages as virsh prints them.
 */
import { FLAGS, type SnapshotDiskSpec } from '../api.js';
import { flag } from '../argv.js';
import path from 'node:path';
import { checkAllowed } from '../allow.js';
import type { Command } from '../context.js';
import { CliFailure, UsageError } from '../errors.js';
import { snapshotTime, table } from '../format.js';

/** Split on single commas; `,,` stands for a literal comma (virsh's escaping). */
export function splitDiskspec(text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ',') {
      if (text[i + 1] === ',') {
        cur += ',';
        i++;
        continue;
      }
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts;
}

export function parseDiskspec(text: string): SnapshotDiskSpec {
  const [disk, ...fields] = splitDiskspec(text);
  if (!disk) throw new UsageError(`unable to parse diskspec: ${text}`);
  let file: string | undefined;
  let merge: 'forward' | 'backward' = 'forward';
  for (const f of fields) {
    const eq = f.indexOf('=');
    const key = eq < 0 ? f : f.slice(0, eq);
    const value = eq < 0 ? '' : f.slice(eq + 1);
    switch (key) {
      case 'file':
        if (!value) throw new UsageError(`unable to parse diskspec: ${text}`);
        // As given: a relative path is refused (the library says so), as blockcopy's is.
        file = value;
        break;
      case 'merge':
        if (value !== 'forward' && value !== 'backward') {
          throw new UsageError(`invalid argument: merge direction '${value}' in diskspec '${text}': expected forward or backward`);
        }
        merge = value;
        break;
      case 'snapshot':
        if (value !== 'external') throw new UsageError(`unsupported configuration: only external disk snapshots are supported, got snapshot=${value}`);
        break;
      case 'driver':
        if (value !== 'qcow2') throw new UsageError(`unsupported configuration: snapshot overlays are qcow2, got driver=${value}`);
        break;
      default:
        throw new UsageError(`unable to parse diskspec: ${text}`);
    }
  }
  if (!file) throw new UsageError(`invalid argument: diskspec '${text}' needs file=<path>`);
  return { disk, file, merge };
}

export const snapshotCreate: Command = {
  usage: 'snapshot-create <name> --diskspec <disk>,file=<path>[,merge=forward|backward] ... [--no-metadata] [--disk-only] [--atomic]',
  spec: { name: 'snapshot-create', positionals: [{ name: 'name' }], repeatable: ['diskspec'], flags: ['disk-only', 'atomic', 'no-metadata'] },
  async run(ctx, args) {
    const name = args.positionals.name!;
    const specs = (args.options.get('diskspec') ?? []).map((s) => parseDiskspec(s));
    if (specs.length === 0) throw new UsageError("command 'snapshot-create' requires <diskspec> option");
    const seen = new Set<string>();
    for (const s of specs) {
      if (seen.has(s.disk)) throw new UsageError(`invalid argument: disk '${s.disk}' specified twice`);
      seen.add(s.disk);
      // A relative path gets libvirt's "absolute path must be used" from the library.
      if (path.isAbsolute(s.file)) checkAllowed(ctx.globals.allowDirs, s.file);
    }
    const flags = (flag(args, 'no-metadata') ? FLAGS.SNAPSHOT_CREATE_NO_METADATA : 0) | (flag(args, 'disk-only') ? FLAGS.SNAPSHOT_CREATE_DISK_ONLY : 0) | (flag(args, 'atomic') ? FLAGS.SNAPSHOT_CREATE_ATOMIC : 0);
    const { manager } = await ctx.backend();
    await manager.snapshotCreate(name, specs, flags);
    ctx.printer.out(`Domain snapshot ${name} created\n`, { snapshot: name, result: 'created', disks: specs });
    return 0;
  },
};

export const snapshotList: Command = {
  usage: 'snapshot-list',
  spec: { name: 'snapshot-list' },
  async run(ctx) {
    const { manager } = await ctx.backend();
    const snaps = await manager.snapshotList();
    if (ctx.printer.json) {
      for (const s of snaps) ctx.printer.record({ snapshot: s.name, created: s.created ?? null, state: s.state ?? 'disk-snapshot', disks: s.disks });
      return 0;
    }
    const rows = snaps.map((s) => [
      s.name,
      s.created ? snapshotTime(s.created) : '-',
      s.state ?? 'disk-snapshot',
      s.disks.map((d) => `${d.disk}:${d.merge}${d.state && d.state !== 'pending' ? `(${d.state})` : ''}`).join(' '),
    ]);
    ctx.printer.out(table(['Name', 'Creation Time', 'State', 'Disks'], rows));
    return 0;
  },
};

export const snapshotDelete: Command = {
  usage: 'snapshot-delete <name> [--metadata]',
  spec: { name: 'snapshot-delete', positionals: [{ name: 'name' }], flags: ['metadata'] },
  async run(ctx, args) {
    const name = args.positionals.name!;
    const metadata = flag(args, 'metadata');
    // Ctrl-C leaves merges where they are (in QEMU, marked as this
    // snapshot's): say so, and how to finish them, rather than exit silently.
    let started = false;
    let stop!: (err: Error) => void;
    const interrupted = new Promise<never>((_, reject) => (stop = reject));
    const again = `'snapshot-delete ${name}${metadata ? ' --metadata' : ''}'`;
    const unhook = ctx.onInterrupt(() =>
      stop(new CliFailure(
        !started
          ? `interrupted before snapshot '${name}' was deleted: the snapshot is as it was`
          : metadata
            ? `interrupted: snapshot '${name}' may not be forgotten yet; ${again} run again finishes`
            : `interrupted: snapshot '${name}' is not deleted; merges it started go on in QEMU, and ${again} run again finishes them`,
      )),
    );
    try {
      const { manager } = await Promise.race([ctx.backend(), interrupted]);
      started = true;
      await Promise.race([manager.snapshotDelete(name, metadata ? FLAGS.SNAPSHOT_DELETE_METADATA_ONLY : 0), interrupted]);
    } finally {
      unhook();
    }
    ctx.printer.out(`Domain snapshot ${name} deleted\n`, { snapshot: name, result: 'deleted' });
    return 0;
  },
};
