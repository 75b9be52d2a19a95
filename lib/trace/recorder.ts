/**
 * Records one QMP conversation in the trace format. Attach it to a session
 * (`QmpSession.connect(target, { tap: recorder.tap })` records from the
 * greeting on), or put it in a proxy (proxy.ts). Messages become trace lines
 * at once, from the wire text (the session mutates event objects
 * afterwards), encoded into one buffer that is written before control goes
 * back to the caller: once a session has handled a received chunk, its
 * messages are in the file before any promise continuation of the
 * application runs, and commands are in it before they leave. So a crash,
 * even a SIGKILL, loses nothing already seen (interface.md). One write per
 * chunk or per write of commands, not per message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { QmpSession } from '../qmp/session.js';
import type { WireTap } from '../qmp/wire-tap.js';
import { checkHeader, formatHeader, type Direction, type TraceHeader, type TraceHeaderInput } from './format.js';
import { logger } from '../log.js';
import { makeDirsSync } from '../make-dirs.js';
import type { LineEnds } from '../transport/line-framer.js';
import { ByteBuffer } from './byte-buffer.js';
import { formatLines } from './line-formatter.js';

const log = logger('trace');
const BLANK = /^[ \t\r]*$/;
const HEAD_C2S = '{"dir":"c2s","msg":';
const HEAD_S2C = '{"dir":"s2c","msg":';

export interface RecorderCloseOptions {
  /** Keys merged into the header when the recording ends (e.g. `expect`, `source`). */
  header?: Partial<TraceHeader>;
}

/**
 * Recorders with a file open. One process 'exit' listener serves them all:
 * one each made a daemon recording a dozen VMs print Node's
 * MaxListenersExceededWarning.
 */
const openRecorders = new Set<TraceRecorder>();

function flushAllAtExit(): void {
  for (const r of openRecorders) r.flushAtExit();
}

/**
 * The trace file could not be written (a full disk...). The recording ends
 * there: the file keeps the whole lines it got, nothing more is written,
 * and each later write, flush() and close() throws this again.
 */
export class TraceWriteError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly file: string,
    cause: Error,
  ) {
    super(`${file}: cannot write the trace: ${cause.message}`, { cause });
    this.name = 'TraceWriteError';
    this.code = (cause as NodeJS.ErrnoException).code;
  }
}

export class TraceRecorder {
  private fd: number | undefined;
  /** Origin of `t`; unset until the connection opens (or the first message, for a tap told nothing). */
  private t0: number | undefined;
  /** Lines not yet written, already encoded. */
  private readonly pending = new ByteBuffer();
  private scheduled = false;
  /** At process exit: what is still pending goes to the file. @internal */
  flushAtExit(): void {
    try {
      this.flush();
    } catch {
      // At exit there is no one left to tell; the file keeps its whole lines.
    }
  }
  /** Messages recorded so far. */
  count = 0;
  header: TraceHeader;

  private constructor(readonly file: string, header: TraceHeader, private readonly headerWritten: boolean) {
    this.header = header;
  }

  /**
   * Create (truncate) `file` and write the header line now. When the header is
   * not known yet (a proxy learns `source` from the greeting), pass
   * `deferHeader` and call `writeHeader()` once it is: the header as given
   * is written now all the same, and messages as they come (a crash before
   * the greeting loses nothing seen), and `writeHeader()` rewrites it. Only
   * a file that cannot be rewritten (a pipe, a device) holds its messages
   * back until `writeHeader()`.
   */
  static open(file: string, header: TraceHeader, opts: { deferHeader?: boolean } = {}): TraceRecorder {
    // Before the file is made: a header the reader would refuse is no trace.
    checkHeader(header, file);
    makeDirsSync(path.dirname(path.resolve(file)));
    const fd = fs.openSync(file, 'w', 0o644);
    const isFile = fs.fstatSync(fd).isFile();
    const hold = opts.deferHeader === true && !isFile;
    const r = new TraceRecorder(file, header, !hold);
    r.cuttable = isFile;
    try {
      if (hold) r.headerPending = true;
      else if (opts.deferHeader === true) {
        // Room after it for the real header, written in place (trailing
        // spaces are JSON white space): no temp file, rename or reopen, which
        // a folder the user cannot write to, a trace's mode, hard links and
        // a redirected stdout do not survive.
        const line = formatHeader(header);
        r.headerRoom = Buffer.byteLength(line) + HEADER_ROOM;
        r.size = fs.writeSync(fd, line + ' '.repeat(HEADER_ROOM) + '\n');
      } else r.size = fs.writeSync(fd, formatHeader(header) + '\n');
    } catch (err) {
      // A full disk: no descriptor or exit listener is left behind.
      fs.closeSync(fd);
      throw err;
    }
    r.fd = fd;
    openRecorders.add(r);
    if (openRecorders.size === 1) process.on('exit', flushAllAtExit);
    return r;
  }

