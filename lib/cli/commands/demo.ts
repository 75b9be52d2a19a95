/**
 * `demo`: the seed's story on the simulator (or real QEMU with --qemu).
 */
import type { Command } from '../context.js';
import { UsageError } from '../errors.js';

export const demo: Command = {
  usage: 'demo [--qemu]',
  spec: { name: 'demo', flags: ['qemu'] },
  async run() {
    throw new UsageError('the demo is not available in this build yet');
  },
};
