/**
 * A real qemu-system-x86_64 for tests, trace recording and the demo's
 * `--qemu` mode: no guest (`-machine none`), disks given either as a legacy
 * `-drive` or as a libvirt-style `-blockdev` node graph, QMP on a unix socket
 * in a private temp folder. Knows how to start, wait for, stop and kill QEMU;
 * knows nothing of QMP beyond sending `quit` through a caller's session.
 *
 * Every started process is remembered until it exits, and killed with
 * SIGKILL if this Node process exits first, so a crashed test run does not
 * leave QEMU behind holding image locks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { logger } from '../log.js';
import { QemuStartError } from './errors.js';
import { QEMU_SYSTEM } from './tools.js';

const log = logger('qemu');

/** One blkdebug `inject-error` rule (qapi BlkdebugInjectErrorOptions). */
export interface BlkdebugRule {
  /** Trigger event, e.g. `read_aio` (a read of guest data) or `write_aio`. */
  event: string;
  /** errno to fail with; default 5 (EIO). */
  errno?: number;
  /** Fail only the first matching request. Default false: fail every one. */
  once?: boolean;
  /** Fail the request at submission instead of on completion. */
  immediately?: boolean;
  /** Only requests touching this 512-byte sector. */
  sector?: number;
}

/** Put a blkdebug node between one layer's format node and its file, to inject I/O errors. */
export interface BlkdebugSpec {
  /** Layer of the chain, 0 = top (default), 1 = its backing file, ... (a `-drive` disk: 0 only). */
  layer?: number;
  rules: BlkdebugRule[];
}

export interface DriveDisk {
  /** `-drive if=none,id=ID,file=TOP,format=qcow2`: QEMU opens the backing files itself. */
  kind: 'drive';
  /** Drive id, the BlockBackend name used as `device`. Default `drive<index>`. */
  id?: string;
  /** Image paths, top first; only the top is given to QEMU (it opens the backing files itself). */
  chain: string[];
  format?: string;
  blkdebug?: BlkdebugSpec;
}

export interface BlockdevDisk {
  /**
   * Like libvirt: per layer a file node `libvirt-N-storage` and a qcow2 node
   * `libvirt-N-format`, top = the lowest N, backing given as node references
   * (the image headers' backing names are ignored), no frontend device.
   */
  kind: 'blockdev';
  /** Image paths, top first. */
  chain: string[];
  blkdebug?: BlkdebugSpec;
  /**
   * A guest device on the top node with this id (`virtio-blk-pci`), as
   * libvirt sets its disks up. A VM with one gets a PC machine, paused
   * (`-machine pc -S`: it needs no guest); without, `-machine none`.
   */
  frontend?: string;
}

export type DiskSpec = DriveDisk | BlockdevDisk;

export interface QemuStartOptions {
  disks?: DiskSpec[];
  /** Extra command-line arguments, appended as given. */
  extraArgs?: string[];
  /** Binary; default qemu-system-x86_64 (env QMPBLOCK_QEMU_SYSTEM). */
  binary?: string;
  /** Milliseconds to wait for the QMP socket to accept; default 15 s. */
  startTimeout?: number;
}

/** Node names of one `-blockdev` layer. */
export interface BlockdevLayerNodes {
  image: string;
  format: string;
  storage: string;
  blkdebug?: string;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Anything with an `execute` that can send `quit` (a QmpSession). */
export interface QuitCapable {
  execute(command: string): Promise<unknown>;
  readonly closed: boolean;
}

const live = new Set<QemuProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const q of live) {
      q.killNow();
      // No 'close' event will come any more to clean up after it.
      q.removeSocketDir();
    }
  });
}

/** Escape a value for QEMU's `key=value,...` option syntax (a comma is doubled). */
function optValue(v: string): string {
  return v.replace(/,/g, ',,');
}

