/**
 * Records one QMP conversation in the trace format. Attach it to a session
 * (`QmpSession.connect(target, { tap: recorder.tap })` records from the
 * greeting on), or put it in a proxy (proxy.ts). Each message is turned into
 * its line at once, from the wire text (the session mutates event objects
 * afterwards), and
 * appended to the file within the same event-loop turn, with one write per
 * turn; an exit handler flushes what is left, so a crash loses nothing
 * already seen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { QmpSession, WireTap } from '../qmp/session.js';
import { formatHeader, type Direction, type TraceHeader } from './format.js';
import { logger } from '../log.js';

const log = logger('trace');

export interface RecorderCloseOptions {
  /** Keys merged into the header when the recording ends (e.g. `expect`, `source`). */
  header?: Partial<TraceHeader>;
}

export class TraceRecorder {
  private fd: number | undefined;
  private t0 = performance.now();
  /** Lines not yet written (one string: appending is cheaper than an array and a join). */
  private pending = '';
  private scheduled = false;
  private readonly onExit = (): void => this.flush();
  /** Messages recorded so far. */
  count = 0;
  header: TraceHeader;

  private constructor(readonly file: string, header: TraceHeader, private readonly headerWritten: boolean) {
    this.header = header;
    process.on('exit', this.onExit);
  }

  /**
   * Create (truncate) `file` and write the header line now. When the header is
   * not known yet (a proxy learns `source` from the greeting), pass
   * `deferHeader` and call `writeHeader()` later; messages wait until then.
   */
  static open(file: string, header: TraceHeader, opts: { deferHeader?: boolean } = {}): TraceRecorder {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const r = new TraceRecorder(file, header, !opts.deferHeader);
    r.fd = fs.openSync(file, 'w', 0o644);
    if (!opts.deferHeader) fs.writeSync(r.fd, formatHeader(header) + '\n');
    else r.headerPending = true;
    return r;
  }

  private headerPending = false;

  /** Write the header (deferred mode) and everything held back until now. */
  writeHeader(patch: Partial<TraceHeader> = {}): void {
    if (!this.headerPending || this.fd === undefined) return;
    this.header = { ...this.header, ...patch } as TraceHeader;
    fs.writeSync(this.fd, formatHeader(this.header) + '\n');
    this.headerPending = false;
    this.flush();
  }

  /** Time origin of `t`: the moment the connection opened. */
  restartClock(): void {
    this.t0 = performance.now();
  }

  /**
   * Record one message. `msg` is the parsed object, or undefined for a line
   * that was not JSON. `text` may be any JSON text (a proxy's client may send
   * pretty-printed JSON): a text with line breaks is re-serialised.
   */
  record(dir: Direction, text: string, msg: unknown): void {
    if (msg !== undefined && msg !== null && typeof msg === 'object' && !Array.isArray(msg)) {
      text = /[\r\n]/.test(text) ? JSON.stringify(msg) : text.trim();
    }
    this.tap(dir, text, msg);
  }

  /**
   * The tap to give a session: the session hands over single-line texts
   * (lines of QEMU's, its own commands), so they go in as they are. A message
   * that parsed as an object is written as the very text that crossed the
   * wire (QEMU's key order, no re-serialisation: that was most of the
   * recorder's cost); anything else is kept as a `raw` string.
   */
  readonly tap: WireTap = (dir, text, msg) => {
    if (this.fd === undefined) return;
    const t = Math.round((performance.now() - this.t0) * 1000) / 1000;
    this.pending +=
      msg !== undefined && msg !== null && typeof msg === 'object' && !Array.isArray(msg)
        ? `{"dir":"${dir}","msg":${text},"t":${t}}\n`
        : `{"dir":"${dir}","raw":${JSON.stringify(text)},"t":${t}}\n`;
    this.count++;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flushSoon);
    }
  };

  private readonly flushSoon = (): void => this.flush();

  /** Record a session that is already past its greeting (the greeting is then missing). */
  attach(session: QmpSession): void {
    session.tap = this.tap;
  }

  flush(): void {
    this.scheduled = false;
    if (this.fd === undefined || this.headerPending || this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    fs.writeSync(this.fd, text);
  }

  /** Flush, close the file, and (optionally) merge keys into the header line. */
  close(opts: RecorderCloseOptions = {}): void {
    if (this.fd === undefined) return;
    if (this.headerPending) this.writeHeader();
    this.flush();
    fs.closeSync(this.fd);
    this.fd = undefined;
    process.off('exit', this.onExit);
    if (opts.header) {
      this.header = { ...this.header, ...opts.header } as TraceHeader;
      rewriteHeader(this.file, this.header);
    }
    log.enabled && log('recorded %d messages to %s', this.count, this.file);
  }

  get headerWasWrittenAtOpen(): boolean {
    return this.headerWritten;
  }
}

/** Replace line 1 of a trace file (temp file + rename, so a reader never sees half a file). */
export function rewriteHeader(file: string, header: TraceHeader): void {
  const text = fs.readFileSync(file, 'utf8');
  const nl = text.indexOf('\n');
  const rest = nl === -1 ? '' : text.slice(nl + 1);
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, formatHeader(header) + '\n' + rest);
  fs.renameSync(tmp, file);
}

/** Library entry point: start recording to `file`; pass `recorder.tap` as the session's `tap`. */
export function recordTrace(file: string, header: Omit<TraceHeader, 'qmpTrace'> & { qmpTrace?: 1 }): TraceRecorder {
  return TraceRecorder.open(file, { qmpTrace: 1, ...header } as TraceHeader);
}
