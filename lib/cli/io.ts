/**
 * Where the CLI writes, and in which form. Text mode writes virsh's exact
 * text to the stream virsh uses (progress on stderr, results on stdout);
 * `--json` writes one JSON object per line on stdout instead, for every
 * result, progress step and event. Errors are `error: ...` on stderr in both.
 */
import { exactJson } from '../transport/exact-json.js';

export interface Writer {
  write(text: string): unknown;
  /** A terminal: redrawing in place with `\r` shows as intended. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  env: NodeJS.ProcessEnv;
}

export type JsonRecord = Record<string, unknown>;

export class Printer {
  /** stderr holds a progress line with no newline after it yet. */
  private openLine = false;

  constructor(private readonly io: CliIo, readonly json: boolean) {}

  /** stdout is a terminal. */
  get tty(): boolean {
    return this.io.stdout.isTTY === true;
  }

  /** A result: `text` verbatim on stdout, or `record` as one JSON line. */
  out(text: string, record?: JsonRecord): void {
    if (this.json) {
      if (record) this.jsonLine(record);
    } else {
      this.io.stdout.write(text);
    }
  }

  /** Text for stderr (progress lines); `record` as a JSON line on stdout in JSON mode. */
  err(text: string, record?: JsonRecord): void {
    if (this.json) {
      if (record) this.jsonLine(record);
    } else {
      this.io.stderr.write(text);
      if (text) this.openLine = !text.endsWith('\n');
    }
  }

  /** A warning line on stderr (a JSON line in JSON mode); after a progress line, on a line of its own. */
  warning(message: string): void {
    if (this.json) return this.jsonLine({ event: 'warning', message });
    this.io.stderr.write(`${this.openLine ? '\n' : ''}warning: ${message}\n`);
    this.openLine = false;
  }

  /** Only in JSON mode. */
  record(record: JsonRecord): void {
    if (this.json) this.jsonLine(record);
  }

  /**
   * The one error line; always stderr text, so scripts need not parse it.
   * After a progress line it starts on a line of its own (virsh puts a
   * newline there too: `error: \nPull failed`).
   */
  error(message: string): void {
    this.io.stderr.write(`${this.openLine ? '\n' : ''}error: ${message}\n`);
    this.openLine = false;
  }

  private jsonLine(record: JsonRecord): void {
    // Integers exact, as in the text lines (a bandwidth of 8796093022207 MiB/s in bytes).
    this.io.stdout.write(exactJson(record) + '\n');
  }
}
