/**
 * The package as an embedder loads it (by name, through package.json's
 * `exports`, from the build that `npm install` makes): from an ES module,
 * and from CommonJS (`require` of an ES module, Node >= 20.19, the
 * package's `engines`), which TypeScript emits for a CommonJS project.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
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
});
