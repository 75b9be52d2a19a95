/**
 * virDomainBlockCopy and virDomainBlockRebase with COPY: mirror a disk to a
 * new or reused (REUSE_EXT) destination, whole (`sync: full`) or its top only
 * (SHALLOW, the copy then shares the backing chain). The job reaches READY and
 * mirrors until a pivot (`job-complete`: the disk runs on the copy) or an
 * abort (`block-job-cancel`: after READY QEMU completes it without pivot and
 * the copy is a point-in-time image, virsh's --finish).
 *
 * -blockdev, as libvirt 9.0: a new destination is created by `blockdev-create`
 * jobs (`create-<node>`: the file, then the qcow2 format), attached with
 * `blockdev-add`, then `blockdev-mirror` with `replaces`; afterwards the nodes
 * that left the disk (the old chain after a pivot, the copy's otherwise) are
 * deleted. -drive: `drive-mirror`, QEMU creating the file itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { VirError } from '../errors.js';
import { logger } from '../log.js';
import type { Monitor } from '../monitor.js';
import type { QmpMonitor } from '../qmp/types.js';
import { toBytesPerSecond } from './bandwidth.js';
import { addFormatNode, blockdevMirror, driveMirror, nextNodeIndex, runCreateJob } from './block-ops.js';
import {
  blockJobName,
  VIR_DOMAIN_BLOCK_COPY_REUSE_EXT,
  VIR_DOMAIN_BLOCK_COPY_SHALLOW,
  VIR_DOMAIN_BLOCK_COPY_SYNCHRONOUS_WRITES,
  VIR_DOMAIN_BLOCK_COPY_TRANSIENT_JOB,
  VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_REBASE_COPY,
  VIR_DOMAIN_BLOCK_REBASE_COPY_DEV,
  VIR_DOMAIN_BLOCK_REBASE_COPY_RAW,
  VIR_DOMAIN_BLOCK_REBASE_RELATIVE,
  VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT,
  VIR_DOMAIN_BLOCK_REBASE_SHALLOW,
} from './constants.js';
import type { Disk } from './disks.js';
import type { JobContext, JobTypeHandler } from './job-types.js';
import type { BlockJobManager } from './manager.js';
import { outcomeOf, recordOutcome } from './outcomes.js';
import { checkNewImagePath, errnoText, probeFormat, removeMadeFile } from './paths.js';
import { checkFlags, registerOnce } from './registry.js';
import type { Job, JobResult } from './state.js';
import { dropNodes, dropUnseenChain } from './nodes.js';
import { errors, isQmpCommandError } from './errors.js';
import { finishAdopted, sendCancel, sendPivot } from './two-phase.js';

const log = logger('job');

const COPY_FLAGS = VIR_DOMAIN_BLOCK_COPY_SHALLOW | VIR_DOMAIN_BLOCK_COPY_REUSE_EXT | VIR_DOMAIN_BLOCK_COPY_TRANSIENT_JOB | VIR_DOMAIN_BLOCK_COPY_SYNCHRONOUS_WRITES;
const REBASE_COPY_FLAGS =
  VIR_DOMAIN_BLOCK_REBASE_SHALLOW | VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT | VIR_DOMAIN_BLOCK_REBASE_COPY_RAW | VIR_DOMAIN_BLOCK_REBASE_COPY |
  VIR_DOMAIN_BLOCK_REBASE_RELATIVE | VIR_DOMAIN_BLOCK_REBASE_COPY_DEV | VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES;
/** libvirt's storage file formats (virStorageFileFormat), the names a disk's driver type may take. */
const FORMATS = new Set(['raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk']);

/** libvirt's granularity parameter is an unsigned int. */
const UINT_MAX = 2 ** 32 - 1;

/**
 * virDomainBlockCopy's typed parameters (bandwidth always bytes/s), plus the
 * destination's format; a null value is a parameter not given.
 */
