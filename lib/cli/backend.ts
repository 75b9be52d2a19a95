/**
 * Binds the CLI's CliManager seam to the real pieces: a QmpSession to the
 * server named by --socket / --connect, and a BlockJobManager attached to it
 * with the state folder keyed by the VM and the allowed folders. Everything
 * library-shaped the CLI relies on is adapted here and nowhere else.
 */
import type { Backend, BlockJobEvent as CliBlockJobEvent, CliManager, SnapshotView } from './api.js';
import { UsageError } from './errors.js';
import type { GlobalOptions } from './globals.js';
import { socketTarget, vmIdentity } from './vm-key.js';
import { QmpSession } from '../qmp/session.js';
import { BlockJobManager, TERMINAL_STATES, type BlockJobEvent } from '../jobs/index.js';
import type { ReceivedEvent } from '../qmp/types.js';
import { ForeignJobTranslator } from './foreign-events.js';

/** A manager's event as the CLI's. */
function cliEvent(ev: BlockJobEvent): CliBlockJobEvent {
  return { disk: ev.disk, device: ev.device, type: ev.type, status: ev.status, ...(ev.error ? { error: ev.error } : {}) };
}

export function adaptManager(m: BlockJobManager): CliManager {
  return {
    async listDisks() {
      return m.listDisks().map((d) => ({ name: d.name, nodeName: d.chain[0]?.nodeName, path: d.chain[0]?.filename }));
    },
    async chain(disk) {
      const d = m.getDisk(disk);
      return { disk: d.name, images: d.chain.map((c) => ({ path: c.filename, nodeName: c.nodeName, format: c.format })) };
    },
    blockPull: (disk, bw, flags) => m.blockPull(disk, bw, flags),
    blockRebase: (disk, base, bw, flags) => m.blockRebase(disk, base, bw, flags),
    blockCommit: (disk, base, top, bw, flags) => m.blockCommit(disk, base, top, bw, flags),
    blockCopy: (disk, dest, params, flags) => m.blockCopy(disk, dest, { ...params }, flags),
    blockJobAbort: (disk, flags) => m.blockJobAbort(disk, flags),
    getBlockJobInfo: (disk, flags) => m.getBlockJobInfo(disk, flags),
    blockJobSetSpeed: (disk, bw, flags) => m.blockJobSetSpeed(disk, bw, flags),
    blockMerge: (disk, source, dest, opts) => m.blockMerge(disk, source, dest, opts),
    snapshotCreate: (name, disks, flags) => m.snapshotCreate(name, disks, flags),
    snapshotDelete: (name, flags) => m.snapshotDelete(name, flags),
    async snapshotList(): Promise<SnapshotView[]> {
      return (await m.snapshotList()).map((s) => ({
        name: s.name,
        created: s.created,
        state: s.state,
        disks: s.disks.map((d) => ({ disk: d.disk, file: d.file, backing: d.backing, merge: d.merge, state: d.state })),
      }));
    },
    connectionLost() {
      const s = m.session as { closed: boolean; closeCause?: Error };
      if (!s.closed) return undefined;
      return new Error(`connection to the QMP server closed${s.closeCause ? `: ${s.closeCause.message}` : ''}`);
    },
    onBlockJob(listener) {
      const l = (ev: BlockJobEvent): void => listener(cliEvent(ev));
      m.on('blockJob', l);
      return () => void m.off('blockJob', l);
    },
    diskName(disk) {
      try {
        return m.getDisk(disk).name;
      } catch {
        return undefined;
      }
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
    const id = await vmIdentity(session, socketTarget(session.endpoint));
    // Ends reported while attaching (jobs that ended while no manager watched) reach
    // no blockJob listener, which can only come once attach() returns: kept here.
    const atAttach: BlockJobEvent[] = [];
    let attaching = true;
    // The manager names the metadata file inside stateDir after the VM key.
    const manager = await BlockJobManager.attach(session, {
      stateDir: globals.stateDir,
      vmKey: id.key,
      ...(globals.allowDirs.length ? { allowDirs: globals.allowDirs } : {}),
      // Only ends: a READY job adopted at attach is still there to ask about.
      onEvent: (ev) => void (attaching && ev.status !== 'READY' && atAttach.push(ev)),
    });
    attaching = false;
    // Not those another CLI (`events`) printed already as they happened.
    const attachEvents = atAttach.filter((ev) => !manager.endShownElsewhere(ev.jobId)).map(cliEvent);
    // Commit and copy jobs of other processes are then handled as such (pivot, --info labels).
    manager.useAllJobTypes();
    const closed = new Promise<Error | undefined>((r) => session.once('close', (...a: unknown[]) => r(a[0] as Error | undefined)));
    return {
      manager: adaptManager(manager),
      name: id.name,
      attachEvents,
      closed,
      onForeignJobEvent(listener) {
        const tr = new ForeignJobTranslator(() => manager.listDisks().map((d) => d.name));
        // A job the manager tracks gets its own blockJob event; do not report it twice.
        const tracked = (id: unknown): boolean => manager.listJobs().some((j) => j.id === id && !TERMINAL_STATES.has(j.state));
        // What each ending job's starter recorded (its kind, how it asked it to end), read
        // as soon as QEMU says the job is ending (before the starter removes the record).
        type Rec = Awaited<ReturnType<BlockJobManager['recordedJob']>>;
        const endings = new Map<string, Promise<Rec>>();
        const ending = (id: string): Promise<Rec> => {
          let p = endings.get(id);
          if (!p) endings.set(id, (p = manager.recordedJob(id).catch(() => undefined)));
          return p;
        };
        // Events go out in order, though a completion may wait for a record.
        let queue = Promise.resolve();
        const l = (ev: ReceivedEvent): void => {
          if (ev.event === 'JOB_STATUS_CHANGE') {
            const { id, status } = ev.data ?? {};
            if (typeof id === 'string' && (status === 'waiting' || status === 'pending' || status === 'aborting') && !tracked(id)) void ending(id);
            return;
          }
          const id = ev.data?.device;
          if (typeof id !== 'string' || tracked(id)) return;
          queue = queue.then(async () => {
            const ends = ev.event === 'BLOCK_JOB_COMPLETED' || ev.event === 'BLOCK_JOB_CANCELLED';
            const rec = ends ? await ending(id) : undefined;
            const out = tr.translate(ev, rec);
            if (ends) endings.delete(id);
            if (!out) return;
            listener(out);
            // Printed here: the manager that processes this end next (the starter's, or the
            // next to attach) is told so, and the CLI there prints no note of it.
            if (ends && rec?.record !== undefined) void manager.markEndShown(rec.record);
          });
        };
        session.on('event', l);
        return () => void session.off('event', l);
      },
      async close() {
        // A job started without --wait is finished by another process: its record must be on disk.
        // Detached first: what detaching writes (a hand-over) is awaited too.
        manager.detach();
        let unsaved: unknown;
        await manager.recordsWritten().catch((err: unknown) => (unsaved = err));
        await session.close();
        if (unsaved !== undefined) throw unsaved;
      },
    };
  } catch (err) {
    session.destroy();
    throw err;
  }
}
