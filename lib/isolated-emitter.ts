/**
 * An EventEmitter whose listeners cannot break the emitter. With Node's own,
 * a listener that throws stops the listeners after it and unwinds into the
 * code that emitted: in a QMP session that was the receive path (the session
 * failed, its jobs' results were lost), in the job manager the middle of a
 * state change. Here each listener runs on its own: what it throws (or the
 * promise it returns rejects with) goes to the emitter's 'error' listeners,
 * or, when there are none, is thrown again on the next tick, as an uncaught
 * exception of the embedding program, where Node reports its other callback
 * errors. Emitting 'error', 'newListener' and 'removeListener' is Node's.
 * At most three arguments are passed on.
 *
 * Only emit() differs: registration (on, once, off, listeners...) is Node's.
 * Its loop, with a try per listener, costs about what Node's emit does for
 * one listener and less for many (it calls with the argument it was given
 * instead of applying an array); wrapping each listener instead cost 25% at
 * 1 listener and 50% at 100 (a bare emit loop).
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

/** Hands what a listener threw to the emitter's 'error' listeners, or to the program as an uncaught exception. */
export function reportListenerError(emitter: EventEmitter, err: unknown): void {
  if (emitter.listenerCount('error') > 0) {
    try {
      emitter.emit('error', err);
      return;
    } catch (thrown) {
      // An 'error' listener that throws: still not the emitter's to unwind.
      err = thrown;
    }
  }
  process.nextTick(() => {
    throw err;
  });
}

const nodeOwn = (name: string | symbol): boolean => name === 'error' || name === 'newListener' || name === 'removeListener';

/** EventEmitter's typing, with the emit() below. */
export class IsolatedEmitter<T extends Record<keyof T, any[]> = Record<string | symbol, any[]>> extends EventEmitter<T> {}

// Set on the prototype rather than declared as an override, so that the
// class keeps EventEmitter's typed signatures.
const base = EventEmitter.prototype;
(IsolatedEmitter.prototype as unknown as EventEmitter).emit = function emit(this: EventEmitter, name: string | symbol, a?: unknown, b?: unknown, c?: unknown): boolean {
  // Named arguments (at most three: this project's emitters send one or two)
  // and only `arguments.length`, which V8 reads without making an arguments
  // object: no allocation per event but the listener list's copy.
  const n = arguments.length;
  if (nodeOwn(name)) return n === 1 ? base.emit.call(this, name) : n === 2 ? base.emit.call(this, name, a) : n === 3 ? base.emit.call(this, name, a, b) : base.emit.call(this, name, a, b, c);
  // A copy, as Node's emit takes: listeners added or removed by a listener count from the next event.
  const listeners = this.rawListeners(name) as Listener[];
  if (listeners.length === 0) return false;
  for (let i = 0; i < listeners.length; i++) {
    const fn = listeners[i]!;
    let r: unknown;
    try {
      r = n === 2 ? fn.call(this, a) : n === 1 ? fn.call(this) : n === 3 ? fn.call(this, a, b) : fn.call(this, a, b, c);
    } catch (err) {
      reportListenerError(this, err);
      continue;
    }
    if (r !== undefined && r !== null && typeof (r as PromiseLike<unknown>).then === 'function') {
      (r as PromiseLike<unknown>).then(undefined, (err: unknown) => reportListenerError(this, err));
    }
  }
  return true;
};
