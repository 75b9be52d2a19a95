/**
 * virDomainBlockCommit: merge `top` and the images between it and `base`
 * into `base`. Below the active layer it is a one-phase job that QEMU ends by
 * itself with the chain re-linked (the overlay of `top` now backed by
 * `base`); on the active layer (ACTIVE) it reaches READY, then a pivot moves
 * the disk onto `base` and a plain abort leaves it on `top` (QEMU's soft
 * cancel: `base` holds everything anyway).
 *
 * Arguments are validated in libvirt 9.0's order with its texts (reference
 * §10, §11.1), synchronously inside `startJob`'s plan, so nothing is sent for
 * a refused request. -blockdev: `block-commit` by node names with job id
 * `commit-<disk>-<top node>`; -drive: by file names with the device as job id.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { VirError } from '../errors.js';
import { logger } from '../log.js';
import { toBytesPerSecond } from './bandwidth.js';
import { findImage, namesTop, relativeName } from './chain-args.js';
import {
  blockJobName,
  VIR_DOMAIN_BLOCK_COMMIT_ACTIVE,
  VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES,
  VIR_DOMAIN_BLOCK_COMMIT_DELETE,
  VIR_DOMAIN_BLOCK_COMMIT_RELATIVE,
  VIR_DOMAIN_BLOCK_COMMIT_SHALLOW,
} from './constants.js';
import { resolveImage, type Disk } from './disks.js';
import type { JobContext, JobTypeHandler } from './job-types.js';
import type { BlockJobManager } from './manager.js';
import { checkFlags, registerOnce } from './registry.js';
import { outcomeOf, recordOutcome } from './outcomes.js';
import type { Job, JobResult } from './state.js';
import { dropNodes, dropUnseenChain } from './nodes.js';
import { finishAdopted, sendCancel, sendPivot } from './two-phase.js';

const log = logger('job');

const COMMIT_FLAGS =
  VIR_DOMAIN_BLOCK_COMMIT_SHALLOW | VIR_DOMAIN_BLOCK_COMMIT_DELETE | VIR_DOMAIN_BLOCK_COMMIT_ACTIVE |
  VIR_DOMAIN_BLOCK_COMMIT_RELATIVE | VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES;

/** What the completion handler needs to know about a commit it did not start itself. */
export interface CommitData {
  owner: object;
  active: boolean;
  /** The disk's chain when the job started, top first. */
  chainBefore: Disk['chain'];
  topIdx: number;
  baseIdx: number;
  /** Files to unlink after success (DELETE): top and the images between it and base. */
  deleteFiles: string[];
  /** A -blockdev disk without frontend: after a pivot its top node is base's. */
  noFrontend: boolean;
  /** Set by a merge that a later process may take over (a snapshot's delete: `snapshot:<name>`). */
  mergeOf?: string;
}

/** The plan's validation, pure: which images, which QMP arguments. Exported for tests. */
export function planCommit(disks: readonly Disk[], disk: Disk, base: string | null, top: string | null, flags: number, diskArg = disk.name) {
  if (disk.chain.length === 0 || !disk.chain[0]!.filename) {
    throw new VirError('CONFIG_UNSUPPORTED', `disk ${disk.name} has no source file to be committed`);
  }
  const topIdx = top === null ? 0 : findImage(disks, disk, top);
  const topImg = disk.chain[topIdx]!;
  const active = topIdx === 0;
  if (active && !(flags & VIR_DOMAIN_BLOCK_COMMIT_ACTIVE)) {
    throw new VirError('INVALID_ARG', `commit of '${disk.name}' active layer requires active flag`);
  }
  if (!active && flags & VIR_DOMAIN_BLOCK_COMMIT_ACTIVE) {
    throw new VirError('INVALID_ARG', `active commit requested but '${topImg.filename}' is not active`);
  }
  if (topIdx + 1 >= disk.chain.length) {
    // As libvirt: the disk as the caller named it.
    throw new VirError('INVALID_ARG', `top '${topImg.filename}' in chain for '${diskArg}' has no backing file`);
  }
  let baseIdx: number;
  if (base === null) {
    baseIdx = flags & VIR_DOMAIN_BLOCK_COMMIT_SHALLOW ? topIdx + 1 : disk.chain.length - 1;
  } else {
    try {
      baseIdx = resolveImage(disks, disk, base, topIdx);
    } catch (err) {
      // An index form keeps its own text; libvirt 9.0 says this for any other miss.
      if (/^.*\[\d+\]$/.test(base) && err instanceof VirError && !/beneath/.test(err.message)) throw err;
      throw new VirError('INVALID_ARG', `could not find base image in chain for '${disk.name}'`);
    }
    if (flags & VIR_DOMAIN_BLOCK_COMMIT_SHALLOW && baseIdx !== topIdx + 1) {
      // As libvirt: base and disk as the caller named them.
      throw new VirError('INVALID_ARG', `base '${base}' is not immediately below '${topImg.filename}' in chain for '${diskArg}'`);
    }
  }
  // libvirt keeps a relative name only for the overlay of a non-active top.
  const backingFile = !active && flags & VIR_DOMAIN_BLOCK_COMMIT_RELATIVE ? relativeName(disk, topIdx, baseIdx) : undefined;
  return { topIdx, baseIdx, active, backingFile };
}