  /** Bytes of the provisional header's line, spaces included (its "\n" not); 0 once rewritten, or with none. */
  private headerRoom = 0;

  /** Bytes appended to the file so far: whole lines, up to a failed write's torn one. */
  private size = 0;
  /** The file can be cut back to its whole lines (a regular file, not a pipe). */
  private cuttable = false;
  /** The write error that ended the recording, if one did. */
  private failure: TraceWriteError | undefined;

  /** Messages wait for the header (a file that cannot be rewritten). */
  private headerPending = false;

  /** The header with `patch` merged in, checked as the reader would check it. */
  private patchedHeader(patch: Partial<TraceHeader>): TraceHeader {
    const next = { ...this.header, ...patch };
    checkHeader(next, this.file);
    return next;
  }

  /**
   * Merge `patch` into the header (deferred mode): write it, and everything
   * held back until now; or, where the provisional one is written already,
   * overwrite it in place, in the room left after it. False when there was
   * nothing to write, or the new header does not fit (the old one stays).
   */
  writeHeader(patch: Partial<TraceHeader> = {}): boolean {
    if (this.fd === undefined) return false;
    if (this.headerPending) {
      this.header = this.patchedHeader(patch);
      fs.writeSync(this.fd, formatHeader(this.header) + '\n');
      this.headerPending = false;
      this.flush();
      return true;
    }
    const room = this.headerRoom;
    if (room === 0) return false;
    this.headerRoom = 0;
    const next = this.patchedHeader(patch);
    const line = Buffer.from(formatHeader(next));
    // Too long for its room: the provisional header stays (the caller is told).
    if (line.length > room) return false;
    this.header = next;
    const padded = Buffer.alloc(room, 0x20);
    line.copy(padded);
    fs.writeSync(this.fd, padded, 0, padded.length, 0);
    return true;
  }

  /** Time origin of `t`: the moment the connection opened (a session's tap is told; a proxy calls this). */
  restartClock(): void {
    this.t0 = performance.now();
  }

  /**
   * Record one message. `msg` is the parsed object, or undefined for a line
   * that was not JSON. `text` may be any JSON text (a proxy's client may send
   * pretty-printed JSON): its line breaks, white space between tokens in JSON
   * text, become spaces (re-serialising would round 64-bit integers). Written
   * at `flush()` (a proxy calls it before passing a chunk on), or at the end
   * of the turn at the latest.
   */
  record(dir: Direction, text: string, msg: unknown): void {
    if (msg !== undefined && msg !== null && typeof msg === 'object' && !Array.isArray(msg)) {
      text = /[\r\n]/.test(text) ? text.replace(/[\r\n]+/g, ' ').trim() : text.trim();
    }
    // After a failed write nothing more is recorded (flush() and close() say why).
    if (this.fd === undefined || this.failure !== undefined) return;
    this.pending.append(entry(dir, text, msg, this.now()));
    this.count++;
    this.schedule();
  }

