/**
 * A fake QMP peer for the job layer's unit tests: a small model of QEMU's
 * block layer (disks as -drive devices or -blockdev node graphs, stream jobs
 * with QEMU 7.2's status sequence) behind the `QmpMonitor` interface.
 * Every command is recorded; any command can be overridden; events can be
 * pushed by the test. Jobs never progress on their own: the test decides when
 * a job finishes (`finish`), so no test depends on time.
 */
import { EventEmitter } from 'node:events';
import { QmpDisconnectedError, QmpError } from '../../../lib/errors.js';
import type { ExecuteOptions, JsonObject, QmpMonitor, ReceivedEvent, WaitForEventOptions } from '../../../lib/qmp/types.js';
import type { BlockDeviceInfo, BlockInfo, ImageInfo, JobStatus } from '../../../lib/qapi/types.js';

export interface Sent {
  command: string;
  args: JsonObject | undefined;
}

interface FakeImage {
  node: string;
  fileNode: string | undefined;
  file: string;
  backing: string | undefined; // node of the backing image
  ro: boolean;
  recordedBacking?: string;
}

export interface FakeJob {
  id: string;
  type: 'stream' | 'commit' | 'mirror';
  top: string;
  base: string | undefined;
  status: JobStatus;
  len: number;
  offset: number;
  speed: number;
  autoDismiss: boolean;
  error?: string;
  device: string | undefined;
}

type Handler = (args: JsonObject | undefined) => unknown;

export class FakeQemu extends EventEmitter implements QmpMonitor {
  readonly sent: Sent[] = [];
  readonly images = new Map<string, FakeImage>();
  /** -drive devices: device name → top node */
  readonly drives = new Map<string, string>();
  readonly jobs = new Map<string, FakeJob>();
  readonly overrides = new Map<string, Handler>();
  /** Events to emit before a command's answer: command → events */
  private seq = 0;
  closed = false;
  /** As a session between close() and its end: commands are refused, events still come. */
  closing = false;
  /** Set when a command would have crashed QEMU 7.2. */
  crashed = false;
  private nextBlock = 100;
  /** When false, `block-job-cancel` returns first and the test ends the job. */
  cancelEndsAtOnce = true;

  // ------------------------------------------------------------- set-ups

  /** `-drive if=none,id=<device>` on files top first. */
  addDrive(device: string, files: string[]): void {
    let below: string | undefined;
    const nodes: string[] = [];
    for (const f of [...files].reverse()) {
      const node = `#block${this.nextBlock++}`;
      const fileNode = `#block${this.nextBlock++}`;
      this.images.set(node, { node, fileNode, file: f, backing: below, ro: f !== files[0] });
      nodes.push(node);
      below = node;
    }
    this.drives.set(device, below!);
  }

  /** -blockdev graph `libvirt-N-format`/`libvirt-N-storage`, N from `first` at the top. */
  addBlockdev(files: string[], first = 1): string {
    let below: string | undefined;
    for (let i = files.length - 1; i >= 0; i--) {
      const n = first + i;
      const node = `libvirt-${n}-format`;
      this.images.set(node, { node, fileNode: `libvirt-${n}-storage`, file: files[i]!, backing: below, ro: i > 0 });
      below = node;
    }
    return below!;
  }

  chainOf(top: string): string[] {
    const out: string[] = [];
    for (let n: string | undefined = top; n; n = this.images.get(n)?.backing) out.push(this.images.get(n)!.file);
    return out;
  }

  private imageInfo(node: string): ImageInfo {
    const img = this.images.get(node)!;
    const info: ImageInfo = { filename: img.file, format: 'qcow2', 'virtual-size': 32 << 20 };
    if (img.backing) {
      const b = this.images.get(img.backing)!;
      info['backing-filename'] = img.recordedBacking ?? b.file;
      info['full-backing-filename'] = b.file;
      info['backing-image'] = this.imageInfo(img.backing);
    }
    return info;
  }

  private deviceInfo(node: string, nested: boolean): BlockDeviceInfo {
    const img = this.images.get(node)!;
    const info: BlockDeviceInfo = { file: img.file, 'node-name': node, ro: img.ro, drv: 'qcow2', backing_file_depth: 0, image: this.imageInfo(node) };
    if (!nested) {
      const { 'backing-image': _b, ...flat } = info.image;
      info.image = flat as ImageInfo;
    }
    if (img.backing) info.backing_file = img.recordedBacking ?? this.images.get(img.backing)!.file;
    return info;
  }

