/** Which image files QEMU still has open: a file is removed only once no node holds it. */
import { nodeFile } from '../jobs/disks.js';
import type { BlockJobManager } from '../jobs/manager.js';

/** Every file some node of QEMU's has open. */
export async function openFiles(m: BlockJobManager): Promise<Set<string>> {
  return filesOf(await m.nodeList());
}

/** The files `nodes` (a `query-named-block-nodes` answer) have open. */
export function filesOf(nodes: readonly { file: string; image?: { filename?: string } }[]): Set<string> {
  return new Set(nodes.map(nodeFile));
}
