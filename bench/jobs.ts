/**
 * Items 6 (chains) and 8 (jobs), for bench/extras.ts: rounds of
 * bench/jobs-client.ts in fresh processes, medians. No baseline runs beside
 * them: libvirt's message count for the same block pull is given as the
 * reference (qmp-block-jobs.md, libvirt-block-jobs.md).
 */
import type { ExtrasContext, ExtrasResult } from './extras.js';

function median(xs: number[]): number {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function runJobBenches(ctx: ExtrasContext, out: ExtrasResult, which: { chain: boolean; jobs: boolean }): Promise<void> {
  const rounds = ctx.rounds;
  if (which.chain) {
    const depth = 1000;
    ctx.log(`6 chains, ${depth}-deep `);
    const got: Record<string, number>[] = [];
    for (let r = 0; r < rounds; r++) {
      got.push(JSON.parse(await ctx.runChild('client.ts', ['chain', 'qmpblock', '-', JSON.stringify({ depth, reps: ctx.quick ? 2 : 3, lookups: ctx.quick ? 500 : 2000 })], ['--expose-gc'])));
      ctx.log('C');
    }
    ctx.log('\n');
    const m = (k: string): number => median(got.map((g) => g[k]!));
    const title = `6 chain, ${depth} images (simulator in-process)`;
    out.rows.push({ case: title, metric: 'attach: discover disks and chain', unit: 'ms', value: m('attachMs'), digits: 1 });
    out.rows.push({ case: title, metric: 'attach: CPU (client + simulator)', unit: 'ms', value: m('attachCpuMs'), digits: 1 });
    out.rows.push({ case: title, metric: 'attach: QMP bytes received', unit: 'KiB', value: m('attachKiB'), digits: 0 });
    out.rows.push({ case: title, metric: 'rediscover()', unit: 'ms', value: m('rediscoverMs'), digits: 1 });
    out.rows.push({ case: title, metric: 'base lookup by path (bottom image)', unit: 'µs', value: m('lookupPathUs'), digits: 1 });
    out.rows.push({ case: title, metric: 'base lookup by node-name', unit: 'µs', value: m('lookupNodeUs'), digits: 1 });
    out.rows.push({ case: title, metric: `base lookup by drive0[${depth}]`, unit: 'µs', value: m('lookupIndexUs'), digits: 1 });
  }
  if (which.jobs) {
    // Without job records a pull runs as libvirt's (auto-dismiss off); with them (the CLI) QEMU dismisses it.
    for (const records of [false, true]) {
      ctx.log(`8 jobs, block pull on the simulator${records ? ', with job records' : ''} `);
      const got: Record<string, number | string>[] = [];
      for (let r = 0; r < rounds; r++) {
        got.push(JSON.parse(await ctx.runChild('client.ts', ['jobs', 'qmpblock', '-', JSON.stringify({ pulls: ctx.quick ? 3 : 5, records: records ? 1 : 0 })], ['--expose-gc'])));
        ctx.log('J');
      }
      ctx.log('\n');
      const m = (k: string): number => median(got.map((g) => g[k] as number));
      const title = `8 jobs, blockPull on a 3-image chain (simulator in-process)${records ? ', job records kept (auto-dismiss)' : ''}`;
      out.rows.push({ case: title, metric: 'BLOCK_JOB_COMPLETED on the wire -> blockJob event', unit: 'µs', value: m('latencyUs'), digits: 0 });
      out.rows.push({ case: title, metric: 'QMP messages per pull (both ways, incl. events)', unit: '', value: m('messages'), digits: 0 });
      out.rows.push({ case: title, metric: 'QMP commands per pull', unit: '', value: m('commands'), digits: 0 });
      const seq = got[0]?.sequence;
      if (typeof seq === 'string' && seq) out.notes.push(`commands of one blockPull${records ? ' with job records' : ''}: ${seq}`);
    }
  }
}
