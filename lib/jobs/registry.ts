/**
 * Small shared pieces of the job modules: libvirt's flag check (the
 * manager's own methods use it too), and registering a module's job-type
 * handlers on a manager once (the manager registers only pull's; a handler
 * must be in place before the first job of its type ends).
 */
import { errors } from './errors.js';
import type { JobTypeHandler } from './job-types.js';
import type { BlockJobManager } from './manager.js';

/** @throws VirError "unsupported flags (0x..) in function <fn>" as libvirt's virCheckFlags */
export function checkFlags(flags: number, allowed: number, fn: string): void {
  checkFlagsValue(flags, fn);
  const extra = flags & ~allowed;
  if (extra) throw errors.unsupportedFlags(extra >>> 0, fn);
}

/**
 * That `flags` is an unsigned int at all, before any bit of it is read:
 * JavaScript's bit operators would cut a larger number to 32 bits.
 */
export function checkFlagsValue(flags: number, fn: string): void {
  if (typeof flags !== 'number' || !Number.isInteger(flags) || flags < 0 || flags > 0xffffffff) throw errors.unsupportedFlags(flags, fn);
}

const registered = new WeakMap<BlockJobManager, Set<string>>();

export function registerOnce(m: BlockJobManager, handlers: readonly JobTypeHandler[]): void {
  let set = registered.get(m);
  if (!set) registered.set(m, (set = new Set()));
  for (const h of handlers) {
    if (set.has(h.kind)) continue;
    m.registerJobType(h);
    set.add(h.kind);
  }
}
