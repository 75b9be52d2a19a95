/**
 * QMP messages with keys like `__proto__` and `constructor` cannot change an
 * object's prototype anywhere they flow: session answers, events and the
 * greeting, the replayer's comparison (compare.ts), withoutKeys, the trace
 * reader, and a replay of a trace that carries such keys.
 */
import { expect } from 'chai';
import { QmpSession } from '../../lib/qmp/session.js';
import { compareCommand, jsonDiff, withoutKeys } from '../../lib/trace/compare.js';
import { parseTrace, formatTrace } from '../../lib/trace/format.js';
import { replayTrace } from '../../lib/trace/replayer.js';
import type { ReceivedEvent } from '../../lib/qmp/types.js';
import { duplexPair } from '../fuzz/harness.js';

const protoNames = Object.getOwnPropertyNames(Object.prototype).join(',');
function expectPrototypesIntact(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).join(',')).to.equal(protoNames);
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
}

const HOSTILE = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3}}';

async function running(greeting = '{"QMP":{"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[]}}'): Promise<{
  session: QmpSession;
  send: (line: string) => void;
}> {
  const [client, server] = duplexPair('sync');
  server.on('data', (b: Buffer) => {
    for (const l of b.toString().split('\n')) {
      if (!l.trim()) continue;
      const m = JSON.parse(l) as { execute: string; id: number };
      if (m.execute === 'qmp_capabilities') server.write(`{"return":{},"id":${m.id}}\r\n`);
    }
  });
  const session = new QmpSession(client);
  const hs = session.handshake();
  server.write(greeting + '\r\n');
  await hs;
  return { session, send: (line) => server.write(line + '\r\n') };
}