function blkdebugRules(rules: BlkdebugRule[]): Record<string, unknown>[] {
  return rules.map((r) => {
    const o: Record<string, unknown> = { event: r.event, errno: r.errno ?? 5, once: r.once ?? false };
    if (r.immediately !== undefined) o.immediately = r.immediately;
    if (r.sector !== undefined) o.sector = r.sector;
    return o;
  });
}

/** The `-drive` argument of a legacy disk, with blkdebug spliced in through dotted options. */
function driveArgs(d: DriveDisk, index: number): string[] {
  const id = d.id ?? `drive${index}`;
  const top = d.chain[0];
  if (top === undefined) throw new Error(`disk ${id}: empty chain`);
  const fmt = d.format ?? 'qcow2';
  const parts = [`if=none`, `id=${optValue(id)}`, `format=${fmt}`];
  if (!d.blkdebug) {
    parts.push(`file=${optValue(top)}`);
  } else {
    // QEMU fills a backing layer's file name in from the image header, which
    // clashes with dotted `backing.file.*` options; so a legacy drive can only
    // debug its top layer. Use a -blockdev disk for errors further down.
    if ((d.blkdebug.layer ?? 0) !== 0) throw new Error(`disk ${id}: blkdebug on a -drive disk works on layer 0 only; use kind 'blockdev'`);
    parts.push(`file.driver=blkdebug`, `file.image.driver=file`, `file.image.filename=${optValue(top)}`);
    blkdebugRules(d.blkdebug.rules).forEach((r, i) => {
      for (const [k, v] of Object.entries(r)) parts.push(`file.inject-error.${i}.${k}=${optValue(String(v))}`);
    });
  }
  return ['-drive', parts.join(',')];
}

/** `-blockdev` JSON arguments of one disk, bottom layer first so that references resolve. */
function blockdevArgs(d: BlockdevDisk, firstIndex: number): { args: string[]; nodes: BlockdevLayerNodes[] } {
  const nodes: BlockdevLayerNodes[] = d.chain.map((image, i) => {
    const n = firstIndex + i;
    const layer: BlockdevLayerNodes = { image, format: `libvirt-${n}-format`, storage: `libvirt-${n}-storage` };
    if (d.blkdebug && (d.blkdebug.layer ?? 0) === i) layer.blkdebug = `libvirt-${n}-blkdebug`;
    return layer;
  });
  if (d.blkdebug && nodes[d.blkdebug.layer ?? 0] === undefined) throw new Error(`blkdebug layer ${d.blkdebug.layer} is not in the chain`);
  const args: string[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const l = nodes[i]!;
    args.push('-blockdev', JSON.stringify({ driver: 'file', filename: l.image, 'node-name': l.storage, 'auto-read-only': true, discard: 'unmap' }));
    let file = l.storage;
    if (l.blkdebug) {
      args.push('-blockdev', JSON.stringify({ driver: 'blkdebug', 'node-name': l.blkdebug, image: l.storage, 'inject-error': blkdebugRules(d.blkdebug!.rules) }));
      file = l.blkdebug;
    }
    args.push('-blockdev', JSON.stringify({
      'node-name': l.format,
      // libvirt opens backing layers read-only; jobs reopen them read-write when they must.
      'read-only': i > 0,
      driver: 'qcow2',
      file,
      backing: nodes[i + 1]?.format ?? null,
    }));
  }
  return { args, nodes };
}

/**
 * One running qemu-system-x86_64 with QMP on a unix socket. Create with
 * `QemuProcess.start()`; end with `stop()` (clean) or `kill()` (crash);
 * `exited` resolves either way, after which the socket folder is gone.
 */
export class QemuProcess {
  /** The QMP unix socket. */
  readonly socketPath: string;
  /** The full argument list QEMU was started with. */
  readonly args: readonly string[];
  /** Per `-blockdev` disk (in `disks` order, undefined for `-drive` disks): its layers' node names, top first. */
  readonly blockdevNodes: (BlockdevLayerNodes[] | undefined)[];
  /** Resolves when QEMU has exited (never rejects). */
  readonly exited: Promise<ExitInfo>;

