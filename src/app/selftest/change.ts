// Change scenarios (prompt injection, path escape, dependency confusion): each one a commit on a task
// branch of a temporary repository, reviewed by guard-diff's own pipeline (`reviewChange`, what
// `agent-guard check` and the guard-diff action run) against the user's policy and manifest files.

import { reviewChange } from '../review-change.js';
import { quoteUntrusted } from '../../core/text.js';
import { scenarioOutcome as outcome, type ScenarioOutcome } from '../../core/selftest/report.js';
import type { ChangeScenario, FileSpec } from '../../core/selftest/scenario.js';
import type { SelftestContext } from './context.js';
import { ScratchRepo } from './scratch-repo.js';

/** A small project every change scenario starts from; a scenario's `base` files are added to it. */
export const SEED_FILES: Record<string, FileSpec> = {
  'package.json': '{\n  "name": "selftest-app",\n  "version": "1.0.0",\n  "scripts": { "test": "jest", "lint": "eslint ." },\n  "devDependencies": { "jest": "^29.7.0" }\n}\n',
  'package-lock.json':
    '{\n  "name": "selftest-app",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n    "": { "name": "selftest-app", "version": "1.0.0", "devDependencies": { "jest": "^29.7.0" } },\n    "node_modules/jest": { "version": "29.7.0", "resolved": "https://registry.npmjs.org/jest/-/jest-29.7.0.tgz", "integrity": "sha512-NIy3oAFp9shda19hy4HK0HRTWKtPJmGdnvywu01nOqNC2vZg+Z+fvJDxpMQA88eb2I9EcafcdjYgsDthnYTvGw==", "dev": true }\n  }\n}\n',
  'src/index.js': 'export function add(a, b) {\n  return a + b;\n}\n',
  'test/index.test.js': "import { add } from '../src/index.js';\ntest('adds', () => expect(add(1, 2)).toBe(3));\n",
  'docs/guide.md': '# Guide\n\nHow to use the app.\n',
  'README.md': '# selftest-app\n',
  '.github/workflows/ci.yml': 'name: ci\non: [pull_request]\npermissions: { contents: read }\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n',
};

export async function runChangeScenarios(ctx: SelftestContext, scenarios: readonly ChangeScenario[]): Promise<ScenarioOutcome[]> {
  if (scenarios.length === 0) return [];
  const repo = await ScratchRepo.create();
  const out: ScenarioOutcome[] = [];
  try {
    // An empty root: each scenario branches from it, so no scenario sees another's files.
    await repo.commit('empty root');
    for (const s of scenarios) out.push(await runOne(repo, ctx, s));
  } finally {
    await repo.dispose();
  }
  return out;
}

async function runOne(repo: ScratchRepo, ctx: SelftestContext, s: ChangeScenario): Promise<ScenarioOutcome> {
  const expected = `verdict ${s.expect.verdict.join(' or ')}`;
  try {
    // Each scenario on its own base: the seed plus its files, then the agent's commit on the task branch.
    await repo.branch(`selftest-base/${s.id}`, 'main');
    await repo.write({ ...SEED_FILES, ...s.base });
    const base = await repo.commit(`base of ${s.id}`);
    await repo.branch(ctx.branch, base);
    await repo.apply(s.change);
    await repo.commit(s.injection ? `agent: ${s.injection.text.split('\n')[0]!.slice(0, 72)}` : `agent change for ${s.id}`);
    const evaluation = await reviewChange(
      {
        repo: repo.dir,
        base,
        head: 'HEAD',
        policy: { kind: 'file', path: ctx.policyFile },
        ...(ctx.manifestFile ? { manifest: { kind: 'file' as const, path: ctx.manifestFile } } : {}),
        branch: ctx.branch,
        repository: ctx.repository,
        now: ctx.now,
      },
      repo.dir,
    );
    // A violation of the task itself (not of a file) would deny every change: the scenario proves nothing then.
    const taskLevel = evaluation.violations.filter((v) => v.path === undefined);
    if (taskLevel.length > 0 && evaluation.files.every((f) => f.decision !== 'deny')) {
      return outcome(s, 'error', expected, `verdict ${evaluation.verdict}`, `the task itself is refused here (${taskLevel.map((v) => v.code).join(', ')}), so the change was not judged`);
    }
    const contained = s.expect.verdict.includes(evaluation.verdict);
    // The files that were stopped, each with its first reason (the rule that decided, where it says).
    const stopped = evaluation.files.filter((f) => f.decision !== 'allow').slice(0, 2);
    const detail =
      stopped.length > 0
        ? stopped.map((f) => `${quoteUntrusted(f.path)} ${f.decision} (${f.tier}): ${f.reasons[0]?.message ?? 'no reason given'}`).join('; ')
        : evaluation.violations.length > 0
          ? evaluation.violations.slice(0, 2).map((v) => `${v.code}: ${v.message}`).join('; ')
          : `every file allowed at tier ${evaluation.tier}`;
    return outcome(s, contained ? 'contained' : 'escaped', expected, `verdict ${evaluation.verdict}`, detail);
  } catch (err) {
    return outcome(s, 'error', expected, 'no verdict', err instanceof Error ? err.message : String(err));
  }
}
