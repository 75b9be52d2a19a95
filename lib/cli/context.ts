/**
 * What every command gets: the printer, the global options, a lazily opened
 * backend (so `sim`, `replay`, `demo` never connect), Ctrl-C, and the clock.
 * Tests build one with a fake backend and an instant clock.
 */
import type { Backend } from './api.js';
import type { CommandSpec, ParsedArgs } from './argv.js';
import type { GlobalOptions } from './globals.js';
import type { CliIo, Printer } from './io.js';

export interface CliContext {
  io: CliIo;
  printer: Printer;
  globals: GlobalOptions;
  /** Connects on first call; the runner closes it when the command ends. */
  backend(): Promise<Backend>;
  /**
   * Ctrl-C (SIGINT), and SIGTERM too with `term` (servers and the demo stop
   * cleanly on it; a job wait does not, as virsh does not: the process ends
   * and the job goes on in QEMU). Returns the unregister function.
   */
  onInterrupt(handler: () => void, opts?: { term?: boolean }): () => void;
  sleep(ms: number): Promise<void>;
  now(): number;
  /** virsh polls job progress every 500 ms. */
  pollMs: number;
}

export interface Command {
  spec: CommandSpec;
  /** one line for `--help` */
  usage: string;
  run(ctx: CliContext, args: ParsedArgs): Promise<number>;
}
