/**
 * Time for the simulator: a real clock (Node timers, for the demo and the
 * CLI) and a virtual clock (tests move it forward on demand, so a job that
 * takes 30 s at its speed limit finishes in no wall time, deterministically).
 * Knows nothing of QMP or block jobs: only "call this at that time".
 */

export interface TimerHandle {
  readonly at: number;
}

export interface SimClock {
  /** Milliseconds since the simulator started (fractional). */
  now(): number;
  /** Call `fn` after `ms` milliseconds (0 = as soon as the current work is done). */
  setTimer(ms: number, fn: () => void): TimerHandle;
  clearTimer(handle: TimerHandle | undefined): void;
  /** Wall-clock time for event timestamps, as QEMU writes it. */
  timestamp(): { seconds: number; microseconds: number };
  /** Stop all timers (simulator closing). */
  dispose(): void;
}

interface VTimer extends TimerHandle {
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * Virtual time. Timers that are due run by themselves right after the current
 * work (on `setImmediate`), as QEMU's main loop would run a coroutine that is
 * ready; time itself only moves in `advance()`.
 */
export class VirtualClock implements SimClock {
  private t = 0;
  private seq = 0;
  private timers: VTimer[] = [];
  private immediate: NodeJS.Immediate | undefined;
  private disposed = false;

  constructor(private readonly epochMs: number = Date.UTC(2026, 0, 1)) {}

  now(): number {
    return this.t;
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const timer: VTimer = { at: this.t + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    // Keep sorted by (at, seq): timers set for the same instant run in order.
    let i = this.timers.length;
    while (i > 0 && (this.timers[i - 1]!.at > timer.at)) i--;
    this.timers.splice(i, 0, timer);
    if (timer.at <= this.t) this.scheduleDue();
    return timer;
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (!handle) return;
    const t = handle as VTimer;
    t.cancelled = true;
    const i = this.timers.indexOf(t);
    if (i >= 0) this.timers.splice(i, 1);
  }

  timestamp(): { seconds: number; microseconds: number } {
    const us = Math.floor((this.epochMs + this.t) * 1000);
    return { seconds: Math.floor(us / 1e6), microseconds: us % 1e6 };
  }

  /** Number of timers waiting (for tests). */
  get pending(): number {
    return this.timers.length;
  }

  /** When the next timer fires, or undefined. */
  nextAt(): number | undefined {
    return this.timers[0]?.at;
  }

  /** Run every timer that is due now (and those they set for now). */
  runDue(): void {
    if (this.disposed) return;
    while (this.timers.length > 0 && this.timers[0]!.at <= this.t) {
      const timer = this.timers.shift()!;
      if (!timer.cancelled) timer.fn();
    }
  }

  /**
   * Move time forward by `ms`, firing timers in order at their own instants.
   * Resolves after pending I/O callbacks had a chance to run, so answers and
   * events written meanwhile are on their way to the client.
   */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.t + ms);
  }

  async advanceTo(target: number): Promise<void> {
    this.runDue();
    while (!this.disposed && this.timers.length > 0 && this.timers[0]!.at <= target) {
      this.t = Math.max(this.t, this.timers[0]!.at);
      this.runDue();
    }
    if (target > this.t) this.t = target;
    await settle();
  }

  /** Let due timers and pending I/O callbacks run, without moving time. */
  async settle(): Promise<void> {
    this.runDue();
    await settle();
  }

  dispose(): void {
    this.disposed = true;
    this.timers = [];
    if (this.immediate) clearImmediate(this.immediate);
  }

  private scheduleDue(): void {
    if (this.immediate || this.disposed) return;
    this.immediate = setImmediate(() => {
      this.immediate = undefined;
      this.runDue();
    });
  }
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Real time: Node timers, wall-clock timestamps. */
export class RealClock implements SimClock {
  private readonly start = performance.now();
  private readonly live = new Map<TimerHandle, NodeJS.Timeout>();

  now(): number {
    return performance.now() - this.start;
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const handle: TimerHandle = { at: this.now() + ms };
    const t = setTimeout(() => {
      this.live.delete(handle);
      fn();
    }, Math.max(0, ms));
    this.live.set(handle, t);
    return handle;
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (!handle) return;
    const t = this.live.get(handle);
    if (t) clearTimeout(t);
    this.live.delete(handle);
  }

  timestamp(): { seconds: number; microseconds: number } {
    const us = Math.floor(Date.now() * 1000);
    return { seconds: Math.floor(us / 1e6), microseconds: us % 1e6 };
  }

  dispose(): void {
    for (const t of this.live.values()) clearTimeout(t);
    this.live.clear();
  }
}
