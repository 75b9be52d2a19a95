/**
 * Global options, given before the command (interface.md): where the QMP
 * server is, JSON output, the connect/command timeout, the state folder and
 * the folders new images may be created in.
 */
import os from 'node:os';
import path from 'node:path';
import { UsageError } from './errors.js';
import { parseGlobalTimeout } from './values.js';

export interface GlobalOptions {
  /** `unix:PATH` or `tcp:HOST:PORT`, from --socket or --connect */
  target: string | undefined;
  json: boolean;
  /** --timeout, in ms: connecting and each single QMP command */
  timeoutMs: number | undefined;
  stateDir: string;
  /** absolute folders; empty = anywhere the user may write */
  allowDirs: string[];
  help: boolean;
  version: boolean;
}

/** `$XDG_STATE_HOME/qmpblock`, else `~/.local/state/qmpblock` (the XDG spec ignores a relative XDG_STATE_HOME). */
export function defaultStateDir(env: NodeJS.ProcessEnv, home = os.homedir()): string {
  const xdg = env.XDG_STATE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'qmpblock');
  return path.join(home, '.local', 'state', 'qmpblock');
}

/** Split `argv` into the global options and the command with its own arguments. */
export function parseGlobals(argv: readonly string[], env: NodeJS.ProcessEnv): { globals: GlobalOptions; rest: string[] } {
  const g: GlobalOptions = {
    target: undefined,
    json: false,
    timeoutMs: undefined,
    stateDir: defaultStateDir(env),
    allowDirs: [],
    help: false,
    version: false,
  };
  let socket: string | undefined;
  let connect: string | undefined;
  let i = 0;
  for (; i < argv.length; i++) {
    const tok = argv[i]!;
    if (tok === '-h' || tok === '--help') {
      g.help = true;
      continue;
    }
    if (tok === '-V' || tok === '--version') {
      g.version = true;
      continue;
    }
    if (!tok.startsWith('--') || tok === '--') break;
    const eq = tok.indexOf('=');
    const name = eq < 0 ? tok.slice(2) : tok.slice(2, eq);
    if (name === 'json') {
      if (eq >= 0) throw new UsageError('option --json takes no value');
      g.json = true;
      continue;
    }
    const value = (): string => {
      if (eq < 0 && i + 1 >= argv.length) throw new UsageError(`expected syntax: --${name} <${name === 'timeout' ? 'number' : 'string'}>`);
      const v = eq >= 0 ? tok.slice(eq + 1) : argv[++i]!;
      // An unset shell variable must not mean "the current folder".
      if (v === '') throw new UsageError(`option --${name} needs a non-empty value`);
      return v;
    };
    switch (name) {
      case 'socket':
        socket = value();
        break;
      case 'connect':
        connect = value();
        break;
      case 'timeout':
        g.timeoutMs = parseGlobalTimeout(value());
        break;
      case 'state-dir':
        g.stateDir = path.resolve(value());
        break;
      case 'allow-dir':
        g.allowDirs.push(path.resolve(value()));
        break;
      default:
        throw new UsageError(`unknown option --${name}; global options are --socket, --connect, --json, --timeout, --state-dir, --allow-dir`);
    }
  }
  if (socket !== undefined && connect !== undefined) throw new UsageError('Options --socket and --connect are mutually exclusive');
  if (socket !== undefined) g.target = `unix:${path.resolve(socket)}`;
  if (connect !== undefined) {
    if (!/^(unix:.+|tcp:.+:\d+)$/.test(connect)) throw new UsageError(`invalid --connect URI '${connect}': expected unix:PATH or tcp:HOST:PORT`);
    g.target = connect;
  }
  return { globals: g, rest: argv.slice(i) };
}
