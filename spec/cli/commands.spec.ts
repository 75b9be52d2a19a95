/**
 * domblklist, chain, merge, snapshot-*, events and the runner itself,
 * against the scripted manager.
 */
import { expect } from 'chai';
import { FakeManager, runFake } from './helpers/fake-manager.js';
import { VirError, QmpError } from '../../lib/errors.js';
import { snapshotTime } from '../../lib/cli/format.js';

describe('cli: disks', () => {
  it('domblklist lays the disks out as a virsh table', async () => {
    const r = await runFake(['domblklist'], new FakeManager());
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal(
      [
        ' Target   Node               Source',
        '-'.repeat(44),
        ' vda      libvirt-1-format   /img/vda.qcow2',
        ' vdb      libvirt-2-format   /img/vdb.qcow2',
        '',
      ].join('\n'),
    );
  });

  it('chain prints one image per line, top first; --json one object per image', async () => {
    let r = await runFake(['chain', 'vda'], new FakeManager());
    expect(r.stdout).to.equal('/img/current.qcow2\n/img/template.qcow2\n');
    r = await runFake(['--json', 'chain', 'vda'], new FakeManager());
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).to.deep.equal([
      { disk: 'vda', index: 1, path: '/img/current.qcow2', nodeName: 'n1', format: 'qcow2' },
      { disk: 'vda', index: 2, path: '/img/template.qcow2', nodeName: 'n2', format: 'qcow2' },
    ]);
  });
});

describe('cli: merge', () => {
  it('runs the general merge and reports it', async () => {
    const m = new FakeManager();
    const r = await runFake(['merge', 'vda', '--source', '/img/i.qcow2', '--dest', '/img/t.qcow2', '--bandwidth', '4', '--wait'], m);
    expect(r).to.deep.equal({ code: 0, stdout: '\nMerge complete\n', stderr: '' });
    expect(m.calls[0]).to.deep.equal(['blockMerge', 'vda', '/img/i.qcow2', '/img/t.qcow2', { bandwidth: 4, flags: 0 }]);
    // Without --bandwidth no speed is asked for (a retry that takes a left job over keeps the job's).
    await runFake(['merge', 'vda', '--source', '/img/i.qcow2', '--dest', '/img/t.qcow2'], m);
    expect(m.calls[1]).to.deep.equal(['blockMerge', 'vda', '/img/i.qcow2', '/img/t.qcow2', { bandwidth: undefined, flags: 0 }]);
  });

  it('--keep-relative asks for relative backing names (the rebase RELATIVE flag), with --bytes', async () => {
    const m = new FakeManager();
    const r = await runFake(['merge', 'vda', '--source', '/img/i.qcow2', '--dest', '/img/t.qcow2', '--keep-relative', '--bandwidth', '4096', '--bytes'], m);
    expect(r.code).to.equal(0);
    expect(m.calls[0]).to.deep.equal(['blockMerge', 'vda', '/img/i.qcow2', '/img/t.qcow2', { bandwidth: 4096, flags: 16 | 64 }]);
  });

  it('needs both ends, and reports a refused pair as one line', async () => {
    let r = await runFake(['merge', 'vda', '--source', '/a'], new FakeManager());
    expect(r.stderr).to.equal("error: command 'merge' requires <dest> option\n");
    const m = new FakeManager();
    m.failWith = new VirError('INVALID_ARG', "could not find image '/x' in chain for 'vda'");
    r = await runFake(['merge', 'vda', '--source', '/x', '--dest', '/y'], m);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: "error: invalid argument: could not find image '/x' in chain for 'vda'\n" });
  });
});