  /**
   * The tap to give a session. The session hands over single-line texts (lines
   * of QEMU's, its own commands), so they go in as they are: a message that
   * parsed as an object is written as the very text that crossed the wire
   * (QEMU's key order, no re-serialisation), anything else as a `raw` string.
   *
   * Most messages come in batches (`lines`): a received chunk's lines, or one
   * write's commands, as one text, which becomes trace lines in one call
   * (line-formatter.ts; without WebAssembly, one native `replaceAll`), all
   * stamped with the batch's time (they crossed the wire together).
   * Per-message concatenation cost 0.7 µs per event, mostly in allocation
   * and garbage collection. Commands sent while a chunk is being
   * handled (`hold`) are written after that chunk's messages: on the wire
   * they left after it arrived, and a replayer must send it before waiting.
   */
  readonly tap: WireTap = Object.assign(
    (dir: Direction, text: string, msg: unknown): void => {
      if (this.fd === undefined) return;
      this.add(dir, entry(dir, text, msg, this.now()));
      this.count++;
    },
    {
      // The first connection starts the clock; a recorder handed to a later
      // session keeps counting (t never goes back in one file), and a clock
      // the caller restarted stays.
      opened: (): void => {
        this.t0 ??= performance.now();
      },
      hold: (text?: string): void => {
        this.holding = true;
        this.holdText = text;
        this.chunkWritten = false;
        // The chunk's time is when it arrived, before its handlers ran (and
        // before any command they send, which is written after it).
        this.heldSince = this.now();
      },
      release: (): void => this.writeHeldChunk(),
      lines: (dir: Direction, text: string, ends: LineEnds, objects: boolean, ascii: boolean): void => {
        let t: number;
        if (dir === 's2c' && this.holding) {
          this.holding = false;
          this.holdText = undefined;
          t = this.heldSince;
        } else t = this.now();
        if (dir === 's2c' && this.chunkWritten) {
          // Written already, by a flush while its handlers ran (close()).
          this.chunkWritten = false;
          return this.flush();
        }
        if (this.fd === undefined) return;
        const to = dir === 'c2s' && this.holding ? this.held : this.pending;
        if (objects && ends !== 'mixed') {
          const body = ends === 'crlf' ? text.slice(0, -1) : text;
          const head = dir === 'c2s' ? HEAD_C2S : HEAD_S2C;
          const tail = `,"t":${t}}\n`;
          const formatted = formatLines(body, ascii, ends === 'crlf' ? 2 : 1, head, tail);
          if (formatted !== undefined) {
            this.count += formatted.lines;
            const { memory, start, length } = formatted;
            // Nothing waiting before them: written straight from the formatter's memory.
            if (to === this.pending && this.pending.length === 0 && this.held.length === 0 && !this.holding) return this.writeNow(memory, start, length);
            to.appendBytes(memory, start, length);
          } else {
            const eol = ends === 'crlf' ? '\r\n' : '\n';
            const sep = tail + head;
            const lines = body.replaceAll(eol, sep);
            // One line per separator, plus the last; counted from the lengths.
            this.count += 1 + (lines.length - body.length) / (sep.length - eol.length);
            to.append(head + lines + tail, ascii);
          }
        } else to.append(this.eachLine(dir, text, t));
        if (dir === 's2c' && this.held.length > 0) this.pending.takeFrom(this.held);
        // Commands sent while a chunk is handled wait for it; everything else is
        // written now. (Waiting to the end of the tick to write a chunk with the
        // commands it leads to saved a write per chunk, but an application that
        // acted on an answer and then crashed left a trace without it.)
        if (!this.holding) this.flush();
      },
    },
  );

  /** Commands seen while a received chunk is being handled; they go after it. */
  private holding = false;
  /** The chunk being handled, written by a flush before its handlers are done (the process ends). */
  private holdText: string | undefined;
  private chunkWritten = false;
  private heldSince = 0;
  private readonly held = new ByteBuffer();

  private add(dir: Direction, text: string): void {
    if (this.holding && dir === 'c2s') this.held.append(text);
    else {
      this.pending.append(text);
      this.flush();
    }
  }

  /** Write at the end of the turn what `record()` added and nobody flushed. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.flushSoon);
  }

  /** A batch that needs looking at line by line: blank lines, non-objects, mixed line ends. */
  private eachLine(dir: Direction, text: string, t: number): string {
    let out = '';
    for (let line of text.split('\n')) {
      if (line.endsWith('\r')) line = line.slice(0, -1);
      // Blank as the framer has it (it skips these without a word).
      if (BLANK.test(line)) continue;
      let msg: unknown;
      try {
        msg = JSON.parse(line);
      } catch {
        msg = undefined;
      }
      out += entry(dir, line, msg, t);
      this.count++;
    }
    return out;
  }

  /** Milliseconds since the connection opened, to the microsecond. */
  private now(): number {
    const now = performance.now();
    // Not when the recorder was made: an application may connect much later.
    this.t0 ??= now;
    return Math.round((now - this.t0) * 1000) / 1000;
  }

  private readonly flushSoon = (): void => {
    try {
      this.flush();
    } catch {
      // Kept as `failure`: the owner's next flush(), write or close() throws it.
    }
  };

  /** Record a session that is already past its greeting (the greeting is then missing). */
  attach(session: QmpSession): void {
    session.tap = this.tap;
  }

