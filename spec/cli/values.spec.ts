import { expect } from 'chai';
import { parseBandwidth, parseCount, parseGlobalTimeout, parseJobTimeout, parseNumber } from '../../lib/cli/values.js';
import { parseDiskspec, splitDiskspec } from '../../lib/cli/commands/snapshot.js';
import { defaultStateDir, parseGlobals } from '../../lib/cli/globals.js';
import { isAllowed } from '../../lib/cli/allow.js';

describe('cli/values: option values as virsh parses them', () => {
  it('takes a plain bandwidth in the command unit', () => {
    expect(parseBandwidth('1', false)).to.equal(1);
    expect(parseBandwidth('1048576', true)).to.equal(1048576);
  });

  it('wraps a negative bandwidth like strtoul, so the library refuses it as too large', () => {
    expect(parseBandwidth('-1', false)).to.equal(2 ** 64 - 1);
  });

  it('takes a scaled bandwidth as bytes, shifted to MiB without --bytes', () => {
    expect(parseBandwidth('10M', false)).to.equal(10);
    expect(parseBandwidth('10M', true)).to.equal(10 * 1048576);
    expect(parseBandwidth('1k', false)).to.equal(0);
    expect(parseBandwidth('2KB', true)).to.equal(2000);
  });

  it('refuses a malformed bandwidth with virsh message', () => {
    expect(() => parseBandwidth('fast', false)).to.throw("Scaled numeric value 'fast' for <--bandwidth> option is malformed or out of range");
    expect(() => parseBandwidth('99999999E', false)).to.throw('malformed or out of range');
  });

  it('takes bytes/s up to 2^53 - 1 exactly and refuses more, quoting the text as typed', () => {
    expect(parseBandwidth('9007199254740991', true)).to.equal(Number.MAX_SAFE_INTEGER);
    expect(() => parseBandwidth('9007199254740993', true)).to.throw("Scaled numeric value '9007199254740993' for <--bandwidth> option is malformed or out of range");
    expect(() => parseBandwidth('9223372036854775807', true)).to.throw("'9223372036854775807'");
    expect(() => parseBandwidth('1E', true)).to.throw("'1E'");
    // In MiB/s the same numbers reach the library, which refuses them as libvirt does.
    expect(parseBandwidth('9223372036854775807', false)).to.equal(2 ** 63);
  });

  it('takes --timeout as whole seconds, not 0', () => {
    expect(parseJobTimeout('5')).to.equal(5000);
    expect(() => parseJobTimeout('0')).to.throw("Numeric value '0' for <timeout> option is malformed or out of range");
    expect(() => parseJobTimeout('1.5')).to.throw('malformed');
    expect(parseGlobalTimeout('0.5')).to.equal(500);
    expect(() => parseGlobalTimeout('-1')).to.throw('malformed');
    // Under half a millisecond is still a timeout (0 would mean none).
    expect(parseGlobalTimeout('0.0001')).to.equal(1);
  });

  it('reads replay --speed as a decimal number only (no hex, no exponent)', () => {
    expect(parseNumber('speed', '16', true)).to.equal(16);
    expect(parseNumber('speed', '0.5', true)).to.equal(0.5);
    expect(parseNumber('speed', '0', true)).to.equal(0);
    for (const bad of ['0x10', '0b1', '0o7', '1e3', 'Infinity', '', ' ', '-1', 'fast']) {
      expect(() => parseNumber('speed', bad, true), bad).to.throw(`Numeric value '${bad}' for <speed> option is malformed or out of range`);
    }
    expect(() => parseNumber('speed', '0')).to.throw('malformed or out of range');
  });

  it('reads --granularity and --buf-size in base 10 only, as virsh does', () => {
    expect(parseCount('granularity', '65536')).to.equal(65536);
    expect(parseCount('granularity', '+512')).to.equal(512);
    for (const bad of ['0x10000', '1e6', '1.5', '', ' ', '-1', 'abc', '99999999999999999999']) {
      expect(() => parseCount('granularity', bad), bad).to.throw(`Numeric value '${bad}' for <granularity> option is malformed or out of range`);
    }
  });
});

