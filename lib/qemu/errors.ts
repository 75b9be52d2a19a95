/**
 * Errors of the real-QEMU harness: a tool (qemu-img, qemu-io) that failed, or
 * a QEMU process that could not be started. Kept here rather than in
 * lib/errors.ts because only the harness (tests, trace recording, the demo's
 * `--qemu` mode) raises them; they still carry a stable `code`.
 */
import { QmpBaseError } from '../errors.js';

/** A qemu-img / qemu-io run exited non-zero or could not be spawned. */
export class QemuToolError extends QmpBaseError {
  constructor(
    readonly tool: string,
    readonly args: readonly string[],
    readonly stderr: string,
    readonly exitCode: number | null,
    options?: { cause?: unknown },
    readonly stdout = '',
  ) {
    const what = stderr.trim() || (options?.cause instanceof Error ? options.cause.message : `exit code ${exitCode}`);
    super('QEMU_ERR_TOOL', `${tool} ${args[0] ?? ''} failed: ${what}`, options);
  }
}

/** qemu-system-x86_64 exited (or never opened its QMP socket) during start-up. */
export class QemuStartError extends QmpBaseError {
  constructor(message: string, readonly stderr: string, options?: { cause?: unknown }) {
    super('QEMU_ERR_START', stderr.trim() ? `${message}: ${stderr.trim()}` : message, options);
  }
}