export interface BlockCopyParams {
  bandwidth?: number | null;
  granularity?: number | null;
  bufSize?: number | null;
  'buf-size'?: number | null;
  /** Destination format; default the disk's (new) or probed from the file (REUSE_EXT). */
  format?: string | null;
  /** The destination is a block device (`<disk type='block'>`). */
  blockdev?: boolean | null;
}

/** BlockCopyParams once the nulls are gone. */
type GivenParams = { [K in keyof BlockCopyParams]?: Exclude<BlockCopyParams[K], null> };

interface CopyRequest {
  dest: string;
  format: string | undefined;
  shallow: boolean;
  reuse: boolean;
  device: boolean;
  speed: number;
  granularity: number | undefined;
  bufSize: number | undefined;
  writeBlocking: boolean;
}

/** Completion data; `target*` are filled in when the nodes are added. */
export interface CopyData {
  owner: object;
  chainBefore: Disk['chain'];
  shallow: boolean;
  noFrontend: boolean;
  targetFormat?: string;
  targetStorage?: string;
}

/** Node indices handed out but maybe not added yet, per manager: concurrent copies must not collide. */
const reserved = new WeakMap<BlockJobManager, Set<number>>();

/** The parameter names blockCopy knows: libvirt's typed parameters, plus what its XML would say. */
const COPY_PARAMS: ReadonlySet<string> = new Set(['bandwidth', 'granularity', 'bufSize', 'buf-size', 'format', 'blockdev']);

/** null and undefined params are none; unknown names are refused as libvirt's virTypedParamsValidate does. */
function copyParams(params: unknown): GivenParams {
  if (params === undefined || params === null) return {};
  if (typeof params !== 'object' || Array.isArray(params)) throw new VirError('INVALID_ARG', 'block copy parameters must be an object');
  for (const key of Object.keys(params)) {
    if (!COPY_PARAMS.has(key)) throw new VirError('ARGUMENT_UNSUPPORTED', `parameter '${key}' not supported`);
  }
  // A null value is a parameter not given (as with the bandwidth of blockPull).
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null)) as GivenParams;
}

function checkParam(name: string, v: unknown): number | undefined {
  if (v === undefined || v === 0) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new VirError('INVALID_ARG', `${name} must be a non-negative integer, got '${String(v)}'`);
  // libvirt allows up to LLONG_MAX; a Number is exact only to 2^53 - 1 (2^63 - 1 is 2^63 as a double).
  if (!Number.isSafeInteger(v)) throw name === 'bandwidth' ? errors.copyBandwidthTooLarge() : errors.bandwidthBeyondExact(name);
  return v;
}

/**
 * Destination checks, synchronous (they run in the plan), libvirt's texts.
 * `disks`: every disk, so that an image QEMU has open counts as existing even
 * where the file system cannot tell (the simulator's images live in memory).
 * Exported for tests.
 */
export function checkDestination(disk: Disk, req: CopyRequest, allowDirs: readonly string[] | undefined, disks: readonly Disk[] = [disk]): string {
  if (!path.isAbsolute(req.dest)) throw new VirError('INVALID_ARG', 'absolute path must be used as block copy target');
  // libvirt drops SHALLOW on a disk of one image, and then refuses a shallow copy into
  // a new raw file before it looks at the destination.
  const shallow = req.shallow && disk.chain.length > 1;
  const given = req.format ?? (req.reuse || req.device ? undefined : disk.chain[0]?.format ?? 'qcow2');
  if (shallow && !req.reuse && given === 'raw') throw shallowIntoRaw(disk);
  let st: fs.Stats | undefined;
  let statError: unknown;
  try {
    st = fs.statSync(req.dest);
  } catch (err) {
    st = undefined;
    statError = err;
  }
  // libvirt's order (qemuDomainBlockCopyCommon): missing, then exists
  // and not a block device, then --blockdev onto a plain file.
  const open = !req.reuse && disks.some((d) => d.chain.some((img) => img.filename === req.dest));
  if (!st && (req.reuse || req.device)) throw new VirError('SYSTEM_ERROR', `missing destination file for disk ${disk.name}: ${req.dest}: ${errnoText(statError)}`);
  if (open || (st && !st.isBlockDevice() && st.size > 0 && !req.reuse)) {
    throw new VirError('CONFIG_UNSUPPORTED', `external destination file for disk ${disk.name} already exists and is not a block device: ${req.dest}`);
  }
  if (st && !st.isBlockDevice() && req.device) {
    throw new VirError('INVALID_ARG', `blockdev flag requested for disk ${disk.name}, but file '${req.dest}' is not a block device`);
  }
  if (!req.reuse && !req.device) checkNewImagePath(allowDirs, req.dest);
  const format = given ?? probeFormat(req.dest);
  if (shallow && !req.reuse && format === 'raw') throw shallowIntoRaw(disk);
  return format;
}

