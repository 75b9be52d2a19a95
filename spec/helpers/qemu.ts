/**
 * Mocha helpers for the tests that run a real QEMU: skip them when QEMU is
 * not installed, unless the environment demands it (CI sets
 * QMPBLOCK_REQUIRE_QEMU=1, so a missing QEMU fails loudly there instead of
 * silently passing), and make sure no QEMU outlives its test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killAllQemu, liveQemuCount, missingQemuTools } from '../../lib/qemu/index.js';

/**
 * Call first in a `before`/`beforeEach`/`it` (with `function () {}` so that
 * `this` is mocha's context): skips when QEMU is missing, or throws when
 * QMPBLOCK_REQUIRE_QEMU=1.
 */
export function requireQemu(ctx: Mocha.Context): void {
  const missing = missingQemuTools();
  if (missing.length === 0) return;
  if (process.env.QMPBLOCK_REQUIRE_QEMU === '1') {
    throw new Error(
      `QMPBLOCK_REQUIRE_QEMU=1 but ${missing.join(', ')} not found on PATH; ` +
        'install Debian packages qemu-system-x86 and qemu-utils (.ci/run does this)',
    );
  }
  ctx.skip();
}

/**
 * Register hooks in the current `describe`: an `afterEach` that SIGKILLs
 * every QEMU still running (a failed test must not leave one behind), and
 * a temp folder per test, removed afterwards. Returns a getter for it.
 */
export function useQemuSandbox(prefix = 'qmpblock-spec-'): () => string {
  let dir: string | undefined;
  beforeEach(function () {
    requireQemu(this);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(async function () {
    if (liveQemuCount() > 0) await killAllQemu();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error('useQemuSandbox: no temp folder outside a test');
    return dir;
  };
}