  /**
   * The chunk being handled, written before its end (its lines go line by
   * line): commands are about to leave (release), or the process ends.
   */
  private writeHeldChunk(): void {
    if (!this.holding || this.holdText === undefined || this.fd === undefined || this.failure !== undefined) return;
    this.pending.append(this.eachLine('s2c', this.holdText, this.heldSince));
    this.holdText = undefined;
    this.holding = false;
    this.chunkWritten = true;
    this.flush();
  }

  flush(): void {
    this.scheduled = false;
    if (this.holding && this.holdText !== undefined && this.fd !== undefined) {
      // The process ends (or the recorder closes) while a chunk's handlers
      // run: the chunk's lines are written; the commands they issued never
      // left (the session sends them once the chunk is done, or releases
      // the chunk first), so they are not.
      this.held.clear();
      return this.writeHeldChunk();
    }
    // A batch still held (its chunk's handler threw before the session
    // could end the batch) is not lost.
    if (this.held.length > 0) {
      this.holding = false;
      this.pending.takeFrom(this.held);
    }
    if (this.failure !== undefined) throw this.failure;
    if (this.fd === undefined || this.headerPending || this.pending.length === 0) return;
    this.pending.drainInto(this.appendToFile);
  }

  /** Write `length` bytes of `buf` from `start` (memory that is only valid now) when nothing else waits. */
  private writeNow(buf: Buffer, start: number, length: number): void {
    if (this.failure !== undefined) throw this.failure;
    if (this.fd === undefined || this.headerPending) return this.pending.appendBytes(buf, start, length);
    this.appendToFile(buf, start, length);
  }

  /**
   * Append whole trace lines to the file. A write that fails (a full disk)
   * ends the recording: the lines that went out whole stay, a torn one is
   * cut off (a reader refuses a trace that ends inside a line), and what
   * waits is dropped.
   */
  private readonly appendToFile = (buf: Buffer, start: number, length: number): void => {
    let off = 0;
    try {
      while (off < length) off += fs.writeSync(this.fd!, buf, start + off, length - off);
    } catch (err) {
      const nl = off > 0 ? buf.lastIndexOf(0x0a, start + off - 1) : -1;
      const whole = nl >= start ? nl + 1 - start : 0;
      this.size += whole;
      if (this.cuttable && whole < off) {
        try {
          fs.ftruncateSync(this.fd!, this.size);
        } catch {
          // The torn end stays; the error below is what there is to tell.
        }
      }
      this.failure = new TraceWriteError(this.file, err as Error);
      this.pending.clear();
      this.held.clear();
      this.holdText = undefined;
      throw this.failure;
    }
    this.size += length;
  };

  /** Flush, close the file, and (optionally) merge keys into the header line. */
  close(opts: RecorderCloseOptions = {}): void {
    if (this.fd === undefined) return;
    try {
      if (this.headerPending) this.writeHeader();
      this.flush();
    } finally {
      // Closed even when the last write fails (a full disk): the error is the caller's to report.
      fs.closeSync(this.fd);
      this.fd = undefined;
      openRecorders.delete(this);
      if (openRecorders.size === 0) process.off('exit', flushAllAtExit);
    }
    if (opts.header) {
      this.header = this.patchedHeader(opts.header);
      // Where `file` is a link, the file it leads to is rewritten; the link stays.
      rewriteHeader(fs.realpathSync(this.file), this.header);
    }
    log.enabled && log('recorded %d messages to %s', this.count, this.file);
  }

  get headerWasWrittenAtOpen(): boolean {
    return this.headerWritten;
  }
}

/** One trace line: the wire text as `msg` when it parsed as an object, else as `raw`. */
function entry(dir: Direction, text: string, msg: unknown, t: number): string {
  return msg !== undefined && msg !== null && typeof msg === 'object' && !Array.isArray(msg)
    ? `{"dir":"${dir}","msg":${text},"t":${t}}\n`
    : `{"dir":"${dir}","raw":${JSON.stringify(text)},"t":${t}}\n`;
}

/** Room left after a provisional header for the one that replaces it (the greeting's source is about 30 bytes). */
const HEADER_ROOM = 256;

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
export function recordTrace(file: string, header: TraceHeaderInput): TraceRecorder {
  return TraceRecorder.open(file, { ...header, qmpTrace: 1 } as TraceHeader);
}
