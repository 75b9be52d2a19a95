/**
 * What a session shows a wire tap (the trace recorder), and the piece that
 * hands a batch tap whole received chunks. Knows nothing of QMP beyond "a
 * line is a JSON object or it is not".
 */
import type { LineBatchObserver, LineEnds } from '../transport/line-framer.js';

/**
 * A tap sees every message that crosses the wire: its text, and the parsed
 * object when it was valid JSON (before the session touches it). The recorder
 * uses it. A plain function is called once per message.
 *
 * A tap that also has `lines` and `hold` gets whole batches instead: the
 * commands of one write, and the lines of one received chunk as the text they
 * were decoded from (one call per batch rather than per message; this is what
 * makes recording cheap). `hold()` comes before a chunk's lines are handled,
 * `lines('s2c', ...)` after them, so commands sent by handlers in between are
 * known to have left after that chunk arrived. Messages outside batches (a
 * line joined from several chunks, for one) still come one by one.
 */
export interface WireTap {
  (dir: 'c2s' | 's2c', text: string, msg: unknown): void;
  /** The session's connection is open (a recorder's `t` counts from here). */
  opened?(): void;
  /** `text`: the chunk's lines, for a tap that must write them if the process ends before `lines`. */
  hold?(text?: string): void;
  /**
   * Commands are about to leave while the chunk is still being handled
   * (the session closes): write the chunk now, so that they follow it.
   */
  release?(): void;
  /**
   * `text`: messages separated by "\n" (by "\r\n" when `ends` is 'crlf'),
   * without the last line end. `objects`: every line is one JSON object;
   * when false the tap must look at each line itself. `ascii`: the text is
   * known to be ASCII.
   */
  lines?(dir: 'c2s' | 's2c', text: string, ends: LineEnds, objects: boolean, ascii: boolean): void;
}

/** The session as the batches see it. */
interface TapHolder {
  readonly tap: WireTap | undefined;
  readonly state: string;
  /** The tap has the chunk: deliver the events the session held back for it. */
  emitHeldEvents(): void;
}

/**
 * The framer's batch observer for a session: when the session's tap takes
 * batches, it is told before a received chunk's lines are handled and gets
 * the chunk's text after them, with whether every line was a JSON object
 * (the session says when one was not, or was not handled).
 */
export class TapBatches implements LineBatchObserver {
  /** The tap taking the chunk being handled, if any. */
  active: WireTap | undefined;
  private objects = true;

  constructor(private readonly session: TapHolder) {}

  start(text: string): void {
    const tap = this.session.tap;
    // Nothing is recorded once the session has closed (as one by one).
    if (tap?.lines === undefined || tap.hold === undefined || this.session.state === 'closed') return;
    this.active = tap;
    this.objects = true;
    tap.hold(text);
  }

  end(text: string, ends: LineEnds, whole: boolean, ascii: boolean): void {
    const tap = this.active;
    if (tap === undefined) return;
    this.active = undefined;
    try {
      tap.lines!('s2c', text, ends, whole && this.objects, ascii);
    } finally {
      this.session.emitHeldEvents();
    }
  }

  /** A line of the chunk was not a JSON object, or the session did not handle it. */
  notObject(): void {
    this.objects = false;
  }
}
