/** Which image files QEMU still has open: a file is removed only once no node holds it. */
import { nodeFile } from '../jobs/disks.js';
import type { BlockJobManager } from '../jobs/manager.js';

/** Every file some node of QEMU's has open. */
export async function openFiles(m: BlockJobManager): Promise<Set<string>> {
  return new Set((await m.nodeList()).map(nodeFile));
}
