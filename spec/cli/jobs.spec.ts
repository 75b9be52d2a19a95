/**
 * blockpull, blockcommit, blockcopy and blockjob against a scripted manager:
 * the exact bytes on each stream, the calls made, the exit status.
 */
import { expect } from 'chai';
import { FakeManager, runFake } from './helpers/fake-manager.js';
import { VirError } from '../../lib/errors.js';

describe('cli: blockpull', () => {
  it('--wait --verbose: progress on stderr, redrawn in place, then "Pull complete" on stdout', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockpull', 'vda', '--wait', '--verbose'], m);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('\nPull complete\n');
    // The fake's event arrives during the poll that would show 75 %: virsh
    // checks for the event before drawing, so that step is never drawn.
    expect(r.stderr).to.equal(
      '\rBlock Pull: [  0 %]\rBlock Pull: [ 25 %]\rBlock Pull: [ 50 %]\rBlock Pull: [100 %]',
    );
    expect(m.calls[0]).to.deep.equal(['blockPull', 'vda', 0, 0]);
  });

  it('--wait without --verbose prints no progress', async () => {
    const r = await runFake(['blockpull', 'vda', '--wait'], new FakeManager());
    expect(r).to.deep.equal({ code: 0, stdout: '\nPull complete\n', stderr: '' });
  });

  it('without --wait says the job started and returns', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockpull', 'vda', '--bandwidth', '1'], m);
    expect(r).to.deep.equal({ code: 0, stdout: 'Block Pull started\n', stderr: '' });
    expect(m.calls).to.deep.equal([['blockPull', 'vda', 1, 0]]);
    expect(m.jobs.has('vda')).to.equal(true);
  });

  it('uses virDomainBlockRebase for --base, --bytes and --keep-relative', async () => {
    const m = new FakeManager();
    await runFake(['blockpull', 'vda', '--base', '/img/t.qcow2', '--bandwidth', '2048', '--bytes', '--keep-relative'], m);
    expect(m.calls[0]).to.deep.equal(['blockRebase', 'vda', '/img/t.qcow2', 2048, 64 | 16]);
  });

  it('applies virsh option rules before connecting', async () => {
    const m = new FakeManager();
    let r = await runFake(['blockpull', 'vda', '--verbose'], m);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: 'error: Option --wait is required by option --verbose\n' });
    r = await runFake(['blockpull', 'vda', '--async'], m);
    expect(r.stderr).to.equal('error: Option --wait is required by option --async\n');
    r = await runFake(['blockpull', 'vda', '--frobnicate'], m);
    expect(r.stderr).to.equal("error: command 'blockpull' doesn't support option --frobnicate\n");
    r = await runFake(['blockpull', '--wait'], m);
    expect(r.stderr).to.equal("error: command 'blockpull' requires <disk> option\n");
    r = await runFake(['blockpull', 'vda', '--bandwidth'], m);
    expect(r.stderr).to.equal('error: expected syntax: --bandwidth <number>\n');
    // Any option twice, a switch included, as virsh; an alias is named as typed.
    r = await runFake(['blockpull', 'vda', '--wait', '--wait'], m);
    expect(r.stderr).to.equal('error: option --wait already seen\n');
    r = await runFake(['blockpull', '--path', 'vda', '--path', 'vdb'], m);
    expect(r.stderr).to.equal('error: option --path already seen\n');
    expect(m.calls).to.deep.equal([]);
  });

  it("prints libvirt's error text as one line and exits 1", async () => {
    const m = new FakeManager();
    const r = await runFake(['blockpull', 'vdz', '--wait'], m);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: "error: invalid argument: disk 'vdz' not found in domain\n" });
  });

  it('adds the stack only when DEBUG is set', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockpull', 'vdz'], m, {}, { DEBUG: 'qmpblock:*' });
    expect(r.stderr.split('\n')[0]).to.equal("error: invalid argument: disk 'vdz' not found in domain");
    expect(r.stderr).to.match(/\n\s+at /);
  });

  it('a job that FAILED exits 1 with "Pull failed" and the reason as the error line', async () => {
    const m = new FakeManager();
    m.finalStatus = 'FAILED';
    let r = await runFake(['blockpull', 'vda', '--wait'], m);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: 'error: Pull failed: Input/output error\n' });
    r = await runFake(['blockpull', 'vda', '--wait', '--verbose'], m);
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal('');
    expect(r.stderr).to.equal('\rBlock Pull: [  0 %]\rBlock Pull: [ 25 %]\rBlock Pull: [ 50 %]\nerror: Pull failed: Input/output error\n');
  });

  it('--bytes alone is still virDomainBlockPull, with the pull flag', async () => {
    const m = new FakeManager();
    await runFake(['blockpull', 'vda', '--bandwidth', '4096', '--bytes'], m);
    expect(m.calls[0]).to.deep.equal(['blockPull', 'vda', 4096, 64]);
  });

  it('a job canceled by someone else exits 1 with "Pull aborted"', async () => {
    const m = new FakeManager();
    m.finalStatus = 'CANCELED';
    const r = await runFake(['blockpull', 'vda', '--wait'], m);
    expect(r.code).to.equal(1);
    expect(r.stdout).to.equal('\nPull aborted\n');
  });

  it('Ctrl-C aborts the job (synchronously) and exits 0 with "Pull aborted"', async () => {
    const m = new FakeManager();
    m.step = 0;
    let fire: (() => void) | undefined;
    let polls = 0;
    const r = await runFake(['blockpull', 'vda', '--wait', '--verbose'], m, {
      onInterrupt: (h) => ((fire = h), () => (fire = undefined)),
      sleep: async () => {
        if (++polls === 3) fire?.();
      },
    });
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('\nPull aborted\n');
    expect(r.stderr).to.equal('\rBlock Pull: [  0 %]');
    expect(m.calls.filter((c) => c[0] === 'blockJobAbort')).to.deep.equal([['blockJobAbort', 'vda', 0]]);
    expect(fire).to.equal(undefined);
  });

  it('Ctrl-C racing with the end of the job reports how the job ended', async () => {
    const m = new FakeManager();
    m.step = 0;
    let fire: (() => void) | undefined;
    m.blockJobAbort = async (disk) => {
      m.jobs.delete(disk);
      m.emit({ disk, type: 'pull', status: 'COMPLETED' });
      throw new VirError('INVALID_ARG', `disk ${disk} does not have an active block job`);
    };
    const r = await runFake(['blockpull', 'vda', '--wait'], m, {
      onInterrupt: (h) => ((fire = h), () => undefined),
      sleep: async () => fire?.(),
    });
    expect(r).to.deep.equal({ code: 0, stdout: '\nPull complete\n', stderr: '' });
  });

  it('Ctrl-C racing with the end of the job under --async: the abort answers first, the job\'s event after; reports how it ended', async () => {
    const m = new FakeManager();
    m.step = 0;
    let fire: (() => void) | undefined;
    m.blockJobAbort = async (disk) => {
      m.jobs.delete(disk);
      // It failed on its own; the event comes after the abort's answer.
      setTimeout(() => m.emit({ disk, type: 'pull', status: 'FAILED', error: 'Input/output error' }), 20);
      throw new VirError('INVALID_ARG', `disk ${disk} does not have an active block job`);
    };
    let aborts = 0;
    const abort = m.blockJobAbort.bind(m);
    m.blockJobAbort = (disk, flags) => (aborts++, abort(disk, flags));
    let polls = 0;
    const info = m.getBlockJobInfo.bind(m);
    m.getBlockJobInfo = (disk, flags) => (polls++, info(disk, flags));
    const r = await runFake(['blockpull', 'vda', '--wait', '--async'], m, {
      onInterrupt: (h) => ((fire = h), () => undefined),
      sleep: async () => {
        fire?.();
        await new Promise((res) => setTimeout(res, 2));
      },
    });
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/Pull failed/);
    expect(aborts).to.equal(1);
    // It waits for the event between polls, not in a busy loop.
    expect(polls).to.be.below(15);
  });

  it('--timeout aborts with ABORT_ASYNC under --async', async () => {
    const m = new FakeManager();
    m.step = 0;
    let t = 0;
    const r = await runFake(['blockpull', 'vda', '--wait', '--timeout', '2', '--async'], m, {
      now: () => t,
      sleep: async (ms) => void (t += Math.max(ms, 400)),
    });
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('\nPull aborted\n');
    expect(m.calls.filter((c) => c[0] === 'blockJobAbort')).to.deep.equal([['blockJobAbort', 'vda', 1]]);
    expect(t).to.be.greaterThan(2000);
  });

  it('catches an event that arrives before the start call returns', async () => {
    const m = new FakeManager();
    const orig = m.blockPull.bind(m);
    m.blockPull = async (disk, bw, flags) => {
      await orig(disk, bw, flags);
      m.jobs.delete(disk);
      m.emit({ disk, type: 'pull', status: 'COMPLETED' });
    };
    const r = await runFake(['blockpull', 'vda', '--wait', '--verbose'], m);
    expect(r).to.deep.equal({ code: 0, stdout: '\nPull complete\n', stderr: '\rBlock Pull: [100 %]' });
  });

  it('a job that vanishes with no event counts as complete after a few polls (virsh fallback)', async () => {
    const m = new FakeManager();
    m.step = 0;
    const orig = m.blockPull.bind(m);
    m.blockPull = async (disk, bw, flags) => {
      await orig(disk, bw, flags);
      m.jobs.delete(disk);
    };
    const r = await runFake(['blockpull', 'vda', '--wait'], m);
    expect(r).to.deep.equal({ code: 0, stdout: '\nPull complete\n', stderr: '' });
    expect(m.calls.filter((c) => c[0] === 'getBlockJobInfo')).to.have.length(6);
  });

  it('a connection lost under the wait is an error, not a completed job', async () => {
    const m = new FakeManager();
    m.step = 0;
    let polls = 0;
    const r = await runFake(['blockpull', 'vda', '--wait'], m, {
      sleep: async () => {
        if (++polls === 2) {
          m.jobs.clear();
          m.lost = new Error('connection to the QMP server closed');
        }
      },
    });
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: 'error: connection to the QMP server closed\n' });
  });

  it('--json: one object per progress step, event and result', async () => {
    const r = await runFake(['--json', 'blockpull', 'vda', '--wait', '--verbose'], new FakeManager());
    expect(r.code).to.equal(0);
    expect(r.stderr).to.equal('');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).to.deep.include({ event: 'progress', disk: 'vda', percent: 0 });
    expect(lines.find((l) => l.event === 'blockJob')).to.deep.equal({ event: 'blockJob', disk: 'vda', type: 'pull', status: 'COMPLETED' });
    expect(lines[lines.length - 1]).to.deep.equal({ disk: 'vda', result: 'complete', message: 'Pull complete' });
  });
});

