import { expect } from 'chai';
import { EventHub } from '../../lib/qmp/event-hub.js';
import type { ReceivedEvent } from '../../lib/qmp/types.js';

const ev = (event: string, id: string): ReceivedEvent => ({ event, data: { id }, timestamp: { seconds: 0, microseconds: 0 } }) as unknown as ReceivedEvent;

/** What a listener has queued, without waiting. */
async function drain(l: AsyncIterator<ReceivedEvent>, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await l.next();
    out.push(`${r.value.event}/${(r.value.data as { id: string }).id}`);
  }
  return out;
}

describe('EventHub', function () {
  it('hands each listener the events of its names (or all, without names) that pass its filter, in order', async function () {
    const hub = new EventHub(16);
    const a = hub.listen('A');
    const ab = hub.listen(['A', 'B'], (e) => (e.data as { id: string }).id !== 'skip');
    const any = hub.listen();
    const c = hub.listen('C');
    for (const e of [ev('A', '1'), ev('B', '2'), ev('B', 'skip'), ev('D', '3'), ev('A', '4')]) hub.dispatch(e);
    expect(await drain(a, 2)).to.deep.equal(['A/1', 'A/4']);
    expect(await drain(ab, 3)).to.deep.equal(['A/1', 'B/2', 'A/4']);
    expect(await drain(any, 5)).to.deep.equal(['A/1', 'B/2', 'B/skip', 'D/3', 'A/4']);
    expect(hub.listenerCount).to.equal(4);
    // closed listeners get nothing more, and leave no trace in the hub
    ab.close();
    any.close();
    c.close();
    expect(hub.listenerCount).to.equal(1);
    hub.dispatch(ev('B', '5'));
    hub.dispatch(ev('A', '6'));
    expect(await drain(a, 1)).to.deep.equal(['A/6']);
    a.close();
    expect(hub.listenerCount).to.equal(0);
    expect((hub as unknown as { byName: Map<string, unknown> }).byName.size, 'names left in the routing table').to.equal(0);
  });

  it('after close() or return() a listener is done, its queue dropped; a hub that ends lets the queue be read first', async function () {
    const hub = new EventHub(16);
    const a = hub.listen('A');
    const b = hub.listen('A');
    const c = hub.listen('A');
    hub.dispatch(ev('A', '1'));
    hub.dispatch(ev('A', '2'));
    a.close();
    expect(await a.next()).to.deep.equal({ value: undefined, done: true });
    await b.return();
    expect(await b.next()).to.deep.equal({ value: undefined, done: true });
    expect(b.pending).to.equal(0);
    // Ended from the session's side (end(null)): events already received are still there.
    c.end(null);
    expect(await drain(c, 2)).to.deep.equal(['A/1', 'A/2']);
    expect(await c.next()).to.deep.equal({ value: undefined, done: true });
  });

  it('a listener made after the hub closed is done as those that were open, or fails as they did', async function () {
    const hub = new EventHub(16);
    const before = hub.listen('A');
    hub.close(undefined);
    expect(await before.next()).to.deep.equal({ value: undefined, done: true });
    const after = hub.listen('A');
    expect(await after.next()).to.deep.equal({ value: undefined, done: true });
    for await (const _ of hub.listen('A')) expect.fail('an event after close');
    const failed = new EventHub(16);
    const cause = new Error('peer went away');
    failed.close(cause);
    expect(await failed.listen('A').next().catch((e: unknown) => e)).to.equal(cause);
  });

  it('a filter that throws ends its own listener with the error; the listeners after it still get the event', async function () {
    const hub = new EventHub(0);
    const bad = new Error('filter bug');
    const a = hub.listen('X');
    const b = hub.listen('X', () => {
      throw bad;
    });
    const c = hub.listen('X');
    const any = hub.listen(undefined, () => {
      throw bad;
    });
    const d = hub.listen();
    hub.dispatch(ev('X', '1'));
    hub.dispatch(ev('X', '2'));
    for (const l of [a, c, d]) expect(await drain(l, 2)).to.deep.equal(['X/1', 'X/2']);
    for (const l of [b, any]) expect(await l.next().catch((e: unknown) => e)).to.equal(bad);
    expect(hub.listenerCount).to.equal(3);
  });

  it('lets a listener that overflows end while an event is being handed out', async function () {
    const hub = new EventHub(16);
    const small = hub.listen('A', undefined, { maxQueued: 1 });
    const other = hub.listen('A');
    hub.dispatch(ev('A', '1'));
    hub.dispatch(ev('A', '2')); // small overflows and is removed during this dispatch
    expect(hub.listenerCount).to.equal(1);
    expect(await drain(other, 2)).to.deep.equal(['A/1', 'A/2']);
    await small.next();
    let err: unknown;
    try {
      await small.next();
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).to.match(/overflow/);
  });
});