/**
 * virDomainBlockCommit.
 * @param base path, node-name or `disk[N]`; null = the bottom (SHALLOW: top's backing)
 * @param top path, node-name or `disk[N]`; null or the disk = the active layer
 * @param bandwidth MiB/s, or bytes/s with VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES
 */
export async function blockCommit(m: BlockJobManager, diskArg: string, base: string | null, top: string | null, bandwidth: number, flags: number): Promise<void> {
  await startCommit(m, diskArg, base, top, bandwidth, flags, { autoFinalize: true });
}

/**
 * blockCommit with the job id reported (`onJobId`, synchronously, before the
 * start command is sent) and auto-finalize chosen: off, a non-active commit
 * stops in PENDING and changes the chain only at `job-finalize` (libvirt does
 * this when deleting snapshots, to end several disks' jobs one by one).
 */
export async function startCommit(
  m: BlockJobManager, diskArg: string, base: string | null, top: string | null, bandwidth: number, flags: number,
  opts: { autoFinalize: boolean; onJobId?: (id: string) => void; mergeOf?: string },
): Promise<void> {
  checkFlags(flags, COMMIT_FLAGS, 'qemuDomainBlockCommit');
  const speed = toBytesPerSecond(bandwidth, (flags & VIR_DOMAIN_BLOCK_COMMIT_BANDWIDTH_BYTES) !== 0);
  registerOnce(m, [commitHandler, activeCommitHandler]);
  const probe = m.getDisk(diskArg);
  const kindGuess = top === null || namesTop(probe, top) ? 'active-commit' : 'commit';
  await m.startJob({
    disk: diskArg,
    kind: kindGuess,
    plan: (disk) => {
      const p = planCommit(m.listDisks(), disk, base, top, flags, diskArg);
      const topImg = disk.chain[p.topIdx]!;
      const baseImg = disk.chain[p.baseIdx]!;
      const data: CommitData = {
        owner: m,
        active: p.active,
        chainBefore: disk.chain,
        topIdx: p.topIdx,
        baseIdx: p.baseIdx,
        deleteFiles: flags & VIR_DOMAIN_BLOCK_COMMIT_DELETE ? disk.chain.slice(p.topIdx, p.baseIdx).map((i) => i.filename) : [],
        noFrontend: disk.mode === 'blockdev' && disk.qdev === undefined,
        ...(opts.mergeOf !== undefined ? { mergeOf: opts.mergeOf } : {}),
      };
      if (log.enabled) log('commit %s: %s into %s%s', disk.name, topImg.filename, baseImg.filename, p.active ? ' (active)' : '');
      if (disk.mode === 'blockdev') {
        const jobId = blockJobName('commit', disk.name, topImg.nodeName!);
        opts.onJobId?.(jobId);
        return {
          jobId,
          data,
          send: (mon) => mon.blockCommit({
            device: disk.chain[0]!.nodeName!,
            jobId,
            topNode: topImg.nodeName!,
            baseNode: baseImg.nodeName!,
            // QEMU refuses backing-file for an active top; otherwise record base as libvirt does.
            ...(p.active ? {} : { backingFile: p.backingFile ?? baseImg.filename }),
            ...(speed ? { speed } : {}),
            autoFinalize: opts.autoFinalize,
            autoDismiss: false,
          }),
        };
      }
      const device = disk.device!;
      opts.onJobId?.(device);
      return {
        jobId: device,
        data,
        send: (mon) => mon.blockCommit({
          device,
          ...(p.active ? {} : { top: topImg.filename }),
          base: baseImg.filename,
          ...(p.backingFile !== undefined ? { backingFile: p.backingFile } : {}),
          ...(speed ? { speed } : {}),
          autoFinalize: opts.autoFinalize,
          autoDismiss: false,
        }),
      };
    },
  });
}

