/**
 * Deriving a simulator set-up from a recorded trace: chain, device, sizes,
 * image contents from the description, blkdebug faults, pre-made images.
 */
import path from 'node:path';
import { expect } from 'chai';
import { parseTrace, readTrace } from '../../lib/trace/format.js';
import { layersFromDescription, setupFromTrace } from '../../lib/sim/from-trace.js';

const MiB = 1024 * 1024;
const SHARED = path.resolve('../shared/qmp-traces-qemu72');

describe('sim setupFromTrace', function () {
  it('reads the image contents from a description', function () {
    const l = layersFromDescription(
      'base holds 0x11 in [0,28M), mid holds 0x22 in [8M,24M) and a zero cluster range [26M,27M), top holds 0x33 in [0,4M) and 0x44 in [20M,22M); [28M,32M) is unallocated everywhere.',
    );
    expect(l.get('base')).to.deep.equal([{ start: 0, end: 28 * MiB, fp: 'base:0x11' }]);
    expect(l.get('mid')).to.deep.equal([{ start: 8 * MiB, end: 24 * MiB, fp: 'mid:0x22' }, { start: 26 * MiB, end: 27 * MiB, fp: 'zero' }]);
    expect(l.get('top')).to.deep.equal([{ start: 0, end: 4 * MiB, fp: 'top:0x33' }, { start: 20 * MiB, end: 22 * MiB, fp: 'top:0x44' }]);
  });

  it('takes a -drive chain from the first query-block answer', function () {
    const s = setupFromTrace(readTrace(path.join(SHARED, 'pull-full.jsonl')));
    expect(s.package).to.equal('Debian 1:7.2+dfsg-7+deb12u18+b3');
    expect(s.disks).to.have.length(1);
    const d = s.disks[0]!;
    expect(d).to.include({ name: 'drive0', sizeBytes: 32 * MiB });
    expect(d.blockdev).to.equal(undefined);
    expect(d.chain.map((p) => path.basename(p))).to.deep.equal(['top.qcow2', 'mid.qcow2', 'base.qcow2']);
    expect(d.layers![2]).to.deep.equal([{ start: 0, end: 28 * MiB, fp: 'base:0x11' }]);
  });

  it('takes a -blockdev chain from the description when nothing is queried first', function () {
    const s = setupFromTrace(readTrace(path.join(SHARED, 'jobs-manual.jsonl')));
    expect(s.disks[0]!.blockdev).to.equal(true);
    expect(s.disks[0]!.chain).to.deep.equal([
      '/var/tmp/qmp-trace-images/jobs-manual/top.qcow2', '/var/tmp/qmp-trace-images/jobs-manual/mid.qcow2', '/var/tmp/qmp-trace-images/jobs-manual/base.qcow2',
    ]);
  });

  it('uses a recorder setup header, blkdebug rules and pre-made images', function () {
    const header = {
      qmpTrace: 1, source: 'qemu', scenario: 'x',
      description: '32 MiB chain. copy.qcow2 (32 MiB, empty, no backing) is made with qemu-img beforehand.',
      setup: { imageDir: '/d', disks: [{ chain: ['t.qcow2', 'b.qcow2'], kind: 'blockdev', blkdebug: { layer: 1, rules: [{ errno: 5, event: 'read_aio', once: true }] } }] },
    };
    const s = setupFromTrace(parseTrace(`${JSON.stringify(header)}\n`));
    expect(s.disks).to.deep.equal([{ name: 'drive0', chain: ['/d/t.qcow2', '/d/b.qcow2'], sizeBytes: 32 * MiB, blockdev: true }]);
    expect(s.ioErrors).to.deep.equal([{ image: '/d/b.qcow2', operation: 'read', errno: 'EIO', count: 1 }]);
    expect(s.images).to.deep.equal([{ path: '/d/copy.qcow2', sizeBytes: 32 * MiB }]);
    expect(s.notes).to.deep.equal(['no image contents in the description for drive0; using defaults']);
  });
});