describe('cli: snapshots', () => {
  it('creates, lists and deletes with virsh messages', async () => {
    const m = new FakeManager();
    let r = await runFake(['snapshot-create', 's1', '--diskspec', 'vda,file=/s/a.qcow2,merge=backward', '--diskspec', 'vdb,file=/s/b.qcow2'], m);
    expect(r).to.deep.equal({ code: 0, stdout: 'Domain snapshot s1 created\n', stderr: '' });
    expect(m.calls[0]).to.deep.equal(['snapshotCreate', 's1', [
      { disk: 'vda', file: '/s/a.qcow2', merge: 'backward' },
      { disk: 'vdb', file: '/s/b.qcow2', merge: 'forward' },
    ], 0]);
    // virsh's --no-metadata, --disk-only and --atomic reach the library as libvirt's flags.
    r = await runFake(['snapshot-create', 's9', '--diskspec', 'vda,file=/s/c.qcow2', '--no-metadata', '--disk-only', '--atomic'], m);
    expect(r.code).to.equal(0);
    expect(m.calls[1]).to.deep.equal(['snapshotCreate', 's9', [{ disk: 'vda', file: '/s/c.qcow2', merge: 'forward' }], 4 | 16 | 128]);
    m.calls.splice(1, 1);
    r = await runFake(['snapshot-list'], m);
    expect(r.stdout).to.equal(
      [
        ' Name   Creation Time               State           Disks',
        '-'.repeat(77),
        // the time is local, as virsh prints it (24 characters whatever the zone)
        ` s1     ${snapshotTime('2026-11-26T02:00:00.000Z')}   disk-snapshot   vda:backward vdb:forward`,
        '',
      ].join('\n'),
    );
    r = await runFake(['snapshot-delete', 's1'], m);
    expect(r).to.deep.equal({ code: 0, stdout: 'Domain snapshot s1 deleted\n', stderr: '' });
    expect(m.calls.at(-1)).to.deep.equal(['snapshotDelete', 's1', 0]);
    await runFake(['snapshot-create', 's2', '--diskspec', 'vda,file=/s/c.qcow2'], m);
    r = await runFake(['snapshot-delete', 's2', '--metadata'], m);
    expect(r).to.deep.equal({ code: 0, stdout: 'Domain snapshot s2 deleted\n', stderr: '' });
    expect(m.calls.at(-1)).to.deep.equal(['snapshotDelete', 's2', 2]);
    r = await runFake(['snapshot-delete', 's1'], m);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: "error: invalid argument: snapshot 's1' not found\n" });
  });

  it('refuses a disk twice, no diskspec, and overlays outside --allow-dir, before connecting', async () => {
    const m = new FakeManager();
    let r = await runFake(['snapshot-create', 's1', '--diskspec', 'vda,file=/a', '--diskspec', 'vda,file=/b'], m);
    expect(r.stderr).to.equal("error: invalid argument: disk 'vda' specified twice\n");
    r = await runFake(['snapshot-create', 's1'], m);
    expect(r.stderr).to.equal("error: command 'snapshot-create' requires <diskspec> option\n");
    r = await runFake(['--allow-dir', '/ok', 'snapshot-create', 's1', '--diskspec', 'vda,file=/no/a.qcow2'], m);
    expect(r.code).to.equal(1);
    expect(m.calls).to.deep.equal([]);
  });
});

