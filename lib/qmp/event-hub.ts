/**
 * Event delivery for one QMP session: named subscriptions, pull-style
 * listeners (async iterators with their own bounded queue), and waits that can
 * look back into a bounded history, because QEMU may emit a job's events
 * before the command that started it has returned (qmp-block-jobs.md §6).
 * Knows nothing of sockets.
 */
import { QmpDisconnectedError, QmpLimitError, QmpTimeoutError } from '../errors.js';
import { armsTimer, checkTimeout } from './timeouts.js';
import type { ReceivedEvent, WaitForEventOptions } from './types.js';

export interface ListenOptions {
  /** Largest number of undelivered events held; past it the listener fails. Default 10,000. */
  maxQueued?: number;
}

/** A pull-style listener: iterate it, or call next(); close() when done. */
export class EventListener implements AsyncIterable<ReceivedEvent> {
  private queue: ReceivedEvent[] = [];
  private head = 0;
  private waiting: { resolve: (r: IteratorResult<ReceivedEvent>) => void; reject: (e: Error) => void } | undefined;
  private ended: Error | null | undefined; // undefined: open; null: closed cleanly; Error: failed
  readonly history: ReceivedEvent[] = [];

  constructor(
    private readonly hub: EventHub,
    readonly names: ReadonlySet<string> | undefined,
    readonly filter: ((ev: ReceivedEvent) => boolean) | undefined,
    private readonly maxQueued: number,
  ) {}