describe('security: __proto__ and constructor keys from the peer', function () {
  afterEach(expectPrototypesIntact);

  it('in the greeting', async function () {
    const { session } = await running(
      '{"__proto__":{"polluted":1},"QMP":{"__proto__":{"polluted":1},"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[],"constructor":{"prototype":{"polluted":2}}}}',
    );
    expect(session.state).to.equal('running');
    expect(Object.getPrototypeOf(session.greeting)).to.equal(Object.prototype);
    session.destroy();
  });

  it('in an answer: the value keeps them as plain own keys', async function () {
    const { session, send } = await running();
    const p = session.execute('query-x');
    send(`{"__proto__":{"polluted":1},"return":${HOSTILE},"id":2}`);
    const v = (await p) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).to.equal(Object.prototype);
    expect(Object.keys(v)).to.deep.equal(['__proto__', 'constructor', 'prototype']);
    expect(v.polluted).to.equal(undefined);
    // An error answer too.
    const q = session.execute('query-y').catch((e: unknown) => e);
    send('{"error":{"__proto__":{"polluted":1},"class":"GenericError","desc":"no"},"id":3}');
    expect(((await q) as Error).message).to.equal('query-y: GenericError: no');
    session.destroy();
  });

  it('in an event, its data, and as the event name', async function () {
    const { session, send } = await running();
    const seen: ReceivedEvent[] = [];
    session.on('event', (ev) => seen.push(ev));
    const listener = session.listen('BLOCK_JOB_COMPLETED');
    send(`{"__proto__":{"polluted":1},"event":"BLOCK_JOB_COMPLETED","data":${HOSTILE},"timestamp":{"seconds":1,"microseconds":2}}`);
    send('{"event":"__proto__","data":{}}');
    send('{"event":"constructor","data":{"prototype":{"polluted":4}}}');
    expect(seen.map((e) => e.event)).to.deep.equal(['BLOCK_JOB_COMPLETED', '__proto__', 'constructor']);
    const first = await listener.next();
    expect(first.value.data).to.deep.equal(JSON.parse(HOSTILE));
    expect(Object.getPrototypeOf(first.value.data)).to.equal(Object.prototype);
    expect(await session.waitForEvent('__proto__', undefined, { since: 0 })).to.equal(seen[1]);
    listener.close();
    session.destroy();
  });

  it('withoutKeys keeps them as own keys and never writes through them', function () {
    const v = JSON.parse(`{"a":${HOSTILE},"b":[${HOSTILE}],"drop":1}`) as Record<string, unknown>;
    const out = withoutKeys(v, new Set(['drop'])) as Record<string, Record<string, unknown>>;
    expect(Object.keys(out)).to.deep.equal(['a', 'b']);
    expect(Object.getPrototypeOf(out.a)).to.equal(Object.prototype);
    expect(Object.keys(out.a!)).to.deep.equal(['__proto__', 'constructor', 'prototype']);
    expect(JSON.stringify(out.a)).to.equal(HOSTILE);
  });

  it('the replayer tells a recorded __proto__ argument from a missing one, both ways', function () {
    // Found by the fuzz review: jsonDiff used `k in obj`, which sees
    // Object.prototype, so {"__proto__":{}} matched {} and a client could add
    // a __proto__ argument unnoticed.
    const withKey = JSON.parse('{"execute":"x","arguments":{"__proto__":{}},"id":1}') as Record<string, unknown>;
    const without = JSON.parse('{"execute":"x","arguments":{},"id":5}') as Record<string, unknown>;
    expect(compareCommand({ msg: withKey }, { msg: without, text: '' }, new Set())).to.equal("'x' arguments.__proto__: expected {}, got nothing");
    expect(compareCommand({ msg: without }, { msg: withKey, text: '' }, new Set())).to.equal("'x' arguments.__proto__: unexpected {}");
    expect(compareCommand({ msg: withKey }, { msg: withKey, text: '' }, new Set())).to.equal(undefined);
    expect(jsonDiff(JSON.parse('{"constructor":1,"toString":2}'), {})).to.deep.equal(['constructor: expected 1, got nothing', 'toString: expected 2, got nothing']);
  });

  it('the trace reader keeps them as own keys, and a trace with them replays as recorded', async function () {
    const text = [
      '{"qmpTrace":1,"source":"test","scenario":"proto","description":"hostile keys","__proto__":{"polluted":1}}',
      '{"t":0,"dir":"s2c","msg":{"QMP":{"version":{"qemu":{"micro":0,"minor":2,"major":7},"package":""},"capabilities":[]}}}',
      '{"t":1,"dir":"c2s","msg":{"execute":"qmp_capabilities","id":1}}',
      '{"t":2,"dir":"s2c","msg":{"return":{},"id":1}}',
      `{"t":3,"dir":"c2s","msg":{"execute":"query-x","arguments":${HOSTILE},"id":2}}`,
      `{"t":4,"dir":"s2c","msg":{"__proto__":{"polluted":1},"return":${HOSTILE},"id":2}}`,
      `{"t":5,"dir":"s2c","msg":{"event":"X","data":${HOSTILE},"timestamp":{"seconds":1,"microseconds":0}}}`,
    ].join('\n');
    const trace = parseTrace(text, 'proto.jsonl');
    expect(Object.getPrototypeOf(trace.header)).to.equal(Object.prototype);
    expect(Object.keys(trace.entries[3]!.msg!.arguments as object)).to.deep.equal(['__proto__', 'constructor', 'prototype']);
    // Written back, the keys survive.
    expect(parseTrace(formatTrace(trace)).entries[4]!.msg).to.deep.equal(trace.entries[4]!.msg);

    const server = await replayTrace(trace, { speed: 0 });
    try {
      const done = server.nextResult();
      const session = await QmpSession.connect(server.endpoint);
      const ev = session.waitForEvent('X');
      const v = (await session.execute('query-x', JSON.parse(HOSTILE) as Record<string, unknown>)) as Record<string, unknown>;
      expect(JSON.stringify(v)).to.equal(HOSTILE);
      expect(JSON.stringify((await ev).data)).to.equal(HOSTILE);
      await session.close();
      const r = await done;
      expect(r.mismatches).to.deep.equal([]);
      expect(r.complete).to.equal(true);
    } finally {
      await server.close();
    }
  });
});
