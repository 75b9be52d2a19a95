#!/usr/bin/env node
/**
 * The `qmpblock` executable: binds runCli to this process. Ctrl-C and
 * SIGTERM go to the running command (which aborts its job or stops its
 * server, as virsh does) instead of killing the process; a second Ctrl-C
 * with nobody listening exits at once.
 */
import { runCli } from './run.js';

const handlers = new Set<() => void>();
function onSignal(signal: NodeJS.Signals): void {
  if (handlers.size === 0) process.exit(signal === 'SIGINT' ? 130 : 143);
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
process.exitCode = code;
// Sockets or timers a library left open must not keep a finished command alive.
setTimeout(() => process.exit(code), 2000).unref();
