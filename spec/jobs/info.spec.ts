/** libvirt's translation of query-block-jobs rows (reference §4) and bandwidth units (§5). */
import { expect } from 'chai';
import { VirError } from '../../lib/errors.js';
import { fromBytesPerSecond, toBytesPerSecond } from '../../lib/jobs/bandwidth.js';
import { translateJobInfo } from '../../lib/jobs/info.js';
import type { BlockJobInfo } from '../../lib/qapi/types.js';

const row = (o: Partial<BlockJobInfo>): BlockJobInfo => ({
  type: 'stream', device: 'j', len: 100, offset: 10, busy: false, paused: false, speed: 0, 'io-status': 'ok',
  ready: false, status: 'running', 'auto-finalize': true, 'auto-dismiss': false, ...o,
});

describe('jobs/info and bandwidth', () => {
  it('rule 1: a missing row reads 0/1', () => {
    expect(translateJobInfo('pull', undefined, false)).to.deep.equal({ type: 1, bandwidth: 0, cur: 0, end: 1 });
  });
  it('rule 2: 0/0 reads 0/1, or 1/1 when ready', () => {
    expect(translateJobInfo('pull', row({ len: 0, offset: 0 }), false)).to.include({ cur: 0, end: 1 });
    expect(translateJobInfo('copy', row({ len: 0, offset: 0, ready: true }), false)).to.include({ type: 2, cur: 1, end: 1 });
  });
  it('rule 3: cur == end before READY reads end-1; after READY as is', () => {
    expect(translateJobInfo('pull', row({ offset: 100 }), false)).to.include({ cur: 99, end: 100 });
    expect(translateJobInfo('active-commit', row({ offset: 100, ready: true }), false)).to.include({ type: 4, cur: 100, end: 100 });
  });
  it('bandwidth reads back in MiB rounded up, or bytes', () => {
    expect(translateJobInfo('commit', row({ speed: 1 }), false)).to.include({ type: 3, bandwidth: 1 });
    expect(translateJobInfo('pull', row({ speed: 1048577 }), false).bandwidth).to.equal(2);
    expect(translateJobInfo('pull', row({ speed: 1048577 }), true).bandwidth).to.equal(1048577);
    expect(fromBytesPerSecond(0, false)).to.equal(0);
  });
  it('input: MiB << 20, bytes as is, limits', () => {
    expect(toBytesPerSecond(3, false)).to.equal(3 << 20);
    expect(toBytesPerSecond(3, true)).to.equal(3);
    expect(toBytesPerSecond(undefined, false)).to.equal(0);
    expect(toBytesPerSecond(8796093022207, false)).to.equal(8796093022207 * 1048576);
    expect(() => toBytesPerSecond(8796093022208, false)).to.throw(VirError, 'numerical overflow: bandwidth must be less than 8796093022207');
    expect(() => toBytesPerSecond(-1, true)).to.throw(VirError, 'invalid argument');
    expect(() => toBytesPerSecond(0.5, false)).to.throw(VirError, 'invalid argument');
    expect(() => toBytesPerSecond(2 ** 60, true)).to.throw(VirError, 'invalid argument');
  });
});
