/**
 * libvirt's error texts for the block-job API, in one place (libvirt 9.0 as
 * observed, reference §10 and §11.1). Each helper returns the VirError that
 * libvirt raises in that situation; the manager throws it before sending
 * anything to QEMU, unless the error is QEMU's own (`fromQmp`).
 */
import { QmpError, VirError } from '../errors.js';
import { isMirrorKind, type BlockJobKind } from './constants.js';

export const errors = {
  unsupportedFlags(bits: number, fn: string): VirError {
    // A negative int from JavaScript is what C's unsigned int makes of it (-1: 0xffffffff).
    const asUnsigned = Number.isInteger(bits) && bits < 0 && bits >= -0x80000000 ? bits >>> 0 : bits;
    const shown = Number.isInteger(asUnsigned) && asUnsigned >= 0 ? `0x${asUnsigned.toString(16)}` : String(bits);
    return new VirError('INVALID_ARG', `unsupported flags (${shown}) in function ${fn}`);
  },
  diskNotFound(disk: string): VirError {
    return new VirError('INVALID_ARG', `disk '${disk}' not found in domain`);
  },
  /**
   * `busyKind`: the disk's job. A copy or an active commit is the disk's
   * `<mirror>` for libvirt, which reports it with another error code.
   */
  diskBusy(disk: string, busyKind?: BlockJobKind): VirError {
    const mirror = busyKind !== undefined && isMirrorKind(busyKind);
    return new VirError(mirror ? 'BLOCK_COPY_ACTIVE' : 'OPERATION_UNSUPPORTED', `disk '${disk}' already in active block job`);
  },
  /** Not libvirt's (it would queue the call behind its domain job): the disk is in the middle of `what`. */
  diskHeld(disk: string, what: string): VirError {
    return new VirError('OPERATION_INVALID', `disk '${disk}' is busy: ${what} is in progress`);
  },
  imageNotFound(image: string, startFrom: string | undefined, disk: string): VirError {
    return startFrom !== undefined
      ? new VirError('INVALID_ARG', `could not find image '${image}' beneath '${startFrom}' in chain for '${disk}'`)
      : new VirError('INVALID_ARG', `could not find image '${image}' in chain for '${disk}'`);
  },
  indexNotFound(index: number, disk: string): VirError {
    return new VirError('INVALID_ARG', `could not find backing store index '${index}' in chain for '${disk}'`);
  },
  indexTargetMismatch(requested: string, disk: string): VirError {
    return new VirError('INVALID_ARG', `requested target '${requested}' does not match target '${disk}'`);
  },
  noActiveJob(disk: string): VirError {
    return new VirError('INVALID_ARG', `disk ${disk} does not have an active block job`);
  },
  stillEnding(disk: string): VirError {
    return new VirError('OPERATION_INVALID', `block job on disk '${disk}' is still being ended`);
  },
  notReadyForPivot(jobId: string): VirError {
    return new VirError('BLOCK_COPY_ACTIVE', `block job '${jobId}' not ready for pivot yet`);
  },
  bandwidthOverflow(): VirError {
    return new VirError('OVERFLOW', 'bandwidth must be less than 8796093022207');
  },
  /** From JavaScript anything can come where a path is expected. */
  notAPath(name: string, value: unknown, nullable: boolean): VirError {
    return new VirError('INVALID_ARG', `${name} must be a string${nullable ? ' or null' : ''}, not ${value === null ? 'null' : typeof value}`);
  },
  bandwidthInvalid(value: unknown): VirError {
    return new VirError('INVALID_ARG', `bandwidth must be a non-negative integer, got '${String(value)}'`);
  },
  /** A bytes/s value past Number.MAX_SAFE_INTEGER: it would not reach QEMU exactly. */
  bandwidthBeyondExact(name: string): VirError {
    return new VirError('INVALID_ARG', `${name} must be at most ${Number.MAX_SAFE_INTEGER}`);
  },
  /**
   * BlockCopy's bandwidth (bytes/s) too large, quoting the limit in bytes/s and
   * MiB/s as libvirt does. libvirt's limit is LLONG_MAX; ours is 2^53, past
   * which a Number no longer holds the value exactly.
   */
  /** libvirt's class for a bandwidth too large; the limit is ours (exact as a Number). */
  copyBandwidthTooLarge(): VirError {
    return new VirError('OVERFLOW', `bandwidth must be less than '${2 ** 53}' bytes/s (${2 ** 33} MiB/s)`);
  },
  bandwidthNotRepresentable(value: number): VirError {
    return new VirError('OVERFLOW', `bandwidth ${value} cannot be represented in result`);
  },
  flagsNeedCopy(): VirError {
    return new VirError('INVALID_ARG', 'use of flags requires a copy job');
  },
  relativeNeedsBase(): VirError {
    return new VirError('INVALID_ARG', 'flag VIR_DOMAIN_BLOCK_REBASE_RELATIVE is valid only with non-null base');
  },
  cannotKeepRelative(): VirError {
    return new VirError('OPERATION_INVALID', "can't keep relative backing relationship");
  },
  noActiveQemuJob(jobId: string): VirError {
    return new VirError('OPERATION_INVALID', `No active block job '${jobId}'`);
  },
  disconnected(cause?: unknown): VirError {
    // libvirt keeps a monitor's error and fails every later call with it: a
    // peer that broke the protocol is named, not taken for a stopped domain.
    const broken = protocolFault(cause);
    if (broken !== undefined) return new VirError('INTERNAL_ERROR', `QMP connection closed: ${broken.message}`, { cause });
    return new VirError('OPERATION_INVALID', 'domain is not running', { cause });
  },
  /**
   * libvirt's translation of a QMP error (qemu_monitor_json.c): a missing job
   * becomes "No active block job", anything else "unable to execute QEMU
   * command"; a connection lost with the command in flight becomes "domain
   * is not running", a command QEMU did not answer in time "Timed out during
   * operation" (the cause kept). Other errors pass through unchanged.
   */
  fromQmp(err: unknown, jobId?: string): unknown {
    return translate(err, jobId);
  },
};

