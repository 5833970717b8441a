// dist/ and schemas/ must be exactly what a fresh build of the sources produces (CI fails otherwise).
// Runs scripts/check-dist.mjs on a COPY of the repository (it builds from the sources next to the script),
// first unchanged (exit 0), then with a changed source (exit 1, "dist/ is stale").
//
// node_modules is hard-linked into the copy, not symlinked: esbuild resolves symlinks to real paths and
// writes those paths into the bundle's comments, so a symlinked node_modules makes every build differ
// from the committed one (`// ../../work/main/node_modules/ajv/...` instead of `// node_modules/ajv/...`).

import { execFile } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, lstatSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/cli.js';

const COPIED = ['src', 'scripts', 'package.json', 'tsconfig.json', 'dist', 'schemas'];

/** Mirror a tree with hard links (symlinks recreated as they are); plain copies across devices. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, e.name);
    const dst = join(to, e.name);
    if (e.isDirectory()) linkTree(src, dst);
    else if (e.isSymbolicLink()) symlinkSync(readlinkSync(src), dst);
    else {
      try {
        linkSync(src, dst);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV' && (err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
        copyFileSync(src, dst);
      }
    }
  }
}

function checkDist(root: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(root, 'scripts', 'check-dist.mjs'), root], { cwd: root, timeout: 60_000, encoding: 'utf8' }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('check-dist on a copy of the repository', () => {
  let copy = '';

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'agent-guard-dist-fresh-'));
    for (const entry of COPIED) cpSync(join(REPO_ROOT, entry), join(copy, entry), { recursive: true, preserveTimestamps: true });
    linkTree(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'));
    expect(lstatSync(join(copy, 'node_modules')).isSymbolicLink()).toBe(false);
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('the committed dist/ and schemas/ match a fresh build: exit 0', async () => {
    const r = await checkDist(copy);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/dist\/ and schemas\/ match a fresh build/);
  });

  test('a changed source makes dist/ stale: exit 1', async () => {
    // A top-level statement with a side effect, so the bundler cannot drop it as unused.
    appendFileSync(join(copy, 'src', 'cli', 'main.ts'), '\n(globalThis as Record<string, unknown>).agentGuardDistFreshProbe = true;\n');
    const r = await checkDist(copy);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dist\/ is stale: run `npm run build` and commit the result\./);
    expect(r.stderr).toMatch(/dist\/ differs: (cli\.js|chunks\/)/);
  });

  test('a changed schema source makes schemas/ stale too, and an extra file in dist/ is reported', async () => {
    const file = join(copy, 'src', 'core', 'schemas.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("title: 'agent-guard policy'", "title: 'agent-guard policy (changed)'"));
    writeFileSync(join(copy, 'dist', 'leftover.js'), 'export {};\n');
    const r = await checkDist(copy);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dist\/ is stale/);
    expect(r.stderr).toMatch(/schemas\/ differs: policy\.schema\.json/);
    expect(r.stderr).toMatch(/dist\/ unexpected: leftover\.js/);
  });
});
