/**
 * The demo's story, the seed RFC's own example: build
 * `template <- intermediate <- current`, rebase current onto template with a
 * live progress bar and the events as they arrive (QEMU's and libvirt's),
 * then take a disk-only snapshot recorded with merge=backward, let the guest
 * write into it, and delete it by merging backward (active commit + pivot).
 * Each step checks the chain and the guest-visible data; a short summary
 * ends it. Returns whether every check held.
 */
import type { BlockJobEvent } from '../../jobs/index.js';
import type { ReceivedEvent } from '../../qmp/types.js';
import type { DemoScreen } from './render.js';
import type { DemoStage } from './stage.js';

const REBASE_MIB_PER_S = 4;
const SNAPSHOT = 'demo-snap';
const QMP_JOB_EVENTS = new Set(['JOB_STATUS_CHANGE', 'BLOCK_JOB_READY', 'BLOCK_JOB_COMPLETED', 'BLOCK_JOB_CANCELLED', 'BLOCK_JOB_ERROR', 'BLOCK_JOB_PENDING']);

interface Check {
  step: string;
  seconds: number;
  ok: boolean;
  note: string;
}

function qmpEventText(ev: ReceivedEvent): string {
  const d = ev.data ?? {};
  if (ev.event === 'JOB_STATUS_CHANGE') return `qmp      JOB_STATUS_CHANGE    ${String(d.id)} -> ${String(d.status)}`;
  const keys = ['device', 'type', 'offset', 'len', 'speed', 'error'].filter((k) => d[k] !== undefined);
  return `qmp      ${ev.event.padEnd(20)} ${keys.map((k) => `${k}=${String(d[k])}`).join(' ')}`;
}

