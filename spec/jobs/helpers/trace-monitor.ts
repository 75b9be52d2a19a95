/**
 * A `QmpMonitor` that plays QEMU's side of a recorded trace to a client that
 * does not send exactly the recorded commands (the shared QEMU 7.2 traces were
 * recorded by another client, which polled and queried on its own schedule).
 *
 * The recording is cut into steps: a recorded command, its answer, and the
 * events QEMU sent around it. A command the manager sends is matched with the
 * next recorded command of the same name; the events of every step up to and
 * including the matched one are delivered in recorded order (those recorded
 * before the answer, before it), so QEMU's ordering is kept relative to the
 * manager's own commands. A command the recording does not have gets a default
 * answer from `fallback`. Every match is logged for assertions.
 */
import { EventEmitter } from 'node:events';
import { QmpError } from '../../../lib/errors.js';
import type { ExecuteOptions, JsonObject, QmpMonitor, ReceivedEvent } from '../../../lib/qmp/types.js';
import { readTrace } from '../../../lib/trace/format.js';

interface Step {
  command: string;
  args: JsonObject | undefined;
  line: number | undefined;
  before: JsonObject[];
  answer: JsonObject | undefined;
  after: JsonObject[];
}

export interface Matched {
  command: string;
  sent: JsonObject | undefined;
  recorded: JsonObject | undefined;
  line: number | undefined;
}

export class TraceMonitor extends EventEmitter implements QmpMonitor {
  private readonly steps: Step[] = [];
  private cursor = 0;
  private seq = 0;
  closed = false;
  readonly matched: Matched[] = [];
  readonly unmatched: { command: string; args: JsonObject | undefined }[] = [];
  readonly header: Record<string, unknown>;

  constructor(file: string, private readonly fallback: (command: string, args: JsonObject | undefined) => unknown = defaultFallback) {
    super();
    const trace = readTrace(file);
    this.header = trace.header;
    let cur: Step | undefined;
    let pendingEvents: JsonObject[] = [];
    for (const e of trace.entries) {
      const msg = e.msg as JsonObject | undefined;
      if (!msg) continue;
      if (e.dir === 'c2s') {
        if (typeof msg.execute !== 'string' || msg.execute === 'qmp_capabilities') continue;
        cur = { command: msg.execute, args: msg.arguments as JsonObject | undefined, line: e.line, before: pendingEvents, answer: undefined, after: [] };
        pendingEvents = [];
        this.steps.push(cur);
      } else if (typeof msg.event === 'string') {
        if (cur && cur.answer) cur.after.push(msg);
        else if (cur) cur.before.push(msg);
        else pendingEvents.push(msg);
      } else if ('return' in msg || 'error' in msg) {
        if (cur && !cur.answer) cur.answer = msg;
      }
    }
  }

  /** Events recorded after an answer, waiting for the caller to have seen the answer. */
  private readonly afterQueue: JsonObject[] = [];

  private flushAfter(): void {
    for (const ev of this.afterQueue.splice(0)) this.deliver(ev);
  }

  private deliver(ev: JsonObject): void {
    const r = { ...(ev as unknown as ReceivedEvent), seq: this.seq++ };
    this.emit('event', r);
  }

  execute<T = unknown>(command: string, args?: JsonObject, _o?: ExecuteOptions): Promise<T> {
    if (this.closed) return Promise.reject(new Error('closed'));
    // A query may not jump over a recorded command that changes QEMU's state
    // (its answer would describe a later moment); commands may skip queries.
    let idx = -1;
    for (let i = this.cursor; i < this.steps.length; i++) {
      const s = this.steps[i]!;
      if (s.command === command) {
        idx = i;
        break;
      }
      if (command.startsWith('query-') && !s.command.startsWith('query-')) break;
    }
    if (idx < 0) {
      this.unmatched.push({ command, args });
      try {
        return Promise.resolve(this.fallback(command, args) as T);
      } catch (err) {
        return Promise.reject(err);
      }
    }
    // Everything QEMU said up to this step happens now, in recorded order.
    this.flushAfter();
    for (let i = this.cursor; i < idx; i++) {
      const s = this.steps[i]!;
      for (const ev of [...s.before, ...s.after]) this.deliver(ev);
    }
    const step = this.steps[idx]!;
    this.cursor = idx + 1;
    this.matched.push({ command, sent: args, recorded: step.args, line: step.line });
    for (const ev of step.before) this.deliver(ev);
    const answer = step.answer;
    // The answer resolves first; the events after it follow once the caller has seen it.
    this.afterQueue.push(...step.after);
    setImmediate(() => this.flushAfter());
    if (answer && 'error' in answer) {
      const e = answer.error as { class: string; desc: string };
      return Promise.reject(new QmpError(e.class, e.desc, command));
    }
    return Promise.resolve((answer?.return ?? {}) as T);
  }

  /** Deliver every event left in the recording (QEMU going on without being asked). */
  drain(): void {
    this.flushAfter();
    for (let i = this.cursor; i < this.steps.length; i++) {
      const s = this.steps[i]!;
      if (s.command === 'quit') break;
      for (const ev of [...s.before, ...s.after]) this.deliver(ev);
      // Delivered once; the step's answer stays available to a later command.
      s.before = [];
      s.after = [];
    }
  }

  get eventSeq(): number {
    return this.seq;
  }

  waitForEvent(): Promise<ReceivedEvent> {
    return Promise.reject(new Error('not used by the manager'));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.emit('close', undefined);
  }
}

function defaultFallback(command: string): unknown {
  switch (command) {
    case 'query-jobs':
    case 'query-block-jobs':
    case 'query-named-block-nodes':
    case 'query-block':
      return [];
    default:
      throw new QmpError('GenericError', `not in the recording: ${command}`, command);
  }
}
