import { exactJson } from './exact-json.js';

/**
 * JSON as QEMU writes it on a monitor: ASCII only, everything else as
 * \uXXXX. What a server side of ours (the simulator, the replayer) sends,
 * so that a client sees the bytes it would see from QEMU.
 */
export function asciiJson(value: unknown): string {
  return exactJson(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
