#!/usr/bin/env node
/**
 * The `qmpblock` executable: binds runCli to this process. Ctrl-C goes to
 * the running command (which aborts its job, as virsh does, or stops its
 * server) instead of killing the process; SIGTERM only to servers, the demo
 * and `events` (virsh traps only SIGINT: killed while waiting, it leaves the
 * job running). A second one, or one nobody listens for, exits at once. Whatever escapes the command
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

/** Handlers, and whether each also takes SIGTERM. */
const handlers = new Map<() => void, boolean>();
let signalled = false;
function onSignal(signal: NodeJS.Signals): void {
  const takers = [...handlers].filter(([, term]) => signal === 'SIGINT' || term).map(([h]) => h);
  if (takers.length === 0 || signalled) process.exit(signal === 'SIGINT' ? 130 : 143);
  signalled = true;
  for (const h of takers) h();
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, {
  onInterrupt(handler, opts) {
    handlers.set(handler, opts?.term === true);
    return () => handlers.delete(handler);
  },
});
// Output to pipes, files and terminals is written synchronously, so nothing is
// lost; sockets or timers a library left open must not keep a finished command alive.
process.exit(code);
