/**
 * One disposable real-QEMU set-up: a folder with the standard qcow2 chain, a
 * raw copy of its content taken before anything ran, and a QEMU on it. For
 * the demo's `--qemu` mode and for tests that want the whole thing in one
 * call; the pieces (images.ts, process.ts) stay usable on their own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStandardChain, flatten, backingChain, compareImages, type Chain, type CompareResult } from './images.js';
import { QemuProcess, type BlkdebugSpec, type ExitInfo, type QuitCapable } from './process.js';

export interface SandboxOptions {
  /** How QEMU gets the chain: legacy `-drive if=none,id=drive0` (default) or a libvirt-style `-blockdev` graph. */
  kind?: 'drive' | 'blockdev';
  /** Layer names from the base up; default base, mid, top (see standardLayout). */
  layers?: string[];
  /** Virtual size in bytes; default 32 MiB. */
  size?: number;
  /** Folder for the images (emptied first); default a new temp folder, removed by dispose(). */
  dir?: string;
  blkdebug?: BlkdebugSpec;
}

export interface SandboxCheck {
  /** The chain of `image` as file names, top first. */
  chain: string[];
  /** `image` compared with the content of the chain before QEMU started. */
  data: CompareResult;
}

export class QemuSandbox {
  private constructor(
    readonly dir: string,
    readonly chain: Chain,
    /** Raw copy of the guest-visible content, made before QEMU started. */
    readonly original: string,
    readonly qemu: QemuProcess,
    private readonly ownDir: boolean,
  ) {}

  /** Build the chain, snapshot its content, start QEMU. On failure nothing is left behind. */
  static async create(opts: SandboxOptions = {}): Promise<QemuSandbox> {
    const ownDir = opts.dir === undefined;
    const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-sandbox-'));
    if (!ownDir) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
    }
    try {
      const chain = await createStandardChain(dir, opts.layers, opts.size);
      const original = await flatten(chain.top, path.join(dir, 'original.raw'));
      const qemu = await QemuProcess.start({
        disks: [{ kind: opts.kind ?? 'drive', chain: chain.images, ...(opts.blkdebug ? { blkdebug: opts.blkdebug } : {}) }],
      });
      return new QemuSandbox(dir, chain, original, qemu, ownDir);
    } catch (err) {
      if (ownDir) fs.rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }

  get socketPath(): string {
    return this.qemu.socketPath;
  }

  /** Stop QEMU (see QemuProcess.stop). */
  stop(opts?: { session?: QuitCapable; timeout?: number }): Promise<ExitInfo> {
    return this.qemu.stop(opts);
  }

  /**
   * Check an image offline (call after stop(): QEMU may still be writing):
   * its chain, and whether it shows the original content.
   * @param image absolute path; default the top of the chain
   */
  async check(image = this.chain.top): Promise<SandboxCheck> {
    const chain = (await backingChain(image)).map((e) => path.basename(e.filename));
    const data = await compareImages(image, this.original, { formatB: 'raw' });
    return { chain, data };
  }

  /** Kill QEMU if still running and remove the folder if the sandbox made it. */
  async dispose(): Promise<void> {
    if (this.qemu.running) await this.qemu.kill();
    if (this.ownDir) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