function shallowIntoRaw(disk: Disk): VirError {
  return new VirError('CONFIG_UNSUPPORTED', `shallow copy of disk '${disk.name}' into a raw file is not possible`);
}

/**
 * virDomainBlockCopy.
 * @param dest absolute path of the destination
 * @param params bandwidth in bytes/s, granularity (power of 2), bufSize, format, blockdev
 */
export async function blockCopy(m: BlockJobManager, diskArg: string, dest: string, params: BlockCopyParams | null = {}, flags = 0): Promise<void> {
  checkFlags(flags, COPY_FLAGS, 'qemuDomainBlockCopy');
  const p = copyParams(params);
  const speed = checkParam('bandwidth', p.bandwidth) ?? 0;
  const granularity = checkParam('granularity', p.granularity);
  if (granularity !== undefined && granularity > UINT_MAX) throw new VirError('INVALID_ARG', `granularity must be at most ${UINT_MAX}`);
  if (granularity !== undefined && (granularity & (granularity - 1)) !== 0) throw new VirError('INVALID_ARG', 'granularity must be power of 2');
  const bufSize = checkParam('buf-size', p.bufSize ?? p['buf-size']);
  if (p.format !== undefined && (typeof p.format !== 'string' || !FORMATS.has(p.format))) {
    throw new VirError('CONFIG_UNSUPPORTED', `unknown driver format value '${String(p.format)}'`);
  }
  await copyCommon(m, diskArg, {
    dest,
    format: p.format,
    shallow: (flags & VIR_DOMAIN_BLOCK_COPY_SHALLOW) !== 0,
    reuse: (flags & VIR_DOMAIN_BLOCK_COPY_REUSE_EXT) !== 0,
    device: p.blockdev === true,
    speed,
    granularity,
    bufSize,
    writeBlocking: (flags & VIR_DOMAIN_BLOCK_COPY_SYNCHRONOUS_WRITES) !== 0,
  });
}

/** virDomainBlockRebase with COPY: `dest` is the destination; bandwidth MiB/s unless BANDWIDTH_BYTES. */
export async function rebaseCopy(m: BlockJobManager, diskArg: string, dest: string, bandwidth: number, flags: number): Promise<void> {
  checkFlags(flags, REBASE_COPY_FLAGS, 'qemuDomainBlockRebase');
  if (flags & VIR_DOMAIN_BLOCK_REBASE_RELATIVE) throw new VirError('ARGUMENT_UNSUPPORTED', 'Relative backing during copy not supported yet');
  const speed = toBytesPerSecond(bandwidth, (flags & VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES) !== 0);
  await copyCommon(m, diskArg, {
    dest,
    format: flags & VIR_DOMAIN_BLOCK_REBASE_COPY_RAW ? 'raw' : undefined,
    shallow: (flags & VIR_DOMAIN_BLOCK_REBASE_SHALLOW) !== 0,
    reuse: (flags & VIR_DOMAIN_BLOCK_REBASE_REUSE_EXT) !== 0,
    device: (flags & VIR_DOMAIN_BLOCK_REBASE_COPY_DEV) !== 0,
    speed,
    granularity: undefined,
    bufSize: undefined,
    writeBlocking: false,
  });
}

