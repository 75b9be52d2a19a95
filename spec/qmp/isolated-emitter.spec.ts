/**
 * IsolatedEmitter against Node's EventEmitter: with listeners that do not
 * throw, any sequence of registrations and emits (listeners that add and
 * remove listeners while an event is being emitted included) calls the
 * same listeners in the same order; a listener that throws stops neither
 * the others nor the emit.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { EventEmitter } from 'node:events';
import { IsolatedEmitter } from '../../lib/isolated-emitter.js';

type Op =
  | { op: 'on' | 'once' | 'prependListener' | 'prependOnceListener'; name: string; id: number; then?: 'add' | 'removeSelf' | 'removeOther' }
  | { op: 'off'; name: string; id: number }
  | { op: 'removeAll'; name?: string }
  | { op: 'emit'; name: string };

/** Runs `ops` on `e`, returning the calls made, as "listener id:event name:argument". */
function run(e: EventEmitter, ops: Op[]): string[] {
  const calls: string[] = [];
  const fns = new Map<number, (x: unknown) => void>();
  const make = (id: number, name: string, then: 'add' | 'removeSelf' | 'removeOther' | undefined): ((x: unknown) => void) => {
    const fn = (x: unknown): void => {
      calls.push(`${id}:${name}:${String(x)}`);
      if (then === 'add') e.on(name, make(id + 1000, name, undefined));
      else if (then === 'removeSelf') e.off(name, fn);
      else if (then === 'removeOther') for (const [oid, other] of fns) if (oid !== id) e.off(name, other);
    };
    fns.set(id, fn);
    return fn;
  };
  let n = 0;
  for (const o of ops) {
    if (o.op === 'emit') e.emit(o.name, ++n);
    else if (o.op === 'off') {
      const fn = fns.get(o.id);
      if (fn) e.off(o.name, fn);
    } else if (o.op === 'removeAll') {
      if (o.name === undefined) e.removeAllListeners();
      else e.removeAllListeners(o.name);
    } else e[o.op](o.name, make(o.id, o.name, o.then));
  }
  return calls;
}

describe('IsolatedEmitter', function () {
  it('calls the same listeners in the same order as EventEmitter, whatever the registrations (property)', function () {
    const name = fc.constantFrom('A', 'B');
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        op: fc.constantFrom('on' as const, 'once' as const, 'prependListener' as const, 'prependOnceListener' as const),
        name,
        id: fc.nat({ max: 20 }),
        then: fc.constantFrom(undefined, 'add' as const, 'removeSelf' as const, 'removeOther' as const),
      }),
      fc.record({ op: fc.constant('off' as const), name, id: fc.nat({ max: 20 }) }),
      fc.record({ op: fc.constant('removeAll' as const), name: fc.constantFrom(undefined, 'A', 'B') }),
      fc.record({ op: fc.constant('emit' as const), name }),
      fc.record({ op: fc.constant('emit' as const), name }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const node = new EventEmitter();
        const ours = new IsolatedEmitter();
        node.setMaxListeners(0);
        ours.setMaxListeners(0);
        expect(run(ours, ops)).to.deep.equal(run(node, ops));
        for (const n of ['A', 'B']) expect(ours.listenerCount(n)).to.equal(node.listenerCount(n));
      }),
      { numRuns: 300 },
    );
  });

  it('a listener that throws stops neither the listeners after it nor the emit; the error goes to error listeners', function () {
    const e = new IsolatedEmitter();
    const errors: unknown[] = [];
    e.on('error', (err) => errors.push(err));
    const calls: string[] = [];
    e.on('X', () => calls.push('a'));
    e.on('X', () => {
      throw new Error('b threw');
    });
    e.on('X', () => calls.push('c'));
    expect(e.emit('X', 1)).to.equal(true);
    expect(calls).to.deep.equal(['a', 'c']);
    expect(errors.map((x) => (x as Error).message)).to.deep.equal(['b threw']);
    expect(e.emit('nobody')).to.equal(false);
    // A returned "thenable" whose then() throws is reported too, not thrown from emit().
    e.on('Y', () => ({
      then() {
        throw new Error('broken then');
      },
    }));
    expect(() => e.emit('Y')).to.not.throw();
    expect(errors.map((x) => (x as Error).message)).to.deep.equal(['b threw', 'broken then']);
  });
});
