/** Which image files QEMU still has open: a file is removed only once no node holds it. */
import { plainFilename } from '../jobs/disks.js';
import type { BlockJobManager } from '../jobs/manager.js';

/** The file a node of `query-named-block-nodes` reads (its image's, else its own). */
export function nodeFile(n: { file: string; image?: { filename?: string } }): string {
  return plainFilename(n.image?.filename ?? n.file);
}

/** Every file some node of QEMU's has open. */
export async function openFiles(m: BlockJobManager): Promise<Set<string>> {
  return new Set((await m.nodeList()).map(nodeFile));
}
