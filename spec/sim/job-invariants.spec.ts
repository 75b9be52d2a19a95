/**
 * Property test of the job state machine: random verbs and clock moves on
 * random jobs must only ever produce QEMU's allowed status transitions, one
 * final legacy event per job before `concluded`, nothing after `null`, and
 * an answer to every command.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { startSimulator } from '../../lib/sim/index.js';
import { TestClient, type Msg } from './client.js';

// qapi/job.json transitions, written out again here on purpose.
const ALLOWED: Record<string, string[]> = {
  undefined: ['created'],
  created: ['running', 'aborting', 'null'],
  running: ['paused', 'ready', 'waiting', 'aborting'],
  paused: ['running'],
  ready: ['standby', 'waiting', 'aborting'],
  standby: ['ready'],
  waiting: ['pending', 'aborting'],
  pending: ['aborting', 'concluded'],
  aborting: ['concluded'],
  concluded: ['null'],
  null: [],
};

type Action =
  | { kind: 'advance'; ms: number }
  | { kind: 'verb'; cmd: string; force?: boolean; speed?: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
  fc.record({
    kind: fc.constant('verb' as const),
    cmd: fc.constantFrom('block-job-pause', 'block-job-resume', 'block-job-cancel', 'block-job-set-speed', 'block-job-complete', 'job-finalize', 'job-dismiss', 'job-cancel', 'query-block-jobs', 'transaction'),
    force: fc.boolean(),
    speed: fc.integer({ min: -1, max: 4 * 1024 * 1024 }),
  }),
);

function checkEvents(messages: Msg[]): void {
  const status = new Map<string, string>();
  const finals = new Map<string, number>();
  for (const m of messages) {
    if (m.event === 'JOB_STATUS_CHANGE') {
      const { id, status: to } = m.data;
      const from = status.get(id) ?? 'undefined';
      expect(ALLOWED[from], `${id}: ${from} -> ${to}`).to.include(to);
      if (to === 'concluded') expect(finals.get(id) ?? 0, `${id} concluded without a final event`).to.equal(1);
      status.set(id, to === 'null' ? 'undefined' : to);
      if (to === 'null') finals.delete(id);
    } else if (m.event === 'BLOCK_JOB_COMPLETED' || m.event === 'BLOCK_JOB_CANCELLED') {
      const id = m.data.device;
      expect(['waiting', 'pending', 'aborting', 'running', 'ready', 'paused', 'standby']).to.include(status.get(id));
      finals.set(id, (finals.get(id) ?? 0) + 1);
    }
  }
}

describe('sim job state machine (property)', function () {
  it('random verbs keep every job on QEMU\'s status graph', async function () {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('stream', 'commit-active', 'commit', 'mirror'),
        fc.boolean(),
        fc.boolean(),
        fc.array(action, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (kind, autoFinalize, autoDismiss, actions, endWithQuit) => {
          const sim = await startSimulator({
            disks: [{ name: 'd', chain: ['/p/t', '/p/m', '/p/b'], sizeBytes: 4 * 1024 * 1024 }, { name: 'e', chain: ['/p/e'], sizeBytes: 1024 * 1024 }],
            clock: 'virtual',
          });
          const c = await TestClient.open(sim);
          try {
            const flags = { 'job-id': 'j', 'auto-finalize': autoFinalize, 'auto-dismiss': autoDismiss, speed: 1024 * 1024 };
            if (kind === 'stream') await c.cmd('block-stream', { device: 'd', ...flags });
            else if (kind === 'commit-active') await c.cmd('block-commit', { device: 'd', ...flags });
            else if (kind === 'commit') await c.cmd('block-commit', { device: 'd', top: '/p/m', ...flags });
            else await c.cmd('drive-mirror', { device: 'd', target: '/p/copy', sync: 'full', ...flags });
            for (const a of actions) {
              if (a.kind === 'advance') {
                await c.advance(a.ms);
                continue;
              }
              if (a.cmd === 'transaction') {
                // A snapshot of the other disk: drains the job, must not disturb it.
                const r = await c.send('transaction', { actions: [{ type: 'blockdev-snapshot-sync', data: { device: 'e', 'snapshot-file': `/p/e${c.mark}` } }] });
                expect(r).to.have.property('return');
                continue;
              }
              const args: Record<string, unknown> = a.cmd.startsWith('job-') ? { id: 'j' } : a.cmd === 'query-block-jobs' ? {} : { device: 'j' };
              if (a.cmd === 'block-job-cancel') args.force = a.force;
              if (a.cmd === 'block-job-set-speed') args.speed = a.speed;
              const r = await c.send(a.cmd, a.cmd === 'query-block-jobs' ? undefined : args);
              if ('error' in r) expect(['GenericError', 'DeviceNotActive']).to.include(r.error.class);
            }
            if (endWithQuit) {
              // QEMU exits with the job in whatever state: every job goes away.
              const r = await c.send('quit');
              expect(r).to.have.property('return');
              checkEvents(c.messages);
              const last = c.events('JOB_STATUS_CHANGE').at(-1);
              if (last) expect(last.data.status).to.equal('null');
              return;
            }
            // Wind down: whatever state the job is in, it must be able to end.
            await c.send('job-cancel', { id: 'j' });
            await c.advance(5000);
            await c.send('job-dismiss', { id: 'j' });
            expect(await c.cmd('query-jobs')).to.deep.equal([]);
            checkEvents(c.messages);
          } finally {
            c.close();
            await sim.close();
          }
        },
      ),
      { numRuns: 60, seed: 20260101 },
    );
  });
});