  queryBlock(): BlockInfo[] {
    return [...this.drives].map(([device, top]) => ({
      device, qdev: '', type: 'unknown', removable: true, locked: false, inserted: this.deviceInfo(top, true),
    }));
  }

  queryNamedBlockNodes(): BlockDeviceInfo[] {
    const out: BlockDeviceInfo[] = [];
    for (const img of this.images.values()) {
      out.push(this.deviceInfo(img.node, false));
      if (img.fileNode) {
        out.push({ file: img.file, 'node-name': img.fileNode, ro: false, drv: 'file', backing_file_depth: 0, image: { filename: img.file, format: 'file', 'virtual-size': 1 } });
      }
    }
    // Newest first, as QEMU lists them.
    return out.reverse();
  }

  // ------------------------------------------------------------- events

  emitEvent(event: string, data: JsonObject): void {
    const ev: ReceivedEvent = { event, data, timestamp: { seconds: 0, microseconds: 0 }, seq: this.seq++ };
    this.emit('event', ev);
  }

  status(id: string, status: JobStatus): void {
    const j = this.jobs.get(id);
    if (j) j.status = status;
    this.emitEvent('JOB_STATUS_CHANGE', { id, status });
  }

  private blockEvent(name: string, j: FakeJob, extra: JsonObject = {}): void {
    this.emitEvent(name, { type: j.type, device: j.id, len: j.len, offset: j.offset, speed: j.speed, ...extra });
  }

  /** End a running job as QEMU 7.2 does: waiting, pending, COMPLETED, concluded (null if auto-dismiss). */
  finish(id: string, opts: { error?: string } = {}): void {
    const j = this.jobs.get(id)!;
    if (opts.error) {
      j.error = opts.error;
      this.status(id, 'aborting');
      this.blockEvent('BLOCK_JOB_COMPLETED', j, { error: opts.error });
    } else {
      j.offset = j.len;
      this.status(id, 'waiting');
      this.status(id, 'pending');
      this.applyStream(j);
      this.blockEvent('BLOCK_JOB_COMPLETED', j);
    }
    this.conclude(j);
  }

  /** End a job as cancelled: aborting, CANCELLED, concluded. */
  cancelled(id: string): void {
    const j = this.jobs.get(id)!;
    j.error = 'Operation canceled';
    this.status(id, 'aborting');
    this.blockEvent('BLOCK_JOB_CANCELLED', j);
    this.conclude(j);
  }

  protected conclude(j: FakeJob): void {
    // QEMU concludes and dismisses in one step, before it reads the next
    // command: a command sent on seeing `concluded` finds no job.
    if (j.autoDismiss) this.jobs.delete(j.id);
    this.emitEvent('JOB_STATUS_CHANGE', { id: j.id, status: 'concluded' });
    if (j.autoDismiss) this.emitEvent('JOB_STATUS_CHANGE', { id: j.id, status: 'null' });
    else j.status = 'concluded';
  }

  private applyStream(j: FakeJob): void {
    if (j.type !== 'stream') return;
    const top = this.images.get(j.top)!;
    top.backing = j.base;
    delete top.recordedBacking;
  }

  // ------------------------------------------------------------- commands

  private topOf(device: string): string {
    const t = this.drives.get(device) ?? (this.images.has(device) ? device : undefined);
    if (!t) throw new QmpError('GenericError', `Cannot find device='${device}' nor node-name='${device}'`, 'block-stream');
    return t;
  }

