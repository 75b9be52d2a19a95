/**
 * Errors of the command line itself, and how any error becomes the one line
 * `error: <message>` that virsh prints. Library errors (VirError) already carry
 * libvirt's text in `message`; QEMU's refusals are wrapped the way libvirt
 * wraps them ("internal error: unable to execute QEMU command ...").
 */
import { QmpError } from '../errors.js';

/** A wrong command line: bad option, missing argument, conflicting flags. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure already reported in virsh's words; exit 1 with this message. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** The text after `error: ` for any thrown value; always a single line. */
export function errorText(err: unknown): string {
  let text: string;
  if (err instanceof QmpError) {
    text = `internal error: unable to execute QEMU command '${err.command}': ${err.desc}`;
  } else if (err instanceof Error) {
    text = err.message || err.name;
  } else {
    text = String(err);
  }
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
