// paths/identify: a directory-wide tier applies only to identified content; files tools load by name
// are high unless named narrowly; agent, start-up and toolchain families are protected. Real git
// repositories with a policy that makes tests and docs low.
import { isolateProcessGitConfig, TestRepo } from '../../../support/git-repo.js';
import { fileOf, reviewOnBranch } from '../../../support/review-scenario.js';

const POLICY = `version: 1
default_tier: medium
tiers:
  low: ["docs/**", "**/*.md", "test/**", "tests/**"]
  medium: ["test/jest.setup.config.js"]
approvals:
  high: { count: 1 }
`;

let repo: TestRepo;
let restore: () => void;
beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', POLICY);
  await repo.write('src/app.ts', 'export {};\n');
  await repo.commit('base');
});
afterAll(() => restore());

const review = (path: string, content = 'x\n') => reviewOnBranch(repo, (r) => r.write(path, content), { prefix: 'identify' });

describe('attack: files tools load by name under a low-tier directory glob', () => {
  test.each([
    ['test/pylintrc', 'tool_config'],
    ['docs/tsconfig.json', 'tool_config'],
    ['test/OWNERS', 'review_config'],
    ['docs/.codecov.yml', 'ci_service_config'],
    ['docs/sonar-project.properties', 'ci_service_config'],
    ['docs/.readthedocs.yaml', 'ci_service_config'],
    ['docs/.vuepress/config.js', 'dotfile'],
    ['test/fooctlrc', 'rc_file'],
    ['docs/tool', 'unidentified'],
  ])('%s is high (%s), not low', async (path, code) => {
    const f = fileOf(await review(path), path);
    expect(f).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(f.reasons[0]).toMatchObject({ rule: 'paths/identify', code });
  });

  // Invoked tools: their configuration and build scripts run when a person or a workflow runs the
  // tool, and what they do is in the diff; a low directory glob never covers them.
  test.each([
    ['test/.swcrc', 'tool_config'],
    ['docs/mkdocs.yml', 'tool_config'],
    ['docs/Makefile', 'build_script'],
    ['test/Dockerfile.e2e', 'build_script'],
    ['docs/Procfile', 'build_script'],
    ['docs/MANIFEST.in', 'tool_config'],
    ['docs/conf.py', 'build_script'],
    ['docs/source/conf.py', 'build_script'],
    ['docs/gatsby-node.js', 'build_script'],
  ])('%s is medium (%s), not low', async (path, code) => {
    const f = fileOf(await review(path), path);
    expect(f).toMatchObject({ tier: 'medium', decision: 'allow' });
    expect(f.reasons[0]).toMatchObject({ rule: 'paths/identify', code });
  });

  test('test/vitest.workspace.mts is high by the protected tool-config family, which decides before identification', async () => {
    const path = 'test/vitest.workspace.mts';
    const f = fileOf(await review(path), path);
    expect(f).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(f.reasons[0]).toMatchObject({ rule: 'paths/tool-config', code: 'protected_tool_config' });
  });

  test('MANIFEST.in, a source distribution\'s file list, is medium (default_tier) at the root, and a low glob raised to medium says what it is', async () => {
    const manifest = 'include LICENSE\ngraft src\nprune tests\n';
    const root = fileOf(await review('MANIFEST.in', manifest), 'MANIFEST.in');
    expect(root).toMatchObject({ tier: 'medium', decision: 'allow', reasons: [expect.objectContaining({ code: 'default_tier' })] });
    const docs = fileOf(await review('docs/MANIFEST.in', manifest), 'docs/MANIFEST.in');
    expect(docs).toMatchObject({ tier: 'medium', decision: 'allow' });
    expect(docs.reasons[0]).toMatchObject({ rule: 'paths/identify', code: 'tool_config', message: expect.stringMatching(/^packaging manifest \(manifest\.in\): setuptools/) });
  });

  // An extensionless file is not identified by its path: it may be a script a person runs
  // (benchmarks/run) or one a tool finds by place and runs (mise's mise/tasks/build), and a shebang
  // is text the agent writes. It stays high until the policy names it.
  test.each(['benchmarks/run', 'mise/tasks/build', 'script/bootstrap'])('the extensionless script %s is high (unidentified), even with a shebang', async (path) => {
    const f = fileOf(await review(path, '#!/bin/sh\nnode bench.js\n'), path);
    expect(f).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(f.reasons[0]).toMatchObject({ rule: 'paths/identify', code: 'unidentified' });
  });

  test('a narrow policy rule gives a tool config its tier', async () => {
    const f = fileOf(await review('test/jest.setup.config.js'), 'test/jest.setup.config.js');
    expect(f).toMatchObject({ tier: 'medium', decision: 'allow' });
  });
});