  /** The built-in answer to a command (what execute() gives without an override). */
  run(command: string, args: JsonObject = {}): unknown {
    switch (command) {
      case 'query-block':
        return this.queryBlock();
      case 'query-named-block-nodes':
        if ([...this.jobs.values()].some((j) => j.type === 'stream' && j.status === 'concluded')) {
          // QEMU 7.2 dies (SIGSEGV) on this query while a stream job is concluded, not dismissed.
          this.crashed = true;
          this.drop();
          throw new QmpDisconnectedError('QMP connection closed with \'query-named-block-nodes\' in flight', command);
        }
        return this.queryNamedBlockNodes();
      case 'query-jobs':
        return [...this.jobs.values()].map((j) => ({
          id: j.id, type: j.type, status: j.status, 'current-progress': j.offset, 'total-progress': j.len,
          ...(j.error !== undefined && j.status === 'concluded' ? { error: j.error } : {}),
        }));
      case 'query-block-jobs':
        return [...this.jobs.values()].map((j) => ({
          type: j.type, device: j.id, len: j.len, offset: j.offset, busy: false, paused: false, speed: j.speed,
          'io-status': 'ok', ready: j.status === 'ready', status: j.status, 'auto-finalize': true, 'auto-dismiss': j.autoDismiss,
        }));
      case 'block-stream': {
        const device = args.device as string;
        const top = this.topOf(device);
        const id = (args['job-id'] as string | undefined) ?? (this.drives.has(device) ? device : undefined);
        if (!id) throw new QmpError('GenericError', 'An explicit job ID is required for this node', command);
        if (this.jobs.has(id)) throw new QmpError('GenericError', `Job ID '${id}' already in use`, command);
        let base: string | undefined;
        if (typeof args['base-node'] === 'string') base = args['base-node'];
        else if (typeof args.base === 'string') {
          for (let n = this.images.get(top)?.backing; n; n = this.images.get(n)?.backing) if (this.images.get(n)!.file === args.base) base = n;
          if (!base) throw new QmpError('GenericError', `Can't find '${args.base as string}' in the backing chain`, command);
        }
        const speed = (args.speed as number | undefined) ?? 0;
        const j: FakeJob = { id, type: 'stream', top, base, status: 'undefined', len: 32 << 20, offset: 0, speed, autoDismiss: args['auto-dismiss'] !== false, device: this.drives.has(device) ? device : undefined };
        this.jobs.set(id, j);
        this.status(id, 'created');
        this.status(id, 'running');
        return {};
      }
      case 'block-job-set-speed': {
        const j = this.jobs.get(args.device as string);
        if (!j) throw new QmpError('DeviceNotActive', `Block job '${args.device as string}' not found`, command);
        j.speed = args.speed as number;
        return {};
      }
      case 'block-job-cancel': {
        const j = this.jobs.get(args.device as string);
        if (!j) throw new QmpError('DeviceNotActive', `Block job '${args.device as string}' not found`, command);
        if (j.status === 'concluded') throw new QmpError('GenericError', `Job '${j.id}' in state 'concluded' cannot accept command verb 'cancel'`, command);
        if (this.cancelEndsAtOnce) this.cancelled(j.id);
        return {};
      }
      case 'job-dismiss': {
        const j = this.jobs.get(args.id as string);
        if (!j) throw new QmpError('GenericError', `Job ID '${args.id as string}' not found`, command);
        if (j.status !== 'concluded') throw new QmpError('GenericError', `Job '${j.id}' in state '${j.status}' cannot accept command verb 'dismiss'`, command);
        this.status(j.id, 'null');
        this.jobs.delete(j.id);
        return {};
      }
      case 'blockdev-del': {
        const node = args['node-name'] as string;
        const owner = [...this.images.values()].find((i) => i.node === node || i.fileNode === node);
        if (!owner) throw new QmpError('GenericError', `Failed to find node with node-name='${node}'`, command);
        if (owner.node === node) this.images.delete(node);
        else owner.fileNode = undefined;
        return {};
      }
      default:
        throw new QmpError('CommandNotFound', `The command ${command} has not been found`, command);
    }
  }

  execute<T = unknown>(command: string, args?: JsonObject, _options?: ExecuteOptions): Promise<T> {
    if (this.closed || this.closing) return Promise.reject(new QmpDisconnectedError(`cannot execute '${command}': QMP connection is closed`, command));
    this.sent.push({ command, args });
    try {
      const o = this.overrides.get(command);
      const r = o ? o(args) : this.run(command, args);
      return Promise.resolve(r as T);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Commands sent, without the queries, as `name` or `name {args}` strings. */
  commands(filter: (s: Sent) => boolean = (s) => !s.command.startsWith('query-')): string[] {
    return this.sent.filter(filter).map((s) => (s.args ? `${s.command} ${JSON.stringify(s.args)}` : s.command));
  }

  get eventSeq(): number {
    return this.seq;
  }

  waitForEvent(name: string, predicate?: (ev: ReceivedEvent) => boolean, _o?: WaitForEventOptions): Promise<ReceivedEvent> {
    return new Promise((resolve) => {
      const l = (ev: ReceivedEvent): void => {
        if (ev.event === name && (!predicate || predicate(ev))) {
          this.off('event', l);
          resolve(ev);
        }
      };
      this.on('event', l);
    });
  }

  /** The connection drops. */
  drop(): void {
    this.closed = true;
    this.emit('close', new QmpDisconnectedError('QMP connection closed'));
  }

  async close(): Promise<void> {
    this.drop();
  }
}

/** Let every pending promise callback and microtask run (no timers involved). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((r) => setImmediate(r));
}