describe('cli: snapshot-delete interrupted', () => {
  it('Ctrl-C says the snapshot is not deleted and how to finish it, as one error line', async () => {
    const m = new FakeManager();
    // A delete whose merges are still running.
    m.snapshotDelete = async () => new Promise<void>(() => undefined);
    let stop: (() => void) | undefined;
    const run = runFake(['snapshot-delete', 's1'], m, { onInterrupt: (h) => ((stop = h), () => (stop = undefined)) });
    await new Promise((r) => setImmediate(r));
    stop!();
    expect(await run).to.deep.equal({
      code: 1,
      stdout: '',
      stderr: "error: interrupted: snapshot 's1' is not deleted; merges it started go on in QEMU, and 'snapshot-delete s1' run again finishes them\n",
    });
    expect(stop).to.equal(undefined);
  });

  it('says so too while connecting (nothing changed) and with --metadata', async () => {
    const m = new FakeManager();
    let stop: (() => void) | undefined;
    const hook = { onInterrupt: (h: () => void) => ((stop = h), () => (stop = undefined)) };
    // The QEMU connection is still being made.
    let run = runFake(['snapshot-delete', 's1'], m, { ...hook, openBackend: () => new Promise(() => undefined) });
    await new Promise((r) => setImmediate(r));
    stop!();
    expect((await run).stderr).to.equal("error: interrupted before snapshot 's1' was deleted: the snapshot is as it was\n");
    m.snapshotDelete = async () => new Promise<void>(() => undefined);
    run = runFake(['snapshot-delete', 's1', '--metadata'], m, hook);
    await new Promise((r) => setImmediate(r));
    stop!();
    expect((await run).stderr).to.equal("error: interrupted: snapshot 's1' may not be forgotten yet; 'snapshot-delete s1 --metadata' run again finishes\n");
  });
});

describe('cli: events', () => {
  it('prints block job events in virsh words until Ctrl-C', async () => {
    const m = new FakeManager();
    let stop: (() => void) | undefined;
    const run = runFake(['events'], m, { onInterrupt: (h) => ((stop = h), () => undefined) });
    await new Promise((r) => setImmediate(r));
    m.emit({ disk: 'vda', type: 'pull', status: 'COMPLETED' });
    m.emit({ disk: 'vdb', type: 'active-commit', status: 'READY' });
    stop!();
    const r = await run;
    expect(r).to.deep.equal({
      code: 0,
      stdout:
        "event 'block-job-2' for domain 'vm1': Block Pull for vda completed\n" +
        "event 'block-job-2' for domain 'vm1': Active Block Commit for vdb ready\n" +
        'event loop interrupted\nevents received: 2\n',
      stderr: '',
    });
    expect(m.listeners.size).to.equal(0);
  });
});

describe('cli: ends found at attach (jobs that ended while no client watched)', () => {
  const ended = [
    { disk: 'vda', type: 'pull' as const, status: 'COMPLETED' as const },
    { disk: 'vdb', type: 'pull' as const, status: 'FAILED' as const, error: 'the chain shows it did not complete' },
  ];
  const withEnds = (m: FakeManager): { openBackend: () => Promise<{ manager: FakeManager; name: string; attachEvents: typeof ended; close: () => Promise<void> }> } => ({
    openBackend: async () => ({ manager: m, name: 'vm1', attachEvents: ended, close: async () => undefined }),
  });

  it('`events` prints them first, as events, and counts them', async () => {
    const m = new FakeManager();
    let stop: (() => void) | undefined;
    const run = runFake(['events'], m, { ...withEnds(m), onInterrupt: (h) => ((stop = h), () => undefined) });
    await new Promise((r) => setImmediate(r));
    stop!();
    const r = await run;
    expect(r.stdout).to.equal(
      "event 'block-job-2' for domain 'vm1': Block Pull for vda completed\n" +
        "event 'block-job-2' for domain 'vm1': Block Pull for vdb failed\n" +
        'event loop interrupted\nevents received: 2\n',
    );
  });

  it('any other command tells them once on stderr (event lines with --json), its own output unchanged', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockjob', 'vda', '--info'], m, withEnds(m));
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('No current block job for vda\n');
    expect(r.stderr).to.equal(
      'note: Block Pull for vda completed (it ended while no client was connected)\n' +
        'note: Block Pull for vdb failed: the chain shows it did not complete (it ended while no client was connected)\n',
    );
    const j = await runFake(['--json', 'blockjob', 'vda', '--info'], m, withEnds(m));
    expect(j.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).to.deep.equal([
      { event: 'blockJob', disk: 'vda', type: 'pull', status: 'COMPLETED' },
      { event: 'blockJob', disk: 'vdb', type: 'pull', status: 'FAILED', error: 'the chain shows it did not complete' },
      { disk: 'vda', job: null },
    ]);
  });
});

