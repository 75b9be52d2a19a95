/**
 * Run the CLI as a child process, the way a user does (`node --import tsx
 * lib/cli/main.ts ...`: no build needed), without a shell.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = path.join(ROOT, 'lib/cli/main.ts');

export interface ChildResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { cwd: ROOT, env: { ...process.env, DEBUG: '', ...opts.env }, timeout: opts.timeout ?? 60_000, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') {
          reject(err);
          return;
        }
        resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** A long-running CLI command (sim, events, record, replay); stop it with `stop()`. */
export class CliChild {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(args: string[], env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, DEBUG: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8').on('data', (s: string) => (this.stdout += s));
    this.child.stderr!.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.exited = new Promise((r) => this.child.on('exit', (code) => r(code)));
  }

  /** Resolves once `re` matches stderr or stdout (e.g. the "listening on" line). */
  async waitFor(re: RegExp, what: 'stdout' | 'stderr' = 'stderr'): Promise<RegExpMatchArray> {
    for (;;) {
      const m = re.exec(this[what]);
      if (m) return m;
      if (this.child.exitCode !== null) throw new Error(`child exited (${this.child.exitCode}) before ${re}: ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGINT (Ctrl-C) then wait for the exit code; SIGKILL if it does not go. */
  async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill(signal);
    const t = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    const code = await this.exited;
    clearTimeout(t);
    return code;
  }
}
