/**
 * human-monitor-command, for the one HMP command tests need: `qemu-io DEV
 * "write [-P PATTERN] [-z] OFFSET LENGTH"`, QEMU's way to make a guest write
 * without a guest (the data gets the fingerprint `qemu-io:PATTERN`, or is a
 * zero range with -z). QEMU prints qemu-io's report on its own stdout, so
 * the answer is "". Other HMP commands are not simulated.
 */
import { generic } from '../errors.js';
import type { CommandDef } from '../machine.js';
import { str } from './common.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** qemu-io's number syntax: 4096, 64k, 1M, 0x1000. */
function size(text: string): number | undefined {
  const m = /^(0x[0-9a-f]+|\d+)([bkmgt]?)$/i.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * UNITS[m[2]!.toLowerCase()]!;
}

/** Split an HMP command line, honouring double quotes. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) out.push(m[1] ?? m[2]!);
  return out;
}

export const hmpCommands: Record<string, CommandDef> = {
  'human-monitor-command': {
    args: { 'command-line': { type: 'str', required: true }, 'cpu-index': { type: 'int' } },
    run(m, a) {
      const [cmd, device, io] = words(str(a['command-line'])!);
      if (cmd !== 'qemu-io') return `unknown command: '${cmd ?? ''}'\r\n`;
      if (device === undefined || io === undefined) throw generic("Parameter 'command' is missing");
      const node = m.graph.lookup(device, device);
      if (!node) return `Error: Cannot find device='' nor node-name='${device}'\r\n`;
      const w = words(io);
      if (w[0] !== 'write') return '';
      let fp = 'qemu-io:0xcd'; // qemu-io's default pattern
      const rest: string[] = [];
      for (let i = 1; i < w.length; i++) {
        if (w[i] === '-P') fp = `qemu-io:${w[++i]?.toLowerCase()}`;
        else if (w[i] === '-z') fp = 'zero';
        else rest.push(w[i]!);
      }
      const offset = size(rest[0] ?? '');
      const length = size(rest[1] ?? '');
      if (offset === undefined || length === undefined) return '';
      m.guestWrite(node, offset, length, fp);
      return '';
    },
  },
};
