import { expect } from 'chai';
import sinon from 'sinon';

// A module instance of its own (its spare and timer are process-wide state).
type Buffers = typeof import('../../lib/transport/line-buffers.js');
async function fresh(tag: string): Promise<Buffers> {
  return (await import(`../../lib/transport/line-buffers.js?${tag}`)) as Buffers;
}

describe('line buffers', function () {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers()));
  afterEach(() => clock.restore());

  it('keeps the biggest freed line buffer as the spare for the next long line only', async function () {
    const b = await fresh('spare');
    const big = Buffer.allocUnsafeSlow(2 << 20);
    b.offerSpare(Buffer.allocUnsafeSlow(1 << 20));
    b.offerSpare(big);
    expect(b.takeSpare(100_000, false), 'a short line does not take it').to.equal(undefined);
    expect(b.takeSpare(3 << 20, true), 'too small').to.equal(undefined);
    expect(b.takeSpare(1_000_000, true)).to.equal(big);
    expect(b.takeSpare(1_000_000, true), 'taken once').to.equal(undefined);
  });

  it('sizes the next long line by the last joined one, and forgets both once 10 s pass without long lines (no timer)', async function () {
    const b = await fresh('hint');
    expect(b.newLineBuffer(70_000, true, 0).length).to.equal(128 * 1024);
    b.noteJoinedLine(16 << 20);
    expect(b.newLineBuffer(70_000, true, 0).length).to.equal((16 << 20) + b.READ_ROOM);
    expect(b.newLineBuffer(100, false, 0).length, 'not for short lines').to.equal(128 * 1024);
    b.offerSpare(Buffer.allocUnsafeSlow(20 << 20));
    clock.tick(9_000);
    b.offerSpare(Buffer.allocUnsafeSlow(24 << 20)); // a long line: the clock starts again
    clock.tick(9_000);
    b.expireLineBuffers();
    expect(b.newLineBuffer(70_000, true, 0).length).to.equal((16 << 20) + b.READ_ROOM);
    clock.tick(1_001);
    b.expireLineBuffers();
    expect(b.takeSpare(70_000, true)).to.equal(undefined);
    expect(b.newLineBuffer(70_000, true, 0).length).to.equal(128 * 1024);
  });

  it('leaves no timer behind', async function () {
    const b = await fresh('timers');
    b.noteJoinedLine(1 << 20);
    b.offerSpare(Buffer.allocUnsafeSlow(2 << 20));
    expect(clock.countTimers()).to.equal(0);
  });

  it('shares one read buffer', async function () {
    const b = await fresh('shared');
    expect(b.sharedReadBuffer()).to.equal(b.sharedReadBuffer());
    expect(b.sharedReadBuffer().length).to.equal(b.READ_ROOM);
  });
});
