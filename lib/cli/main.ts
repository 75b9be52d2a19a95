#!/usr/bin/env node
/**
 * The `qmpblock` executable: binds runCli to this process. Ctrl-C and
 * SIGTERM go to the running command (which aborts its job or stops its
 * server, as virsh does) instead of killing the process; a second one, or
 * one with nobody listening, exits at once. Whatever escapes the command
 * still ends as one `error:` line (the stack only with DEBUG set).
 */
import { runCli } from './run.js';
import { errorText } from './errors.js';

function die(err: unknown): never {
  process.stderr.write(`error: ${errorText(err)}\n`);
  if (process.env.DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}
process.on('uncaughtException', die);
process.on('unhandledRejection', die);
// A reader that went away (`qmpblock chain vda | head -1`) is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : die(err)));

const handlers = new Set<() => void>();
let signalled = false;
function onSignal(signal: NodeJS.Signals): void {
  if (handlers.size === 0 || signalled) process.exit(signal === 'SIGINT' ? 130 : 143);
  signalled = true;
  for (const h of [...handlers]) h();
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, {
  onInterrupt(handler) {
    handlers.add(handler);
    return () => handlers.delete(handler);
  },
});
// Output to pipes, files and terminals is written synchronously, so nothing is
// lost; sockets or timers a library left open must not keep a finished command alive.
process.exit(code);