/** The protocol violation (bad JSON, a non-object, an oversize line) a connection closed on, if it did, looked for along `cause`. */
function protocolFault(err: unknown): Error | undefined {
  for (let e = err, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === 'QMP_ERR_PROTOCOL') return e;
  }
  return undefined;
}

export function isQmpCommandError(err: unknown): err is QmpError {
  return err instanceof QmpError || (err as { code?: unknown } | null)?.code === 'QMP_ERR_COMMAND';
}

function translate(err: unknown, jobId?: string): unknown {
  // By code, not instanceof: a second copy of the module (CJS/ESM) must not change the answer.
  // The connection lost with the command in flight: what later calls say too.
  if ((err as { code?: unknown } | null)?.code === 'QMP_ERR_DISCONNECTED') return errors.disconnected(err);
  // No answer in time (the session's commandTimeout): libvirt's code for it, the session's words.
  if ((err as { code?: unknown } | null)?.code === 'QMP_ERR_TIMEOUT') return new VirError('OPERATION_TIMEOUT', (err as Error).message, { cause: err });
  if (!isQmpCommandError(err)) return err;
  if (err.errorClass === 'DeviceNotActive' && jobId !== undefined) {
    return new VirError('OPERATION_INVALID', `No active block job '${jobId}'`, { cause: err });
  }
  return new VirError('INTERNAL_ERROR', `unable to execute QEMU command '${err.command}': ${err.desc}`, { cause: err });
}

/** A path argument as libvirt's API takes it: a string, or null where it may be omitted. */
export function checkPathArg(name: string, value: unknown, nullable: boolean): void {
  if (typeof value === 'string' || (nullable && value === null)) return;
  throw errors.notAPath(name, value, nullable);
}
