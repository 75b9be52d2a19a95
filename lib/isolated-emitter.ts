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
 * Registration (on, once, off, listeners...) is Node's; emit() calls each
 * listener of the name in a try, from a list kept until the listeners
 * change (Node's emit copies it, and applies an argument array, on every
 * event). Wrapping each listener instead cost 25% at 1 listener and 50% at
 * 100 (a bare emit loop).
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

/** A listener's returned promise: its rejection is reported like a throw (a broken `then` too). */
function watchPromise(emitter: EventEmitter, r: unknown): void {
  try {
    if (typeof (r as PromiseLike<unknown>).then === 'function') (r as PromiseLike<unknown>).then(undefined, (err: unknown) => reportListenerError(emitter, err));
  } catch (err) {
    reportListenerError(emitter, err);
  }
}

const nodeOwn = (name: string | symbol): boolean => name === 'error' || name === 'newListener' || name === 'removeListener';

/** Per emitter: each listened-to name's listeners as rawListeners() gave them, until they change. */
const kListeners = Symbol('listeners');
type Cached = EventEmitter & { [kListeners]?: Map<string | symbol, Listener[]> };

/** EventEmitter's typing, with the emit() below. */
export class IsolatedEmitter<T extends Record<keyof T, any[]> = Record<string | symbol, any[]>> extends EventEmitter<T> {}

// Set on the prototype rather than declared as overrides, so that the
// class keeps EventEmitter's typed signatures.
const base = EventEmitter.prototype;
const proto = IsolatedEmitter.prototype as unknown as EventEmitter;

// Registration is Node's; each change drops the name's list, which emit()
// then takes anew (a copy, so a list being emitted is never changed under it).
function forget(emitter: Cached, name?: string | symbol): void {
  const cache = emitter[kListeners];
  if (cache === undefined) return;
  if (name === undefined) cache.clear();
  else cache.delete(name);
}
for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off', 'removeListener'] as const) {
  const nodes = base[method] as (this: EventEmitter, name: string | symbol, fn: Listener) => EventEmitter;
  proto[method] = function (this: Cached, name: string | symbol, fn: Listener) {
    const r = nodes.call(this, name, fn);
    forget(this, name);
    return r;
  } as never;
}
proto.removeAllListeners = function (this: Cached, name?: string | symbol) {
  const r = name === undefined ? base.removeAllListeners.call(this) : base.removeAllListeners.call(this, name);
  forget(this, name);
  return r;
} as never;

proto.emit = function emit(this: Cached, name: string | symbol, a?: unknown, b?: unknown, c?: unknown): boolean {
  // Named arguments (at most three: this project's emitters send one or two)
  // and only `arguments.length`, which V8 reads without making an arguments
  // object: no allocation per event.
  const n = arguments.length;
  if (nodeOwn(name)) return n === 1 ? base.emit.call(this, name) : n === 2 ? base.emit.call(this, name, a) : n === 3 ? base.emit.call(this, name, a, b) : base.emit.call(this, name, a, b, c);
  let listeners = this[kListeners]?.get(name);
  if (listeners === undefined) {
    // Names nobody listens to are not kept: a peer may send any number of them.
    if (this.listenerCount(name) === 0) return false;
    listeners = this.rawListeners(name) as Listener[];
    (this[kListeners] ??= new Map()).set(name, listeners);
  }
  for (let i = 0; i < listeners.length; i++) {
    const fn = listeners[i]!;
    let r: unknown;
    try {
      r = n === 2 ? fn.call(this, a) : n === 1 ? fn.call(this) : n === 3 ? fn.call(this, a, b) : fn.call(this, a, b, c);
    } catch (err) {
      reportListenerError(this, err);
      continue;
    }
    if (r !== undefined && r !== null) watchPromise(this, r);
  }
  return true;
};
