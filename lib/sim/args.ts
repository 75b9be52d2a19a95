/**
 * Argument checking the way QEMU's QAPI input visitor does it: members in
 * schema order (the first missing or mistyped one is reported), then any
 * member left over is "unexpected". Texts are QEMU 7.2's. Knows no command.
 */
import { generic } from './errors.js';

export type ArgType =
  | 'str' | 'int' | 'uint' | 'bool' | 'any' | 'obj' | 'strOrNull'
  | { enum: readonly string[] }
  | { list: ArgType };

export interface ArgSpec {
  [name: string]: { type: ArgType; required?: boolean };
}

const TYPE_NAME: Record<string, string> = { str: 'string', int: 'integer', uint: 'integer', bool: 'boolean', obj: 'object' };

function checkValue(name: string, type: ArgType, v: unknown): void {
  if (typeof type === 'object' && 'enum' in type) {
    if (typeof v !== 'string') throw generic(`Invalid parameter type for '${name}', expected: string`);
    if (!type.enum.includes(v)) throw generic(`Parameter '${name}' does not accept value '${v}'`);
    return;
  }
  if (typeof type === 'object' && 'list' in type) {
    if (!Array.isArray(v)) throw generic(`Invalid parameter type for '${name}', expected: array`);
    // QEMU names list members by the list's name when reporting a bad element.
    v.forEach((item) => checkValue(typeof type.list === 'object' && 'enum' in type.list ? 'null' : name, type.list, item));
    return;
  }
  switch (type) {
    case 'any':
      return;
    case 'str':
      if (typeof v !== 'string') throw generic(`Invalid parameter type for '${name}', expected: string`);
      return;
    case 'strOrNull':
      if (typeof v !== 'string' && v !== null) throw generic(`Invalid parameter type for '${name}', expected: string`);
      return;
    case 'int':
    case 'uint':
      if (typeof v !== 'number' || !Number.isInteger(v)) throw generic(`Invalid parameter type for '${name}', expected: ${TYPE_NAME[type]}`);
      if (type === 'uint' && v < 0) throw generic(`Parameter '${name}' expects uint64`);
      return;
    case 'bool':
      if (typeof v !== 'boolean') throw generic(`Invalid parameter type for '${name}', expected: boolean`);
      return;
    case 'obj':
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw generic(`Invalid parameter type for '${name}', expected: object`);
      return;
  }
}

/** Validate `args` against `spec`; throws the first error QEMU would report. */
export function checkArgs(spec: ArgSpec, args: Record<string, unknown>): void {
  for (const [name, { type, required }] of Object.entries(spec)) {
    if (!(name in args)) {
      if (required) throw generic(`Parameter '${name}' is missing`);
      continue;
    }
    checkValue(name, type, args[name]);
  }
  for (const name of Object.keys(args)) {
    if (!(name in spec)) throw generic(`Parameter '${name}' is unexpected`);
  }
}

export const ON_ERROR = { enum: ['report', 'ignore', 'enospc', 'stop', 'auto'] } as const;
export const SYNC = { enum: ['top', 'full', 'none', 'incremental', 'bitmap'] } as const;
