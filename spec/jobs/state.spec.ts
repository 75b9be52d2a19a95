/**
 * The job state machine, transition by transition, plus invariants over
 * random input sequences (fast-check).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  decideResult,
  newJob,
  transition,
  TERMINAL_STATES,
  type Job,
  type JobInput,
  type JobState,
} from '../../lib/jobs/state.js';
import { JOB_STATUSES } from '../../lib/qapi/types.js';

const base = newJob({ id: 'pull-vda-n1', disk: 'vda', diskArg: 'vda', kind: 'pull' });
const at = (state: JobState, extra: Partial<Job> = {}): Job => ({ ...base, state, ...extra });
const kinds = (t: { effects: { kind: string }[] }): string[] => t.effects.map((e) => e.kind);

describe('jobs/state: transition', () => {
  describe('new (start command in flight)', () => {
    it('records QEMU statuses without acting on them', () => {
      const t = transition(at('new'), { kind: 'status', status: 'concluded' });
      expect(t.job.state).to.equal('new');
      expect(t.job.qemuStatus).to.equal('concluded');
      expect(t.effects).to.deep.equal([]);
    });
    it('start-ok → running', () => {
      const t = transition(at('new', { qemuStatus: 'running' }), { kind: 'start-ok' });
      expect(t.job.state).to.equal('running');
      expect(t.effects).to.deep.equal([]);
    });
    it('start-ok after a concluded seen before the return → concluded, query the outcome', () => {
      const t = transition(at('new', { qemuStatus: 'concluded' }), { kind: 'start-ok' });
      expect(t.job.state).to.equal('concluded');
      expect(kinds(t)).to.deep.equal(['query-outcome']);
    });
    it('start-ok after READY seen before the return → ready, READY emitted', () => {
      const t = transition(at('new', { qemuStatus: 'ready' }), { kind: 'start-ok' });
      expect(t.job.state).to.equal('ready');
      expect(t.effects).to.deep.equal([{ kind: 'emit', status: 'READY' }]);
    });
    it('start-ok after null seen (job already gone) → finishing', () => {
      const t = transition(at('new', { qemuStatus: 'null', blockEvent: 'completed' }), { kind: 'start-ok' });
      expect(t.job.state).to.equal('finishing');
      expect(t.effects).to.deep.equal([{ kind: 'run-completion', result: 'completed' }]);
    });
    it('start-failed → discarded, released, no event', () => {
      const t = transition(at('new', { qemuStatus: 'null' }), { kind: 'start-failed' });
      expect(t.job.state).to.equal('discarded');
      expect(kinds(t)).to.deep.equal(['release']);
    });
    it('abort and pivot are refused while starting', () => {
      expect(transition(at('new'), { kind: 'abort' }).effects).to.deep.equal([{ kind: 'refuse', reason: 'starting' }]);
      expect(transition(at('new'), { kind: 'pivot', canPivot: true }).effects).to.deep.equal([{ kind: 'refuse', reason: 'starting' }]);
    });
    it('disconnected → detached without event', () => {
      const t = transition(at('new'), { kind: 'disconnected' });
      expect(t.job.state).to.equal('detached');
      expect(kinds(t)).to.deep.equal(['release']);
    });
    it('records a BLOCK_JOB_COMPLETED error', () => {
      const t = transition(at('new'), { kind: 'block-event', event: 'completed', error: 'Input/output error' });
      expect(t.job.blockEvent).to.equal('failed');
      expect(t.job.error).to.equal('Input/output error');
    });
  });

  describe('running', () => {
    it('transient statuses change nothing', () => {
      for (const s of ['paused', 'running', 'waiting', 'pending', 'aborting', 'standby', 'created', 'undefined'] as const) {
        const t = transition(at('running'), { kind: 'status', status: s });
        expect(t.job.state, s).to.equal('running');
        expect(t.effects, s).to.deep.equal([]);
      }
    });
    it('ready → ready, READY emitted once (duplicates ignored)', () => {
      const t1 = transition(at('running'), { kind: 'status', status: 'ready' });
      expect(t1.job.state).to.equal('ready');
      expect(t1.effects).to.deep.equal([{ kind: 'emit', status: 'READY' }]);
      const t2 = transition(t1.job, { kind: 'block-event', event: 'ready' });
      expect(t2.effects).to.deep.equal([]);
      const t3 = transition(t2.job, { kind: 'status', status: 'ready' });
      expect(t3.effects).to.deep.equal([]);
    });
    it('concluded → concluded, query the outcome', () => {
      const t = transition(at('running'), { kind: 'status', status: 'concluded' });
      expect(t.job.state).to.equal('concluded');
      expect(kinds(t)).to.deep.equal(['query-outcome']);
    });
    it('null without our dismiss → vanished: finishing as FAILED when nothing was seen', () => {
      const t = transition(at('running'), { kind: 'status', status: 'null' });
      expect(t.job.state).to.equal('finishing');
      expect(t.job.result).to.equal('failed');
      expect(t.job.error).to.match(/vanished/);
    });
    it('null after a BLOCK_JOB_COMPLETED (auto-dismissed job) → completed', () => {
      const j = transition(at('running'), { kind: 'block-event', event: 'completed' }).job;
      const t = transition(j, { kind: 'status', status: 'null' });
      expect(t.effects).to.deep.equal([{ kind: 'run-completion', result: 'completed' }]);
    });
    it('abort → aborting, cancel sent', () => {
      const t = transition(at('running'), { kind: 'abort' });
      expect(t.job.state).to.equal('aborting');
      expect(t.job.endRequest).to.equal('abort');
      expect(t.job.resumeState).to.equal('running');
      expect(kinds(t)).to.deep.equal(['send-cancel']);
    });
    it('pivot on a running job is refused as not ready', () => {
      expect(transition(at('running'), { kind: 'pivot', canPivot: true }).effects).to.deep.equal([{ kind: 'refuse', reason: 'not-ready' }]);
    });
    it('vanished → finishing', () => {
      expect(transition(at('running'), { kind: 'vanished' }).job.state).to.equal('finishing');
    });
    it('disconnected → detached', () => {
      expect(transition(at('running'), { kind: 'disconnected' }).job.state).to.equal('detached');
    });
    it('stale answers are ignored', () => {
      for (const input of [{ kind: 'outcome', found: true }, { kind: 'dismissed' }, { kind: 'finished' }, { kind: 'end-refused' }, { kind: 'start-ok' }] as JobInput[]) {
        const t = transition(at('running'), input);
        expect(t.job.state, input.kind).to.equal('running');
        expect(t.effects, input.kind).to.deep.equal([]);
      }
    });
  });

  describe('ready', () => {
    it('pivot on a pivotable type → pivoting, complete sent', () => {
      const t = transition(at('ready', { readyEmitted: true }), { kind: 'pivot', canPivot: true });
      expect(t.job.state).to.equal('pivoting');
      expect(kinds(t)).to.deep.equal(['send-complete']);
    });
    it('pivot on a type without pivot → refused as not ready (libvirt 9.0)', () => {
      expect(transition(at('ready'), { kind: 'pivot', canPivot: false }).effects).to.deep.equal([{ kind: 'refuse', reason: 'not-ready' }]);
    });
    it('abort → aborting, resuming to ready if refused', () => {
      const t = transition(at('ready'), { kind: 'abort' });
      expect(t.job.resumeState).to.equal('ready');
      const back = transition(t.job, { kind: 'end-refused' });
      expect(back.job.state).to.equal('ready');
      expect(back.job.endRequest).to.equal(undefined);
    });
  });

  describe('aborting / pivoting', () => {
    it('a second abort or pivot is refused: still being ended', () => {
      for (const s of ['aborting', 'pivoting'] as const) {
        expect(transition(at(s), { kind: 'abort' }).effects, s).to.deep.equal([{ kind: 'refuse', reason: 'still-ending' }]);
        expect(transition(at(s), { kind: 'pivot', canPivot: true }).effects, s).to.deep.equal([{ kind: 'refuse', reason: 'still-ending' }]);
      }
    });
    it('after the job concluded, a second abort or pivot is still refused; on a job that ended on its own, the caller waits', () => {
      for (const first of ['abort', 'pivot'] as const) {
        let j = transition(at('ready'), first === 'abort' ? { kind: 'abort' } : { kind: 'pivot', canPivot: true }).job;
        j = transition(j, { kind: 'status', status: 'concluded' }).job;
        expect(j.state).to.equal('concluded');
        expect(transition(j, { kind: 'abort' }).effects, first).to.deep.equal([{ kind: 'refuse', reason: 'still-ending' }]);
        expect(transition(j, { kind: 'pivot', canPivot: true }).effects, first).to.deep.equal([{ kind: 'refuse', reason: 'still-ending' }]);
      }
      const own = transition(at('running'), { kind: 'status', status: 'concluded' }).job;
      expect(transition(own, { kind: 'abort' }).effects).to.deep.equal([]);
    });
    it('concluded while an abort was unanswered, then the abort refused: the request is dropped and QEMU\'s report decides', () => {
      let j = transition(at('running'), { kind: 'abort' }).job;
      j = transition(j, { kind: 'status', status: 'concluded' }).job;
      expect(j).to.include({ state: 'concluded', endRequest: 'abort' });
      j = transition(j, { kind: 'end-refused' }).job;
      expect(j.state).to.equal('concluded');
      expect(j.endRequest).to.equal(undefined);
      expect(decideResult(j, undefined)).to.equal('completed');
      // Once the outcome is decided, a late refusal changes nothing.
      let k = transition(transition(at('running'), { kind: 'abort' }).job, { kind: 'status', status: 'concluded' }).job;
      k = transition(k, { kind: 'outcome', found: true }).job;
      expect(transition(k, { kind: 'end-refused' }).job).to.deep.equal(k);
    });
    it('end-refused → back to running', () => {
      const j = transition(at('running'), { kind: 'abort' }).job;
      expect(transition(j, { kind: 'end-refused' }).job.state).to.equal('running');
    });
    it('concluded while aborting → concluded; the outcome is CANCELED even without error', () => {
      const j = transition(at('running'), { kind: 'abort' }).job;
      const c = transition(j, { kind: 'status', status: 'concluded' });
      expect(c.job.state).to.equal('concluded');
      const o = transition(c.job, { kind: 'outcome', found: true });
      expect(o.job.result).to.equal('cancelled');
    });
    it('a READY blip while pivoting changes nothing', () => {
      const t = transition(at('pivoting', { readyEmitted: true }), { kind: 'status', status: 'ready' });
      expect(t.job.state).to.equal('pivoting');
      expect(t.effects).to.deep.equal([]);
    });
  });

  describe('concluded → dismissing → finishing → terminal', () => {
    it('outcome found without error → dismissing(completed), dismiss sent', () => {
      const t = transition(at('concluded'), { kind: 'outcome', found: true });
      expect(t.job.state).to.equal('dismissing');
      expect(t.job.result).to.equal('completed');
      expect(kinds(t)).to.deep.equal(['dismiss']);
    });
    it('outcome with error → failed, error kept', () => {
      const t = transition(at('concluded'), { kind: 'outcome', found: true, error: 'Input/output error' });
      expect(t.job.result).to.equal('failed');
      expect(t.job.error).to.equal('Input/output error');
    });
    it('outcome not found (dismissed by someone else) → finishing, no dismiss', () => {
      const t = transition(at('concluded', { blockEvent: 'cancelled' }), { kind: 'outcome', found: false });
      expect(t.job.state).to.equal('finishing');
      expect(t.effects).to.deep.equal([{ kind: 'run-completion', result: 'cancelled' }]);
    });
    it('null while dismissing is expected and ignored', () => {
      const t = transition(at('dismissing', { result: 'completed' }), { kind: 'status', status: 'null' });
      expect(t.job.state).to.equal('dismissing');
      expect(t.effects).to.deep.equal([]);
    });
    it('dismissed → finishing, completion handler runs', () => {
      const t = transition(at('dismissing', { result: 'completed' }), { kind: 'dismissed' });
      expect(t.job.state).to.equal('finishing');
      expect(t.effects).to.deep.equal([{ kind: 'run-completion', result: 'completed' }]);
    });
    it('finished → terminal; released, then the event', () => {
      for (const [result, status] of [['completed', 'COMPLETED'], ['failed', 'FAILED'], ['cancelled', 'CANCELED']] as const) {
        const t = transition(at('finishing', { result }), { kind: 'finished' });
        expect(t.job.state).to.equal(result);
        expect(t.effects).to.deep.equal([{ kind: 'release' }, { kind: 'emit', status }]);
      }
    });
    it('disconnected with a known result still reports it; without, detaches', () => {
      expect(transition(at('finishing', { result: 'completed' }), { kind: 'disconnected' }).effects).to.deep.equal([{ kind: 'release' }, { kind: 'emit', status: 'COMPLETED' }]);
      expect(transition(at('concluded'), { kind: 'disconnected' }).job.state).to.equal('detached');
    });
    it('disconnected while dismissing: reported only where no later manager can tell (dismiss sent, no record of the result)', () => {
      const dismissing = at('dismissing', { result: 'completed' });
      // the dismiss never left: QEMU still has the job
      expect(transition(dismissing, { kind: 'disconnected' }).effects).to.deep.equal([{ kind: 'release' }]);
      // the dismiss left, and the result was handed over in the job's record: the next attach reports it from QEMU or the record
      const sent = transition(dismissing, { kind: 'dismiss-sent' }).job;
      expect(transition(sent, { kind: 'disconnected', handedOver: true }).job.state).to.equal('detached');
      // not handed over (no record): QEMU may have forgotten the job, so it is reported here
      expect(transition(sent, { kind: 'disconnected' }).effects).to.deep.equal([{ kind: 'release' }, { kind: 'emit', status: 'COMPLETED' }]);
      // QEMU shut down: nobody else will see it
      expect(transition(sent, { kind: 'disconnected', qemuGone: true }).effects).to.deep.equal([{ kind: 'release' }, { kind: 'emit', status: 'COMPLETED' }]);
    });

    it('disconnected after QEMU reported the end and shut down (quit cancels jobs) reports that end', () => {
      const t = transition(at('concluded', { blockEvent: 'cancelled' }), { kind: 'disconnected', qemuGone: true });
      expect(t.job.state).to.equal('cancelled');
      expect(t.effects).to.deep.equal([{ kind: 'release' }, { kind: 'emit', status: 'CANCELED' }]);
    });
    it('disconnected from a QEMU that still has the concluded job detaches: the next attach reports it, once', () => {
      const t = transition(at('concluded', { blockEvent: 'completed' }), { kind: 'disconnected' });
      expect(t.job.state).to.equal('detached');
      expect(t.effects).to.deep.equal([{ kind: 'release' }]);
    });
    it('abort while ending is accepted silently (the caller waits for the end)', () => {
      const t = transition(at('concluded'), { kind: 'abort' });
      expect(t.job.state).to.equal('concluded');
      expect(t.job.endRequest).to.equal(undefined);
      expect(t.effects).to.deep.equal([]);
    });
  });

  describe('a job QEMU dismisses itself (auto-dismiss: pulls with records kept)', () => {
    const auto = (state: JobState, extra: Partial<Job> = {}): Job => at(state, { autoDismiss: true, ...extra });
    it('concluded: nothing asked (QEMU forgets it in the same step)', () => {
      const t = transition(auto('running', { blockEvent: 'completed' }), { kind: 'status', status: 'concluded' });
      expect(t.job.state).to.equal('concluded');
      expect(t.effects).to.deep.equal([]);
      // Without auto-dismiss, query-jobs is asked.
      expect(kinds(transition(at('running'), { kind: 'status', status: 'concluded' }))).to.deep.equal(['query-outcome']);
    });
    it('then null: the outcome is decided (after any end command in flight), from BLOCK_JOB_*', () => {
      const t = transition(auto('concluded', { blockEvent: 'completed' }), { kind: 'status', status: 'null' });
      expect(t.job.state).to.equal('concluded');
      expect(t.effects).to.deep.equal([{ kind: 'decide-outcome' }]);
      const d = transition(t.job, { kind: 'outcome', found: false });
      expect(d.job.state).to.equal('finishing');
      expect(d.effects).to.deep.equal([{ kind: 'run-completion', result: 'completed' }]);
      // Without auto-dismiss a null in concluded is only recorded (job-dismiss's own).
      expect(transition(at('concluded'), { kind: 'status', status: 'null' }).effects).to.deep.equal([]);
    });
    it('an abort refused meanwhile (the job had ended on its own) does not make it CANCELED', () => {
      const c = auto('concluded', { blockEvent: 'completed', endRequest: 'abort', resumeState: 'running' });
      const refused = transition(c, { kind: 'end-refused' }).job;
      expect(transition(refused, { kind: 'outcome', found: false }).effects).to.deep.equal([{ kind: 'run-completion', result: 'completed' }]);
    });
    it('disconnected once concluded, the end seen: reported here (no later manager can ask QEMU)', () => {
      const t = transition(auto('concluded', { blockEvent: 'failed', error: 'Input/output error' }), { kind: 'disconnected' });
      expect(t.job.state).to.equal('failed');
      expect(t.effects).to.deep.equal([{ kind: 'release' }, { kind: 'emit', status: 'FAILED' }]);
    });
    it('disconnected while running: detached (the next manager tells the end from the record and the chain)', () => {
      expect(transition(auto('running'), { kind: 'disconnected' }).job.state).to.equal('detached');
    });
    it('start-ok after it was already forgotten: finishing from what was seen', () => {
      const seen = transition(transition(auto('new'), { kind: 'block-event', event: 'completed' }).job, { kind: 'status', status: 'null' }).job;
      const t = transition(seen, { kind: 'start-ok' });
      expect(t.job.state).to.equal('finishing');
      expect(t.effects).to.deep.equal([{ kind: 'run-completion', result: 'completed' }]);
    });
  });

  describe('decideResult', () => {
    it('abort wins over success and error', () => {
      expect(decideResult(at('concluded', { endRequest: 'abort' }), undefined)).to.equal('cancelled');
      expect(decideResult(at('concluded', { endRequest: 'abort' }), 'Operation canceled')).to.equal('cancelled');
    });
    it("QEMU's error of a cancelled job means CANCELED, with no event seen (an adopting manager)", () => {
      expect(decideResult(at('concluded'), 'Operation canceled')).to.equal('cancelled');
      expect(decideResult(at('concluded'), 'Input/output error')).to.equal('failed');
    });
    it('a BLOCK_JOB_CANCELLED seen means CANCELED (another client aborted)', () => {
      expect(decideResult(at('concluded', { blockEvent: 'cancelled' }), 'Operation canceled')).to.equal('cancelled');
    });
    it('error → failed, none → completed', () => {
      expect(decideResult(at('concluded'), 'x')).to.equal('failed');
      expect(decideResult(at('concluded'), undefined)).to.equal('completed');
    });
  });

  describe('invariants', () => {
    const inputArb: fc.Arbitrary<JobInput> = fc.oneof(
      fc.constant<JobInput>({ kind: 'start-ok' }),
      fc.constant<JobInput>({ kind: 'start-failed' }),
      fc.constantFrom(...JOB_STATUSES).map((status): JobInput => ({ kind: 'status', status })),
      fc.constantFrom('completed', 'cancelled', 'ready', 'error').map((event): JobInput => ({ kind: 'block-event', event: event as 'completed' })),
      fc.constant<JobInput>({ kind: 'abort' }),
      fc.boolean().map((canPivot): JobInput => ({ kind: 'pivot', canPivot })),
      fc.constant<JobInput>({ kind: 'end-refused' }),
      fc.option(fc.string(), { nil: undefined }).map((error): JobInput => ({ kind: 'outcome', found: true, ...(error !== undefined ? { error } : {}) })),
      fc.constant<JobInput>({ kind: 'outcome', found: false }),
      fc.constant<JobInput>({ kind: 'dismissed' }),
      fc.constant<JobInput>({ kind: 'vanished' }),
      fc.constant<JobInput>({ kind: 'finished' }),
      fc.constant<JobInput>({ kind: 'disconnected' }),
      fc.constant<JobInput>({ kind: 'disconnected', qemuGone: true }),
    );

    it('no input sequence takes a job out of a terminal state, and at most one terminal event is emitted (auto-dismiss or not)', () => {
      fc.assert(
        fc.property(fc.boolean(), fc.array(inputArb, { maxLength: 40 }), (autoDismiss, inputs) => {
          let job: Job = autoDismiss ? { ...base, autoDismiss } : base;
          let terminalEvents = 0;
          let releases = 0;
          let wasTerminal = false;
          for (const input of inputs) {
            const t = transition(job, input);
            if (wasTerminal) {
              expect(t.job).to.equal(job);
              expect(t.effects).to.deep.equal([]);
            }
            for (const e of t.effects) {
              if (e.kind === 'emit' && e.status !== 'READY') terminalEvents++;
              if (e.kind === 'release') releases++;
            }
            job = t.job;
            wasTerminal = TERMINAL_STATES.has(job.state);
          }
          expect(terminalEvents).to.be.at.most(1);
          expect(releases).to.be.at.most(1);
          if (TERMINAL_STATES.has(job.state)) expect(releases).to.equal(1);
        }),
        { numRuns: 500 },
      );
    });

    it('READY is emitted at most once', () => {
      fc.assert(
        fc.property(fc.array(inputArb, { maxLength: 40 }), (inputs) => {
          let job = base;
          let ready = 0;
          for (const input of inputs) {
            const t = transition(job, input);
            ready += t.effects.filter((e) => e.kind === 'emit' && e.status === 'READY').length;
            job = t.job;
          }
          expect(ready).to.be.at.most(1);
        }),
        { numRuns: 300 },
      );
    });
  });
});
