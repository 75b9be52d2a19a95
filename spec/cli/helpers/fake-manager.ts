/**
 * A scripted stand-in for the BlockJobManager behind the CLI's seam: records
 * every call, runs one job per disk whose progress advances by `step` on each
 * poll, and emits the blockJob event libvirt would (COMPLETED for pull and
 * commit, READY for copy and active commit, then COMPLETED after a pivot).
 */
import type { BlockJobEvent, CliManager, CopyParams, JobInfo, JobStatus, SnapshotDiskSpec, SnapshotView, MergeOptions } from '../../../lib/cli/api.js';
import { runCli, type RunDeps } from '../../../lib/cli/run.js';
import { VirError } from '../../../lib/errors.js';

export interface FakeJob {
  disk: string;
  type: 'pull' | 'copy' | 'commit' | 'active-commit';
  cur: number;
  end: number;
  /** bytes/s */
  bandwidth: number;
  ready: boolean;
}

export class FakeManager implements CliManager {
  readonly calls: [string, ...unknown[]][] = [];
  readonly jobs = new Map<string, FakeJob>();
  readonly listeners = new Set<(ev: BlockJobEvent) => void>();
  /** progress added per getBlockJobInfo call; 0 = the job never moves */
  step = 16 * 1048576;
  end = 64 * 1048576;
  /** how a finishing job ends */
  finalStatus: JobStatus | undefined;
  failWith: Error | undefined;
  snapshots: SnapshotView[] = [];
  disks = ['vda', 'vdb'];

  emit(ev: BlockJobEvent): void {
    for (const l of [...this.listeners]) l(ev);
  }

  private start(disk: string, type: FakeJob['type'], bandwidth: number): void {
    if (this.failWith) throw this.failWith;
    if (!this.disks.includes(disk)) throw new VirError('INVALID_ARG', `disk '${disk}' not found in domain`);
    if (this.jobs.has(disk)) throw new VirError('OPERATION_UNSUPPORTED', `disk '${disk}' already in active block job`);
    this.jobs.set(disk, { disk, type, cur: 0, end: this.end, bandwidth, ready: false });
  }

  private need(disk: string): FakeJob {
    const j = this.jobs.get(disk);
    if (!j) throw new VirError('INVALID_ARG', `disk ${disk} does not have an active block job`);
    return j;
  }

  async listDisks() {
    this.calls.push(['listDisks']);
    return this.disks.map((d, i) => ({ name: d, nodeName: `libvirt-${i + 1}-format`, path: `/img/${d}.qcow2` }));
  }
  async chain(disk: string) {
    this.calls.push(['chain', disk]);
    if (!this.disks.includes(disk)) throw new VirError('INVALID_ARG', `disk '${disk}' not found in domain`);
    return { disk, images: [{ path: '/img/current.qcow2', nodeName: 'n1', format: 'qcow2' }, { path: '/img/template.qcow2', nodeName: 'n2', format: 'qcow2' }] };
  }
  async blockPull(disk: string, bandwidth: number, flags: number) {
    this.calls.push(['blockPull', disk, bandwidth, flags]);
    this.start(disk, 'pull', flags & 64 ? bandwidth : bandwidth * 1048576);
  }
  async blockRebase(disk: string, base: string | null, bandwidth: number, flags: number) {
    this.calls.push(['blockRebase', disk, base, bandwidth, flags]);
    // With COPY (8) it is a block copy onto `base`, as blockcopy starts one.
    this.start(disk, flags & 8 ? 'copy' : 'pull', flags & 64 ? bandwidth : bandwidth * 1048576);
  }
  async blockCommit(disk: string, base: string | null, top: string | null, bandwidth: number, flags: number) {
    this.calls.push(['blockCommit', disk, base, top, bandwidth, flags]);
    this.start(disk, flags & 4 ? 'active-commit' : 'commit', flags & 16 ? bandwidth : bandwidth * 1048576);
  }
  async blockCopy(disk: string, dest: string, params: CopyParams, flags: number) {
    this.calls.push(['blockCopy', disk, dest, params, flags]);
    this.start(disk, 'copy', params.bandwidth ?? 0);
  }
  async blockJobAbort(disk: string, flags: number) {
    this.calls.push(['blockJobAbort', disk, flags]);
    const j = this.need(disk);
    this.jobs.delete(disk);
    if (flags & 2) {
      if (!j.ready) {
        this.jobs.set(disk, j);
        throw new VirError('BLOCK_COPY_ACTIVE', `block job '${j.type}-${disk}-n1' not ready for pivot yet`);
      }
      this.emit({ disk, type: j.type, status: 'COMPLETED' });
    } else {
      this.emit({ disk, type: j.type, status: j.ready ? 'COMPLETED' : 'CANCELED' });
    }
  }
  async getBlockJobInfo(disk: string, flags: number): Promise<JobInfo | null> {
    this.calls.push(['getBlockJobInfo', disk, flags]);
    const j = this.jobs.get(disk);
    if (!j) return null;
    const info = { type: j.type, bandwidth: flags & 1 ? j.bandwidth : Math.ceil(j.bandwidth / 1048576), cur: j.cur, end: j.end };
    if (!j.ready) {
      j.cur = Math.min(j.end, j.cur + this.step);
      if (j.cur >= j.end) {
        const twoPhase = j.type === 'copy' || j.type === 'active-commit';
        const status = this.finalStatus ?? (twoPhase ? 'READY' : 'COMPLETED');
        if (status === 'READY') j.ready = true;
        else this.jobs.delete(disk);
        this.emit({ disk, type: j.type, status, ...(status === 'FAILED' ? { error: 'Input/output error' } : {}) });
      }
    }
    return info;
  }
  async blockJobSetSpeed(disk: string, bandwidth: number, flags: number) {
    this.calls.push(['blockJobSetSpeed', disk, bandwidth, flags]);
    this.need(disk).bandwidth = flags & 1 ? bandwidth : bandwidth * 1048576;
  }
  async blockMerge(disk: string, source: string, dest: string, opts: MergeOptions) {
    this.calls.push(['blockMerge', disk, source, dest, opts]);
    if (this.failWith) throw this.failWith;
  }
  async snapshotCreate(name: string, disks: SnapshotDiskSpec[], flags: number) {
    this.calls.push(['snapshotCreate', name, disks, flags]);
    // NO_METADATA: taken, not recorded.
    if ((flags & 4) === 0) this.snapshots.push({ name, created: '2026-11-26T02:00:00.000Z', disks: disks.map((d) => ({ ...d })) });
  }
  async snapshotList() {
    this.calls.push(['snapshotList']);
    return this.snapshots;
  }
  async snapshotDelete(name: string, flags = 0) {
    this.calls.push(['snapshotDelete', name, flags]);
    if (!this.snapshots.some((s) => s.name === name)) throw new VirError('INVALID_ARG', `snapshot '${name}' not found`);
    this.snapshots = this.snapshots.filter((s) => s.name !== name);
  }
  lost: Error | undefined;
  connectionLost() {
    return this.lost;
  }
  onBlockJob(listener: (ev: BlockJobEvent) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process against `manager`, with an instant clock. */
export async function runFake(argv: string[], manager: FakeManager, deps: RunDeps = {}, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env },
    {
      openBackend: async () => ({ manager, name: 'vm1', close: async () => undefined }),
      sleep: () => new Promise((r) => setImmediate(r)),
      pollMs: 0,
      ...deps,
    },
  );
  return { code, stdout, stderr };
}