async function copyCommon(m: BlockJobManager, diskArg: string, req: CopyRequest): Promise<void> {
  registerOnce(m, [copyHandler]);
  await m.startJob({
    disk: diskArg,
    kind: 'copy',
    plan: (disk) => {
      if (!disk.chain[0]) throw new VirError('CONFIG_UNSUPPORTED', `disk ${disk.name} has no source`);
      const format = checkDestination(disk, req, m.options.allowDirs, m.listDisks());
      // A top without backing has nothing to share: QEMU turns `top` into `full` itself.
      const shallow = req.shallow && disk.chain.length > 1;
      const data: CopyData = { owner: m, chainBefore: disk.chain, shallow, noFrontend: disk.mode === 'blockdev' && disk.qdev === undefined };
      const tuning = {
        sync: shallow ? ('top' as const) : ('full' as const),
        ...(req.speed ? { speed: req.speed } : {}),
        ...(req.granularity ? { granularity: req.granularity } : {}),
        ...(req.bufSize ? { bufSize: req.bufSize } : {}),
        writeBlocking: req.writeBlocking,
      };
      if (log.enabled) log('copy %s to %s (%s, %s%s)', disk.name, req.dest, format, tuning.sync, req.reuse ? ', reused' : '');
      if (disk.mode === 'drive') {
        const device = disk.device!;
        const existing = req.reuse || req.device;
        return {
          jobId: device,
          data,
          send: async (mon) => {
            const existedBefore = fs.existsSync(req.dest);
            try {
              await driveMirror(mon, { jobId: device, device, target: req.dest, format, mode: existing ? 'existing' : 'absolute-paths', ...tuning });
            } catch (err) {
              // QEMU makes the file before it checks the rest (a bad granularity):
              // refused, it leaves that file, which a retry would then refuse as
              // existing. Only when QEMU answered: a lost connection leaves the
              // job's fate unknown, and the file with it (README, known limits).
              if (!existing && !existedBefore && isQmpCommandError(err)) removeMadeFile(req.dest);
              throw err;
            }
          },
        };
      }
      const top = disk.chain[0];
      const jobId = blockJobName('copy', disk.name, top.nodeName!);
      return {
        jobId,
        data,
        send: async (mon) => {
          const created = await attachDestination(m, mon, m.session, disk, req, format, data, jobId);
          try {
            // Detached meanwhile: the job would run followed by nobody, its nodes known to nobody.
            m.checkConnected();
            await blockdevMirror(mon, { jobId, device: top.nodeName!, target: data.targetFormat!, replaces: top.nodeName!, ...tuning });
          } catch (err) {
            await detachTarget(mon, data);
            if (created) removeMadeFile(req.dest);
            throw err;
          }
        },
      };
    },
  });
}

/**
 * Create (unless reused) and attach the destination's nodes; on any failure
 * undo what was done (nodes deleted, a file we created removed) and rethrow.
 * @returns whether the destination file was created here
 */