  private exit: ExitInfo | undefined;
  private stderrText = '';
  private readonly child: ChildProcess;
  private readonly tmpDir: string;

  private constructor(child: ChildProcess, tmpDir: string, socketPath: string, args: string[], nodes: (BlockdevLayerNodes[] | undefined)[]) {
    this.child = child;
    this.tmpDir = tmpDir;
    this.socketPath = socketPath;
    this.args = args;
    this.blockdevNodes = nodes;
    this.exited = new Promise((resolve) => {
      const finish = (info: ExitInfo): void => {
        if (this.exit) return;
        this.exit = info;
        live.delete(this);
        fs.rmSync(this.tmpDir, { recursive: true, force: true });
        if (log.enabled) log('qemu %s exited: code %s signal %s', child.pid, info.code, info.signal);
        resolve(info);
      };
      // 'close', not 'exit': only then has all of stderr been read.
      child.once('close', (code, signal) => finish({ code, signal }));
      // A binary that cannot be spawned gets 'error' and possibly never 'exit'.
      child.once('error', () => {
        if (child.pid === undefined) finish({ code: null, signal: null });
      });
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (s: string) => {
      // Keep the tail: enough for error messages, bounded if QEMU chatters.
      this.stderrText = (this.stderrText + s).slice(-65536);
      if (log.enabled) log('qemu %d stderr: %s', child.pid, s.trimEnd());
    });
  }

  /**
   * Start QEMU and wait until its QMP socket accepts connections.
   * @throws QemuStartError (with QEMU's stderr) when QEMU exits or the socket
   * does not open within `startTimeout`; QEMU is killed in that case.
   */
  static async start(opts: QemuStartOptions = {}): Promise<QemuProcess> {
    // Disk arguments first: a bad disk spec throws before anything is created.
    const diskArgs: string[] = [];
    const nodes: (BlockdevLayerNodes[] | undefined)[] = [];
    let nextNode = 1;
    (opts.disks ?? []).forEach((d, i) => {
      if (d.kind === 'drive') {
        diskArgs.push(...driveArgs(d, i));
        nodes.push(undefined);
      } else {
        const b = blockdevArgs(d, nextNode);
        nextNode += d.chain.length;
        diskArgs.push(...b.args);
        nodes.push(b.nodes);
      }
    });
    // A private folder: the socket is reachable by its owner only, and the
    // short path stays under the 108-byte limit of unix socket addresses.
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-qemu-'));
    const socketPath = path.join(tmpDir, 'qmp.sock');
    const frontends = (opts.disks ?? []).flatMap((d, i) => (d.kind === 'blockdev' && d.frontend !== undefined ? [['-device', `virtio-blk-pci,drive=${optValue(nodes[i]![0]!.format)},id=${optValue(d.frontend)}`]] : []));
    const machine = frontends.length > 0 ? ['-machine', 'pc,accel=tcg', '-m', '64', '-S'] : ['-machine', 'none'];
    const args = [...machine, '-nodefaults', '-display', 'none', '-qmp', `unix:${optValue(socketPath)},server=on,wait=off`];
    diskArgs.push(...frontends.flat());
    args.push(...diskArgs, ...(opts.extraArgs ?? []));
    const binary = opts.binary ?? QEMU_SYSTEM;
    if (log.enabled) log('starting %s %o', binary, args);
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const q = new QemuProcess(child, tmpDir, socketPath, args, nodes);
    live.add(q);
    installExitHook();
    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    try {
      await q.waitForSocket(opts.startTimeout ?? 15_000, spawnError);
    } catch (err) {
      await q.kill();
      throw err;
    }
    if (log.enabled) log('qemu %d ready on %s', child.pid, socketPath);
    return q;
  }

  /** How QEMU exited, once it has. */
  get exitInfo(): ExitInfo | undefined {
    return this.exit;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** What QEMU wrote to stderr so far (the last 64 KiB). */
  get stderr(): string {
    return this.stderrText;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  /** Node names of the first `-blockdev` disk, top first (a convenience for one-disk set-ups). */
  get nodes(): BlockdevLayerNodes[] {
    const n = this.blockdevNodes.find((x) => x !== undefined);
    if (!n) throw new Error('no -blockdev disk');
    return n;
  }

  private async waitForSocket(timeout: number, spawnError: Promise<Error>): Promise<void> {
    const deadline = Date.now() + timeout;
    let failed: Error | undefined;
    void spawnError.then((e) => (failed = e));
    for (;;) {
      if (failed) throw new QemuStartError(`cannot run QEMU: ${failed.message}`, this.stderr, { cause: failed });
      if (this.exitInfo) {
        throw new QemuStartError(`QEMU exited during start-up (code ${this.exitInfo.code}, signal ${this.exitInfo.signal})`, this.stderr);
      }
      if (fs.existsSync(this.socketPath) && (await probe(this.socketPath, Math.max(100, deadline - Date.now())))) return;
      if (Date.now() > deadline) throw new QemuStartError(`QMP socket did not open within ${timeout} ms`, this.stderr);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /**
   * Stop QEMU: `quit` through `session` when one is given and open, else
   * SIGTERM (QEMU shuts down cleanly on it); SIGKILL when it has not exited
   * after `timeout` ms (default 5 s).
   */
  async stop(opts: { session?: QuitCapable; timeout?: number } = {}): Promise<ExitInfo> {
    if (this.exitInfo) return this.exitInfo;
    const timeout = opts.timeout ?? 5000;
    if (opts.session && !opts.session.closed) {
      // Not awaited: the answer may never come (QEMU closes the socket right
      // after `quit`, or is hung); QEMU's exit is what counts.
      opts.session.execute('quit').catch(() => undefined);
    } else {
      this.child.kill('SIGTERM');
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), timeout)));
    const done = await Promise.race([this.exited, late]);
    clearTimeout(timer);
    return done ?? this.kill();
  }

  /** SIGKILL QEMU (as if the VM crashed) and wait for it to be gone. */
  async kill(): Promise<ExitInfo> {
    this.killNow();
    return this.exited;
  }

  /**
   * SIGSTOP QEMU: it stays connected but answers nothing, like a hung VM.
   * Lets a test have a command deterministically in flight.
   */
  freeze(): void {
    if (this.running) this.child.kill('SIGSTOP');
  }

  /** SIGCONT after `freeze()`. */
  thaw(): void {
    if (this.running) this.child.kill('SIGCONT');
  }

  /** @internal Remove the socket folder now (the process exit hook does; normally the 'close' handler does). */
  removeSocketDir(): void {
    fs.rmSync(this.tmpDir, { recursive: true, force: true });
  }

  /** Send SIGKILL without waiting (used from the process exit hook). */
  killNow(): void {
    if (this.exitInfo === undefined && this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/**
 * True when the server on the unix socket `p` sends a QMP greeting. A mere
 * connect is not enough: QEMU listens on its monitor socket before it opens
 * the disks, and may still exit on a bad disk; it greets only from its main
 * loop, once start-up is over.
 */
function probe(p: string, timeout: number): Promise<boolean> {
  return new Promise((resolve) => {
    let text = '';
    const s = net.createConnection({ path: p });
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      s.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeout);
    s.setEncoding('utf8');
    s.on('data', (d: string) => {
      text += d;
      if (text.includes('"QMP"')) done(true);
    });
    s.once('error', () => done(false));
    s.once('close', () => done(false));
  });
}

/** Kill every QEMU this process started that is still running (for after hooks). */
export async function killAllQemu(): Promise<void> {
  await Promise.all([...live].map((q) => q.kill()));
}

/** How many QEMU processes started here are still running. */
export function liveQemuCount(): number {
  return live.size;
}