function commitData(ctx: JobContext, job: Job): CommitData | undefined {
  const d = ctx.data(job.id) as CommitData | undefined;
  return d && typeof d === 'object' && 'chainBefore' in d ? d : undefined;
}

/**
 * Unlink committed images after success: only regular files named by an
 * absolute path, never one that is still in the chain. A relative name is
 * QEMU's, relative to QEMU's working folder (a VM started with
 * `file=top.qcow2`), not ours: resolved here it named another file (libvirt
 * only ever has absolute sources). A `json:` or protocol name is no file.
 */
async function deleteCommitted(ctx: JobContext, job: Job, files: string[]): Promise<void> {
  const still = new Set(ctx.disk(job.disk)?.chain.map((i) => i.filename) ?? []);
  for (const f of files) {
    if (still.has(f)) {
      if (log.enabled) log('not deleting %s: still in the chain of %s', f, job.disk);
      continue;
    }
    if (!path.isAbsolute(f)) {
      if (log.enabled) log('not deleting %s: not an absolute path (QEMU resolves it, not this process)', f);
      continue;
    }
    try {
      if (!(await fs.lstat(f)).isFile()) {
        if (log.enabled) log('not deleting %s: not a regular file', f);
        continue;
      }
      await fs.unlink(f);
    } catch (err) {
      if (log.enabled) log('unlink %s failed: %s', f, (err as Error).message);
    }
  }
}

async function finishCommit(ctx: JobContext, job: Job, result: JobResult): Promise<void> {
  const data = commitData(ctx, job);
  if (!data) return finishAdopted(ctx, job, result);
  const pivoted = result === 'completed' && job.endRequest === 'pivot';
  if (data.active && pivoted && data.noFrontend) {
    // The disk *is* its top node; after the pivot that is base's node.
    const baseNode = data.chainBefore[data.baseIdx]!.nodeName;
    await ctx.refreshChain(job.disk, baseNode !== undefined ? { topNode: baseNode } : {});
    await dropNodes(ctx, data.chainBefore.slice(0, data.baseIdx), baseNode !== undefined ? { newTop: baseNode } : {});
  } else {
    const seen = ctx.disk(job.disk)?.chain ?? [];
    await ctx.refreshChain(job.disk);
    if (data.active && pivoted) await dropUnseenChain(ctx, job.disk, seen, data.chainBefore.slice(0, data.baseIdx));
  }
  recordOutcome(data.owner, job.disk, outcomeOf(job, result));
  const succeeded = data.active ? pivoted : result === 'completed';
  if (succeeded && data.deleteFiles.length) await deleteCommitted(ctx, job, data.deleteFiles);
}

/** Non-active commit: ends by itself, QEMU has re-linked the chain. */
export const commitHandler: JobTypeHandler = {
  kind: 'commit',
  canPivot: false,
  complete: finishCommit,
};

/** Active commit: READY, then pivot (job-complete) or soft cancel (block-job-cancel). */
export const activeCommitHandler: JobTypeHandler = {
  kind: 'active-commit',
  canPivot: true,
  sendPivot,
  sendCancel,
  complete: finishCommit,
};