  /** @internal */
  deliver(ev: ReceivedEvent): void {
    // The hub hands a named listener only events of its names.
    if (this.ended !== undefined) return;
    // A filter that throws: the hub ends this listener with the error (deliverTo).
    if (this.filter && !this.filter(ev)) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w.resolve({ value: ev, done: false });
      return;
    }
    if (this.queue.length - this.head >= this.maxQueued) {
      this.end(new QmpLimitError(`event listener overflow: more than ${this.maxQueued} undelivered events`));
      return;
    }
    this.queue.push(ev);
  }

  /** @internal */
  end(err: Error | null): void {
    if (this.ended !== undefined) return;
    this.ended = err;
    this.hub.remove(this);
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      if (err) w.reject(err);
      else w.resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<ReceivedEvent>> {
    if (this.head < this.queue.length) {
      const value = this.queue[this.head++]!;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.ended === null) return Promise.resolve({ value: undefined, done: true });
    if (this.ended) return Promise.reject(this.ended);
    if (this.waiting) return Promise.reject(new Error('EventListener.next() called while another next() is pending'));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  get pending(): number {
    return this.queue.length - this.head;
  }

  /**
   * The consumer is done: what is queued is dropped, and next() says done
   * from now on (a session that ends instead lets the queue be read first).
   */
  close(): void {
    this.queue = [];
    this.head = 0;
    this.end(null);
  }

  return(): Promise<IteratorResult<ReceivedEvent>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterator<ReceivedEvent> {
    return this;
  }
}

/**
 * Hands `ev` to each listener of `set`. A filter that throws ends its own
 * listener with the error (next() rejects with it) and the others still get
 * the event; the session goes on. The try is around the loop, not in it: one
 * per listener cost the 100-iterator case 3%.
 */
function deliverTo(set: Set<EventListener>, ev: ReceivedEvent): void {
  let done = 0;
  let current: EventListener | undefined;
  for (;;) {
    try {
      let i = 0;
      for (const l of set) {
        if (i++ < done) continue;
        current = l;
        l.deliver(ev);
        done = i;
      }
      return;
    } catch (err) {
      // Ending it takes it out of `set`: the next one moves into its place.
      current!.end(err instanceof Error ? err : new Error(String(err)));
    }
  }
}

interface Waiter {
  name: string;
  predicate: ((ev: ReceivedEvent) => boolean) | undefined;
  resolve: (ev: ReceivedEvent) => void;
  reject: (err: Error) => void;
  cleanup: () => void;
}

export class EventHub {
  private seq = 0;
  /** The last `historySize` events; grows up to that size, then wraps (slot = seq % historySize). */
  private readonly ring: ReceivedEvent[] = [];
  private ringPos = 0;
  private readonly listeners = new Set<EventListener>();
  /**
   * Listeners by the event names they asked for, and those that asked for
   * none: an event looks up its name once, instead of every listener
   * looking it up in its own set (100 lookups per event with 100 listeners).
   */
  // Made on first use: most sessions never have a listener, and an empty
  // Map and Set cost about 0.4 KiB each session.
  private byName: Map<string, Set<EventListener>> | undefined;
  private anyName: Set<EventListener> | undefined;
  private readonly waiters = new Set<Waiter>();
  private closedWith: Error | undefined;
  /** What ended the session when it failed; undefined after a plain close. */
  private failedWith: Error | undefined;

  constructor(readonly historySize = 1024) {}

  /** Sequence number the next event will get. */
  get nextSeq(): number {
    return this.seq;
  }

  /** Stamp an event with its sequence number, remember it, and hand it to listeners and waiters. */
  dispatch(ev: ReceivedEvent): void {
    ev.seq = this.seq++;
    if (this.historySize > 0) {
      // A running slot index rather than seq % historySize (a division per
      // event); the ring is filled by push, so an idle session holds no
      // 1,024-slot array.
      if (this.ring.length < this.historySize) this.ring.push(ev);
      else this.ring[this.ringPos] = ev;
      if (++this.ringPos === this.historySize) this.ringPos = 0;
    }
    if (this.listeners.size > 0) {
      const named = this.byName?.get(ev.event);
      if (named !== undefined) deliverTo(named, ev);
      if (this.anyName !== undefined && this.anyName.size > 0) deliverTo(this.anyName, ev);
    }
    if (this.waiters.size > 0) {
      for (const w of this.waiters) {
        if (w.name !== ev.event) continue;
        let hit: boolean;
        try {
          hit = !w.predicate || w.predicate(ev);
        } catch (err) {
          // That wait fails with its predicate's error; the session goes on.
          this.waiters.delete(w);
          w.cleanup();
          w.reject(err as Error);
          continue;
        }
        if (hit) {
          this.waiters.delete(w);
          w.cleanup();
          w.resolve(ev);
        }
      }
    }
  }

  listen(names?: string | string[], filter?: (ev: ReceivedEvent) => boolean, opts: ListenOptions = {}): EventListener {
    const set = names === undefined ? undefined : new Set(typeof names === 'string' ? [names] : names);
    const l = new EventListener(this, set, filter, opts.maxQueued ?? 10_000);
    // As those open at the close: done after a plain close, the error after a failure.
    if (this.closedWith) l.end(this.failedWith ?? null);
    else {
      this.listeners.add(l);
      if (set === undefined) (this.anyName ??= new Set()).add(l);
      else {
        const byName = (this.byName ??= new Map());
        for (const name of set) {
          let ls = byName.get(name);
          if (ls === undefined) byName.set(name, (ls = new Set()));
          ls.add(l);
        }
      }
    }
    return l;
  }

  /** @internal */
  remove(l: EventListener): void {
    if (!this.listeners.delete(l)) return;
    if (l.names === undefined) this.anyName?.delete(l);
    else
      for (const name of l.names) {
        const ls = this.byName?.get(name);
        ls?.delete(l);
        if (ls?.size === 0) this.byName!.delete(name);
      }
  }

  /** Events still in the history with seq >= since, oldest first. */
  *historySince(since: number): Iterable<ReceivedEvent> {
    const from = Math.max(since, this.seq - this.historySize, 0);
    for (let s = from; s < this.seq; s++) {
      const ev = this.ring[s % this.historySize];
      if (ev && ev.seq === s) yield ev;
    }
  }

  waitFor(name: string, predicate?: (ev: ReceivedEvent) => boolean, opts: WaitForEventOptions = {}): Promise<ReceivedEvent> {
    try {
      checkTimeout(opts.timeout, 'timeout');
    } catch (err) {
      return Promise.reject(err as Error);
    }
    if (opts.since !== undefined) {
      try {
        for (const ev of this.historySince(opts.since)) {
          if (ev.event === name && (!predicate || predicate(ev))) return Promise.resolve(ev);
        }
      } catch (err) {
        return Promise.reject(err as Error);
      }
    }
    if (this.closedWith) return Promise.reject(this.closedWith);
    if (opts.signal?.aborted) return Promise.reject(opts.signal.reason);
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = (): void => {
        this.waiters.delete(w);
        w.cleanup();
        reject(opts.signal!.reason);
      };
      const w: Waiter = {
        name,
        predicate,
        resolve,
        reject,
        cleanup: () => {
          if (timer) clearTimeout(timer);
          opts.signal?.removeEventListener('abort', onAbort);
        },
      };
      if (armsTimer(opts.timeout)) {
        timer = setTimeout(() => {
          this.waiters.delete(w);
          w.cleanup();
          reject(new QmpTimeoutError(`no ${name} event within ${opts.timeout} ms`));
        }, opts.timeout);
      }
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(w);
    });
  }

  /** The session is gone: end every listener and fail every waiter. */
  close(cause: Error | undefined): void {
    if (this.closedWith) return;
    this.closedWith = cause ?? new QmpDisconnectedError('QMP connection closed');
    this.failedWith = cause;
    for (const l of [...this.listeners]) l.end(cause ? cause : null);
    for (const w of this.waiters) {
      w.cleanup();
      w.reject(this.closedWith);
    }
    this.waiters.clear();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
  get waiterCount(): number {
    return this.waiters.size;
  }
}
