/**
 * Disk discovery and libvirt's name resolution, from query results: real
 * ones from the shared QEMU 7.2 traces, and crafted ones for the set-ups the
 * traces do not show (a -blockdev frontend, filter nodes during a job).
 */
import { expect } from 'chai';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { VirError } from '../../lib/errors.js';
import { discoverDisks, graphInfo, orphanNodes, plainFilename, resolveDisk, resolveImage, sharesFiles, type Disk } from '../../lib/jobs/disks.js';
import type { BlockDeviceInfo, BlockInfo } from '../../lib/qapi/types.js';
import { diskOfJobId } from '../../lib/jobs/adoption.js';

const SHARED = path.resolve('..', 'shared', 'qmp-traces-qemu72');

/** The answer of the first recorded `command` in a shared trace. */
function recordedAnswer<T>(trace: string, command: string): T {
  const lines = fs.readFileSync(path.join(SHARED, `${trace}.jsonl`), 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(l) as { dir: string; msg: Record<string, unknown> });
  const i = lines.findIndex((l) => l.dir === 'c2s' && l.msg.execute === command);
  const a = lines.slice(i + 1).find((l) => l.dir === 's2c' && ('return' in l.msg));
  return a!.msg.return as T;
}

function node(name: string, file: string, drv: string, opts: { backing?: string; ro?: boolean } = {}): BlockDeviceInfo {
  const n: BlockDeviceInfo = { file, 'node-name': name, ro: opts.ro ?? false, drv, backing_file_depth: 0, image: { filename: file, format: drv, 'virtual-size': 1 } };
  if (opts.backing) {
    n.backing_file = opts.backing;
    n.image['full-backing-filename'] = opts.backing;
    n.image['backing-filename'] = opts.backing;
  }
  return n;
}

