/**
 * Binds the CLI's CliManager seam to the real pieces: a QmpSession to the
 * server named by --socket / --connect, and a BlockJobManager attached to it
 * with the state folder keyed by the VM. Everything library-shaped that the
 * CLI relies on is adapted here and nowhere else.
 */
import type { Backend, BlockJobEvent, CliManager, DiskView, ImageView, JobInfo, SnapshotView } from './api.js';
import { UsageError } from './errors.js';
import type { GlobalOptions } from './globals.js';
import { vmIdentity } from './vm-key.js';
import { QmpSession } from '../qmp/session.js';
import { BlockJobManager } from '../jobs/index.js';

/** The parts of lib/jobs' BlockJobManager the CLI uses (interface.md, Library). */
interface RealManager {
  blockPull(disk: string, bandwidth?: number, flags?: number): Promise<unknown>;
  blockRebase(disk: string, base: string | null, bandwidth?: number, flags?: number): Promise<unknown>;
  blockCommit(disk: string, base: string | null, top: string | null, bandwidth?: number, flags?: number): Promise<unknown>;
  blockCopy(disk: string, dest: unknown, params?: unknown, flags?: number): Promise<unknown>;
  blockJobAbort(disk: string, flags?: number): Promise<unknown>;
  getBlockJobInfo(disk: string, flags?: number): Promise<JobInfo | null>;
  blockJobSetSpeed(disk: string, bandwidth: number, flags?: number): Promise<unknown>;
  blockMerge(disk: string, source: string, dest: string, opts?: unknown): Promise<unknown>;
  snapshotCreate(name: string, disks: unknown, opts?: unknown): Promise<unknown>;
  snapshotDelete(name: string, opts?: unknown): Promise<unknown>;
  snapshotList?(): Promise<unknown> | unknown;
  listSnapshots?(): Promise<unknown> | unknown;
  on(event: 'blockJob', listener: (ev: BlockJobEvent) => void): unknown;
  off(event: 'blockJob', listener: (ev: BlockJobEvent) => void): unknown;
  close?(): Promise<unknown> | unknown;
  detach?(): Promise<unknown> | unknown;
  [key: string]: unknown;
}

interface RealDisk {
  name: string;
  chain: { nodeName?: string; filename?: string; format?: string }[];
}


async function realDisks(m: RealManager): Promise<RealDisk[]> {
  for (const name of ['listDisks', 'getDisks', 'disks']) {
    const v = m[name];
    if (typeof v === 'function') return (await (v as () => Promise<RealDisk[]> | RealDisk[]).call(m)) ?? [];
    if (Array.isArray(v)) return v as RealDisk[];
  }
  throw new Error('the job manager does not list disks');
}

function adapt(m: RealManager): CliManager {
  const findDisk = async (arg: string): Promise<RealDisk> => {
    if (typeof m.getDisk === 'function') return (m.getDisk as (a: string) => RealDisk).call(m, arg);
    const disks = await realDisks(m);
    const d = disks.find((x) => x.name === arg || x.chain[0]?.nodeName === arg || x.chain[0]?.filename === arg);
    if (!d) throw new UsageError(`invalid argument: disk '${arg}' not found in domain`);
    return d;
  };
  return {
    async listDisks(): Promise<DiskView[]> {
      return (await realDisks(m)).map((d) => ({ name: d.name, nodeName: d.chain[0]?.nodeName, path: d.chain[0]?.filename }));
    },
    async chain(disk): Promise<ImageView[]> {
      const d = await findDisk(disk);
      return d.chain.map((c) => ({ path: c.filename, nodeName: c.nodeName, format: c.format }));
    },
    blockPull: async (disk, bw, flags) => void (await m.blockPull(disk, bw, flags)),
    blockRebase: async (disk, base, bw, flags) => void (await m.blockRebase(disk, base, bw, flags)),
    blockCommit: async (disk, base, top, bw, flags) => void (await m.blockCommit(disk, base, top, bw, flags)),
    blockCopy: async (disk, dest, params, flags) => void (await m.blockCopy(disk, dest, params, flags)),
    blockJobAbort: async (disk, flags) => void (await m.blockJobAbort(disk, flags)),
    getBlockJobInfo: (disk, flags) => m.getBlockJobInfo(disk, flags),
    blockJobSetSpeed: async (disk, bw, flags) => void (await m.blockJobSetSpeed(disk, bw, flags)),
    blockMerge: async (disk, source, dest, opts) => void (await m.blockMerge(disk, source, dest, opts)),
    snapshotCreate: async (name, disks) => void (await m.snapshotCreate(name, disks)),
    snapshotDelete: async (name) => void (await m.snapshotDelete(name)),
    async snapshotList(): Promise<SnapshotView[]> {
      const fn = m.snapshotList ?? m.listSnapshots;
      if (!fn) throw new Error('the job manager does not list snapshots');
      return ((await fn.call(m)) ?? []) as SnapshotView[];
    },
    onBlockJob(listener) {
      m.on('blockJob', listener);
      return () => void m.off('blockJob', listener);
    },
  };
}

export async function openBackend(globals: GlobalOptions): Promise<Backend> {
  if (!globals.target) throw new UsageError('no QMP server given: use --socket PATH or --connect URI');
  const timeout = globals.timeoutMs;
  const session = await QmpSession.connect(globals.target, {
    ...(timeout !== undefined ? { connectTimeout: timeout, greetingTimeout: timeout, commandTimeout: timeout } : {}),
  });
  try {
    const id = await vmIdentity(session, globals.target);
    // The manager names the metadata file inside stateDir after the VM key.
    const attached = await BlockJobManager.attach(session, {
      stateDir: globals.stateDir,
      vmKey: id.key,
      ...(globals.allowDirs.length ? { allowDirs: globals.allowDirs } : {}),
    });
    // Methods other modules add (merge, snapshots) are reached structurally.
    const manager = attached as unknown as RealManager;
    const closed = new Promise<Error | undefined>((r) => session.once('close', (...a: unknown[]) => r(a[0] as Error | undefined)));
    return {
      manager: adapt(manager),
      name: id.name,
      closed,
      async close() {
        await (manager.detach ?? manager.close)?.call(manager);
        await session.close();
      },
    };
  } catch (err) {
    session.destroy();
    throw err;
  }
}
