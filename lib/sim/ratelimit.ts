/**
 * Block job rate limiting as QEMU does it (include/qemu/ratelimit.h with the
 * 7.x block_job_ratelimit_* helpers): time is cut into 100 ms slices, each
 * allows speed/10 bytes; going over the quota delays the job by the excess
 * in whole and fractional slices. Real QEMU wakes a little late, which resets
 * the slice and drops the carried excess; the simulator resets at the exact
 * end of a slice so that it copies at the same effective rate.
 */
export const SLICE_MS = 100;

export class RateLimit {
  private quota = 0;
  private dispatched = 0;
  private sliceStart = 0;
  private sliceEnd = -1;

  /** Bytes per second; 0 = unlimited. */
  setSpeed(speed: number): void {
    this.quota = speed === 0 ? 0 : Math.max((speed * SLICE_MS) / 1000, 1);
  }

  /** Account `n` bytes done at `now` ms; returns how long to wait (ms). */
  delay(now: number, n: number): number {
    if (this.quota === 0) return 0;
    if (this.sliceEnd <= now) {
      this.sliceStart = now;
      this.sliceEnd = now + SLICE_MS;
      this.dispatched = 0;
    }
    this.dispatched += n;
    if (this.dispatched < this.quota) return 0;
    this.sliceEnd = this.sliceStart + (this.dispatched / this.quota) * SLICE_MS;
    return Math.max(0, this.sliceEnd - now);
  }
}
