/**
 * `sim`: serve the embedded QEMU simulator (lib/sim) on a socket until
 * Ctrl-C, SIGTERM or a `quit` command.
 */
import type { Command } from '../context.js';
import { UsageError } from '../errors.js';

export const sim: Command = {
  usage: 'sim --listen <URI> [--chain NAME=TOP,MID,BASE]... [--blockdev]',
  spec: { name: 'sim', options: ['listen'], repeatable: ['chain'], flags: ['blockdev'] },
  async run() {
    throw new UsageError('the simulator is not available in this build yet');
  },
};
