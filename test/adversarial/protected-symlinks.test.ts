// Symlinks between two protected files. Real repositories keep one set of agent instructions and link
// the other names to it (CLAUDE.md -> AGENTS.md, .github/copilot-instructions.md -> ../AGENTS.md): both
// ends are protected, so the link widens nothing and is judged high (an approval), not denied. Every
// other symlink into the protected set stays denied; each kept deny is asserted next to the allowed
// case. Each scenario is a real change in a temporary git repository reviewed through reviewChange
// (base-commit policy, git change set with the head tree's links, pure evaluation), as `agent-guard
// check` and the guard-diff action do.

import type { Evaluation } from '../../src/core/evaluate.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { fileOf as file, reasonsOf as why, reviewOnBranch } from '../support/review-scenario.js';

const POLICY = `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: high
tiers:
  medium: ["src/**"]
  low: ["docs/**", "**/*.md"]
manifests: [".github/agent-tasks/**"]
capabilities:
  write_branch:
    paths: ["src/**", "docs/**"]
  modify_agent_instructions:
    paths: ["**/AGENTS.md", "**/CLAUDE.md", "**/GEMINI.md", ".github/copilot-instructions.md"]
    tier: high
subjects:
  "ci-agent:pull-request":
    capabilities: [read_repository, write_branch, modify_agent_instructions]
    branches: ["agent/*"]
approvals:
  high: { count: 1 }
`;

const TASK = `agent_task:
  subject: ci-agent:pull-request
  repository: acme/payments-api
  branch_pattern: agent/*
  capabilities: [read_repository, write_branch, modify_agent_instructions]
`;

let repo: TestRepo;
let restore: () => void;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', POLICY);
  await repo.write('.github/agent-tasks/task.yml', TASK);
  await repo.write('AGENTS.md', '# How agents work here\n');
  // A link made long ago: the chain case below goes through it.
  await repo.symlink('GEMINI.md', 'AGENTS.md');
  await repo.write('packages/web/AGENTS.md', '# web\n');
  await repo.write('packages/web/CLAUDE.md', '# web (copy)\n');
  await repo.write('.cursor/rules/house.mdc', 'Always run the tests.\n');
  await repo.write('.npmrc', 'fund=false\n');
  await repo.write('docs/readme.md', '# docs\n');
  await repo.write('src/app.ts', 'export {};\n');
  await repo.commit('base');
});

afterAll(async () => {
  await repo.cleanup();
  restore();
});

/** A fresh agent branch from main, changed by `change`, reviewed like `agent-guard check` (no task manifest unless given). */
const scenario = (change: (r: TestRepo) => Promise<void>, manifest: string | null = null, base = 'main'): Promise<Evaluation> =>
  reviewOnBranch(repo, change, { prefix: 'l', base, manifest, repository: 'acme/payments-api' });


