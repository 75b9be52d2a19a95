/**
 * The command line as a function: argv in, exit status out, all output
 * through the given streams. main.ts binds it to the process; tests call it
 * directly with a fake backend. Any error becomes one `error: <message>`
 * line on stderr and exit 1; the stack only when DEBUG is set.
 */
import fs from 'node:fs';
import type { Backend, BlockJobEvent } from './api.js';
import { parseCommandArgs } from './argv.js';
import type { CliContext } from './context.js';
import { errorText } from './errors.js';
import { parseGlobals, type GlobalOptions } from './globals.js';
import { Printer, type CliIo } from './io.js';
import { COMMANDS, findCommand } from './registry.js';
import { jobLabel } from './format.js';
import { eventRecord } from './wait.js';
import { UsageError } from './errors.js';

export interface RunDeps {
  /** Connect to the QMP server and attach a manager; the real one is backend.ts. */
  openBackend?: (globals: GlobalOptions) => Promise<Backend>;
  onInterrupt?: (handler: () => void, opts?: { term?: boolean }) => () => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  pollMs?: number;
}

/** package.json's version; lib/cli and dist/cli are both two folders below it. */
function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const GLOBAL_USAGE = 'qmpblock [--socket PATH | --connect URI] [--json] [--timeout SEC] [--state-dir DIR] [--allow-dir DIR]... <command> [args]';

export function usage(): string {
  const lines = [
    `Usage: ${GLOBAL_USAGE}`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '',
  ];
  return lines.join('\n');
}

/** A job's end found at attach (it ended while no client watched), as a stderr note. */
export function unwatchedEndLine(ev: BlockJobEvent): string {
  return `note: ${jobLabel(ev.type)} for ${ev.disk} ${ev.status.toLowerCase()}${ev.error ? `: ${ev.error}` : ''} (it ended while no client was connected)\n`;
}

export async function runCli(argv: readonly string[], io: CliIo, deps: RunDeps = {}): Promise<number> {
  let printer = new Printer(io, false);
  let backend: Backend | undefined;
  let failed = false;
  let opening: Promise<Backend> | undefined;
  try {
    const { globals, rest } = parseGlobals(argv, io.env);
    printer = new Printer(io, globals.json);
    if (globals.version) {
      printer.out(`${version()}\n`, { version: version() });
      return 0;
    }
    const name = rest[0];
    // `help <command>`, as virsh's: that command's usage.
    const helpFor = name === 'help' && rest[1] !== undefined && !rest[1].startsWith('-') && rest[1] !== 'help' ? rest[1] : undefined;
    if ((globals.help || name === 'help') && helpFor === undefined) {
      printer.out(usage(), { usage: GLOBAL_USAGE, commands: COMMANDS.map((c) => ({ name: c.spec.name, usage: c.usage })) });
      return 0;
    }
    if (name === undefined) throw new UsageError('no command given; see qmpblock --help');
    const command = findCommand(helpFor ?? name);
    if (!command) throw new UsageError(`unknown command: '${helpFor ?? name}'`);
    if (helpFor !== undefined || rest.slice(1).some((t) => t === '--help' || t === '-h')) {
      printer.out(`Usage: qmpblock [global options] ${command.usage}\n`, { name: command.spec.name, usage: command.usage });
      return 0;
    }
    const args = parseCommandArgs(command.spec, rest.slice(1));
    const open = deps.openBackend ?? (await import('./backend.js')).openBackend;
    const ctx: CliContext = {
      io,
      printer,
      globals,
      backend: () => {
        opening ??= open(globals).then((b) => {
          backend = b;
          // Ends of jobs no client watched, found at attach: `events` prints them as
          // events; any other command tells them once, here, or they would be lost.
          if (command.spec.name !== 'events') for (const ev of b.attachEvents ?? []) printer.err(unwatchedEndLine(ev), eventRecord(ev));
          return b;
        });
        return opening;
      },
      onInterrupt: deps.onInterrupt ?? (() => () => undefined),
      // Not unref'd: a wait whose connection just died must still wake up and report it.
      sleep: deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      now: deps.now ?? (() => Date.now()),
      pollMs: deps.pollMs ?? 500,
    };
    return await command.run(ctx, args);
  } catch (err) {
    failed = true;
    printer.error(errorText(err));
    if (io.env.DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return 1;
  } finally {
    // After the result: what closing found (job records not saved) is a
    // warning; after an error, whose one line is all stderr gets, nothing.
    if (backend) {
      await backend.close().catch((err: Error) => {
        if (!failed) printer.warning(err.message);
      });
    }
  }
}