describe('jobs/disks', () => {
  it("two disks' nodes on one template file: QEMU's block graph says whose is whose (a job's filter between them skipped)", () => {
    // Newest first, as QEMU lists them: vdb's template node comes before vda's.
    const nodes = [
      node('vdb-top', '/i/x.qcow2', 'qcow2', { backing: '/i/t.qcow2' }), node('vdb-top-f', '/i/x.qcow2', 'file'),
      node('vdb-t', '/i/t.qcow2', 'qcow2', { ro: true }), node('vdb-t-f', '/i/t.qcow2', 'file', { ro: true }),
      node('vda-top', '/i/c.qcow2', 'qcow2', { backing: '/i/t.qcow2' }), node('vda-top-f', '/i/c.qcow2', 'file'),
      node('cor', '/i/t.qcow2', 'copy-on-read', { ro: true }),
      node('vda-t', '/i/t.qcow2', 'qcow2', { ro: true }), node('vda-t-f', '/i/t.qcow2', 'file', { ro: true }),
    ];
    expect(sharesFiles(nodes)).to.equal(true);
    expect(sharesFiles(nodes.filter((n) => !n['node-name']!.startsWith('vdb')))).to.equal(false);
    const names = nodes.map((n) => n['node-name']!);
    const id = (n: string): number => names.indexOf(n);
    const graph = graphInfo({
      nodes: [...names.map((name, i) => ({ id: i, type: 'block-driver', name })), { id: 99, type: 'block-backend', name: 'vda' }],
      edges: [
        ...['vdb-top', 'vdb-t', 'vda-top', 'vda-t'].map((p) => ({ parent: id(p), child: id(`${p}-f`), name: 'file' })),
        { parent: id('vdb-top'), child: id('vdb-t'), name: 'backing' },
        { parent: id('vda-top'), child: id('cor'), name: 'backing' },
        { parent: id('cor'), child: id('vda-t'), name: 'file' },
        { parent: 99, child: id('vda-top'), name: 'root' },
      ],
    });
    const chains = (g?: typeof graph): string[][] => discoverDisks([], nodes, g).map((d) => d.chain.flatMap((i) => [i.nodeName!, i.fileNodeName!]));
    expect(chains(graph)).to.deep.equal([['vda-top', 'vda-top-f', 'vda-t', 'vda-t-f'], ['vdb-top', 'vdb-top-f', 'vdb-t', 'vdb-t-f']]);
    // By file name alone the first node of the file is taken: vda gets vdb's template node.
    expect(chains(undefined)[0]).to.deep.equal(['vda-top', 'vda-top-f', 'vdb-t', 'vdb-t-f']);
    expect(graphInfo({ nodes: 'x' })).to.equal(undefined);
    // A node QEMU opened without its backing (backing: null) ends its chain, whatever its header names.
    const alone = graphInfo({ nodes: names.map((name, i) => ({ id: i, type: 'block-driver', name })), edges: [{ parent: id('vda-top'), child: id('vda-top-f'), name: 'file' }] });
    const vda = (g?: typeof graph): (string | undefined)[] | undefined => discoverDisks([], nodes, g).find((d) => d.name === 'vda-top')?.chain.map((i) => i.nodeName);
    expect(vda(alone)).to.deep.equal(['vda-top']);
    expect(vda(undefined)).to.deep.equal(['vda-top', 'vdb-t']);
  });

  it('-drive (pull-full trace): the device and its three images, top node named', function () {
    if (!fs.existsSync(SHARED)) this.skip();
    const blocks = recordedAnswer<BlockInfo[]>('pull-full', 'query-block');
    const [d, ...rest] = discoverDisks(blocks, []);
    expect(rest).to.deep.equal([]);
    expect(d!.name).to.equal('drive0');
    expect(d!.mode).to.equal('drive');
    expect(d!.chain.map((i) => path.basename(i.filename))).to.deep.equal(['top.qcow2', 'mid.qcow2', 'base.qcow2']);
    expect(d!.chain[0]!.nodeName).to.equal('#block118');
  });

  it('-blockdev without frontend (jobs-manual trace, after a pull without blockdev-del): only the writable top is a disk', function () {
    if (!fs.existsSync(SHARED)) this.skip();
    const nodes = recordedAnswer<BlockDeviceInfo[]>('jobs-manual', 'query-named-block-nodes');
    const disks = discoverDisks([], nodes);
    expect(disks.map((d) => d.name)).to.deep.equal(['libvirt-1-format']);
    expect(disks[0]!.chain).to.deep.equal([{ nodeName: 'libvirt-1-format', fileNodeName: 'libvirt-1-storage', filename: disks[0]!.chain[0]!.filename, format: 'qcow2' }]);
  });

  const nodes = [
    node('libvirt-1-format', '/i/top.qcow2', 'qcow2', { backing: '/i/mid.qcow2' }),
    node('libvirt-1-storage', '/i/top.qcow2', 'file'),
    node('libvirt-2-format', '/i/mid.qcow2', 'qcow2', { backing: '/i/base.qcow2', ro: true }),
    node('libvirt-2-storage', '/i/mid.qcow2', 'file'),
    node('libvirt-3-format', '/i/base.qcow2', 'qcow2', { ro: true }),
    node('libvirt-3-storage', '/i/base.qcow2', 'file'),
  ];

  it('-blockdev chain followed through backing file names; filter nodes of a running job ignored', () => {
    const withFilter = [node('#block555', '/i/top.qcow2', 'copy-on-read'), ...nodes];
    const [d, ...rest] = discoverDisks([], withFilter);
    expect(rest).to.deep.equal([]);
    expect(d!.chain.map((i) => [i.nodeName, i.fileNodeName, i.filename])).to.deep.equal([
      ['libvirt-1-format', 'libvirt-1-storage', '/i/top.qcow2'],
      ['libvirt-2-format', 'libvirt-2-storage', '/i/mid.qcow2'],
      ['libvirt-3-format', 'libvirt-3-storage', '/i/base.qcow2'],
    ]);
  });

  it('-blockdev without frontends: disks in the order they were added (QEMU lists nodes newest first)', () => {
    const nodes = ['c', 'b', 'a'].flatMap((x) => [node(`disk-${x}`, `/i/${x}.qcow2`, 'qcow2'), node(`${x}-file`, `/i/${x}.qcow2`, 'file')]);
    expect(discoverDisks([], nodes).map((d) => d.name)).to.deep.equal(['disk-a', 'disk-b', 'disk-c']);
  });

  it("plainFilename: QEMU's json:{...} names give the protocol child's file; other names are kept", () => {
    const json = 'json:{"backing": {"driver": "qcow2", "file": {"driver": "file", "filename": "/i/base.qcow2"}}, "driver": "qcow2", "file": {"driver": "file", "filename": "/i/mid.qcow2"}}';
    expect(plainFilename(json)).to.equal('/i/mid.qcow2');
    expect(plainFilename('/i/top.qcow2')).to.equal('/i/top.qcow2');
    expect(plainFilename('json:{"driver": "nbd", "server": {}}')).to.equal('json:{"driver": "nbd", "server": {}}');
    expect(plainFilename('json:{not json')).to.equal('json:{not json');
  });

  it('-blockdev: a node opened with another backing than its header names (a reused copy destination) is followed to the backing QEMU gave it', () => {
    const json = (backing: string): string => `json:{"backing": ${backing}, "driver": "qcow2", "file": {"driver": "file", "filename": "/i/pre.qcow2"}}`;
    const below = [node('mid-fmt', '/i/mid.qcow2', 'qcow2', { backing: '/i/base.qcow2', ro: true }), node('base-fmt', '/i/base.qcow2', 'qcow2', { ro: true })];
    // Shallow: the header says base, QEMU opened it on mid (the disk's backing, as libvirt does).
    const shallow = { ...node('libvirt-1-format', json('{"driver": "qcow2", "file": {"driver": "file", "filename": "/i/mid.qcow2"}}'), 'qcow2', { backing: '/i/base.qcow2' }) };
    expect(discoverDisks([], [shallow, ...below])[0]!.chain.map((i) => i.filename)).to.deep.equal(['/i/pre.qcow2', '/i/mid.qcow2', '/i/base.qcow2']);
    // Full: opened without a backing, whatever the header says.
    const full = node('libvirt-1-format', json('null'), 'qcow2', { backing: '/i/base.qcow2' });
    expect(discoverDisks([], [full, ...below]).map((d) => d.chain.map((i) => i.filename))).to.deep.include(['/i/pre.qcow2']);
  });

  it('a disk argument that is not a string matches no disk, not even one without a frontend (no qdev)', () => {
    const disks = discoverDisks([], [node('disk-a', '/i/a.qcow2', 'qcow2')]);
    expect(disks[0]!.qdev).to.equal(undefined);
    for (const [arg, what] of [[undefined, 'undefined'], [null, 'null'], [7, 'number']] as const) {
      expect(() => resolveDisk(disks, arg as unknown as string)).to.throw(VirError, `invalid argument: disk must be a string, not ${what}`);
    }
    expect(() => resolveDisk(disks, '')).to.throw(VirError, "invalid argument: disk '' not found in domain");
  });

  it('-blockdev with a frontend: named by the qdev id, chain from the nodes', () => {
    const blocks: BlockInfo[] = [{ device: '', qdev: '/machine/peripheral/vda/virtio-backend', type: 'unknown', removable: false, locked: false, inserted: { ...nodes[0]! } }];
    const disks = discoverDisks(blocks, nodes);
    expect(disks.map((d) => [d.name, d.mode, d.chain.length])).to.deep.equal([['vda', 'blockdev', 3]]);
    expect(resolveDisk(disks, '/machine/peripheral/vda/virtio-backend').name).to.equal('vda');
  });

  it('-blockdev with a frontend: a writable root node left by a pivot whose clean-up was cut short is no disk', () => {
    // The frontend moved to the base (an active commit pivoted); the old top and mid were never deleted.
    const left = [node('libvirt-1-format', '/i/top.qcow2', 'qcow2', { backing: '/i/mid.qcow2' }), ...nodes.slice(1, 4), node('libvirt-3-format', '/i/base.qcow2', 'qcow2'), nodes[5]!];
    const blocks: BlockInfo[] = [{ device: '', qdev: '/machine/peripheral/vda/virtio-backend', type: 'unknown', removable: false, locked: false, inserted: { ...left[4]! } }];
    expect(discoverDisks(blocks, left).map((d) => `${d.name}: ${d.chain.map((i) => i.nodeName).join(',')}`)).to.deep.equal(['vda: libvirt-3-format']);
    // Without any frontend (-machine none), the writable root is the disk.
    expect(discoverDisks([], left).map((d) => d.name)).to.deep.equal(['libvirt-1-format']);
    // QEMU's default empty CD-ROM and floppy (-machine pc) are frontends with no disk: they do not count.
    const empty: BlockInfo[] = [
      { device: 'ide1-cd0', qdev: '/machine/unattached/device[23]', type: 'unknown', removable: true, locked: false },
      { device: 'floppy0', qdev: '/machine/unattached/device[16]', type: 'unknown', removable: true, locked: false },
    ];
    expect(discoverDisks(empty, left).map((d) => d.name)).to.deep.equal(['libvirt-1-format']);
  });

  it('diskOfJobId: the disk part of a libvirt job id wins over a node of another chain (a leftover)', () => {
    const disks: Disk[] = [
      { name: 'vda', mode: 'blockdev', qdev: 'vda', chain: [{ filename: '/i/base.qcow2', format: 'qcow2', nodeName: 'libvirt-3-format' }] },
      { name: 'libvirt-1-format', mode: 'blockdev', chain: [{ filename: '/i/top.qcow2', format: 'qcow2', nodeName: 'libvirt-1-format' }] },
      { name: 'vda-1', mode: 'blockdev', qdev: 'vda-1', chain: [{ filename: '/j/top.qcow2', format: 'qcow2', nodeName: 'libvirt-9-format' }] },
    ];
    expect(diskOfJobId(disks, 'commit-vda-libvirt-1-format')?.name).to.equal('vda');
    expect(diskOfJobId(disks, 'commit-vda-1-libvirt-7-format')?.name).to.equal('vda-1');
    expect(diskOfJobId(disks, 'pull-libvirt-1-format-libvirt-1-format')?.name).to.equal('libvirt-1-format');
    expect(diskOfJobId(disks, 'copy-other-libvirt-9-format')?.name).to.equal('vda-1');
    expect(diskOfJobId(disks, 'backup-x')).to.equal(undefined);
  });

  it('orphanNodes: read-only roots no disk uses, top-down, each with its file node', () => {
    // After a pull that nobody processed: top has no backing any more; mid and base are left.
    const after = nodes.map((n) => (n['node-name'] === 'libvirt-1-format' ? node('libvirt-1-format', '/i/top.qcow2', 'qcow2') : n));
    const disks = discoverDisks([], after);
    expect(disks.map((d) => d.name)).to.deep.equal(['libvirt-1-format']);
    expect(orphanNodes(after, disks)).to.deep.equal(['libvirt-2-format', 'libvirt-2-storage', 'libvirt-3-format', 'libvirt-3-storage']);
    // Nothing is an orphan while the chain is whole.
    expect(orphanNodes(nodes, discoverDisks([], nodes))).to.deep.equal([]);
  });

  describe('resolveImage', () => {
    const disks = discoverDisks([], nodes);
    const d = disks[0] as Disk;
    it('by path, node-name, storage node-name, index', () => {
      expect(resolveImage(disks, d, '/i/base.qcow2')).to.equal(2);
      expect(resolveImage(disks, d, 'libvirt-2-format')).to.equal(1);
      expect(resolveImage(disks, d, 'libvirt-3-storage')).to.equal(2);
      expect(resolveImage(disks, d, 'libvirt-1-format[3]')).to.equal(2);
    });
    it('never the top itself, nor anything above startFrom', () => {
      expect(() => resolveImage(disks, d, '/i/top.qcow2')).to.throw(VirError, "could not find image '/i/top.qcow2' beneath '/i/top.qcow2' in chain for 'libvirt-1-format'");
      expect(() => resolveImage(disks, d, 'libvirt-1-format[1]')).to.throw(VirError, "could not find backing store index '1' in chain for 'libvirt-1-format'");
      expect(() => resolveImage(disks, d, 'libvirt-1-format[2]', 1)).to.throw(VirError, "could not find backing store index '2' in chain for 'libvirt-1-format'");
      expect(() => resolveImage(disks, d, '/i/mid.qcow2', 1)).to.throw(VirError, "beneath '/i/mid.qcow2'");
    });
    it('by the file itself, as libvirt: `./name` or `a/../b` from the overlay\'s folder, or a path through a link', () => {
      const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-resolve-')));
      try {
        fs.mkdirSync(path.join(tmp, 'sub'));
        const files = [path.join(tmp, 'top.qcow2'), path.join(tmp, 'sub', 'mid.qcow2'), path.join(tmp, 'base.qcow2')];
        for (const f of files) fs.writeFileSync(f, '');
        fs.symlinkSync(path.join(tmp, 'sub'), path.join(tmp, 'link'));
        const disk: Disk = { name: 'vda', mode: 'drive', device: 'vda', chain: files.map((filename) => ({ filename, format: 'qcow2' })) };
        expect(resolveImage([disk], disk, './sub/mid.qcow2')).to.equal(1);
        expect(resolveImage([disk], disk, path.join(tmp, 'link', 'mid.qcow2'))).to.equal(1);
        // Relative to the overlay's folder: sub/mid.qcow2's backing is ../base.qcow2.
        expect(resolveImage([disk], disk, '../base.qcow2')).to.equal(2);
        expect(resolveImage([disk], disk, `${tmp}/sub/../base.qcow2`)).to.equal(2);
        // Still strictly beneath the start, and a file not in the chain is not found.
        expect(() => resolveImage([disk], disk, './top.qcow2')).to.throw(VirError, 'beneath');
        fs.writeFileSync(path.join(tmp, 'other.qcow2'), '');
        expect(() => resolveImage([disk], disk, './other.qcow2')).to.throw(VirError, 'beneath');
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
    it('index errors', () => {
      // libvirt: index 0 is no index; the text is looked up as a name (and its target not compared).
      expect(() => resolveImage(disks, d, 'libvirt-1-format[0]')).to.throw(VirError, "could not find image 'libvirt-1-format[0]' beneath '/i/top.qcow2' in chain for 'libvirt-1-format'");
      expect(() => resolveImage(disks, d, 'vdz[0]')).to.throw(VirError, "could not find image 'vdz[0]' beneath '/i/top.qcow2' in chain for 'libvirt-1-format'");
      // Past an unsigned int the index does not parse in libvirt either: a name.
      expect(() => resolveImage(disks, d, 'libvirt-1-format[4294967296]')).to.throw(VirError, "could not find image 'libvirt-1-format[4294967296]' beneath");
      expect(() => resolveImage(disks, d, 'libvirt-1-format[4294967295]')).to.throw(VirError, "could not find backing store index '4294967295' in chain");
      expect(() => resolveImage(disks, d, 'vdz[2]')).to.throw(VirError, "requested target 'vdz' does not match target 'libvirt-1-format'");
    });
  });
});
