/**
 * Long-running servers (record, replay, sim) live until Ctrl-C or SIGTERM;
 * this is the shared "run until told to stop, then close" helper.
 */
import path from 'node:path';
import type { CliContext } from './context.js';
import { formatEndpoint, type Endpoint } from '../transport/endpoint.js';

/**
 * Where a server listens, as announced: a relative socket path (QEMU takes
 * them too) is given from the root, so that a client in another folder can
 * use the line as printed.
 */
export function listeningAt(ep: Endpoint): string {
  return formatEndpoint('path' in ep ? { path: path.resolve(ep.path) } : ep);
}

export async function serveUntilStopped(ctx: CliContext, close: () => Promise<void>, done?: Promise<unknown>): Promise<void> {
  await new Promise<void>((resolve) => {
    const unhook = ctx.onInterrupt(
      () => {
        unhook();
        resolve();
      },
      { term: true },
    );
    done?.then(() => {
      unhook();
      resolve();
    });
  });
  await close();
}
