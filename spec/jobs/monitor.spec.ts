/**
 * The typed facade: camelCase options become QAPI wire arguments exactly,
 * and invalid combinations are refused before anything is sent.
 */
import { expect } from 'chai';
import { Monitor } from '../../lib/monitor.js';
import { FakeQemu } from './helpers/fake-qemu.js';

describe('monitor facade', () => {
  let q: FakeQemu;
  let mon: Monitor;
  beforeEach(() => {
    q = new FakeQemu();
    for (const c of ['block-stream', 'block-commit', 'block-job-cancel', 'job-complete', 'block-job-complete', 'job-finalize']) q.overrides.set(c, () => ({}));
    mon = new Monitor(q);
  });

  it('blockStream: wire spelling, speed 0 not sent', async () => {
    await mon.blockStream({ device: 'n1', jobId: 'pull-vda-n1', baseNode: 'n3', backingFile: '/b.qcow2', speed: 0, autoFinalize: true, autoDismiss: false });
    expect(q.sent).to.deep.equal([{ command: 'block-stream', args: { device: 'n1', 'job-id': 'pull-vda-n1', 'base-node': 'n3', 'backing-file': '/b.qcow2', 'auto-finalize': true, 'auto-dismiss': false } }]);
  });
  it('blockStream refuses base with baseNode, backingFile without base, bad speeds', () => {
    expect(() => mon.blockStream({ device: 'd', base: '/b', baseNode: 'n' })).to.throw(TypeError);
    expect(() => mon.blockStream({ device: 'd', backingFile: '/b' })).to.throw(TypeError);
    expect(() => mon.blockStream({ device: 'd', speed: -1 })).to.throw(RangeError);
    expect(() => mon.blockStream({ device: 'd', speed: 1.5 })).to.throw(RangeError);
    expect(() => mon.blockStream({ device: '' })).to.throw(TypeError);
    expect(q.sent).to.deep.equal([]);
  });
  it('blockCommit: top-node/base-node', async () => {
    await mon.blockCommit({ device: 'n1', jobId: 'commit-vda-n2', topNode: 'n2', baseNode: 'n3', speed: 5 });
    expect(q.sent[0]).to.deep.equal({ command: 'block-commit', args: { device: 'n1', 'job-id': 'commit-vda-n2', 'top-node': 'n2', 'base-node': 'n3', speed: 5 } });
    expect(() => mon.blockCommit({ device: 'd', top: '/t', topNode: 'n' })).to.throw(TypeError);
  });
  it('job verbs', async () => {
    await mon.blockJobCancel('j', { force: false });
    await mon.blockJobCancel('j');
    await mon.jobComplete('j');
    await mon.blockJobComplete('j');
    await mon.jobFinalize('j');
    expect(q.commands()).to.deep.equal([
      'block-job-cancel {"device":"j","force":false}',
      'block-job-cancel {"device":"j"}',
      'job-complete {"id":"j"}',
      'block-job-complete {"device":"j"}',
      'job-finalize {"id":"j"}',
    ]);
  });
  it('queries: query-named-block-nodes is flat, as libvirt asks', async () => {
    await mon.queryNamedBlockNodes();
    expect(q.sent).to.deep.equal([{ command: 'query-named-block-nodes', args: { flat: true } }]);
  });
});
