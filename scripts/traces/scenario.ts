/**
 * What a recorded scenario is, and the context it runs in. A scenario is a
 * function of a context holding a live QMP session to a real QEMU (plus the
 * images it was started on), so a scenario can drive raw QMP commands — or,
 * later, hand `ctx.session` to a BlockJobManager and let it drive.
 *
 * A scenario driven by the job manager instead of raw commands is written
 * the same way, e.g.
 *
 *   async run(ctx) {
 *     const m = await BlockJobManager.attach(ctx.session);
 *     await m.blockPull('drive0', 16);
 *     ... wait for its blockJob event ...
 *   }
 *
 * and gets the same recording, offline checks and `--check` for free
 * (labels, below, then cannot be used: the manager picks the command ids).
 *
 * The helpers keep the conversation deterministic: a scenario waits for a
 * job's terminal events before it sends its next command, and polls only a
 * fixed number of times, so that a replay of the same commands meets the
 * same sequence of messages (only timing-dependent values such as offsets
 * may differ).
 */
import type { QmpSession } from '../../lib/qmp/session.js';
import type { ReceivedEvent } from '../../lib/qmp/types.js';
import { QmpError } from '../../lib/errors.js';
import type { Chain, DiskSpec, QemuProcess } from '../../lib/qemu/index.js';

/** What a scenario's images look like before QEMU starts. */
export interface ScenarioEnv {
  /** Deterministic folder of this scenario's images: /var/tmp/qmpblock-traces/<scenario>. */
  dir: string;
  /** The main disk's chain. */
  chain: Chain;
  /** `qemu-img convert` of the main chain to raw, made before QEMU started. */
  original: string;
  /** Absolute path of a file in `dir`. */
  file(name: string): string;
}

/** How one disk must look after QEMU quit (checked with qemu-img). */
export interface FinalDisk {
  /** Name of the disk (device or node) in the description of the checks. */
  disk: string;
  /** Image the disk uses at the end, a file name in the scenario folder. */
  active: string;
  /** Its backing chain as file names, top first. */
  chain: string[];
  /**
   * Raw file (in the scenario folder) that `active` must equal; default
   * the flattened original chain; `false`: no data check.
   */
  reference?: string | false;
}

/** A check of the scenario's own, run after QEMU quit. */
export interface ExtraCheck {
  name: string;
  ok: boolean;
  detail?: unknown;
}

export interface Scenario {
  name: string;
  /** Set-up and what the client does; the recorder appends what QEMU was seen to do. */
  description: string;
  /** The libvirt call(s) this corresponds to. */
  libvirt: string;
  /** How the main chain is given to QEMU. */
  disk: 'drive' | 'blockdev';
  /** Layer names from the base up (default base, mid, top); see standardLayout. */
  layers?: string[];
  /** Job whose events give finalJobEvent and jobStatusSequence. */
  jobId?: string;
  /**
   * Make extra images (mirror targets, other disks) and return the full
   * disk list when it is more than the main chain.
   */
  prepare?(env: ScenarioEnv): Promise<DiskSpec[] | void>;
  /** Drive QEMU. Ends with the disk in its final state; the runner sends `quit`. */
  run(ctx: ScenarioContext): Promise<void>;
  /** The expected end state, main disk first. */
  final: FinalDisk[];
  /** More checks after QEMU quit. */
  verify?(env: ScenarioEnv): Promise<ExtraCheck[]>;
}

export type Answer = { return: unknown } | { error: { class: string; desc: string } };

/** Default time to wait for an event: generous, jobs are rate-limited to 1-2 s. */
const EVENT_TIMEOUT = 30_000;

export class ScenarioContext {
  /** Keys the scenario adds to the trace header's `expect`. */
  readonly expect: Record<string, unknown> = {};
  /** Command ids by label, for the `<label>CommandSequence` expectations. */
  readonly labels = new Map<string, number>();

  constructor(
    readonly session: QmpSession,
    readonly qemu: QemuProcess,
    readonly env: ScenarioEnv,
  ) {}

  get chain(): Chain {
    return this.env.chain;
  }

  /** Run a command that must succeed. With `label`, its id is remembered for the command-sequence analysis. */
  exec<T = unknown>(command: string, args?: Record<string, unknown>, label?: string): Promise<T> {
    if (label) this.labels.set(label, this.session.nextCommandId);
    return this.session.execute<T>(command, args);
  }

  /** Run a command that may be refused; returns QEMU's answer either way. */
  async tryExec(command: string, args?: Record<string, unknown>, label?: string): Promise<Answer> {
    try {
      return { return: await this.exec(command, args, label) };
    } catch (err) {
      if (err instanceof QmpError) return { error: { class: err.errorClass, desc: err.desc } };
      throw err;
    }
  }

  /** Run a command that QEMU must refuse; its error is kept under expect.errors. */
  async expectError(command: string, args: Record<string, unknown> | undefined, what: string): Promise<{ class: string; desc: string }> {
    const id = this.session.nextCommandId;
    const a = await this.tryExec(command, args);
    if (!('error' in a)) throw new Error(`${what}: '${command}' was expected to fail but succeeded`);
    const list = (this.expect.errors ??= []) as unknown[];
    list.push({ what, id, execute: command, class: a.error.class, desc: a.error.desc });
    return a.error;
  }

  /** Sequence number to pass as `since` before a command whose events may precede its return. */
  mark(): number {
    return this.session.eventSeq;
  }

  waitEvent(name: string, pred: (ev: ReceivedEvent) => boolean, since: number, timeout = EVENT_TIMEOUT): Promise<ReceivedEvent> {
    return this.session.waitForEvent(name, pred, { since, timeout });
  }

  /** Wait for JOB_STATUS_CHANGE of job `id` to `status`. */
  waitStatus(id: string, status: string, since: number, timeout = EVENT_TIMEOUT): Promise<ReceivedEvent> {
    return this.waitEvent('JOB_STATUS_CHANGE', (e) => e.data?.id === id && e.data?.status === status, since, timeout);
  }

  /** Wait for a BLOCK_JOB_* event of job `device` (BLOCK_JOB_PENDING names it `id`). */
  waitJobEvent(name: string, device: string, since: number, timeout = EVENT_TIMEOUT): Promise<ReceivedEvent> {
    return this.waitEvent(name, (e) => e.data?.device === device || e.data?.id === device, since, timeout);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((r) => setTimeout(r, ms));
  }

  /**
   * `count` query-block-jobs polls `interval` ms apart; returns the offsets
   * of job `device` (undefined when it was not listed) and keeps them under
   * expect.pollOffsets. Call only while the job surely runs (rate-limited
   * long enough), so a replay sees the same number of rows.
   */
  async poll(device: string, count: number, interval = 200): Promise<(number | undefined)[]> {
    const offsets: (number | undefined)[] = [];
    for (let i = 0; i < count; i++) {
      await this.sleep(interval);
      const jobs = await this.exec<{ device: string; offset: number }[]>('query-block-jobs');
      offsets.push(jobs.find((j) => j.device === device)?.offset);
    }
    const all = (this.expect.pollOffsets ??= []) as unknown[];
    all.push(...offsets);
    return offsets;
  }
}
