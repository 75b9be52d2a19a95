/**
 * Records one scenario against a real QEMU: builds its qcow2 chain in a
 * deterministic folder (so that re-recordings and replays name the same
 * paths), flattens it to raw for the data check, starts QEMU, connects with
 * the project's TraceRecorder tapping the session from the greeting on, runs
 * the scenario, quits, checks the final chains and data with qemu-img, and
 * writes the findings into the trace header's `expect`.
 */
import path from 'node:path';
import fs from 'node:fs';
import { QmpSession } from '../../lib/qmp/session.js';
import { TraceRecorder, rewriteHeader } from '../../lib/trace/recorder.js';
import { readTrace, type TraceHeader } from '../../lib/trace/format.js';
import {
  QemuProcess,
  backingChain,
  compareImages,
  createStandardChain,
  flatten,
  freshDir,
  type DiskSpec,
} from '../../lib/qemu/index.js';
import { logger } from '../../lib/log.js';
import { ScenarioContext, type ExtraCheck, type Scenario, type ScenarioEnv } from './scenario.js';
import { commandSequence, eventSequence, finalJobEvent, jobStatusSequence, sourceFromGreeting } from './analyse.js';

const log = logger('qemu');

/** Root of the scenario image folders; fixed so that paths in traces stay the same between recordings. */
export const TRACE_IMAGE_ROOT = '/var/tmp/qmpblock-traces';

export interface RecordOptions {
  /** Folder the `<scenario>.jsonl` goes to. */
  outDir: string;
  /** Keep the images after a verified recording (they are always kept after a failure). */
  keepImages?: boolean;
  imageRoot?: string;
}

export interface RecordResult {
  scenario: string;
  file: string;
  verified: boolean;
  /** Why verification failed. */
  failures: string[];
  messages: number;
}

export interface ScenarioSetUp {
  env: ScenarioEnv;
  disks: DiskSpec[];
}

/**
 * Build a scenario's images in its folder (emptied first) and work out the
 * disks QEMU gets. Also used to replay a recorded trace against a fresh QEMU
 * set up exactly as for the recording.
 */
export async function setUpScenario(sc: Scenario, imageRoot = TRACE_IMAGE_ROOT): Promise<ScenarioSetUp> {
  const dir = freshDir(path.join(imageRoot, sc.name));
  const chain = await createStandardChain(dir, sc.layers);
  const original = await flatten(chain.top, path.join(dir, 'original.raw'));
  const env: ScenarioEnv = { dir, chain, original, file: (n) => path.join(dir, n) };
  const disks = (await sc.prepare?.(env)) ?? [{ kind: sc.disk, chain: chain.images }];
  return { env, disks };
}

/** The set-up as a header key: how QEMU was given the disks (paths as file names in `imageDir`). */
function describeSetUp(su: ScenarioSetUp): Record<string, unknown> {
  return {
    imageDir: su.env.dir,
    disks: su.disks.map((d) => ({ ...d, chain: d.chain.map((p) => path.relative(su.env.dir, p)) })),
    qemu: '-machine none -nodefaults -display none',
  };
}

