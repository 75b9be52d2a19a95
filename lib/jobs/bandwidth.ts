/**
 * libvirt's bandwidth units (reference §5): the API speaks MiB/s unless a
 * BANDWIDTH_BYTES flag says bytes/s; QEMU always gets bytes/s; read-back
 * rounds up to whole MiB (1 byte/s reads as 1 MiB/s); 0 means unlimited.
 */
import { MAX_BANDWIDTH_MIB } from './constants.js';
import { errors } from './errors.js';

const MiB = 1024 * 1024;

/**
 * Convert an API bandwidth to QEMU's bytes/s.
 * @throws VirError OVERFLOW "bandwidth must be less than 8796093022207" (MiB too large);
 *   INVALID_ARG for negative or non-integer values (libvirt's unsigned long cannot hold them),
 *   and for bytes/s beyond 2^53 - 1 (not exact in a Number)
 */
export function toBytesPerSecond(bandwidth: number | undefined, bytes: boolean): number {
  const v = bandwidth ?? 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw errors.bandwidthInvalid(v);
  if (bytes) {
    // libvirt takes up to LLONG_MAX; a Number is exact only to 2^53 - 1,
    // and QEMU must get the very value asked for.
    if (!Number.isSafeInteger(v)) throw errors.bandwidthBeyondExact('bandwidth');
    return v;
  }
  if (v > MAX_BANDWIDTH_MIB) throw errors.bandwidthOverflow();
  return v * MiB;
}

/** QEMU's bytes/s as the API reports it: bytes, or MiB rounded up. */
export function fromBytesPerSecond(speed: number, bytes: boolean): number {
  if (bytes) return speed;
  return Math.ceil(speed / MiB);
}
