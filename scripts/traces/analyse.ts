/**
 * Facts read back from a recorded trace, for its header's `expect` and the
 * end of its description: the events as tokens, a job's status sequence and
 * final event, and what came back after a given command (in the notation of
 * the shared QEMU 7.2 traces: `JOB_STATUS_CHANGE:<id>:<status>`,
 * `BLOCK_JOB_*:<device or id>`, bare event names, `return#<id>`,
 * `error#<id>:<class>`).
 */
import type { Trace } from '../../lib/trace/format.js';

type Msg = Record<string, unknown>;

function data(m: Msg): Msg {
  return (m.data && typeof m.data === 'object' ? m.data : {}) as Msg;
}

/** One event as a token. */
export function eventToken(m: Msg): string {
  const ev = String(m.event);
  const d = data(m);
  if (ev === 'JOB_STATUS_CHANGE') return `${ev}:${String(d.id)}:${String(d.status)}`;
  if (ev.startsWith('BLOCK_JOB_')) return `${ev}:${String(d.device ?? d.id)}`;
  return ev;
}

function events(trace: Trace): Msg[] {
  return trace.entries.filter((e) => e.dir === 's2c' && e.msg && typeof e.msg.event === 'string').map((e) => e.msg!);
}

export function eventSequence(trace: Trace): string[] {
  return events(trace).map(eventToken);
}

export function jobStatusSequence(trace: Trace, jobId: string): string[] {
  return events(trace)
    .filter((m) => m.event === 'JOB_STATUS_CHANGE' && data(m).id === jobId)
    .map((m) => String(data(m).status));
}

/** The last BLOCK_JOB_COMPLETED or BLOCK_JOB_CANCELLED of the job, `error` null when QEMU sent none. */
export function finalJobEvent(trace: Trace, jobId: string): Msg | null {
  const last = events(trace)
    .filter((m) => (m.event === 'BLOCK_JOB_COMPLETED' || m.event === 'BLOCK_JOB_CANCELLED') && data(m).device === jobId)
    .at(-1);
  if (!last) return null;
  return { event: last.event, ...data(last), error: data(last).error ?? null };
}

/**
 * From the command with id `id` on: the events and that command's own
 * answer, leaving out answers to other commands, until the client's next
 * command after the answer (or the end of the trace).
 */
export function commandSequence(trace: Trace, id: number): string[] {
  const start = trace.entries.findIndex((e) => e.dir === 'c2s' && e.msg?.id === id);
  if (start === -1) return [];
  const out: string[] = [];
  let answered = false;
  for (const e of trace.entries.slice(start + 1)) {
    const m = e.msg;
    if (e.dir === 'c2s') {
      if (answered) break;
      continue;
    }
    if (!m) continue;
    if (typeof m.event === 'string') out.push(eventToken(m));
    else if (m.id === id) {
      answered = true;
      out.push('error' in m ? `error#${id}:${String((m.error as Msg | undefined)?.class)}` : `return#${id}`);
    }
  }
  return out;
}

/** `source` for the header from the greeting: `qemu-system-x86_64 7.2.22`. */
export function sourceFromGreeting(trace: Trace, binary = 'qemu-system-x86_64'): string {
  const g = trace.entries.find((e) => e.dir === 's2c' && e.msg && 'QMP' in e.msg)?.msg?.QMP as
    | { version?: { qemu?: { major: number; minor: number; micro: number } } }
    | undefined;
  const v = g?.version?.qemu;
  return v ? `${binary} ${v.major}.${v.minor}.${v.micro}` : binary;
}