export async function runStory(stage: DemoStage, screen: DemoScreen, now: () => number = Date.now): Promise<boolean> {
  const { manager, session, disk, images } = stage;
  const t0 = now();
  const checks: Check[] = [];
  const chainNames = (): string[] => manager.getDisk(disk).chain.map((c) => c.filename);
  const showChain = (title: string): void => {
    const chain = chainNames();
    screen.line(title, { step: 'chain', disk, chain });
    chain.forEach((p, i) => screen.line(`  ${disk}[${i + 1}]  ${p}`));
  };

  // Events as they arrive: QEMU's job events, then libvirt's blockJob on top of them.
  const onQmp = (ev: ReceivedEvent): void => {
    if (QMP_JOB_EVENTS.has(ev.event)) screen.line(`  ${qmpEventText(ev)}`, { event: 'qmp', name: ev.event, data: ev.data ?? {} });
  };
  const onJob = (ev: BlockJobEvent): void => {
    // The manager reacts inside QEMU's event dispatch; print after QEMU's own line.
    queueMicrotask(() => screen.line(`  libvirt  blockJob             disk=${ev.disk} type=${ev.type} status=${ev.status}${ev.error ? ` error=${ev.error}` : ''}`, {
      event: 'blockJob', disk: ev.disk, type: ev.type, status: ev.status,
    }));
  };
  session.on('event', onQmp);
  manager.on('blockJob', onJob);

  /** Redraw the bar from getBlockJobInfo while `op` runs. */
  const withBar = async <T>(op: Promise<T>): Promise<T> => {
    let done = false;
    let end = 0;
    const tracked = op.finally(() => (done = true));
    while (!done) {
      // Without QEMU no event will come: stop instead of drawing forever.
      if (session.closed) throw new Error('connection to QEMU closed');
      const info = await manager.getBlockJobInfo(disk, 0).catch(() => null);
      if (info) {
        screen.bar(info.cur, info.end);
        end = info.end;
      }
      await Promise.race([new Promise((r) => setTimeout(r, 100)), tracked.catch(() => undefined)]);
    }
    try {
      const result = await tracked;
      if (end > 0) screen.bar(end, end);
      return result;
    } finally {
      screen.endBar();
    }
  };

  try {
    screen.line(`qmpblock demo: libvirt's block jobs over QMP, on ${stage.what}\n`, { step: 'start', backend: stage.what });
    showChain('The seed\'s chain, template <- intermediate <- current (top first):');
    const c0 = stage.content();

    // 1. Rebase: merge intermediate into current; current is then backed by template.
    screen.line(`\n1. virDomainBlockRebase(${disk}, "${images.template}", ${REBASE_MIB_PER_S} MiB/s, 0): merge intermediate into current`, {
      step: 'rebase', base: images.template, bandwidth: REBASE_MIB_PER_S,
    });
    let t = now();
    const ended = new Promise<BlockJobEvent>((resolve) => {
      const l = (ev: BlockJobEvent): void => {
        if (ev.disk !== disk || ev.status === 'READY') return;
        manager.off('blockJob', l);
        resolve(ev);
      };
      manager.on('blockJob', l);
    });
    await manager.blockRebase(disk, images.template, REBASE_MIB_PER_S, 0);
    const rebaseEnd = await withBar(ended);
    const afterRebase = chainNames();
    const rebaseOk = rebaseEnd.status === 'COMPLETED' && afterRebase.join() === [images.current, images.template].join() && stage.content() === c0;
    checks.push({
      step: 'rebase',
      seconds: (now() - t) / 1000,
      ok: rebaseOk,
      note: c0 === undefined ? `${rebaseEnd.status}, chain template <- current` : `${rebaseEnd.status}, chain template <- current, guest data unchanged`,
    });
    showChain('\nThe chain now, template <- current:');

    // 2. Disk-only snapshot, to be undone by merging backward.
    screen.line(`\n2. Disk-only snapshot '${SNAPSHOT}' of ${disk} into ${images.snapshot}, recorded with merge=backward`, {
      step: 'snapshot-create', snapshot: SNAPSHOT, file: images.snapshot, merge: 'backward',
    });
    t = now();
    await manager.snapshotCreate(SNAPSHOT, [{ disk, file: images.snapshot, merge: 'backward' }]);
    showChain('The chain with the snapshot overlay on top:');
    screen.line('The guest writes 8 MiB; they land in the overlay.', { step: 'guest-write', mib: 8 });
    await stage.guestWrite(8);
    const c2 = stage.content();

    // 3. Delete it: the overlay is committed into current (active commit), then the disk pivots back.
    screen.line(`\n3. Delete '${SNAPSHOT}': backward merge of the overlay into current (active commit + pivot)`, {
      step: 'snapshot-delete', snapshot: SNAPSHOT,
    });
    await withBar(manager.snapshotDelete(SNAPSHOT));
    const afterDelete = chainNames();
    const left = await manager.snapshotList();
    const deleteOk = afterDelete.join() === [images.current, images.template].join() && stage.content() === c2 && left.length === 0;
    checks.push({
      step: 'snapshot',
      seconds: (now() - t) / 1000,
      ok: deleteOk,
      note: c2 === undefined ? 'created, deleted backward, chain template <- current' : 'created, deleted backward, chain template <- current, guest data kept',
    });
    showChain('\nThe chain after the backward merge, template <- current:');
  } finally {
    session.off('event', onQmp);
    manager.off('blockJob', onJob);
  }

  const final = await stage.finish();
  checks.push({ step: 'data', seconds: 0, ok: final.ok, note: final.text });
  const total = (now() - t0) / 1000;
  screen.line('\nSummary', { step: 'summary', ok: checks.every((c) => c.ok), seconds: total, checks });
  for (const c of checks) {
    const secs = c.seconds ? `${c.seconds.toFixed(1)} s`.padStart(7) : ''.padStart(7);
    screen.line(`  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.step.padEnd(9)}${secs}  ${c.note}`);
  }
  screen.line(`  total ${total.toFixed(1)} s`);
  return checks.every((c) => c.ok);
}
