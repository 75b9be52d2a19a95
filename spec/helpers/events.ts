/**
 * Waiting for a BlockJobManager's `blockJob` events in tests.
 */
import type { BlockJobEvent, BlockJobManager } from '../../lib/jobs/index.js';

/** The next `blockJob` event matching `pred`, listening from now on. */
export function nextEvent(m: BlockJobManager, pred: (e: BlockJobEvent) => boolean = () => true): Promise<BlockJobEvent> {
  return new Promise((resolve) => {
    const l = (e: BlockJobEvent): void => {
      if (!pred(e)) return;
      m.off('blockJob', l);
      resolve(e);
    };
    m.on('blockJob', l);
  });
}
