/**
 * The virtual clock: timers fire in time order, each at its own instant, only
 * when time is moved; due timers run by themselves; timestamps follow it.
 */
import { expect } from 'chai';
import { VirtualClock } from '../../lib/sim/clock.js';

describe('sim VirtualClock', function () {
  it('fires timers in time order, each at its own instant, only when advanced', async function () {
    const clock = new VirtualClock();
    const seen: Array<[string, number]> = [];
    clock.setTimer(30, () => seen.push(['b', clock.now()]));
    clock.setTimer(10, () => {
      seen.push(['a', clock.now()]);
      clock.setTimer(5, () => seen.push(['a2', clock.now()]));
    });
    await clock.settle();
    expect(seen).to.deep.equal([]);
    await clock.advance(20);
    expect(seen).to.deep.equal([['a', 10], ['a2', 15]]);
    expect(clock.now()).to.equal(20);
    await clock.advance(100);
    expect(seen.map((s) => s[0])).to.deep.equal(['a', 'a2', 'b']);
    expect(clock.now()).to.equal(120);
    clock.dispose();
  });

  it('runs timers due now without moving time, and honours clearTimer', async function () {
    const clock = new VirtualClock();
    let ran = 0;
    clock.setTimer(0, () => ran++);
    const t = clock.setTimer(0, () => (ran += 10));
    clock.clearTimer(t);
    await clock.settle();
    expect(ran).to.equal(1);
    expect(clock.now()).to.equal(0);
    expect(clock.pending).to.equal(0);
    clock.dispose();
  });

  it('writes timestamps from its own time', async function () {
    const clock = new VirtualClock(Date.UTC(2026, 0, 1));
    const t0 = clock.timestamp();
    await clock.advance(1500.25);
    const t1 = clock.timestamp();
    expect(t1.seconds * 1e6 + t1.microseconds - (t0.seconds * 1e6 + t0.microseconds)).to.equal(1500250);
    clock.dispose();
  });
});
