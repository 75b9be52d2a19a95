/**
 * The demo's screen: plain lines, and one live progress bar redrawn in place
 * with `\r`. A line printed while the bar is shown (an event arriving) wipes
 * the bar, prints, and draws the bar again below it, so events and progress
 * interleave readably. When stdout is not a terminal (a CI log) the bar is
 * printed as a plain line at each quarter instead. With --json every line is
 * a record, and the bar one record per whole percent.
 */
import type { JsonRecord, Printer } from '../io.js';
import { percentDone } from '../format.js';

const WIDTH = 30;

export function progressBar(cur: number, end: number): string {
  const pct = percentDone(cur, end);
  const filled = Math.round((pct / 100) * WIDTH);
  const mib = (n: number): string => (n / 1048576).toFixed(1);
  return `  [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(pct).padStart(3)} %  ${mib(cur)} / ${mib(end)} MiB`;
}

export class DemoScreen {
  private shown = '';
  private lastPct = -1;

  constructor(private readonly printer: Printer) {}

  line(text: string, record?: JsonRecord): void {
    if (this.printer.json) {
      if (record) this.printer.record(record);
      return;
    }
    const bar = this.shown;
    if (bar) this.printer.out(`\r${' '.repeat(bar.length)}\r`);
    this.printer.out(`${text}\n`);
    if (bar) this.printer.out(bar);
  }

  bar(cur: number, end: number): void {
    if (end <= 0) return;
    if (this.printer.json) {
      const pct = percentDone(cur, end);
      if (pct !== this.lastPct) this.printer.record({ event: 'progress', cur, end, percent: pct });
      this.lastPct = pct;
      return;
    }
    const text = progressBar(cur, end);
    if (!this.printer.tty) {
      const quarter = Math.floor(percentDone(cur, end) / 25);
      if (quarter > this.lastPct) this.printer.out(`${text}\n`);
      this.lastPct = Math.max(this.lastPct, quarter);
      return;
    }
    if (text === this.shown) return;
    const pad = this.shown.length > text.length ? ' '.repeat(this.shown.length - text.length) : '';
    this.printer.out(`\r${text}${pad}`);
    this.shown = text;
  }

  /** Leave the bar where it is (completed) and go on below it. */
  endBar(): void {
    if (this.shown && !this.printer.json && this.printer.tty) this.printer.out('\n');
    this.shown = '';
    this.lastPct = -1;
  }
}
