/**
 * virsh's option rules (vsh.h VSH_EXCLUSIVE_OPTIONS, VSH_REQUIRE_OPTION), with
 * virsh's messages.
 */
import type { ParsedArgs } from './argv.js';
import { UsageError } from './errors.js';

function given(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name) || args.options.has(name) || args.positionals[name] !== undefined;
}

export function exclusive(args: ParsedArgs, a: string, b: string): void {
  if (given(args, a) && given(args, b)) throw new UsageError(`Options --${a} and --${b} are mutually exclusive`);
}

/**
 * virsh's blockcommit and blockcopy: --verbose and --async only when the
 * command waits (`blocking`: --timeout, --wait, --pivot or `--<finish>`).
 */
export function waitingRequired(args: ParsedArgs, blocking: boolean, finish: string): void {
  if (blocking) return;
  for (const name of ['verbose', 'async']) {
    if (given(args, name)) throw new UsageError(`--${name} requires at least one of --timeout, --wait, --pivot, or --${finish}`);
  }
}

/** `needed` must be given whenever `by` is. */
export function requires(args: ParsedArgs, by: string, needed: string): void {
  if (given(args, by) && !given(args, needed)) throw new UsageError(`Option --${needed} is required by option --${by}`);
}
