/**
 * The typed, validating QMP facade of the block-job layer (libvirt's
 * qemu_monitor.c in spirit). Each method takes camelCase options, checks
 * them, builds the QAPI arguments in wire spelling (lib/qapi/types.ts) and
 * runs the command over a `QmpMonitor`. It knows QMP commands but holds no
 * job state and makes no decisions: lib/jobs does that, and never builds JSON.
 *
 * Validation errors are `TypeError`/`RangeError`: they are programming errors
 * of the job layer, never something QEMU should see.
 */
import { QmpProtocolError } from './errors.js';
import { logger } from './log.js';
import type { ExecuteOptions, JsonObject, QmpMonitor } from './qmp/types.js';
import type {
  BlockCommitArgs,
  BlockDeviceInfo,
  BlockInfo,
  BlockJobInfo,
  BlockStreamArgs,
  JobInfo,
} from './qapi/types.js';

const log = logger('job');

export interface BlockStreamOptions {
  /** Top node-name (-blockdev) or device name (-drive). */
  device: string;
  jobId?: string;
  /** Base by filename (the -drive form). Exclusive with `baseNode`. */
  base?: string;
  /** Base by node-name (the -blockdev form). Exclusive with `base`. */
  baseNode?: string;
  /** Backing file name to record in the top image. */
  backingFile?: string;
  /** bytes/s; 0 or absent = unlimited (then not sent, as libvirt does). */
  speed?: number;
  autoFinalize?: boolean;
  autoDismiss?: boolean;
}

export interface BlockCommitOptions {
  device: string;
  jobId?: string;
  base?: string;
  baseNode?: string;
  top?: string;
  topNode?: string;
  backingFile?: string;
  speed?: number;
  autoFinalize?: boolean;
  autoDismiss?: boolean;
}

export interface BlockJobCancelOptions {
  /** Send `force` (the -blockdev form always does, false by default). Absent: not sent. */
  force?: boolean;
}

function checkName(what: string, v: unknown): asserts v is string {
  if (typeof v !== 'string' || v === '') throw new TypeError(`${what} must be a non-empty string`);
}

function checkSpeed(v: unknown): asserts v is number | undefined {
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new RangeError(`speed must be a non-negative integer (bytes/s), got ${String(v)}`);
  }
}

/** The facade over one QMP peer. */
export class Monitor {
  /** `defaults`: options for every command (the job manager's own bookkeeping waits with no timeout). */
  constructor(
    readonly qmp: QmpMonitor,
    private readonly defaults?: ExecuteOptions,
  ) {}

  private run<T>(command: string, args?: JsonObject, options?: ExecuteOptions): Promise<T> {
    if (log.enabled) log('monitor: %s %o', command, args ?? {});
    return this.qmp.execute<T>(command, args, this.defaults === undefined ? options : { ...this.defaults, ...options });
  }

  /** `block-stream`: pull the chain (down to `base`/`baseNode`) into `device`. */
  blockStream(opts: BlockStreamOptions): Promise<void> {
    checkName('device', opts.device);
    if (opts.base !== undefined && opts.baseNode !== undefined) {
      throw new TypeError("'base' and 'baseNode' cannot be given together");
    }
    if (opts.backingFile !== undefined && opts.base === undefined && opts.baseNode === undefined) {
      throw new TypeError('backingFile needs a base: streaming the entire chain records no backing file');
    }
    checkSpeed(opts.speed);
    const args: BlockStreamArgs = { device: opts.device };
    if (opts.jobId !== undefined) {
      checkName('jobId', opts.jobId);
      args['job-id'] = opts.jobId;
    }
    if (opts.base !== undefined) args.base = opts.base;
    if (opts.baseNode !== undefined) args['base-node'] = opts.baseNode;
    if (opts.backingFile !== undefined) args['backing-file'] = opts.backingFile;
    if (opts.speed) args.speed = opts.speed;
    if (opts.autoFinalize !== undefined) args['auto-finalize'] = opts.autoFinalize;
    if (opts.autoDismiss !== undefined) args['auto-dismiss'] = opts.autoDismiss;
    return this.run<unknown>('block-stream', args as unknown as JsonObject).then(() => undefined);
  }

