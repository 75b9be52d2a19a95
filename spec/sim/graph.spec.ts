/**
 * Disks and the graph: -blockdev set-ups, snapshots in a transaction,
 * blockdev-add/-del, blockdev-create as a job, guest-visible content, and
 * the CLI form of a set-up.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { startSimulator, parseSimArgs, type Simulator } from '../../lib/sim/index.js';
import { ExtentMap } from '../../lib/sim/extents.js';
import { TestClient } from './client.js';
import { connect } from '../../lib/qmp/session.js';
import { BlockJobManager, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE, VIR_DOMAIN_BLOCK_REBASE_RELATIVE } from '../../lib/jobs/index.js';
import { blockMerge } from '../../lib/merge/index.js';

const MiB = 1024 * 1024;

describe('sim graph and disks', function () {
  let sim: Simulator;
  let c: TestClient;
  afterEach(async function () {
    c?.close();
    await sim?.close();
  });

  it('-blockdev disks: libvirt node names, top first, backing read-only, no query-block entry', async function () {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/b/top', '/b/mid', '/b/base'], blockdev: true }], clock: 'virtual' });
    c = await TestClient.open(sim);
    expect(await c.cmd('query-block')).to.deep.equal([]);
    const nodes = await c.cmd('query-named-block-nodes', { flat: true });
    expect(nodes.map((n: { 'node-name': string; ro: boolean }) => `${n['node-name']}:${n.ro}`)).to.deep.equal([
      'libvirt-1-format:false', 'libvirt-1-storage:false', 'libvirt-2-format:true', 'libvirt-2-storage:false', 'libvirt-3-format:true', 'libvirt-3-storage:false',
    ]);
    expect(nodes[0].backing_file).to.equal('/b/mid');
    expect(nodes[0].backing_file_depth).to.equal(0);
    expect(await c.err('block-stream', { device: 'libvirt-1-format' })).to.deep.equal({ class: 'GenericError', desc: "Invalid job ID ''" });
    expect(sim.chain('libvirt-1-format')).to.deep.equal(['/b/top', '/b/mid', '/b/base']);
  });

  it('x-debug-query-block-graph draws the graph and each job as QEMU 7.2 does (edges seen there; job BlockBackends left out)', async function () {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/b/top', '/b/mid', '/b/base'], blockdev: true, sizeBytes: 4 * MiB }], clock: 'virtual' });
    c = await TestClient.open(sim);
    type G = { nodes: { id: number; type: string; name: string }[]; edges: { parent: number; child: number; name: string; perm: unknown[]; 'shared-perm': unknown[] }[] };
    const edges = async (): Promise<string[]> => {
      const g = (await c.cmd('x-debug-query-block-graph')) as G;
      const name = (id: number): string => {
        const n = g.nodes.find((x) => x.id === id)!;
        return `${n.type === 'block-driver' ? '' : `${n.type}:`}${n.name.replace(/^#block\d+$/, '#auto')}`;
      };
      for (const e of g.edges) expect(e.perm).to.be.an('array');
      return g.edges.map((e) => `${name(e.parent)} -${e.name}-> ${name(e.child)}`).sort();
    };
    const chain = ['libvirt-1-format -backing-> libvirt-2-format', 'libvirt-2-format -backing-> libvirt-3-format'];
    const files = [1, 2, 3].map((i) => `libvirt-${i}-format -file-> libvirt-${i}-storage`);
    expect(await edges()).to.deep.equal([...chain, ...files].sort());
    await c.cmd('block-stream', { 'job-id': 'j1', device: 'libvirt-1-format', speed: 1024 });
    expect(await edges()).to.deep.equal([
      '#auto -file-> libvirt-1-format', ...chain, ...files,
      'block-job:j1 -main node-> #auto', 'block-job:j1 -active node-> libvirt-1-format',
      'block-job:j1 -intermediate node-> libvirt-2-format', 'block-job:j1 -intermediate node-> libvirt-3-format',
    ].sort());
    await c.cmd('block-job-cancel', { device: 'j1' });
    await c.advance(100);
    await c.cmd('block-commit', { 'job-id': 'j2', device: 'libvirt-1-format', 'top-node': 'libvirt-2-format', 'base-node': 'libvirt-3-format', speed: 1024 });
    expect(await edges()).to.deep.equal([
      '#auto -backing-> libvirt-2-format', 'libvirt-1-format -backing-> #auto', chain[1]!, ...files,
      'block-job:j2 -main node-> libvirt-1-format', 'block-job:j2 -intermediate node-> libvirt-2-format', 'block-job:j2 -base-> libvirt-3-format',
    ].sort());
    await c.cmd('block-job-cancel', { device: 'j2' });
    await c.advance(100);
    await c.cmd('block-commit', { 'job-id': 'j3', device: 'libvirt-1-format', speed: 1024 });
    expect(await edges()).to.deep.equal([
      '#auto -backing-> libvirt-1-format', ...chain, ...files,
      'block-job:j3 -main node-> #auto', 'block-job:j3 -source-> libvirt-1-format',
      'block-job:j3 -intermediate node-> libvirt-2-format', 'block-job:j3 -target-> libvirt-3-format',
    ].sort());
    await c.cmd('block-job-cancel', { device: 'j3' });
    await c.advance(100);
    // A copy draws only its source and target (no intermediate nodes), and nothing once it has ended.
    await c.cmd('drive-mirror', { 'job-id': 'j4', device: 'libvirt-1-format', target: '/b/copy', format: 'qcow2', sync: 'full', speed: 1024, 'auto-dismiss': false });
    const copying = await edges();
    expect(copying.filter((e) => e.startsWith('block-job:'))).to.deep.equal(['block-job:j4 -main node-> #auto', 'block-job:j4 -source-> libvirt-1-format', 'block-job:j4 -target-> #auto']);
    await c.cmd('block-job-cancel', { device: 'j4' });
    await c.advance(100);
    expect((await edges()).filter((e) => e.startsWith('block-job:'))).to.deep.equal([]);
  });

  it('streaming into an intermediate node leaves mid holding what it pulled, top unchanged', async function () {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/b/top', '/b/mid', '/b/base'], blockdev: true, sizeBytes: 4 * MiB }], clock: 'virtual' });
    c = await TestClient.open(sim);
    const before = sim.guestContent('libvirt-1-format');
    await c.cmd('block-stream', { 'job-id': 'j', device: 'libvirt-2-format' });
    await c.advance(100);
    expect(sim.chain('libvirt-1-format')).to.deep.equal(['/b/top', '/b/mid']);
    expect(sim.guestContent('libvirt-1-format')).to.deep.equal(before);
    // mid's own extents now hold the base's data it pulled.
    expect(sim.image('/b/mid')!.extents.toArray().map((e) => e.fp)).to.include('/b/base#0');
    expect(sim.image('/b/top')!.extents.toArray().map((e) => e.fp)).to.not.include('/b/base#0');
  });

  it('a running job shows its filter node first in query-named-block-nodes; a transaction drains it', async function () {
    sim = await startSimulator({ disks: [{ name: 'd0', chain: ['/s/a', '/s/a0'] }, { name: 'd1', chain: ['/s/b'] }], clock: 'virtual' });
    c = await TestClient.open(sim);
    await c.cmd('block-stream', { device: 'd0', speed: MiB });
    const nodes = await c.cmd('query-named-block-nodes', { flat: true });
    expect(nodes[0]).to.include({ drv: 'copy-on-read', file: '/s/a', ro: false });
    expect(nodes[0].image).to.deep.include({ format: 'copy-on-read', filename: '/s/a' });
    expect((await c.cmd('query-block'))[0].inserted.drv).to.equal('qcow2');
    const m = c.mark;
    await c.cmd('transaction', { actions: [{ type: 'blockdev-snapshot-sync', data: { device: 'd1', 'snapshot-file': '/s/b.snap' } }] });
    expect(c.tokens(m).slice(0, 2)).to.deep.equal(['paused', 'running']);
    const m2 = c.mark;
    expect((await c.err('transaction', { actions: [{ type: 'blockdev-snapshot-sync', data: { device: 'd0', 'snapshot-file': '/s/a.snap' } }] })).desc)
      .to.equal("Node 'd0' is busy: block device is in use by block job: stream");
    expect(c.tokens(m2).slice(0, 4)).to.deep.equal(['paused', 'running', 'paused', 'running']);
    await c.cmd('block-job-cancel', { device: 'd0', force: true });
    await c.advance(10);
    expect((await c.cmd('query-named-block-nodes')).map((n: { drv: string }) => n.drv)).to.not.include('copy-on-read');
  });

  it('transaction of blockdev-snapshot-sync on two disks, all or nothing', async function () {
    sim = await startSimulator({ disks: [{ name: 'd0', chain: ['/s/a'] }, { name: 'd1', chain: ['/s/b'] }], clock: 'virtual' });
    c = await TestClient.open(sim);
    const bad = await c.err('transaction', { actions: [
      { type: 'blockdev-snapshot-sync', data: { device: 'd0', 'snapshot-file': '/s/a.snap' } },
      { type: 'blockdev-snapshot-sync', data: { device: 'd9', 'snapshot-file': '/s/x.snap' } },
    ] });
    expect(bad).to.deep.equal({ class: 'GenericError', desc: "Cannot find device='d9' nor node-name=''" });
    expect(sim.chain('d0')).to.deep.equal(['/s/a']);
    await c.cmd('transaction', { actions: [
      { type: 'blockdev-snapshot-sync', data: { device: 'd0', 'snapshot-file': '/s/a.snap', format: 'qcow2' } },
      { type: 'blockdev-snapshot-sync', data: { device: 'd1', 'snapshot-file': '/s/b.snap', format: 'qcow2' } },
    ] });
    expect(sim.chain('d0')).to.deep.equal(['/s/a.snap', '/s/a']);
    expect(sim.chain('d1')).to.deep.equal(['/s/b.snap', '/s/b']);
    expect(sim.image('/s/a.snap')!.backingFile).to.equal('/s/a');
  });

  it('blockdev-create as a job, blockdev-add of the new image, blockdev-snapshot onto it, blockdev-del refused while used', async function () {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/c/top'], blockdev: true }], clock: 'virtual' });
    c = await TestClient.open(sim);
    const m = c.mark;
    await c.cmd('blockdev-create', { 'job-id': 'create1', options: { driver: 'file', filename: '/c/ov', size: 0 } });
    await c.advance(10);
    expect(c.tokens(m).filter((t) => !t.startsWith('return'))).to.deep.equal(['created', 'running', 'waiting', 'pending', 'concluded']);
    expect(await c.cmd('query-block-jobs')).to.deep.equal([]);
    expect((await c.cmd('query-jobs'))[0]).to.include({ id: 'create1', type: 'create', status: 'concluded' });
    await c.cmd('job-dismiss', { id: 'create1' });
    await c.cmd('blockdev-add', { driver: 'file', filename: '/c/ov', 'node-name': 'ov-storage' });
    await c.cmd('blockdev-create', { 'job-id': 'create2', options: { driver: 'qcow2', file: 'ov-storage', size: 64 * MiB, 'backing-file': '/c/top', 'backing-fmt': 'qcow2' } });
    await c.advance(10);
    await c.cmd('job-dismiss', { id: 'create2' });
    await c.cmd('blockdev-add', { driver: 'qcow2', file: 'ov-storage', 'node-name': 'ov-format', backing: null });
    await c.cmd('blockdev-snapshot', { node: 'libvirt-1-format', overlay: 'ov-format' });
    expect(sim.chain('ov-format')).to.deep.equal(['/c/ov', '/c/top']);
    expect(await c.err('blockdev-snapshot', { node: 'libvirt-1-format', overlay: 'ov-format' })).to.deep.equal({
      class: 'GenericError', desc: "Node 'libvirt-1-format' is busy: node is used as backing hd of 'ov-format'",
    });
    expect((await c.err('blockdev-del', { 'node-name': 'libvirt-1-format' })).class).to.equal('GenericError');
  });
});

describe('sim content model', function () {
  // What QEMU 7.2 leaves in each image (checked with qemu-img map after the
  // same jobs): copy-on-read and mirror keep zero clusters as zero clusters,
  // a non-active commit writes them into the base as zero data.
  it('stream keeps zero clusters, commit writes them as data, guest view unchanged', async function () {
    const layers = [
      [{ start: 0, end: 4 * MiB, fp: 'T' }],
      [{ start: 8 * MiB, end: 24 * MiB, fp: 'M' }, { start: 26 * MiB, end: 27 * MiB, fp: 'zero' }],
      [{ start: 0, end: 28 * MiB, fp: 'B' }],
    ];
    const sim = await startSimulator({ clock: 'virtual', disks: [{ name: 'd', chain: ['/z/t', '/z/m', '/z/b'], sizeBytes: 32 * MiB, layers }, { name: 'e', chain: ['/y/t', '/y/m', '/y/b'], sizeBytes: 32 * MiB, layers }] });
    const c = await TestClient.open(sim);
    try {
      const before = sim.guestContent('d');
      await c.cmd('block-stream', { device: 'd', base: '/z/b' });
      await c.cmd('block-commit', { device: 'e', top: '/y/m' });
      await c.advance(1000);
      const kinds = (p: string): string[] => sim.image(p)!.extents.toArray().map((e) => `${e.start / MiB}-${e.end / MiB}:${e.fp}`);
      expect(kinds('/z/t')).to.deep.equal(['0-4:T', '8-24:M', '26-27:zero']);
      expect(kinds('/y/b')).to.deep.equal(['0-8:B', '8-24:M', '24-26:B', '26-27:zero:data', '27-28:B']);
      expect(sim.guestContent('d')).to.deep.equal(before);
      expect(sim.guestContent('e')).to.deep.equal(before);
      // 453 clusters: the zero data keeps its room in the file.
      expect(sim.image('/y/b')!.fileLength).to.equal(29687808);
    } finally {
      c.close();
      await sim.close();
    }
  });

  it('ExtentMap replaces, clips and merges ranges', function () {
    const m = new ExtentMap([{ start: 0, end: 10, fp: 'a' }]);
    m.set(4, 6, 'b');
    m.set(6, 8, 'a');
    expect(m.toArray()).to.deep.equal([{ start: 0, end: 4, fp: 'a' }, { start: 4, end: 6, fp: 'b' }, { start: 6, end: 10, fp: 'a' }]);
    expect(m.allocation(5, 100)).to.deep.equal({ allocated: true, n: 1 });
    m.clear(0, 10);
    expect(m.allocation(5, 100)).to.deep.equal({ allocated: false, n: 100 });
  });

  it('ExtentMap.dataClusters counts each data cluster once, as a cluster-by-cluster count does', function () {
    // The oracle: every cluster a non-zero extent touches, in a Set.
    const bySet = (m: ExtentMap, size: number): number => {
      const seen = new Set<number>();
      for (const e of m.toArray()) if (e.fp !== 'zero') for (let c = Math.floor(e.start / size); c * size < e.end; c++) seen.add(c);
      return seen.size;
    };
    const write = fc.record({ start: fc.nat(200), len: fc.integer({ min: 1, max: 60 }), fp: fc.constantFrom('a', 'b', 'zero', 'zero:data') });
    fc.assert(
      fc.property(fc.array(write, { maxLength: 25 }), fc.integer({ min: 1, max: 32 }), (writes, size) => {
        const m = new ExtentMap();
        for (const w of writes) m.set(w.start, w.start + w.len, w.fp);
        expect(m.dataClusters(size)).to.equal(bySet(m, size));
      }),
      { numRuns: 500 },
    );
    // Two extents sharing a cluster, and a zero extent between data ones.
    const m = new ExtentMap([{ start: 0, end: 5, fp: 'a' }, { start: 5, end: 9, fp: 'b' }, { start: 9, end: 30, fp: 'zero' }, { start: 31, end: 33, fp: 'a' }]);
    expect(m.dataClusters(10)).to.equal(2);
    expect(m.dataClusters(1)).to.equal(11);
  });

  it('guestContent reads through the chain; zero clusters and holes read as nothing', async function () {
    const sim = await startSimulator({
      clock: 'virtual',
      disks: [{ name: 'd', chain: ['/t', '/b'], sizeBytes: 512, layers: [[{ start: 2, end: 4, fp: 'zero' }, { start: 6, end: 7, fp: 'T' }], [{ start: 0, end: 8, fp: 'B' }]] }],
    });
    try {
      expect(sim.guestContent('d')).to.deep.equal([
        { start: 0, end: 2, fp: 'B' }, { start: 4, end: 6, fp: 'B' }, { start: 6, end: 7, fp: 'T' }, { start: 7, end: 8, fp: 'B' },
      ]);
    } finally {
      await sim.close();
    }
  });
});

describe('sim parseSimArgs', function () {
  it('parses --listen, repeated --chain (top first) and --blockdev', function () {
    expect(parseSimArgs(['--listen', 'unix:/tmp/s.sock', '--chain', 'vda=/t,/m,/b', '--chain=vdb=/x', '--blockdev'])).to.deep.equal({
      listen: 'unix:/tmp/s.sock',
      disks: [{ name: 'vda', chain: ['/t', '/m', '/b'], blockdev: true }, { name: 'vdb', chain: ['/x'], blockdev: true }],
    });
  });

  it('refuses malformed arguments', function () {
    expect(() => parseSimArgs(['--chain', 'novalue'])).to.throw(/NAME=TOP/);
    expect(() => parseSimArgs(['--chain', 'a=/x,,/y'])).to.throw(/empty image path/);
    expect(() => parseSimArgs(['--chain', 'a=/x', '--chain', 'a=/y'])).to.throw(/defined twice/);
    expect(() => parseSimArgs(['--chain', 'a=/a,/b,/a'])).to.throw("--chain a=/a,/b,/a: image '/a' appears twice (a backing loop)");
    expect(() => parseSimArgs(['--bogus'])).to.throw(/unknown simulator argument/);
    expect(() => parseSimArgs(['--listen'])).to.throw(/needs a value/);
  });
});

describe('sim: a chain given with relative backing names', function () {
  let sim: Simulator;
  afterEach(async () => sim?.close());

  it('opens each relative name from its overlay\'s folder, as QEMU does, and a --keep-relative merge writes a name relative to it', async () => {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/img/c', 'mid', 'base'], sizeBytes: 4 * MiB }], clock: 'real' });
    expect(sim.chain('vda')).to.deep.equal(['/img/c', '/img/mid', '/img/base']);
    expect([sim.image('/img/c')?.backingFile, sim.image('/img/mid')?.backingFile]).to.deep.equal(['mid', 'base']);
    const s = await connect(sim.endpoint);
    try {
      const m = await BlockJobManager.attach(s);
      expect(m.getDisk('vda').chain.map((i) => [i.filename, i.backingName])).to.deep.equal([['/img/c', 'mid'], ['/img/mid', 'base'], ['/img/base', undefined]]);
      await blockMerge(m, 'vda', 'mid', 'base', { flags: VIR_DOMAIN_BLOCK_REBASE_RELATIVE });
      expect(sim.chain('vda')).to.deep.equal(['/img/c', '/img/base']);
      expect(sim.image('/img/c')?.backingFile).to.equal('base');
    } finally {
      await s.close();
    }
  });
});

describe('sim: image locks', function () {
  let sim: Simulator;
  afterEach(async () => sim?.close());

  for (const blockdev of [false, true]) {
    it(`${blockdev ? '-blockdev' : '-drive'}: a commit into a template another disk's chain has open is refused as QEMU 7.2 refuses it, and changes nothing`, async () => {
      sim = await startSimulator({
        disks: [
          { name: 'vda', chain: ['/t/a', '/t/mid', '/t/tmpl'], sizeBytes: 4 * MiB, blockdev },
          { name: 'vdb', chain: ['/t/b', '/t/tmpl'], sizeBytes: 4 * MiB, blockdev },
        ],
        clock: 'real',
      });
      const s = await connect(sim.endpoint);
      try {
        const m = await BlockJobManager.attach(s);
        const [vda, vdb] = m.listDisks().map((d) => d.name) as [string, string];
        const before = [sim.guestContent(vda), sim.guestContent(vdb)];
        // Intermediate (mid merged into the template) and active (the whole chain into it): both write it.
        const tries = [(): Promise<unknown> => blockMerge(m, vda, '/t/mid', '/t/tmpl'), (): Promise<unknown> => m.blockCommit(vda, '/t/tmpl', null, 0, VIR_DOMAIN_BLOCK_COMMIT_ACTIVE)];
        for (const start of tries) {
          const err = await start().then(() => undefined, (e: Error) => e.message);
          expect(err).to.equal('internal error: unable to execute QEMU command \'block-commit\': Failed to get "write" lock');
        }
        expect([sim.guestContent(vda), sim.guestContent(vdb)]).to.deep.equal(before);
        expect(sim.chain(vda)).to.deep.equal(['/t/a', '/t/mid', '/t/tmpl']);
        // Into an image no other chain uses: allowed.
        await blockMerge(m, vda, '/t/a', '/t/mid');
        expect(m.listDisks().map((d) => d.chain.map((i) => i.filename))).to.deep.equal([['/t/mid', '/t/tmpl'], ['/t/b', '/t/tmpl']]);
      } finally {
        await s.close();
      }
    });
  }
});

describe('sim: image locks on the wire', function () {
  let sim: Simulator;
  let c: TestClient;
  afterEach(async () => {
    c?.close();
    await sim?.close();
  });

  it('an intermediate commit into a shared template: its job is created and goes, then the refusal; an active one: no job', async () => {
    sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/t/a', '/t/mid', '/t/tmpl'] }, { name: 'vdb', chain: ['/t/b', '/t/tmpl'] }], clock: 'virtual' });
    c = await TestClient.open(sim);
    let mark = c.mark;
    expect(await c.err('block-commit', { device: 'vda', top: '/t/mid', base: '/t/tmpl' })).to.deep.equal({ class: 'GenericError', desc: 'Failed to get "write" lock' });
    expect(c.tokens(mark).filter((t) => !t.startsWith('error#'))).to.deep.equal(['created', 'null']);
    mark = c.mark;
    expect(await c.err('block-commit', { device: 'vda', base: '/t/tmpl' })).to.deep.equal({ class: 'GenericError', desc: 'Failed to get "write" lock' });
    expect(c.tokens(mark).filter((t) => !t.startsWith('error#'))).to.deep.equal([]);
    expect(await c.cmd('query-jobs')).to.deep.equal([]);
  });
});

describe('sim: disk specs QEMU would not start with are refused at once', function () {
  const cases: [string, unknown, string][] = [
    ['no name (a typo: device)', [{ device: 'vda', chain: ['/a'] }], "disk: 'name' must be a non-empty string"],
    ['an empty chain', [{ name: 'vda', chain: [] }], 'disk vda: empty chain'],
    ['a chain that is not file names', [{ name: 'vda', chain: ['/a', 3] }], 'disk vda: the chain must list image file names'],
    ['a size not in whole sectors', [{ name: 'vda', chain: ['/a'], sizeBytes: 1000 }], 'disk vda: size must be a positive multiple of 512 bytes, not 1000'],
    ['two disks of one name', [{ name: 'vda', chain: ['/a'] }, { name: 'vda', chain: ['/b'] }], 'disk vda: a disk or node of that name exists already'],
    ['two disks on one top image', [{ name: 'vda', chain: ['/a'] }, { name: 'vdb', chain: ['/a'] }], 'disk vdb: image /a is open already (QEMU: Failed to get "write" lock)'],
    ['a top another disk has as backing', [{ name: 'vda', chain: ['/a', '/t'] }, { name: 'vdb', chain: ['/t'] }], 'disk vdb: image /t is open already (QEMU: Failed to get "write" lock)'],
    ['layers not one per image', [{ name: 'vda', chain: ['/a', '/b'], layers: [[]] }], "disk vda: 'layers' must have one entry per image"],
  ];
  for (const [what, disks, message] of cases) {
    it(what, async () => {
      const err = await startSimulator({ disks: disks as never, clock: 'virtual' }).then(async (sim) => void (await sim.close()), (e: Error) => e);
      expect(err).to.be.instanceOf(Error);
      expect((err as Error).message).to.equal(message);
    });
  }

  it('disks sharing a backing image (a template) start', async () => {
    const sim = await startSimulator({ disks: [{ name: 'vda', chain: ['/a', '/t'] }, { name: 'vdb', chain: ['/b', '/t'] }], clock: 'virtual' });
    await sim.close();
  });
});