describe('cli/globals', () => {
  it('defaults the state folder to XDG_STATE_HOME, else ~/.local/state', () => {
    expect(defaultStateDir({ XDG_STATE_HOME: '/xdg' }, '/home/u')).to.equal('/xdg/qmpblock');
    expect(defaultStateDir({ XDG_STATE_HOME: 'relative' }, '/home/u')).to.equal('/home/u/.local/state/qmpblock');
    expect(defaultStateDir({}, '/home/u')).to.equal('/home/u/.local/state/qmpblock');
  });

  it('reads global options up to the command', () => {
    const { globals, rest } = parseGlobals(
      ['--socket', '/run/q.sock', '--json', '--timeout', '3', '--allow-dir', '/a', '--allow-dir=/b', 'blockjob', 'vda', '--json'],
      {},
    );
    expect(globals.target).to.equal('unix:/run/q.sock');
    expect(globals.json).to.equal(true);
    expect(globals.timeoutMs).to.equal(3000);
    expect(globals.allowDirs).to.deep.equal(['/a', '/b']);
    expect(rest).to.deep.equal(['blockjob', 'vda', '--json']);
  });

  it('refuses --socket with --connect, and a malformed URI', () => {
    expect(() => parseGlobals(['--socket', 'a', '--connect', 'unix:b', 'x'], {})).to.throw('mutually exclusive');
    expect(() => parseGlobals(['--connect', 'http://x', 'x'], {})).to.throw('expected unix:PATH or tcp:HOST:PORT');
    // An empty value (an unset shell variable) is refused, not taken as the current folder.
    for (const argv of [['--state-dir', ''], ['--allow-dir='], ['--socket='], ['--connect', '']]) {
      expect(() => parseGlobals([...argv, 'x'], {}), argv.join(' ')).to.throw(`option ${argv[0]!.split('=')[0]} needs a non-empty value`);
    }
    expect(() => parseGlobals(['--json=no', 'x'], {})).to.throw('option --json takes no value');
    expect(parseGlobals(['--connect', 'tcp:127.0.0.1:4444', 'x'], {}).globals.target).to.equal('tcp:127.0.0.1:4444');
  });
});

describe('cli/allow: --allow-dir', () => {
  it('allows only paths strictly inside an allowed folder', () => {
    expect(isAllowed([], '/anything')).to.equal(true);
    expect(isAllowed(['/srv/img'], '/srv/img/a.qcow2')).to.equal(true);
    expect(isAllowed(['/srv/img'], '/srv/img/../etc/a')).to.equal(false);
    expect(isAllowed(['/srv/img'], '/srv/img-other/a')).to.equal(false);
    expect(isAllowed(['/srv/img'], '/srv/img')).to.equal(false);
    // A name that starts with two dots is inside.
    expect(isAllowed(['/srv/img'], '/srv/img/..s1.qcow2')).to.equal(true);
    expect(isAllowed(['/srv/img'], '/srv/img/sub/../../x')).to.equal(false);
  });
});

describe('cli/snapshot: --diskspec', () => {
  it('splits on commas, a doubled comma being a literal one', () => {
    expect(splitDiskspec('vda,file=/a,,b,merge=backward')).to.deep.equal(['vda', 'file=/a,b', 'merge=backward']);
  });

  it('parses disk, file and direction, forward by default', () => {
    expect(parseDiskspec('vda,file=/s/o.qcow2')).to.deep.equal({ disk: 'vda', file: '/s/o.qcow2', merge: 'forward' });
    expect(parseDiskspec('vdb,snapshot=external,file=/w/o.qcow2,merge=backward')).to.deep.equal({
      disk: 'vdb', file: '/w/o.qcow2', merge: 'backward',
    });
    // Not resolved against the working directory: the library refuses it, as blockcopy does.
    expect(parseDiskspec('vdb,file=o.qcow2')).to.deep.equal({ disk: 'vdb', file: 'o.qcow2', merge: 'forward' });
  });

  it('refuses what it cannot honour', () => {
    expect(() => parseDiskspec('vda')).to.throw('needs file=<path>');
    expect(() => parseDiskspec('vda,file=/a,merge=sideways')).to.throw("merge direction 'sideways'");
    expect(() => parseDiskspec('vda,file=/a,snapshot=internal')).to.throw('only external');
    expect(() => parseDiskspec('vda,file=/a,color=red')).to.throw('unable to parse diskspec');
  });
});
