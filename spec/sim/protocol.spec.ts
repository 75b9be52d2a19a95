/**
 * The QMP layer of the simulator: greeting, negotiation, framing (JSON
 * stream with or without newlines, single quotes), request validation and
 * argument errors with QEMU 7.2's classes and texts.
 */
import { expect } from 'chai';
import { startSimulator, type Simulator } from '../../lib/sim/index.js';
import { TestClient } from './client.js';

describe('sim QMP protocol', function () {
  let sim: Simulator;
  let c: TestClient;
  beforeEach(async function () {
    sim = await startSimulator({ disks: [{ name: 'drive0', chain: ['/a/top', '/a/base'] }], clock: 'virtual', package: 'test-pkg' });
    c = await TestClient.open(sim, false);
  });
  afterEach(async function () {
    c.close();
    await sim.close();
  });

  it('greets like QEMU 7.2 and refuses commands before negotiation', async function () {
    expect(c.messages[0]).to.deep.equal({ QMP: { version: { qemu: { micro: 22, minor: 2, major: 7 }, package: 'test-pkg' }, capabilities: ['oob'] } });
    expect(await c.err('query-block')).to.deep.equal({ class: 'CommandNotFound', desc: "Expecting capabilities negotiation with 'qmp_capabilities'" });
    expect(await c.err('qmp_capabilities', { enable: ['foo'] })).to.deep.equal({ class: 'GenericError', desc: "Parameter 'null' does not accept value 'foo'" });
    await c.cmd('qmp_capabilities', { enable: ['oob'] });
    expect(await c.err('qmp_capabilities')).to.deep.equal({ class: 'CommandNotFound', desc: 'Capabilities negotiation is already complete, command ignored' });
  });

  it('sends no events before negotiation', async function () {
    await c.raw('{"execute":"qmp_capabilities","id":"x"}');
    expect(c.messages.at(-1)).to.deep.equal({ return: {}, id: 'x' });
    const other = await TestClient.open(sim, false);
    try {
      await c.cmd('block-stream', { device: 'drive0' });
      await other.sync();
      expect(other.events()).to.deep.equal([]);
      expect(c.events('JOB_STATUS_CHANGE').length).to.be.greaterThan(0);
    } finally {
      other.close();
    }
  });

  it('reads a JSON stream with no newline, answers with CRLF lines, echoes any id, takes single quotes', async function () {
    await c.cmd('qmp_capabilities');
    await c.raw(`{"execute":"query-name","id":{"a":[1]}}{'execute':'query-status','id':'sq'}`);
    expect(c.messages.slice(-2)).to.deep.equal([{ return: {}, id: { a: [1] } }, { return: { status: 'running', singlestep: false, running: true }, id: 'sq' }]);
  });

  it('answers input nested deeper than 1,024 as QEMU 7.2 does, once per 1,025 open brackets, and reads on', async function () {
    await c.cmd('qmp_capabilities');
    const before = c.messages.length;
    await c.raw(`${'{'.repeat(2050)}\n{"execute":"query-name","id":9}`);
    // A command once the input is back at the top level.
    await c.raw('{"execute":"query-name","id":10}');
    expect(c.messages.slice(before)).to.deep.equal([
      { error: { class: 'GenericError', desc: 'JSON nesting depth limit exceeded' } },
      { error: { class: 'GenericError', desc: 'JSON nesting depth limit exceeded' } },
      { return: {}, id: 9 },
      { return: {}, id: 10 },
    ]);
  });

  it('rejects malformed requests with QEMU texts', async function () {
    await c.cmd('qmp_capabilities');
    await c.raw('{"execute":"query-name","id":5,"foo":1}\n');
    expect(c.messages.at(-1)).to.deep.equal({ error: { class: 'GenericError', desc: "QMP input member 'foo' is unexpected" }, id: 5 });
    await c.raw('{"execute":"query-name","arguments":[]}\n');
    expect(c.messages.at(-1)).to.deep.equal({ error: { class: 'GenericError', desc: "QMP input member 'arguments' must be an object" } });
    await c.raw('[1]\n');
    expect(c.messages.at(-1)).to.deep.equal({ error: { class: 'GenericError', desc: 'QMP input must be a JSON object' } });
    expect(await c.err('nope')).to.deep.equal({ class: 'CommandNotFound', desc: 'The command nope has not been found' });
  });

  it('checks arguments in schema order, then unexpected ones', async function () {
    await c.cmd('qmp_capabilities');
    expect(await c.err('block-stream', {})).to.deep.equal({ class: 'GenericError', desc: "Parameter 'device' is missing" });
    expect(await c.err('block-stream', { device: 'drive0', speed: 'a' })).to.deep.equal({ class: 'GenericError', desc: "Invalid parameter type for 'speed', expected: integer" });
    expect(await c.err('block-stream', { device: 'drive0', x: 1 })).to.deep.equal({ class: 'GenericError', desc: "Parameter 'x' is unexpected" });
    expect(await c.err('block-stream', { device: 'drive0', 'on-error': 'bad' })).to.deep.equal({ class: 'GenericError', desc: "Parameter 'on-error' does not accept value 'bad'" });
    expect(await c.err('drive-mirror', { device: 'drive0', target: '/x' })).to.deep.equal({ class: 'GenericError', desc: "Parameter 'sync' is missing" });
    expect(await c.err('block-job-set-speed', { device: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: "Parameter 'speed' is missing" });
  });

  it('block command errors as QEMU 7.2 words them', async function () {
    await c.cmd('qmp_capabilities');
    expect(await c.err('block-stream', { device: 'x' })).to.deep.equal({ class: 'GenericError', desc: "Cannot find device='x' nor node-name='x'" });
    expect(await c.err('block-stream', { device: 'drive0', base: '/nope' })).to.deep.equal({ class: 'GenericError', desc: "Can't find '/nope' in the backing chain" });
    expect(await c.err('block-stream', { device: 'drive0', base: '/a/base', 'base-node': 'x' })).to.deep.equal({ class: 'GenericError', desc: "'base' and 'base-node' cannot be specified at the same time" });
    expect(await c.err('block-stream', { device: 'drive0', 'backing-file': 'x' })).to.deep.equal({ class: 'GenericError', desc: 'backing file specified, but streaming the entire chain' });
    expect(await c.err('block-stream', { device: 'drive0', 'job-id': '' })).to.deep.equal({ class: 'GenericError', desc: "Invalid job ID ''" });
    expect(await c.err('block-commit', { device: 'x' })).to.deep.equal({ class: 'DeviceNotFound', desc: "Device 'x' not found" });
    expect(await c.err('block-commit', { device: 'drive0', top: '/nope' })).to.deep.equal({ class: 'GenericError', desc: 'Top image file /nope not found' });
    expect(await c.err('block-commit', { device: 'drive0', top: '/a/base' })).to.deep.equal({ class: 'GenericError', desc: 'cannot commit an image into itself' });
    expect(await c.err('block-commit', { device: 'drive0', 'backing-file': 'x' })).to.deep.equal({ class: 'GenericError', desc: "'backing-file' specified, but 'top' is the active layer" });
    for (const cmd of ['block-job-set-speed', 'block-job-cancel', 'block-job-pause', 'block-job-complete']) {
      expect(await c.err(cmd, cmd === 'block-job-set-speed' ? { device: 'drive0', speed: 1 } : { device: 'drive0' })).to.deep.equal({ class: 'DeviceNotActive', desc: "Block job 'drive0' not found" });
    }
    expect(await c.err('job-cancel', { id: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: 'Job not found' });
  });

  it('a negative speed fails after the job was created: created and null events, then the error', async function () {
    await c.cmd('qmp_capabilities');
    const m = c.mark;
    expect(await c.err('block-stream', { device: 'drive0', speed: -1 })).to.deep.equal({ class: 'GenericError', desc: "Parameter 'speed' expects a non-negative value" });
    expect(c.tokens(m)).to.deep.equal(['created', 'null', `error#${c.messages[c.mark - 1]!.id}`]);
    expect(await c.cmd('query-block-jobs')).to.deep.equal([]);
  });

  it('a busy drive refuses a second job; mirror and commit see the job filter as QEMU does', async function () {
    await c.cmd('qmp_capabilities');
    await c.cmd('block-stream', { device: 'drive0', speed: 1024 * 1024 });
    expect(await c.err('block-stream', { device: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: "Node 'drive0' is busy: block device is in use by block job: stream" });
    expect(await c.err('block-commit', { device: 'drive0' })).to.deep.equal({ class: 'GenericError', desc: 'Need a root block node' });
    expect(await c.err('drive-mirror', { device: 'drive0', target: '/a/copy', sync: 'full' })).to.deep.equal({ class: 'GenericError', desc: 'Need a root block node' });
  });

  it('human-monitor-command qemu-io writes like a guest; other HMP commands are not simulated', async function () {
    await c.cmd('qmp_capabilities');
    expect(await c.cmd('human-monitor-command', { 'command-line': 'qemu-io drive0 "write -P 0x55 1M 64k"' })).to.equal('');
    expect(sim.guestContent('drive0').find((e) => e.fp === 'qemu-io:0x55')).to.deep.equal({ start: 1024 * 1024, end: 1024 * 1024 + 65536, fp: 'qemu-io:0x55' });
    expect(await c.cmd('human-monitor-command', { 'command-line': 'qemu-io drive9 "write 0 64k"' })).to.equal("Error: Cannot find device='' nor node-name='drive9'\r\n");
    expect(await c.cmd('human-monitor-command', { 'command-line': 'info block' })).to.equal("unknown command: 'info'\r\n");
  });

  it('query-block shows the -drive chain; query-uuid and query-name answer like a bare QEMU', async function () {
    await c.cmd('qmp_capabilities');
    const [dev] = await c.cmd('query-block');
    expect(dev).to.include({ device: 'drive0', locked: false, removable: true, type: 'unknown' });
    expect(dev.inserted).to.include({ backing_file: '/a/base', backing_file_depth: 1, drv: 'qcow2', ro: false, file: '/a/top' });
    expect(dev.inserted['node-name']).to.match(/^#block\d+$/);
    expect(dev.inserted.image['backing-image']).to.include({ filename: '/a/base', 'virtual-size': 64 * 1024 * 1024 });
    expect(await c.cmd('query-uuid')).to.deep.equal({ UUID: '00000000-0000-0000-0000-000000000000' });
    expect(await c.cmd('query-version')).to.deep.equal({ qemu: { micro: 22, minor: 2, major: 7 }, package: 'test-pkg' });
    const names = (await c.cmd('query-commands')).map((x: { name: string }) => x.name);
    expect(names).to.include.members(['qmp_capabilities', 'block-stream', 'block-commit', 'drive-mirror', 'blockdev-mirror', 'transaction', 'quit']);
    expect(await c.cmd('query-name')).to.deep.equal({});
  });
});
