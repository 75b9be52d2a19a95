/**
 * The start of a pull (virDomainBlockPull, and virDomainBlockRebase without
 * COPY): the images above `base` (null = the whole chain) pulled into the
 * top, `base` becoming its backing file. -blockdev: `block-stream` by node
 * names with job id `pull-<disk>-<top node>`; -drive: by file names with the
 * device as job id. Validated synchronously inside `startJob`'s plan, so
 * nothing is sent for a refused request. What happens when it ends is
 * pullHandler's (job-types.ts); the flags are checked by the manager's methods.
 *
 * With job records kept (`stateDir`), unlike libvirt, a pull starts with
 * auto-dismiss on. QEMU 7.2 crashes (SIGSEGV) on `query-named-block-nodes`
 * while a concluded stream waits to be dismissed (its copy-on-read filter
 * is listed with no child), and a node read can fall in that window however
 * it is guarded (node-guard.ts): hammering the node list across a stream's
 * end crashed QEMU in 3 runs of 3 with auto-dismiss off, in none of 20 with
 * it on, as QEMU then concludes and dismisses in one step.
 * BLOCK_JOB_COMPLETED/CANCELLED still says how the job ended, and one that
 * ends while no manager is connected is told from its record and the chain
 * (unseen-end.ts). Without records a later manager could not learn that
 * such a pull ever ran, so it runs as libvirt's: QEMU keeps it until a
 * manager dismisses it.
 */
import path from 'node:path';
import { toBytesPerSecond } from './bandwidth.js';
import { blockJobName, VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES, VIR_DOMAIN_BLOCK_REBASE_RELATIVE } from './constants.js';
import { resolveImage, type Disk } from './disks.js';
import { errors } from './errors.js';
import type { StartSpec } from './manager.js';

/**
 * The `startJob` spec of a pull on `diskArg`.
 * @param flags VIR_DOMAIN_BLOCK_REBASE_RELATIVE and _BANDWIDTH_BYTES are read
 * @param listDisks the manager's disks, for resolving `base` at plan time
 * @param autoDismiss start it with auto-dismiss on (the manager keeps job records)
 * @throws VirError for RELATIVE without a base, or a bad bandwidth
 */
export function pullSpec(diskArg: string, base: string | null, bandwidth: number, flags: number, listDisks: () => Disk[], autoDismiss: boolean): StartSpec {
  const relative = (flags & VIR_DOMAIN_BLOCK_REBASE_RELATIVE) !== 0;
  if (relative && base === null) throw errors.relativeNeedsBase();
  const speed = toBytesPerSecond(bandwidth, (flags & VIR_DOMAIN_BLOCK_REBASE_BANDWIDTH_BYTES) !== 0);
  return {
    disk: diskArg,
    kind: 'pull',
    plan: (disk) => {
      const top = disk.chain[0];
      if (!top) throw errors.diskNotFound(diskArg);
      const baseIdx = base === null ? undefined : resolveImage(listDisks(), disk, base, 0);
      const baseImg = baseIdx === undefined ? undefined : disk.chain[baseIdx]!;
      let backingFile: string | undefined;
      if (baseImg && baseIdx !== undefined) backingFile = relative ? relativeBackingName(disk, baseIdx) : undefined;
      if (disk.mode === 'blockdev') {
        const jobId = blockJobName('pull', disk.name, top.nodeName!);
        return {
          jobId,
          data: { base: baseImg?.filename, into: top.filename },
          autoDismiss,
          send: (m) => m.blockStream({
            device: top.nodeName!,
            jobId,
            ...(speed ? { speed } : {}),
            ...(baseImg ? { baseNode: baseImg.nodeName!, backingFile: backingFile ?? baseImg.filename } : {}),
            autoFinalize: true,
            autoDismiss,
          }),
        };
      }
      const device = disk.device!;
      return {
        jobId: device,
        data: { base: baseImg?.filename, into: top.filename },
        autoDismiss,
        send: (m) => m.blockStream({
          device,
          ...(baseImg ? { base: baseImg.filename } : {}),
          ...(backingFile !== undefined ? { backingFile } : {}),
          ...(speed ? { speed } : {}),
          autoFinalize: true,
          autoDismiss,
        }),
      };
    },
  };
}

/**
 * The backing name to record for a RELATIVE rebase: only possible when every
 * link from the top down to the base was recorded relative, as libvirt requires.
 */
function relativeBackingName(disk: Disk, baseIdx: number): string {
  for (let i = 0; i < baseIdx; i++) {
    const name = disk.chain[i]!.backingName;
    if (name === undefined || path.isAbsolute(name) || name.startsWith('json:')) throw errors.cannotKeepRelative();
  }
  const top = disk.chain[0]!.filename;
  return path.relative(path.dirname(top), disk.chain[baseIdx]!.filename);
}