describe('cli: runner', () => {
  it('unknown command, no command, --help, --version', async () => {
    const m = new FakeManager();
    expect(await runFake(['frob'], m)).to.deep.equal({ code: 1, stdout: '', stderr: "error: unknown command: 'frob'\n" });
    expect((await runFake([], m)).stderr).to.equal('error: no command given; see qmpblock --help\n');
    const help = await runFake(['--help'], m);
    expect(help.code).to.equal(0);
    expect(help.stdout).to.match(/^Usage: qmpblock /);
    expect(help.stdout).to.include('  blockcommit <disk>');
    expect((await runFake(['--version'], m)).stdout).to.match(/^\d+\.\d+\.\d+\n$/);
    expect(await runFake(['blockjob', '--help'], m)).to.deep.equal({
      code: 0,
      stdout: 'Usage: qmpblock [global options] blockjob <disk> [--info] [--raw] [--abort] [--async] [--pivot] [--bandwidth N] [--bytes]\n',
      stderr: '',
    });
    // virsh's `help <command>` is that command's usage.
    expect(await runFake(['help', 'blockjob'], m)).to.deep.equal(await runFake(['blockjob', '--help'], m));
    expect(await runFake(['help', 'frob'], m)).to.deep.equal({ code: 1, stdout: '', stderr: "error: unknown command: 'frob'\n" });
    for (const argv of [['help', '--help'], ['help', '-h'], ['help', 'help']]) expect(await runFake(argv, m), argv.join(' ')).to.deep.equal(help);
    expect(m.calls).to.deep.equal([]);
  });

  it('--json: --version, --help and a command\'s --help are JSON lines too', async () => {
    const m = new FakeManager();
    const one = async (argv: string[]): Promise<Record<string, unknown>> => {
      const r = await runFake(argv, m);
      expect(r.code).to.equal(0);
      expect(r.stdout.endsWith('\n') && r.stdout.split('\n').length).to.equal(2);
      return JSON.parse(r.stdout) as Record<string, unknown>;
    };
    expect((await one(['--json', '--version'])).version).to.match(/^\d+\.\d+\.\d+$/);
    expect(await one(['--version', '--json'])).to.deep.equal(await one(['--json', '--version']));
    const help = (await one(['--json', '--help'])) as { usage: string; commands: { name: string; usage: string }[] };
    expect(help.usage).to.match(/^qmpblock \[--socket PATH/);
    expect(help.commands.find((c) => c.name === 'blockjob')).to.deep.equal({
      name: 'blockjob',
      usage: 'blockjob <disk> [--info] [--raw] [--abort] [--async] [--pivot] [--bandwidth N] [--bytes]',
    });
    expect(await one(['--json', 'chain', '--help'])).to.deep.equal({ name: 'chain', usage: 'chain <disk>' });
    expect(m.calls).to.deep.equal([]);
  });

  it('main.ts starts with the shebang the compiled bin needs', async () => {
    const fs = await import('node:fs');
    const text = fs.readFileSync(new URL('../../lib/cli/main.ts', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).to.equal('#!/usr/bin/env node');
  });

  it("wraps QEMU's refusals the way libvirt does", async () => {
    const m = new FakeManager();
    m.failWith = new QmpError('GenericError', "Node 'x' is busy: block device is in use by block job: stream", 'block-stream');
    const r = await runFake(['blockpull', 'vda'], m);
    expect(r.stderr).to.equal(
      "error: internal error: unable to execute QEMU command 'block-stream': Node 'x' is busy: block device is in use by block job: stream\n",
    );
  });

  it('keeps a multi-line message on one line', async () => {
    const m = new FakeManager();
    m.failWith = new Error('first\n  second');
    expect((await runFake(['blockpull', 'vda'], m)).stderr).to.equal('error: first second\n');
  });
});
