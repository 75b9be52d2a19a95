/**
 * Teaches the job layer's FakeQemu (spec/jobs/helpers) the commands of commit,
 * copy and snapshots, as overrides: jobs start (created, running) and then
 * wait for the test, which makes them READY, finishes or fails them; a cancel
 * after READY is QEMU 7.2's soft cancel (BLOCK_JOB_COMPLETED, no error);
 * blockdev-create jobs conclude at once; blockdev-add, transaction and
 * job-finalize answer {} unless the test overrides them. A finalized stream
 * re-links its top; other chain changes the tests make in `q.images`.
 */
import { QmpError } from '../../../lib/errors.js';
import type { JsonObject } from '../../../lib/qmp/types.js';
import { FakeQemu, type FakeJob } from '../../jobs/helpers/fake-qemu.js';

export class FakeJobsQemu extends FakeQemu {
  constructor() {
    super();
    this.overrides.set('block-commit', (a) => this.startJob('commit', a));
    this.overrides.set('blockdev-mirror', (a) => this.startJob('mirror', a));
    this.overrides.set('drive-mirror', (a) => this.startJob('mirror', a));
    this.overrides.set('job-complete', (a) => this.complete(String(a?.id)));
    this.overrides.set('block-job-complete', (a) => this.complete(String(a?.device)));
    this.overrides.set('job-finalize', (a) => this.complete(String(a?.id)));
    this.overrides.set('block-job-cancel', (a) => this.cancel(String(a?.device)));
    this.overrides.set('blockdev-add', () => ({}));
    this.overrides.set('transaction', () => ({}));
    this.overrides.set('blockdev-create', (a) => {
      const id = String(a?.['job-id']);
      this.jobs.set(id, this.job(id, 'commit', undefined));
      for (const s of ['created', 'running', 'waiting', 'pending', 'concluded'] as const) this.status(id, s);
      return {};
    });
  }

  private job(id: string, type: FakeJob['type'], device: string | undefined): FakeJob {
    return { id, type, top: '', base: undefined, status: 'undefined', len: 1 << 20, offset: 0, speed: 0, autoDismiss: false, device };
  }

  private startJob(type: FakeJob['type'], a: JsonObject | undefined): unknown {
    const device = String(a?.device);
    const id = typeof a?.['job-id'] === 'string' ? a['job-id'] : device;
    if (this.jobs.has(id)) throw new QmpError('GenericError', `Job ID '${id}' already in use`, 'start');
    this.jobs.set(id, { ...this.job(id, type, device), autoDismiss: a?.['auto-dismiss'] === true });
    this.status(id, 'created');
    this.status(id, 'running');
    return {};
  }

  /** The job reached its synchronised phase. */
  ready(id: string): void {
    const j = this.jobs.get(id)!;
    j.offset = j.len;
    this.status(id, 'ready');
    this.emitEvent('BLOCK_JOB_READY', { type: j.type, device: id, len: j.len, offset: j.offset, speed: 0 });
  }

  /** The job stops in PENDING (auto-finalize off). */
  pending(id: string): void {
    this.status(id, 'waiting');
    this.status(id, 'pending');
  }

  private complete(id: string): unknown {
    const j = this.jobs.get(id);
    if (!j) throw new QmpError('GenericError', `Job '${id}' not found`, 'complete');
    this.end(j);
    return {};
  }

  private end(j: FakeJob): void {
    if (j.status !== 'pending') {
      this.status(j.id, 'waiting');
      this.status(j.id, 'pending');
    }
    // A stream finalized by job-finalize changes the chain now, as QEMU does.
    const top = j.type === 'stream' ? this.images.get(j.top) : undefined;
    if (top) top.backing = j.base;
    this.emitEvent('BLOCK_JOB_COMPLETED', { type: j.type, device: j.id, len: j.len, offset: j.len, speed: 0 });
    this.conclude(j);
  }

  private cancel(id: string): unknown {
    const j = this.jobs.get(id);
    if (!j) throw new QmpError('DeviceNotActive', `Block job '${id}' not found`, 'block-job-cancel');
    if (j.status === 'ready') this.end(j);
    else this.cancelled(id);
    return {};
  }
}
