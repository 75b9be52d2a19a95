/**
 * The package as an embedder loads it (by name, through package.json's
 * `exports`, from the build that `npm install` makes): from an ES module,
 * and from CommonJS (`require` of an ES module, Node >= 20.19, the
 * package's `engines`), which TypeScript emits for a CommonJS project.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 30_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('package', function () {
  this.timeout(30_000);
  before(function () {
    // Built by `npm install` (the prepare script), as CI does.
    expect(fs.existsSync(path.join(ROOT, 'dist', 'index.js')), 'dist/ is built by npm install').to.equal(true);
  });

  const names = ['connect', 'QmpSession', 'BlockJobManager', 'recordTrace', 'replayTrace', 'startRecordProxy', 'driveTrace', 'startSimulator', 'VIR_DOMAIN_BLOCK_COMMIT_ACTIVE'];

  it('imports by name from an ES module', async () => {
    const r = await node(['--input-type=module', '-e', `import * as q from 'qmpblock'; console.log(${JSON.stringify(names)}.map((n) => typeof q[n]).join(' '))`]);
    expect(r.stderr).to.equal('');
    expect(r.stdout.trim()).to.equal('function function function function function function function function number');
  });

  it('exposes its package.json, as tools read the version (require and import)', async () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = await node(['-e', `console.log(require('qmpblock/package.json').version)`]);
    expect(r.stderr).to.equal('');
    expect(r.stdout.trim()).to.equal(version);
    const m = await node(['--input-type=module', '-e', `import p from 'qmpblock/package.json' with { type: 'json' }; console.log(p.version)`]);
    expect(m.stdout.trim()).to.equal(version);
  });

  it('requires by name from CommonJS', async () => {
    const r = await node(['-e', `const q = require('qmpblock'); console.log(${JSON.stringify(names)}.map((n) => typeof q[n]).join(' '))`]);
    expect(r.stderr).to.equal('');
    expect(r.stdout.trim()).to.equal('function function function function function function function function number');
  });

  it('type-checks an embedder\'s strict TypeScript against the built types (exported types fit the methods they are for)', async function () {
    this.timeout(60_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-consumer-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'qmpblock'));
      fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
      fs.writeFileSync(
        path.join(dir, 'embed.ts'),
        [
          "import { connect, BlockJobManager, QmpError, VirError, VIR_DOMAIN_BLOCK_COPY_SHALLOW, VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES, type BlockCopyParams, type BlockJobEvent } from 'qmpblock';",
          "const session = await connect({ path: '/run/vm.sock' });",
          "const m = await BlockJobManager.attach(session, { onEvent: (e: BlockJobEvent) => void e.disk });",
          "m.on('blockJob', ({ type, status }) => { const t: 'pull' | 'copy' | 'commit' | 'active-commit' = type; const s: 'COMPLETED' | 'FAILED' | 'CANCELED' | 'READY' = status; void t; void s; });",
          "const params: BlockCopyParams = { bandwidth: 1 << 20, granularity: 65536, format: 'qcow2' };",
          "await m.blockCopy('vda', '/img/copy.qcow2', params, VIR_DOMAIN_BLOCK_COPY_SHALLOW);",
          "const info = await m.getBlockJobInfo('vda', VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES);",
          "if (info !== null) void (info.cur / info.end + info.bandwidth);",
          "try { await session.execute<{ running: boolean }>('query-status'); } catch (e) { if (e instanceof QmpError) void e.desc; if (e instanceof VirError) void e.virCode; }",
          '',
        ].join('\n'),
      );
      const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      const args = [tsc, '--ignoreConfig', '--strict', '--noEmit', '--module', 'nodenext', '--target', 'es2022', '--typeRoots', path.join(ROOT, 'node_modules', '@types'), '--types', 'node', path.join(dir, 'embed.ts')];
      const r = await new Promise<{ code: number; out: string }>((resolve) => {
        execFile(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 55_000 }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, out: stdout + stderr }));
      });
      expect(r.out).to.equal('');
      expect(r.code).to.equal(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