  /** `block-commit`: merge `top`..above-`base` into `base`. */
  blockCommit(opts: BlockCommitOptions): Promise<void> {
    checkName('device', opts.device);
    if (opts.base !== undefined && opts.baseNode !== undefined) throw new TypeError("'base' and 'baseNode' cannot be given together");
    if (opts.top !== undefined && opts.topNode !== undefined) throw new TypeError("'top' and 'topNode' cannot be given together");
    checkSpeed(opts.speed);
    const args: BlockCommitArgs = { device: opts.device };
    if (opts.jobId !== undefined) {
      checkName('jobId', opts.jobId);
      args['job-id'] = opts.jobId;
    }
    if (opts.topNode !== undefined) args['top-node'] = opts.topNode;
    if (opts.top !== undefined) args.top = opts.top;
    if (opts.baseNode !== undefined) args['base-node'] = opts.baseNode;
    if (opts.base !== undefined) args.base = opts.base;
    if (opts.backingFile !== undefined) args['backing-file'] = opts.backingFile;
    if (opts.speed) args.speed = opts.speed;
    if (opts.autoFinalize !== undefined) args['auto-finalize'] = opts.autoFinalize;
    if (opts.autoDismiss !== undefined) args['auto-dismiss'] = opts.autoDismiss;
    return this.run<unknown>('block-commit', args as unknown as JsonObject).then(() => undefined);
  }

  /** `block-job-cancel`; `device` is the job id. */
  blockJobCancel(jobId: string, opts: BlockJobCancelOptions = {}): Promise<void> {
    checkName('jobId', jobId);
    const args: JsonObject = { device: jobId };
    if (opts.force !== undefined) args.force = opts.force;
    return this.run<unknown>('block-job-cancel', args).then(() => undefined);
  }

  /** `block-job-set-speed` in bytes/s (0 = unlimited). */
  blockJobSetSpeed(jobId: string, speed: number): Promise<void> {
    checkName('jobId', jobId);
    checkSpeed(speed);
    return this.run<unknown>('block-job-set-speed', { device: jobId, speed }).then(() => undefined);
  }

  /** `block-job-complete` (the -drive form of a pivot). */
  blockJobComplete(jobId: string): Promise<void> {
    checkName('jobId', jobId);
    return this.run<unknown>('block-job-complete', { device: jobId }).then(() => undefined);
  }

  /** `job-complete` (the -blockdev form of a pivot). */
  jobComplete(id: string): Promise<void> {
    checkName('id', id);
    return this.run<unknown>('job-complete', { id }).then(() => undefined);
  }

  /** `job-dismiss`: forget a concluded job. */
  jobDismiss(id: string): Promise<void> {
    checkName('id', id);
    return this.run<unknown>('job-dismiss', { id }).then(() => undefined);
  }

  /** `job-finalize`: finish a pending job started with auto-finalize off. */
  jobFinalize(id: string): Promise<void> {
    checkName('id', id);
    return this.run<unknown>('job-finalize', { id }).then(() => undefined);
  }

  queryBlockJobs(): Promise<BlockJobInfo[]> {
    return this.run<unknown>('query-block-jobs').then((v) => rowsOf<BlockJobInfo>('query-block-jobs', v, ['device', 'type']));
  }

  queryJobs(): Promise<JobInfo[]> {
    return this.run<unknown>('query-jobs').then((v) => rowsOf<JobInfo>('query-jobs', v, ['id', 'type', 'status']));
  }

  queryBlock(): Promise<BlockInfo[]> {
    return this.run<unknown>('query-block').then((v) => rowsOf<BlockInfo>('query-block', v, ['device']));
  }

  /** `query-named-block-nodes`, flat (no nested backing images), as libvirt asks for it. */
  queryNamedBlockNodes(): Promise<BlockDeviceInfo[]> {
    return this.run<unknown>('query-named-block-nodes', { flat: true }).then((v) => rowsOf<BlockDeviceInfo>('query-named-block-nodes', v, ['node-name', 'file', 'drv']));
  }

  /** `blockdev-del` of a node nothing uses any more. */
  blockdevDel(nodeName: string): Promise<void> {
    checkName('nodeName', nodeName);
    return this.run<unknown>('blockdev-del', { 'node-name': nodeName }).then(() => undefined);
  }

  /** Any other command, for the job types added later (blockdev-add, transaction, ...). */
  execute<T = unknown>(command: string, args?: JsonObject, options?: ExecuteOptions): Promise<T> {
    return this.run<T>(command, args, options);
  }
}

/**
 * QEMU's list answer, checked as far as the engine reads it: an array of
 * objects with these string members. Anything else is a typed protocol
 * error, not a TypeError somewhere in the job logic (QMP output is input).
 */
function rowsOf<T>(command: string, v: unknown, strings: readonly string[]): T[] {
  if (!Array.isArray(v)) throw new QmpProtocolError(`QEMU answered '${command}' with ${clipJson(v)}, not a list`);
  for (const row of v) {
    const bad = row === null || typeof row !== 'object' || Array.isArray(row) || strings.some((k) => typeof (row as Record<string, unknown>)[k] !== 'string');
    if (bad) throw new QmpProtocolError(`QEMU answered '${command}' with a malformed entry: ${clipJson(row)}`);
  }
  return v as T[];
}

function clipJson(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
