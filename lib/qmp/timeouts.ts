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
