/**
 * A small virsh-like argument parser. node:util parseArgs cannot express what
 * virsh accepts (global options before the command, positionals that may also
 * be given by name, e.g. `blockcopy vda --dest F`), and its error texts are
 * not virsh's; this one is ~100 lines and says what virsh says.
 */
import { UsageError } from './errors.js';

export interface PositionalSpec {
  name: string;
  /** may be omitted */
  optional?: boolean;
  /** `--<alias> VALUE` fills the positional too (virsh: `--path`, `--dest`) */
  aliases?: string[];
}

export interface CommandSpec {
  name: string;
  positionals?: PositionalSpec[];
  /** boolean options */
  flags?: string[];
  /** options that take a value */
  options?: string[];
  /** options that take a value and may be given more than once */
  repeatable?: string[];
}

export interface ParsedArgs {
  command: string;
  positionals: Record<string, string | undefined>;
  flags: Set<string>;
  options: Map<string, string[]>;
}

/** The last value of a value option, or undefined. */
export function opt(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return v ? v[v.length - 1] : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name);
}

export function parseCommandArgs(spec: CommandSpec, tokens: readonly string[]): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string[]>();
  const positionals: Record<string, string | undefined> = {};
  const posSpecs = spec.positionals ?? [];
  const flagSet = new Set(spec.flags ?? []);
  const optSet = new Set(spec.options ?? []);
  const repSet = new Set(spec.repeatable ?? []);
  const alias = new Map<string, string>();
  for (const p of posSpecs) for (const a of [p.name, ...(p.aliases ?? [])]) alias.set(a, p.name);

  /** `typed`: the option as the user wrote it (an alias names it in the error). */
  const fill = (name: string, value: string, typed: string): void => {
    if (positionals[name] !== undefined) throw new UsageError(`option --${typed} already seen`);
    positionals[name] = value;
  };
  let onlyPositionals = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!onlyPositionals && tok === '--') {
      onlyPositionals = true;
      continue;
    }
    if (!onlyPositionals && tok.startsWith('--') && tok.length > 2) {
      const eq = tok.indexOf('=');
      const name = eq < 0 ? tok.slice(2) : tok.slice(2, eq);
      const inline = eq < 0 ? undefined : tok.slice(eq + 1);
      const takesValue = optSet.has(name) || repSet.has(name) || alias.has(name);
      if (flagSet.has(name)) {
        if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
        // virsh refuses any option given twice, switches included.
        if (flags.has(name)) throw new UsageError(`option --${name} already seen`);
        flags.add(name);
        continue;
      }
      if (!takesValue) throw new UsageError(`command '${spec.name}' doesn't support option --${name}`);
      let value = inline;
      if (value === undefined) {
        if (i + 1 >= tokens.length) throw new UsageError(`expected syntax: --${name} <${valueHint(name)}>`);
        value = tokens[++i]!;
      }
      const target = alias.get(name);
      if (target !== undefined) {
        fill(target, value, name);
        continue;
      }
      const list = options.get(name) ?? [];
      if (list.length > 0 && !repSet.has(name)) throw new UsageError(`option --${name} already seen`);
      list.push(value);
      options.set(name, list);
      continue;
    }
    const next = posSpecs.find((p) => positionals[p.name] === undefined);
    if (!next) throw new UsageError(`unexpected data '${tok}'`);
    positionals[next.name] = tok;
  }
  for (const p of posSpecs) {
    if (!p.optional && positionals[p.name] === undefined) {
      throw new UsageError(`command '${spec.name}' requires <${p.name}> option`);
    }
  }
  return { command: spec.name, positionals, flags, options };
}

function valueHint(name: string): string {
  return name === 'bandwidth' || name === 'timeout' ? 'number' : 'string';
}
