/**
 * An image file that exists on the host but not in the simulator: a target
 * made with `qemu-img create` for a copy with REUSE_EXT, or an overlay for a
 * snapshot in mode=existing. The simulator keeps no data on disk, so such a
 * file is opened as QEMU would see a new one: its header gives the format,
 * virtual size and backing file, and it holds no data of its own
 * (FIDELITY.md). Nothing is written back.
 */
import fs from 'node:fs';
import { SimImage } from './image.js';

const QCOW2_MAGIC = 0x514649fb;

/** The image at `path` on the host, or undefined when there is no such regular file. */
export function hostImage(path: string): SimImage | undefined {
  if (!path.startsWith('/')) return undefined;
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return undefined;
    const head = Buffer.alloc(512);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (n < 32 || head.readUInt32BE(0) !== QCOW2_MAGIC) return new SimImage(path, 'raw', st.size);
    const image = new SimImage(path, 'qcow2', Number(head.readBigUInt64BE(24)));
    const at = Number(head.readBigUInt64BE(8));
    const len = head.readUInt32BE(16);
    if (at !== 0 && len > 0 && len <= 1023) {
      const name = Buffer.alloc(len);
      fs.readSync(fd, name, 0, len, at);
      image.backingFile = name.toString('utf8');
    }
    return image;
  } finally {
    fs.closeSync(fd);
  }
}