describe('cli: blockcommit', () => {
  it('non-active with --top/--base: "Commit complete" with the "Block commit" label', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockcommit', 'vda', '--top', 'vda[2]', '--base', 'vda[3]', '--wait', '--verbose'], m);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('\nCommit complete\n');
    expect(r.stderr.startsWith('\rBlock commit: [  0 %]')).to.equal(true);
    expect(r.stderr.endsWith('\rBlock commit: [100 %]')).to.equal(true);
    expect(m.calls[0]).to.deep.equal(['blockCommit', 'vda', 'vda[3]', 'vda[2]', 0, 0]);
  });

  it('--active --wait stops at READY: "Now in synchronized phase"', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockcommit', 'vda', '--active', '--wait'], m);
    expect(r).to.deep.equal({ code: 0, stdout: '\nNow in synchronized phase\n', stderr: '' });
    expect(m.jobs.get('vda')?.ready).to.equal(true);
  });

  it('--pivot implies --active and --wait, then pivots', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockcommit', 'vda', '--pivot', '--verbose'], m);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('\nSuccessfully pivoted\n');
    expect(m.calls[0]).to.deep.equal(['blockCommit', 'vda', null, null, 0, 4]);
    expect(m.calls[m.calls.length - 1]).to.deep.equal(['blockJobAbort', 'vda', 2]);
  });

  it('--keep-overlay aborts the READY job: "Commit complete, overlay image kept"', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockcommit', 'vda', '--keep-overlay'], m);
    expect(r.stdout).to.equal('\nCommit complete, overlay image kept\n');
    expect(m.calls[m.calls.length - 1]).to.deep.equal(['blockJobAbort', 'vda', 0]);
  });

  it('without a wait mode says which commit started', async () => {
    let r = await runFake(['blockcommit', 'vda', '--active'], new FakeManager());
    expect(r.stdout).to.equal('Active Block Commit started\n');
    r = await runFake(['blockcommit', 'vda', '--shallow', '--delete', '--bandwidth', '5', '--bytes'], new FakeManager());
    expect(r.stdout).to.equal('Block Commit started\n');
  });

  it("virsh's rules: --verbose/--async need a wait mode; --pivot and --keep-overlay exclude each other", async () => {
    let r = await runFake(['blockcommit', 'vda', '--verbose'], new FakeManager());
    expect(r.stderr).to.equal('error: --verbose requires at least one of --timeout, --wait, --pivot, or --keep-overlay\n');
    r = await runFake(['blockcommit', 'vda', '--async'], new FakeManager());
    expect(r.stderr).to.equal('error: --async requires at least one of --timeout, --wait, --pivot, or --keep-overlay\n');
    r = await runFake(['blockcommit', 'vda', '--pivot', '--keep-overlay'], new FakeManager());
    expect(r.stderr).to.equal('error: Options --pivot and --keep-overlay are mutually exclusive\n');
    expect(r.code).to.equal(1);
  });

  it('passes the library refusal for a commit of the active layer without --active', async () => {
    const m = new FakeManager();
    m.failWith = new VirError('INVALID_ARG', "commit of 'vda' active layer requires active flag");
    const r = await runFake(['blockcommit', 'vda', '--wait'], m);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: "error: invalid argument: commit of 'vda' active layer requires active flag\n" });
    expect(m.listeners.size).to.equal(0);
  });
});

