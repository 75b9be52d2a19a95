import { expect } from 'chai';
import createDebug from 'debug';
import { QmpSession } from '../../lib/qmp/session.js';
import { fakeServer } from '../helpers/fake-qmp-server.js';

describe('qmpblock:wire log', function () {
  let saved: string;
  const lines: string[] = [];
  const origLog = createDebug.log;
  beforeEach(() => {
    saved = createDebug.disable();
    lines.length = 0;
    createDebug.log = (...args: unknown[]): void => void lines.push(args.map(String).join(' '));
  });
  afterEach(() => {
    createDebug.log = origLog;
    createDebug.enable(saved);
  });

  it('logs every command and every received line when on, each command on its own line', async function () {
    const srv = await fakeServer({
      handler: (cmd, c) => {
        c.event('JOB_STATUS_CHANGE', { id: 'j', status: 'running' });
        c.reply(cmd);
        return undefined;
      },
    });
    const s = await QmpSession.connect({ path: srv.path });
    createDebug.enable('qmpblock:wire');
    // two commands in one turn leave in one write, and are logged one by one
    await Promise.all([s.execute('block-stream', { device: 'a' }), s.execute('block-stream', { device: 'b' })]);
    createDebug.disable();
    await s.execute('query-status');
    await s.close();
    const sent = lines.filter((l) => l.includes('-->'));
    const got = lines.filter((l) => l.includes('<--'));
    expect(sent).to.have.length(2);
    expect(sent[0]).to.include('{"execute":"block-stream","arguments":{"device":"a"}');
    expect(sent[1]).to.include('"device":"b"');
    expect(got.some((l) => l.includes('JOB_STATUS_CHANGE'))).to.equal(true);
    expect(got.some((l) => l.includes('"return"'))).to.equal(true);
    // nothing once off
    expect(lines.some((l) => l.includes('query-status'))).to.equal(false);
  });
});