async function attachDestination(m: BlockJobManager, mon: Monitor, session: QmpMonitor, disk: Disk, req: CopyRequest, format: string, data: CopyData, jobId: string): Promise<boolean> {
  // Guarded (node-guard.ts): another disk's stream may be concluding. This copy is not in QEMU yet.
  const nodes = await m.nodeList(jobId);
  const taken = reserved.get(m) ?? new Set<number>();
  reserved.set(m, taken);
  let n = nextNodeIndex(nodes.map((x) => x['node-name']));
  while (taken.has(n)) n++;
  taken.add(n);
  const storage = `libvirt-${n}-storage`;
  const formatNode = `libvirt-${n}-format`;
  const existedBefore = fs.existsSync(req.dest);
  const top = nodes.find((x) => x['node-name'] === disk.chain[0]!.nodeName);
  const size = Number(top?.image?.['virtual-size'] ?? 0);
  const backing = data.shallow ? disk.chain[1] : undefined;
  let storageAdded = false;
  try {
    const create = !req.reuse && !req.device;
    // A raw copy has no format layer to size it: the file itself gets the disk's size.
    if (create) await runCreateJob(mon, session, `create-${storage}`, { driver: 'file', filename: req.dest, size: format === 'raw' ? size : 0 });
    await mon.execute('blockdev-add', req.device
      ? { driver: 'host_device', 'node-name': storage, filename: req.dest, 'auto-read-only': true }
      : { driver: 'file', 'node-name': storage, filename: req.dest, 'auto-read-only': true, discard: 'unmap' });
    storageAdded = true;
    data.targetStorage = storage;
    if (create && format !== 'raw') {
      await runCreateJob(mon, session, `create-${formatNode}`, {
        driver: format,
        file: storage,
        size,
        ...(backing ? { 'backing-file': backing.filename, 'backing-fmt': backing.format } : {}),
      });
    }
    await addFormatNode(mon, formatNode, format, storage, backing?.nodeName ?? null);
    data.targetFormat = formatNode;
    return create && !existedBefore;
  } catch (err) {
    if (storageAdded) await mon.blockdevDel(storage).catch(() => undefined);
    delete data.targetStorage;
    if (!existedBefore && !req.reuse) removeMadeFile(req.dest);
    throw err;
  } finally {
    taken.delete(n);
  }
}

/** Detach the copy's nodes (after an abort, a failure, or a refused mirror). */
async function detachTarget(mon: Monitor, data: CopyData): Promise<void> {
  for (const node of [data.targetFormat, data.targetStorage]) {
    if (!node) continue;
    await mon.blockdevDel(node).catch((err: unknown) => {
      if (log.enabled) log('blockdev-del %s failed: %s', node, (err as Error).message);
    });
  }
}

async function finishCopy(ctx: JobContext, job: Job, result: JobResult): Promise<void> {
  const data = ctx.data(job.id) as CopyData | undefined;
  const pivoted = result === 'completed' && job.endRequest === 'pivot';
  if (!data || !('chainBefore' in data)) return finishAdopted(ctx, job, result);
  // Completed after READY with no end asked here (nor recorded by whoever
  // asked): another client pivoted or aborted it. On a disk without
  // frontend, guessing "aborted" and detaching the copy deleted the disk's
  // new top after a pivot (with a frontend, QEMU refuses to delete a node
  // in use): there the ender tidies up after itself (two-phase.ts), nothing
  // is deleted here, and a disk whose old top is gone is on the copy now.
  if (result === 'completed' && job.endRequest === undefined && data.noFrontend) {
    const oldTop = data.chainBefore[0]?.nodeName;
    const nodes = data.targetFormat && oldTop ? new Set((await ctx.nodeList()).map((n) => n['node-name'])) : undefined;
    const movedOn = nodes !== undefined && !nodes.has(oldTop) && nodes.has(data.targetFormat);
    await ctx.refreshChain(job.disk, movedOn ? { topNode: data.targetFormat } : {});
    recordOutcome(data.owner, job.disk, { ...outcomeOf(job, result), ...(movedOn ? { pivoted: true } : {}) });
    return;
  }
  if (pivoted && data.noFrontend && data.targetFormat) {
    await ctx.refreshChain(job.disk, { topNode: data.targetFormat });
    // Shallow: the copy took over the backing chain; only the old top left.
    await dropNodes(ctx, data.shallow ? data.chainBefore.slice(0, 1) : data.chainBefore);
  } else {
    const seen = ctx.disk(job.disk)?.chain ?? [];
    // The target's nodes go first, so that the re-read forgets a disk entry
    // they made (a manager that adopted the copy lists its target apart).
    if (!pivoted) await detachTarget(ctx.monitor, data);
    await ctx.refreshChain(job.disk);
    if (pivoted) await dropUnseenChain(ctx, job.disk, seen, data.shallow ? data.chainBefore.slice(0, 1) : data.chainBefore);
  }
  recordOutcome(data.owner, job.disk, outcomeOf(job, result));
}

export const copyHandler: JobTypeHandler = {
  kind: 'copy',
  canPivot: true,
  sendPivot,
  sendCancel,
  complete: finishCopy,
};