describe('cli: blockcopy', () => {
  it('--pivot: copies, waits for READY, pivots', async () => {
    const m = new FakeManager();
    const r = await runFake(['blockcopy', 'vda', '/dst/copy.qcow2', '--pivot', '--verbose', '--bandwidth', '2'], m);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.equal('\nSuccessfully pivoted\n');
    expect(r.stderr.endsWith('\rBlock Copy: [100 %]')).to.equal(true);
    // As virsh: virDomainBlockRebase with COPY (8), MiB/s.
    expect(m.calls[0]).to.deep.equal(['blockRebase', 'vda', '/dst/copy.qcow2', 2, 8]);
  });

  it('virDomainBlockRebase(COPY) unless an option needs virDomainBlockCopy (bandwidth then in bytes/s), as virsh', async () => {
    const first = async (argv: string[]): Promise<unknown[]> => {
      const m = new FakeManager();
      const r = await runFake(['blockcopy', 'vda', '/d.img', ...argv], m);
      expect(r.code, r.stderr).to.equal(0);
      return m.calls[0]!;
    };
    // shallow 1, reuse 2, raw 4, copy 8, blockdev 32, bytes 64
    expect(await first(['--shallow', '--reuse-external', '--bandwidth', '3'])).to.deep.equal(['blockRebase', 'vda', '/d.img', 3, 8 | 1 | 2]);
    expect(await first(['--raw', '--blockdev', '--bandwidth', '5', '--bytes'])).to.deep.equal(['blockRebase', 'vda', '/d.img', 5, 8 | 4 | 32 | 64]);
    expect(await first(['--format', 'raw'])).to.deep.equal(['blockRebase', 'vda', '/d.img', 0, 8 | 4]);
    expect(await first(['--format', 'qcow2', '--bandwidth', '3', '--shallow'])).to.deep.equal(['blockCopy', 'vda', '/d.img', { bandwidth: 3 * 1048576, format: 'qcow2' }, 1]);
    expect(await first(['--granularity', '65536'])).to.deep.equal(['blockCopy', 'vda', '/d.img', { granularity: 65536 }, 0]);
    expect(await first(['--synchronous-writes', '--bandwidth', '7', '--bytes'])).to.deep.equal(['blockCopy', 'vda', '/d.img', { bandwidth: 7 }, 8]);
  });

  it('--finish: "Successfully copied"; --wait alone: "Now in mirroring phase"', async () => {
    let r = await runFake(['blockcopy', 'vda', '--dest', '/d.qcow2', '--finish', '--shallow', '--reuse-external', '--format', 'qcow2'], new FakeManager());
    expect(r.stdout).to.equal('\nSuccessfully copied\n');
    const m = new FakeManager();
    r = await runFake(['blockcopy', 'vda', '/d.raw', '--wait', '--raw', '--transient-job'], m);
    expect(r.stdout).to.equal('\nNow in mirroring phase\n');
    expect(m.calls[0]).to.deep.equal(['blockCopy', 'vda', '/d.raw', { format: 'raw' }, 4]);
  });

  it('refuses a relative destination and one outside --allow-dir before connecting', async () => {
    const m = new FakeManager();
    let r = await runFake(['blockcopy', 'vda', 'rel.qcow2', '--wait'], m);
    expect(r.stderr).to.equal('error: invalid argument: absolute path must be used as block copy target\n');
    r = await runFake(['--allow-dir', '/srv/ok', 'blockcopy', 'vda', '/srv/other/x.qcow2'], m);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(/^error: .*outside the folders allowed by --allow-dir/);
    r = await runFake(['--allow-dir', '/srv/ok', 'blockcopy', 'vda', '/srv/ok/x.qcow2'], m);
    expect(r.stdout).to.equal('Block Copy started\n');
    expect(m.calls.filter((c) => c[0] === 'blockRebase')).to.have.length(1);
  });

  it('a pivot the library refuses is one error line, exit 1', async () => {
    const m = new FakeManager();
    m.finalStatus = 'COMPLETED';
    const r = await runFake(['blockcopy', 'vda', '/d.qcow2', '--pivot'], m);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.equal('error: invalid argument: disk vda does not have an active block job\n');
  });
});