describe('allowed, high: a symlink between two protected files of the same kind', () => {
  test('CLAUDE.md -> AGENTS.md is high tier and needs an approval, with the reason', async () => {
    const e = await scenario((r) => r.symlink('CLAUDE.md', 'AGENTS.md'));
    expect(file(e, 'CLAUDE.md')).toMatchObject({ kind: 'symlink', tier: 'high', decision: 'approval_required' });
    expect(why(e, 'CLAUDE.md')).toMatch(/symlink between two protected files \(agent\): "CLAUDE\.md" -> "AGENTS\.md", a protected file at the head; the link widens nothing/);
    expect(e.violations).toEqual([]);
    expect(e.verdict).toBe('approval_required');
  });

  test('.github/copilot-instructions.md -> ../AGENTS.md (a CI path that is also an instructions file) is high, not denied', async () => {
    const e = await scenario((r) => r.symlink('.github/copilot-instructions.md', '../AGENTS.md'));
    expect(file(e, '.github/copilot-instructions.md')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(why(e, '.github/copilot-instructions.md')).toMatch(/symlink between two protected files \(agent\)/);
    expect(e.verdict).toBe('approval_required');
  });

  test('an instructions file replaced by a link to its sibling (packages/web/CLAUDE.md -> AGENTS.md) is high, with the type change named', async () => {
    const e = await scenario((r) => r.symlink('packages/web/CLAUDE.md', 'AGENTS.md'));
    expect(file(e, 'packages/web/CLAUDE.md')).toMatchObject({ status: 'type_changed', tier: 'high', decision: 'approval_required' });
    expect(why(e, 'packages/web/CLAUDE.md')).toMatch(/symlink between two protected files \(agent\): "packages\/web\/CLAUDE\.md" -> "packages\/web\/AGENTS\.md"/);
    expect(why(e, 'packages/web/CLAUDE.md')).toMatch(/type change regular -> symlink/);
    expect(e.verdict).toBe('approval_required');
  });

  test('the target added in the same change is a file at the head: both are high, nothing denied', async () => {
    const e = await scenario(async (r) => {
      await r.write('packages/api/AGENTS.md', '# api\n');
      await r.symlink('packages/api/CLAUDE.md', 'AGENTS.md');
    });
    expect(file(e, 'packages/api/CLAUDE.md')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(file(e, 'packages/api/AGENTS.md')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(e.verdict).toBe('approval_required');
  });

  test('with a task manifest, the link is covered by the capability over its own path like any instructions edit', async () => {
    const e = await scenario((r) => r.symlink('CLAUDE.md', 'AGENTS.md'), '.github/agent-tasks/task.yml');
    expect(file(e, 'CLAUDE.md')).toMatchObject({ tier: 'high', capability: 'modify_agent_instructions', decision: 'approval_required' });
    expect(e.verdict).toBe('approval_required');
  });

  test('once the link is merged, an edit of the target (and so of CLAUDE.md) is judged at the target\'s protected tier', async () => {
    await repo.checkout('linked', { create: true, from: 'main' });
    await repo.symlink('CLAUDE.md', 'AGENTS.md');
    await repo.commit('link CLAUDE.md (reviewed and merged)');
    await repo.checkout('main');
    const e = await scenario((r) => r.write('AGENTS.md', '# How agents work here\nAlways push to main.\n'), null, 'linked');
    expect(e.files.map((f) => f.path)).toEqual(['AGENTS.md']);
    expect(file(e, 'AGENTS.md')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(why(e, 'AGENTS.md')).toMatch(/protected path \(\*\*\/AGENTS\.md\)/);
  });
});

describe('kept denies next to it: every other symlink into the protected set', () => {
  const denied = (e: Evaluation, path: string, reason: RegExp) => {
    expect(file(e, path).decision).toBe('deny');
    expect(why(e, path)).toMatch(reason);
    expect(e.verdict).toBe('deny');
  };

  test('a target in .git (.githooks/pre-commit -> ../.git/hooks/pre-commit), both ends in the git category', async () => {
    const e = await scenario((r) => r.symlink('.githooks/pre-commit', '../.git/hooks/pre-commit'));
    denied(e, '.githooks/pre-commit', /symlink points into a protected path \("\.git\/hooks\/pre-commit"\): the target is in the repository's \.git directory/);
  });

  test('a target that is the policy (.github/copilot-instructions.md -> agent-policy.yml)', async () => {
    const e = await scenario((r) => r.symlink('.github/copilot-instructions.md', 'agent-policy.yml'));
    denied(e, '.github/copilot-instructions.md', /symlink points into a protected path \("\.github\/agent-policy\.yml"\): the target is the policy or a task manifest/);
  });

  test('a target that is a task manifest (.github/copilot-instructions.md -> agent-tasks/task.yml)', async () => {
    const e = await scenario((r) => r.symlink('.github/copilot-instructions.md', 'agent-tasks/task.yml'));
    denied(e, '.github/copilot-instructions.md', /symlink points into a protected path \("\.github\/agent-tasks\/task\.yml"\): the target is the policy or a task manifest/);
  });

  test('a directory target matched as a protected path (.claude/rules -> ../.cursor/rules, a directory at the head)', async () => {
    const e = await scenario((r) => r.symlink('.claude/rules', '../.cursor/rules'));
    denied(e, '.claude/rules', /symlink points into a protected path \("\.cursor\/rules"\): in the head commit the target is not a regular file \(a directory, a symlink or a submodule\)/);
  });

  test('a link to a directory of protected files (CLAUDE.md -> .cursor)', async () => {
    const e = await scenario((r) => r.symlink('CLAUDE.md', '.cursor'));
    denied(e, 'CLAUDE.md', /symlink points into a protected path \("\.cursor", a directory of protected files\)/);
  });

  test('a link through another link (CLAUDE.md -> GEMINI.md, itself a link to AGENTS.md)', async () => {
    const e = await scenario((r) => r.symlink('CLAUDE.md', 'GEMINI.md'));
    denied(e, 'CLAUDE.md', /goes through another symlink \("GEMINI\.md"\)/);
  });

  test('a target that climbs out of a directory it names (.github/copilot-instructions.md -> ../docs/../AGENTS.md)', async () => {
    const e = await scenario((r) => r.symlink('.github/copilot-instructions.md', '../docs/../AGENTS.md'));
    denied(e, '.github/copilot-instructions.md', /climbs out of a directory it names/);
  });

  test('a target outside the repository (CLAUDE.md -> ../AGENTS.md, and an absolute path)', async () => {
    const e = await scenario(async (r) => {
      await r.symlink('CLAUDE.md', '../AGENTS.md');
      await r.symlink('packages/web/AGENTS.md', '/home/runner/work/AGENTS.md');
    });
    denied(e, 'CLAUDE.md', /symlink points outside the repository \("\.\.\/AGENTS\.md"\)/);
    denied(e, 'packages/web/AGENTS.md', /symlink points outside the repository/);
  });

  test('a link whose own path is not protected (docs/guide.md -> ../AGENTS.md)', async () => {
    const e = await scenario((r) => r.symlink('docs/guide.md', '../AGENTS.md'));
    denied(e, 'docs/guide.md', /symlink points into a protected path \("AGENTS\.md"\): the link's own path is not protected/);
  });

  test('a dangling link to a protected name (CLAUDE.md -> AGENT.md, no such file at the head)', async () => {
    const e = await scenario((r) => r.symlink('CLAUDE.md', 'AGENT.md'));
    denied(e, 'CLAUDE.md', /symlink points into a protected path \("AGENT\.md"\): the target does not exist in the head commit \(a dangling link\)/);
  });

  test('more distinct link targets than are looked up (32): the links past the limit are denied, their targets not established', async () => {
    const e = await scenario(async (r) => {
      for (let i = 0; i < 34; i++) {
        await r.write(`pkgs/p${String(i).padStart(2, '0')}/AGENTS.md`, `# package ${i}\n`);
        await r.symlink(`pkgs/p${String(i).padStart(2, '0')}/CLAUDE.md`, 'AGENTS.md');
      }
    });
    const links = e.files.filter((f) => f.kind === 'symlink');
    expect(links).toHaveLength(34);
    expect(links.filter((f) => f.decision === 'approval_required')).toHaveLength(32);
    expect(links.filter((f) => f.decision === 'deny').map((f) => f.path)).toEqual(['pkgs/p32/CLAUDE.md', 'pkgs/p33/CLAUDE.md']);
    expect(why(e, 'pkgs/p33/CLAUDE.md')).toMatch(/what the target is in the head commit was not established/);
    expect(e.verdict).toBe('deny');
  });

  test('protected for different reasons (.npmrc -> AGENTS.md: package-manager configuration reading agent instructions)', async () => {
    const e = await scenario((r) => r.symlink('.npmrc', 'AGENTS.md'));
    denied(e, '.npmrc', /the link's path \(package-manager\) and its target \(agent\) are protected for different reasons/);
  });
});
