/**
 * Size and count limits given as options (maxMessageBytes, maxInFlight):
 * a limit compared with NaN or a string holds nothing back, silently, so
 * one that is not a whole number >= 1 (or Infinity: none) is refused.
 */
export function checkLimit(value: unknown, what: string): void {
  if (value === undefined || value === Infinity) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`${what} must be a whole number >= 1 (Infinity: none), not ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`);
  }
}