describe('cli: blockjob', () => {
  it('--info on a rate-limited pull: progress on stderr, the bandwidth line on stdout', async () => {
    const m = new FakeManager();
    await runFake(['blockpull', 'vda', '--bandwidth', '1'], m);
    m.jobs.get('vda')!.cur = 2097152;
    m.step = 0;
    const r = await runFake(['blockjob', 'vda', '--info'], m);
    expect(r).to.deep.equal({
      code: 0,
      stdout: '    Bandwidth limit: 1048576 bytes/s (1.000 MiB/s)\n',
      stderr: '\rBlock Pull: [  3 %]',
    });
    expect(m.calls[m.calls.length - 1]).to.deep.equal(['getBlockJobInfo', 'vda', 1]);
  });

  it('--raw: the four lines, bandwidth in MiB/s unless --bytes', async () => {
    const m = new FakeManager();
    m.step = 0;
    await runFake(['blockpull', 'vda', '--bandwidth', '1'], m);
    m.jobs.get('vda')!.cur = 2097152;
    let r = await runFake(['blockjob', 'vda', '--raw'], m);
    expect(r).to.deep.equal({ code: 0, stdout: ' type=Block Pull\n bandwidth=1\n cur=2097152\n end=67108864\n', stderr: '' });
    r = await runFake(['blockjob', 'vda', '--raw', '--bytes'], m);
    expect(r.stdout).to.equal(' type=Block Pull\n bandwidth=1048576\n cur=2097152\n end=67108864\n');
  });

  it('--info on a READY active commit with no limit: [100 %] and two newlines', async () => {
    const m = new FakeManager();
    await runFake(['blockcommit', 'vda', '--active', '--wait'], m);
    const r = await runFake(['blockjob', 'vda'], m);
    expect(r).to.deep.equal({ code: 0, stdout: '\n\n', stderr: '\rActive Block Commit: [100 %]' });
  });

  it('no job: "No current block job for vda", exit 0', async () => {
    const r = await runFake(['blockjob', 'vda', '--info'], new FakeManager());
    expect(r).to.deep.equal({ code: 0, stdout: 'No current block job for vda\n', stderr: '' });
  });

  it('--bandwidth, --abort and --pivot print a bare newline', async () => {
    const m = new FakeManager();
    m.step = 0;
    await runFake(['blockpull', 'vda'], m);
    let r = await runFake(['blockjob', 'vda', '--bandwidth', '2'], m);
    expect(r).to.deep.equal({ code: 0, stdout: '\n', stderr: '' });
    expect(m.calls[m.calls.length - 1]).to.deep.equal(['blockJobSetSpeed', 'vda', 2, 0]);
    r = await runFake(['blockjob', 'vda', '--abort', '--async'], m);
    expect(r.stdout).to.equal('\n');
    expect(m.calls[m.calls.length - 1]).to.deep.equal(['blockJobAbort', 'vda', 1]);
  });

  it('--pivot before READY and abort with no job: libvirt errors', async () => {
    const m = new FakeManager();
    m.step = 0;
    await runFake(['blockcopy', 'vda', '/d.qcow2'], m);
    let r = await runFake(['blockjob', 'vda', '--pivot'], m);
    expect(r).to.deep.equal({ code: 1, stdout: '', stderr: "error: block copy still active: block job 'copy-vda-n1' not ready for pivot yet\n" });
    r = await runFake(['blockjob', 'vdb', '--abort'], m);
    expect(r.stderr).to.equal('error: invalid argument: disk vdb does not have an active block job\n');
  });

  it('refuses mixed modes as virsh does', async () => {
    let r = await runFake(['blockjob', 'vda', '--raw', '--abort'], new FakeManager());
    expect(r.stderr).to.equal('error: Options --raw and --abort are mutually exclusive\n');
    r = await runFake(['blockjob', 'vda', '--info', '--bandwidth', '1'], new FakeManager());
    expect(r.stderr).to.equal('error: Options --info and --bandwidth are mutually exclusive\n');
    r = await runFake(['blockjob', 'vda', '--bytes', '--pivot'], new FakeManager());
    expect(r.stderr).to.equal('error: Options --bytes and --pivot are mutually exclusive\n');
  });
});
