/**
 * `events`: print block job events as they arrive, in virsh's `event --loop`
 * words (`event 'block-job-2' for domain 'NAME': Block Pull for vda
 * completed`), until --timeout, Ctrl-C or the connection closes; then
 * virsh's closing lines. Jobs the manager adopted at attach come from it;
 * jobs other clients start later come from QEMU's events (foreign-events.ts).
 */
import type { BlockJobEvent } from '../api.js';
import type { Command } from '../context.js';
import { jobLabel } from '../format.js';
import { jobTimeoutOption } from '../values.js';

export function eventLine(domain: string, ev: BlockJobEvent): string {
  return `event 'block-job-2' for domain '${domain}': ${jobLabel(ev.type)} for ${ev.disk} ${ev.status.toLowerCase()}\n`;
}

export const events: Command = {
  usage: 'events [--timeout SEC]',
  spec: { name: 'events', options: ['timeout'], flags: ['loop', 'all'] },
  async run(ctx, args) {
    const timeoutMs = jobTimeoutOption(args);
    const backend = await ctx.backend();
    const domain = backend.name ?? 'qemu';
    // virsh prints nothing until the first event; a JSON reader gets told when listening starts.
    ctx.printer.record({ event: 'listening' });
    let count = 0;
    type Why = 'interrupted' | 'timed out' | 'closed';
    const why = await new Promise<Why>((resolve) => {
      const print = (ev: BlockJobEvent): void => {
        count++;
        ctx.printer.out(eventLine(domain, ev), { event: 'blockJob', disk: ev.disk, type: ev.type, status: ev.status, ...(ev.error ? { error: ev.error } : {}) });
      };
      // Ends found at attach (jobs that ended while no client watched) came first.
      for (const ev of backend.attachEvents ?? []) print(ev);
      const unsub = backend.manager.onBlockJob(print);
      const unsubForeign = backend.onForeignJobEvent?.(print);
      const done = (reason: Why): void => {
        unsub();
        unsubForeign?.();
        unint();
        if (timer) clearTimeout(timer);
        resolve(reason);
      };
      const unint = ctx.onInterrupt(() => done('interrupted'), { term: true });
      const timer = timeoutMs ? setTimeout(() => done('timed out'), timeoutMs) : undefined;
      backend.closed?.then(() => done('closed'));
    });
    if (why === 'closed') {
      ctx.printer.error('connection to the QMP server closed');
      return 1;
    }
    ctx.printer.out(`event loop ${why}\nevents received: ${count}\n`, { result: why === 'timed out' ? 'timeout' : 'interrupted', count });
    return 0;
  },
};
