/**
 * Long-running servers (record, replay, sim) live until Ctrl-C or SIGTERM;
 * this is the shared "run until told to stop, then close" helper.
 */
import type { CliContext } from './context.js';

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
