// What `agent-guard check` loads before it starts git: its own module's static imports (the git
// adapters, the sources of policy and manifest) and nothing of the configuration, the evaluation or the
// YAML parser. Those load in loadCheckModules, once startReview has git resolving the refs, reading
// policy and manifest and computing the change set, so git works while Node compiles them (about a
// third of a small check's time). Read from the bundler's own graph of the sources.

import { build, type Metafile } from 'esbuild';
import { REPO_ROOT } from '../support/bundle.js';

async function graph(entry: string): Promise<Metafile> {
  const out = await build({ absWorkingDir: REPO_ROOT, entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'silent', outdir: 'unused' });
  return out.metafile;
}

/** Every input reached from `entry` through static imports only (dynamic `import()` not followed). */
function staticClosure(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of meta.inputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) walk(i.path);
  };
  walk(entry);
  return seen;
}

test('check starts git with light modules: no YAML, policy, rules or evaluation before loadCheckModules', async () => {
  const meta = await graph('src/cli/check.ts');
  const before = [...staticClosure(meta, 'src/cli/check.ts')];
  expect(before).toEqual(expect.arrayContaining(['src/app/review-start.ts', 'src/adapters/git/change-set.ts', 'src/app/sources.ts']));
  const heavy = before.filter((f) => /node_modules\/(yaml|minimatch|ajv)\/|src\/core\/(policy|evaluate|yaml|classify)\.ts$|src\/core\/rules\/|src\/app\/(config|review-change)\.ts$/.test(f));
  expect(heavy).toEqual([]);
  // All of them are still in the command, behind the dynamic imports.
  const all = Object.keys(meta.inputs);
  for (const f of ['src/app/review-change.ts', 'src/core/policy.ts', 'src/core/evaluate.ts']) expect(all).toContain(f);
  expect(all.some((f) => /node_modules\/yaml\//.test(f))).toBe(true);
});
