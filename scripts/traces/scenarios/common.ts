/**
 * Shared wording and numbers of the scenarios: the standard chain's
 * description, speeds, and the path of a scenario's image folder.
 */
import { MiB } from '../../../lib/qemu/index.js';
import { TRACE_IMAGE_ROOT } from '../runner.js';

export { MiB };

/** Folder of a scenario's images (for the description and libvirt strings). */
export function imageDir(scenario: string): string {
  return `${TRACE_IMAGE_ROOT}/${scenario}`;
}

export const STANDARD_CHAIN =
  '32 MiB qcow2 chain base.qcow2 <- mid.qcow2 <- top.qcow2 (absolute backing paths): base holds 0x11 in [0,28M), ' +
  'mid holds 0x22 in [8M,24M) and a zero cluster range [26M,27M), top holds 0x33 in [0,4M) and 0x44 in [20M,22M); ' +
  '[28M,32M) is unallocated everywhere.';

export const LEGACY = 'Legacy -drive if=none,id=drive0 on top.qcow2 (machine none).';

export const BLOCKDEV =
  '-blockdev graph like libvirt: file node libvirt-N-storage and qcow2 node libvirt-N-format per layer ' +
  '(libvirt-1 top, libvirt-2 mid, libvirt-3 base; backing layers read-only), no frontend.';

/** Speeds (bytes/s) chosen so that jobs last about 1-2 seconds on this chain. */
export const SPEED = {
  slow: 2 * MiB,
  normal: 16 * MiB,
  /** A job that must not end during the scenario. */
  crawl: 1 * MiB,
};
