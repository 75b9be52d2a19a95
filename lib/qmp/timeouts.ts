/**
 * What a timeout option in milliseconds means: 0, Infinity and values past
 * what a Node timer holds (2^31 - 1 ms, about 24.8 days) mean no timeout, as
 * `socket.setTimeout(0)` does; a timer would otherwise fire at once.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Whether `ms` asks for a timer (a positive, finite number a timer can hold). */
export function armsTimer(ms: number | undefined): ms is number {
  return ms !== undefined && ms > 0 && ms <= MAX_TIMER_MS;
}

/**
 * Throws a RangeError unless `ms` is undefined or a number >= 0 (NaN, a
 * negative number or a string would otherwise mean no timeout, silently).
 */
export function checkTimeout(ms: unknown, what: string): void {
  if (ms !== undefined && !(typeof ms === 'number' && ms >= 0)) {
    throw new RangeError(`${what} must be a number of milliseconds >= 0 (0: none), not ${typeof ms === 'string' ? JSON.stringify(ms) : String(ms)}`);
  }
}