describe('attack: protected families in every case and suffix variant', () => {
  test.each([
    ['docs/AGENTS.override.md', 'paths/agent-instructions'],
    ['tests/claude.local.md', 'paths/agent-instructions'],
    ['docs/Gemini.md', 'paths/agent-instructions'],
    ['docs/setup.prompt.md', 'paths/agent-instructions'],
    ['tools/.windsurf/rules/x.md', 'paths/agent-instructions'],
    ['pkg/.claude/skills/deploy/SKILL.md', 'paths/agent-instructions'],
    ['src/lib/sitecustomize.py', 'paths/tool-config'],
    ['src/lib/evil.pth', 'paths/tool-config'],
    ['web/.bun-version', 'paths/toolchain-selectors'],
  ])('%s is protected (%s)', async (path, rule) => {
    const f = fileOf(await review(path), path);
    expect(f).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(f.reasons[0]).toMatchObject({ rule });
  });
});

describe('content keeps the directory tier', () => {
  test.each([
    ['docs/guide.md', 'low'],
    ['test/app.test.ts', 'low'],
    ['tests/testdata/.argocd-source.yaml', 'low'],
    ['src/util.go', 'medium'],
    ['src/img/logo.svg', 'medium'],
    ['.github/CONTRIBUTING.md', 'low'],
    ['.github/ISSUE_TEMPLATE/bug.yml', 'medium'],
    ['.github/ISSUE_TEMPLATE/config.yml', 'medium'],
    ['.github/pull_request_template.md', 'low'],
    ['.github/SECURITY.md', 'low'],
    ['.github/FUNDING.yml', 'medium'],
    ['package.json', 'medium'],
    ['src/build.rs', 'medium'],
  ])('%s is %s', async (path, tier) => {
    const content = path.endsWith('.json') ? '{"name":"x","version":"1.0.0"}\n' : 'x\n';
    expect(fileOf(await review(path, content), path).tier).toBe(tier);
  });
});

// What runs or instructs under .github stays protected: workflows (gh-aw compiles Markdown workflows
// in .github/workflows/ too), actions, CODEOWNERS, dependabot, agent prompts, app configuration.
describe('attack: .github files that run or instruct', () => {
  test.each([
    ['.github/workflows/ci.yml', 'paths/runs-in-ci'],
    ['.github/workflows/README.md', 'paths/runs-in-ci'],
    ['.github/actions/setup/action.yml', 'paths/runs-in-ci'],
    ['.github/CODEOWNERS', 'paths/review-rules'],
    ['.github/dependabot.yml', 'paths/runs-in-ci'],
    ['.github/settings.yml', 'paths/runs-in-ci'],
    ['.github/prompts/release.prompt.md', 'paths/agent-instructions'],
    ['.github/agents/reviewer.md', 'paths/agent-instructions'],
    ['.github/copilot-instructions.md', 'paths/agent-instructions'],
    ['.github/ISSUE_TEMPLATE/sub/x.sh', 'paths/runs-in-ci'],
  ])('%s is protected (%s)', async (path, rule) => {
    const f = fileOf(await review(path), path);
    expect(f).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(f.reasons[0]).toMatchObject({ rule });
  });
});
