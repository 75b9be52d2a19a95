/**
 * The merge matrix (pure): which operation each adjacent source/dest pair of
 * `base <- mid <- top` becomes, and the refusals for the rest.
 */
import { expect } from 'chai';
import type { Disk } from '../../lib/jobs/index.js';
import { planMerge } from '../../lib/merge/index.js';

const top = '/i/top.qcow2';
const mid = '/i/mid.qcow2';
const base = '/i/base.qcow2';
const disk: Disk = {
  name: 'vda', mode: 'blockdev', chain: [
    { nodeName: 'n1', filename: top, format: 'qcow2', backingName: mid },
    { nodeName: 'n2', filename: mid, format: 'qcow2', backingName: base },
    { nodeName: 'n3', filename: base, format: 'qcow2' },
  ],
};
const plan = (s: string, d: string): unknown => planMerge([disk], disk, s, d);
const error = (s: string, d: string): string => {
  try {
    plan(s, d);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('merge/plan', () => {
  it('1. forward into the current image: a rebase onto the source\'s backing', () => {
    expect(plan(mid, top)).to.deep.equal({ op: 'pull', source: 1, dest: 0, base: 2 });
  });
  it('2. forward into a non-current image: stream into it; the bottom as source streams everything', () => {
    expect(plan(base, mid)).to.deep.equal({ op: 'stream-into', source: 2, dest: 1, base: null });
  });
  it('3. backward merge of the current image: active commit', () => {
    expect(plan(top, mid)).to.deep.equal({ op: 'active-commit', source: 0, dest: 1 });
  });
  it('4. backward merge of a non-current image: commit', () => {
    expect(plan(mid, base)).to.deep.equal({ op: 'commit', source: 1, dest: 2 });
  });
  it('images may be named by node-name, by disk[N], and the top by the disk', () => {
    expect(plan('vda', 'n2')).to.deep.equal({ op: 'active-commit', source: 0, dest: 1 });
    expect(plan('vda[2]', 'vda[3]')).to.deep.equal({ op: 'commit', source: 1, dest: 2 });
  });
  it('refuses pairs that are not adjacent, the same image twice, and images not in the chain', () => {
    expect(error(base, top)).to.equal(`invalid argument: merge source '${base}' is not immediately below destination '${top}' in chain for 'vda'`);
    expect(error(top, base)).to.equal(`invalid argument: merge destination '${base}' is not immediately below source '${top}' in chain for 'vda'`);
    expect(error(mid, mid)).to.equal(`invalid argument: cannot merge image '${mid}' into itself`);
    expect(error('/x.qcow2', mid)).to.equal("invalid argument: could not find image '/x.qcow2' in chain for 'vda'");
    expect(error(mid, 'vda[7]')).to.equal("invalid argument: could not find backing store index '7' in chain for 'vda'");
  });
});