export async function recordScenario(sc: Scenario, opts: RecordOptions): Promise<RecordResult> {
  const su = await setUpScenario(sc, opts.imageRoot);
  const { env, disks } = su;
  const dir = env.dir;

  const file = path.resolve(opts.outDir, `${sc.name}.jsonl`);
  const header: TraceHeader = {
    qmpTrace: 1,
    source: 'qemu-system-x86_64',
    scenario: sc.name,
    description: sc.description,
    libvirt: sc.libvirt,
    setup: describeSetUp(su),
  };
  const failures: string[] = [];
  const qemu = await QemuProcess.start({ disks });
  const recorder = TraceRecorder.open(file, header);
  let ctx: ScenarioContext | undefined;
  let session: QmpSession | undefined;
  try {
    recorder.restartClock();
    session = await QmpSession.connect({ path: qemu.socketPath }, { tap: recorder.tap, name: sc.name });
    ctx = new ScenarioContext(session, qemu, env);
    await sc.run(ctx);
    const s = session;
    const closed = new Promise<void>((r) => (s.closed ? r() : s.once('close', () => r())));
    // `quit` answers, then QEMU closes the socket; either may be seen first.
    await s.execute('quit').catch(() => undefined);
    await closed;
    const exit = await Promise.race([qemu.exited, ctx.sleep(10_000).then(() => undefined)]);
    if (!exit) failures.push('QEMU did not exit after quit');
  } catch (err) {
    failures.push(`scenario failed: ${(err as Error).message}`);
    if (qemu.stderr) failures.push(`QEMU stderr: ${qemu.stderr.trim()}`);
  } finally {
    session?.destroy();
    if (qemu.running) await qemu.stop();
    recorder.close();
  }

  const trace = readTrace(file);
  const expect: Record<string, unknown> = {};
  const notes: string[] = [];

  // The images, checked offline now that QEMU has let go of them.
  const checked = await Promise.all(sc.final.map(async (fd) => {
    const active = env.file(fd.active);
    const info = await backingChain(active).catch((e: Error) => e);
    if (info instanceof Error) {
      failures.push(`${fd.disk}: cannot read chain of ${fd.active}: ${info.message}`);
      return { fd, chain: [] as string[], backing: [] as unknown[], data: 'unreadable' };
    }
    const names = info.map((e) => path.basename(e.filename));
    if (JSON.stringify(names) !== JSON.stringify(fd.chain)) {
      // Base first: each image backs the next.
      failures.push(`${fd.disk}: final chain ${[...names].reverse().join(' <- ')} but expected ${[...fd.chain].reverse().join(' <- ')}`);
    }
    const backing = info.map((e) => ({ image: path.basename(e.filename), backingFile: e.backingFilename, backingFormat: e.backingFormat }));
    let data = 'not checked';
    if (fd.reference !== false) {
      const ref = env.file(fd.reference ?? 'original.raw');
      const cmp = await compareImages(active, ref, { formatB: 'raw' });
      data = cmp.identical ? 'identical' : cmp.difference;
      if (!cmp.identical) failures.push(`${fd.disk}: ${fd.active} differs from ${path.basename(ref)}: ${cmp.difference}`);
    }
    return { fd, chain: names, backing, data };
  }));
  const main = checked[0]!;
  expect.activeImage = main.fd.active;
  expect.finalChain = main.chain;
  expect.finalBackingFiles = main.backing;
  if (sc.jobId) {
    expect.finalJobEvent = finalJobEvent(trace, sc.jobId);
    expect.jobStatusSequence = jobStatusSequence(trace, sc.jobId);
    if ((expect.jobStatusSequence as string[]).length) {
      notes.push(`JOB_STATUS_CHANGE statuses of ${sc.jobId}: ${(expect.jobStatusSequence as string[]).join(' -> ')}`);
    }
  }
  expect.eventSequence = eventSequence(trace);
  if (main.fd.reference !== false) {
    expect.dataCheck = {
      tool: 'qemu-img compare',
      image: main.fd.active,
      reference: main.fd.reference ? `${main.fd.reference} (raw, made by the scenario)` : 'original chain flattened with qemu-img convert before QEMU started',
      result: main.data,
    };
  }
  if (checked.length > 1) {
    expect.otherDisks = checked.slice(1).map((c) => ({ disk: c.fd.disk, activeImage: c.fd.active, finalChain: c.chain, finalBackingFiles: c.backing, dataCheck: c.data }));
  }
  if (ctx) {
    Object.assign(expect, ctx.expect);
    for (const [label, id] of ctx.labels) {
      const seq = commandSequence(trace, id);
      expect[`${label}CommandSequence`] = seq;
      const cmd = trace.entries.find((e) => e.dir === 'c2s' && e.msg?.id === id)?.msg?.execute;
      notes.push(`after ${String(cmd)} (#${id}): ${seq.join(' -> ')}`);
    }
  }
  if (sc.verify && failures.length === 0) {
    const extra: ExtraCheck[] = await sc.verify(env);
    expect.checks = extra;
    for (const c of extra) if (!c.ok) failures.push(`check failed: ${c.name} ${JSON.stringify(c.detail ?? '')}`);
  }
  expect.verified = failures.length === 0;
  if (failures.length) expect.failures = failures;

  const finalHeader: TraceHeader = {
    ...header,
    source: sourceFromGreeting(trace),
    description: notes.length ? `${sc.description} Observed in this recording: ${notes.join('; ')}.` : sc.description,
    expect,
  };
  rewriteHeader(file, finalHeader);
  if (failures.length === 0 && !opts.keepImages) fs.rmSync(dir, { recursive: true, force: true });
  if (log.enabled) log('recorded %s: %d messages, verified %s', sc.name, trace.entries.length, failures.length === 0);
  return { scenario: sc.name, file, verified: failures.length === 0, failures, messages: trace.entries.length };
}
