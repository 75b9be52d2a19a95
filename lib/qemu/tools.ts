/**
 * Where the QEMU binaries are and how to run them. Programs are always run
 * with execFile and an argument array, never through a shell, so image paths
 * with spaces or quotes cannot turn into commands.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { logger } from '../log.js';
import { QemuToolError } from './errors.js';

const log = logger('qemu');

/** Binary names, overridable by env for hosts with QEMU outside PATH. */
export const QEMU_SYSTEM = process.env.QMPBLOCK_QEMU_SYSTEM ?? 'qemu-system-x86_64';
export const QEMU_IMG = process.env.QMPBLOCK_QEMU_IMG ?? 'qemu-img';
export const QEMU_IO = process.env.QMPBLOCK_QEMU_IO ?? 'qemu-io';

/** Absolute path of an executable found on PATH (or the name if it has a slash), else undefined. */
export function findExecutable(name: string): string | undefined {
  const candidates = name.includes('/')
    ? [name]
    : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, name));
  for (const c of candidates) {
    try {
      fs.accessSync(c, fs.constants.X_OK);
      if (fs.statSync(c).isFile()) return c;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Which of the binaries the real-QEMU tests need are missing (empty when all are there). */
export function missingQemuTools(): string[] {
  return [QEMU_SYSTEM, QEMU_IMG, QEMU_IO].filter((t) => findExecutable(t) === undefined);
}

/** True when qemu-system-x86_64, qemu-img and qemu-io can all be run. */
export function qemuAvailable(): boolean {
  return missingQemuTools().length === 0;
}

export interface ToolResult {
  stdout: string;
  stderr: string;
}

/**
 * Run a tool to completion.
 * @throws QemuToolError with the tool's stderr when it exits non-zero.
 */
export function runTool(tool: string, args: readonly string[], opts: { timeout?: number } = {}): Promise<ToolResult> {
  if (log.enabled) log('run %s %o', tool, args);
  return new Promise((resolve, reject) => {
    execFile(
      tool,
      args as string[],
      { timeout: opts.timeout ?? 60_000, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) {
          const code = typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : null;
          reject(new QemuToolError(tool, args, stderr, code, { cause: err }, stdout));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });
}
