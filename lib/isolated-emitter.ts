/**
 * An EventEmitter whose listeners cannot break the emitter. With Node's own,
 * a listener that throws stops the listeners after it and unwinds into the
 * code that emitted: in a QMP session that was the receive path (the session
 * failed, its jobs' results were lost), in the job manager the middle of a
 * state change. Here each listener runs on its own: what it throws (or the
 * promise it returns rejects with) goes to the emitter's 'error' listeners,
 * or, when there are none, is thrown again on the next tick, as an uncaught
 * exception of the embedding program, where Node reports its other callback
 * errors. 'error' listeners themselves are not wrapped.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: any[]) => unknown;
/** A wrapped listener; `listener` is the one the caller gave, as Node's once() does, so off(), listeners() and listenerCount() see it. */
type Wrapped = Listener & { listener: Listener };

/** Hands what a listener threw to the emitter's 'error' listeners, or to the program as an uncaught exception. */
export function reportListenerError(emitter: EventEmitter, err: unknown): void {
  if (emitter.listenerCount('error') > 0) emitter.emit('error', err);
  else
    process.nextTick(() => {
      throw err;
    });
}

function wrap(emitter: EventEmitter, name: string | symbol, fn: Listener, once: boolean): Wrapped {
  const w = function (this: unknown): unknown {
    if (once) emitter.removeListener(name, w);
    let r: unknown;
    try {
      // No rest parameter: an array per event would cost more than the rest of the wrapper.
      r = arguments.length === 1 ? fn.call(this, arguments[0]) : fn.apply(this, arguments as unknown as unknown[]);
    } catch (err) {
      reportListenerError(emitter, err);
      return undefined;
    }
    if (r !== undefined && r !== null && typeof (r as PromiseLike<unknown>).then === 'function') {
      (r as PromiseLike<unknown>).then(undefined, (err: unknown) => reportListenerError(emitter, err));
    }
    return r;
  } as Wrapped;
  w.listener = fn;
  return w;
}

const unwrapped = (name: string | symbol): boolean => name === 'error' || name === 'newListener' || name === 'removeListener';

/** EventEmitter's typing, with the registration methods below. */
export class IsolatedEmitter<T extends Record<keyof T, any[]> = Record<string | symbol, any[]>> extends EventEmitter<T> {}

// Set on the prototype rather than declared as overrides, so that the
// class keeps EventEmitter's typed signatures.
const base = EventEmitter.prototype;
const proto = IsolatedEmitter.prototype as unknown as EventEmitter;
proto.on = proto.addListener = function (this: EventEmitter, name: string | symbol, fn: Listener) {
  return base.on.call(this, name, unwrapped(name) ? fn : wrap(this, name, fn, false));
};
proto.prependListener = function (this: EventEmitter, name: string | symbol, fn: Listener) {
  return base.prependListener.call(this, name, unwrapped(name) ? fn : wrap(this, name, fn, false));
};
// Not Node's once(): its wrapper removes itself by identity, and would not find itself inside ours.
proto.once = function (this: EventEmitter, name: string | symbol, fn: Listener) {
  return unwrapped(name) ? base.once.call(this, name, fn) : base.on.call(this, name, wrap(this, name, fn, true));
};
proto.prependOnceListener = function (this: EventEmitter, name: string | symbol, fn: Listener) {
  return unwrapped(name) ? base.prependOnceListener.call(this, name, fn) : base.prependListener.call(this, name, wrap(this, name, fn, true));
};
