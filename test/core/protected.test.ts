// The built-in protected set (src/core/protected.ts): files whose addition or change
// makes a standard CI step (checkout, install, lint, test, build) or a developer or agent tool run code,
// fetch from another source, or select another toolchain, without the file being named in a workflow.
// Every case goes through the real policy compilation and classifyPath: the baseline (no policy), and a
// policy that makes everything low (a protected path must stay high under any tier rule).

import { classifyPath } from '../../src/core/classify.js';
import { lintGlob } from '../../src/core/glob.js';
import { BASELINE_POLICY, compilePolicy, parsePolicy, type Policy } from '../../src/core/policy.js';
import { PROTECTED_RULES } from '../../src/core/protected.js';

function policyOf(raw: unknown): Policy {
  const r = parsePolicy(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}

const BASELINE = compilePolicy(BASELINE_POLICY);
/** Everything low, tests and docs named explicitly: only the protected set can raise a path. */
const ALL_LOW = compilePolicy(
  policyOf({ version: 1, default_tier: 'low', tiers: { low: ['**', 'test/**', 'tests/**', 'spec/**', 'docs/**', 'src/**'] } }),
);

/** The globs added by this audit, each with realistic paths (root and nested where the tool looks there). */
const ADDED: Record<string, string[]> = {
  // .NET / MSBuild: imported by every project below them, searched upwards.
  '**/Directory.Build.{props,targets,rsp}': ['Directory.Build.props', 'Directory.Build.targets', 'Directory.Build.rsp', 'src/Api/Directory.Build.props', 'test/Directory.Build.targets'],
  '**/Directory.Packages.props': ['Directory.Packages.props', 'src/Directory.Packages.props'],
  '**/Directory.Solution.{props,targets}': ['Directory.Solution.props', 'build/Directory.Solution.targets'],
  '**/{before,after}.*.sln.targets': ['before.Payments.sln.targets', 'src/after.Payments.sln.targets'],
  '**/global.json': ['global.json', 'src/Api/global.json'],
  '**/dotnet-tools.json': ['.config/dotnet-tools.json', 'dotnet-tools.json', 'tools/.config/dotnet-tools.json'],
  // Toolchain version selectors.
  '**/.python-version': ['.python-version', 'services/api/.python-version'],
  '**/.pdm-python': ['.pdm-python'],
  '**/.ruby-version': ['.ruby-version', 'apps/web/.ruby-version'],
  '**/.java-version': ['.java-version', 'backend/.java-version'],
  '**/.go-version': ['.go-version'],
  '**/.swift-version': ['.swift-version'],
  '**/.sdkmanrc': ['.sdkmanrc', 'android/.sdkmanrc'],
  '**/.terraform-version': ['.terraform-version', 'infra/.terraform-version'],
  '**/.bazelversion': ['.bazelversion', 'third_party/ws/.bazelversion'],
  '**/project/build.properties': ['project/build.properties', 'scala/project/build.properties'],
  '**/.bazeliskrc': ['.bazeliskrc'],
  '**/tools/bazel': ['tools/bazel', 'ws/tools/bazel'],
  '**/gradle.properties': ['gradle.properties', 'android/gradle.properties'],
  '**/gradle/gradle-daemon-jvm.properties': ['gradle/gradle-daemon-jvm.properties'],
  '**/.jvmopts': ['.jvmopts'],
  '**/.sbtopts': ['.sbtopts'],
  // mise
  '**/{mise,.mise}.toml': ['mise.toml', '.mise.toml', 'packages/api/mise.toml', '.config/mise.toml'],
  '**/{mise,.mise}.*.toml': ['mise.local.toml', '.mise.local.toml', 'mise.ci.toml', '.config/mise.local.toml'],
  '**/mise/config.toml': ['mise/config.toml', '.config/mise/config.toml'],
  '**/mise/config.*.toml': ['mise/config.local.toml'],
  '**/.mise/**': ['.mise/config.toml', '.mise/tasks/build'],
  '**/.config/mise/**': ['.config/mise/conf.d/tools.toml', '.config/mise/tasks/lint'],
  // Terraform
  '**/terraform.d/**': ['terraform.d/plugins/registry.terraform.io/hashicorp/aws/5.0.0/linux_amd64/terraform-provider-aws', 'infra/prod/terraform.d/plugins/x'],
  '**/.terraform/**': ['.terraform/modules/modules.json', 'infra/.terraform/providers/registry.terraform.io/hashicorp/null/3.2.0/linux_amd64/terraform-provider-null'],
  // Package managers: PDM, Yarn PnP, installed-dependency directories, bytecode.
  '**/{pdm,.pdm}.toml': ['pdm.toml', '.pdm.toml'],
  '**/.pnp.{cjs,js}': ['.pnp.cjs', 'web/.pnp.cjs', '.pnp.js'],
  '**/.pnp.loader.mjs': ['.pnp.loader.mjs'],
  '**/node_modules/**': ['node_modules/left-pad/index.js', 'src/node_modules/lodash/index.js', 'test/node_modules/jest-environment-node/index.js'],
  '**/.venv/**': ['.venv/bin/python', 'services/api/.venv/pyvenv.cfg'],
  '**/__pycache__/**': ['app/__pycache__/settings.cpython-312.pyc', 'tests/__pycache__/conftest.cpython-312-pytest-8.3.2.pyc'],
  '**/*.pyc': ['app/settings.pyc'],
  // Test runners.
  '**/cypress.config.*': ['cypress.config.ts', 'apps/web/cypress.config.js'],
  '**/ava.config.*': ['ava.config.js', 'ava.config.mjs'],
  '**/wdio.conf.*': ['wdio.conf.ts', 'e2e/wdio.conf.js'],
  '**/.nycrc*': ['.nycrc', '.nycrc.json', 'pkg/.nycrc.yml'],
  '**/nyc.config.*': ['nyc.config.js'],
  '**/spec/support/jasmine.{json,js,mjs}': ['spec/support/jasmine.json', 'lib/spec/support/jasmine.mjs'],
  '**/.rspec': ['.rspec', 'engines/billing/.rspec'],
  '**/.rspec-local': ['.rspec-local'],
  '**/.simplecov': ['.simplecov'],
  '**/phpunit.{xml,xml.dist,dist.xml}': ['phpunit.xml', 'phpunit.xml.dist', 'phpunit.dist.xml', 'packages/core/phpunit.xml.dist'],
  '**/tests/Pest.php': ['tests/Pest.php', 'packages/core/tests/Pest.php'],
  '**/noxfile.py': ['noxfile.py', 'lib/noxfile.py'],
  '**/tox.toml': ['tox.toml'],
  '**/hatch.toml': ['hatch.toml'],
  '**/setup.cfg': ['setup.cfg', 'python/setup.cfg'],
  '**/.coveragerc': ['.coveragerc', 'test/.coveragerc'],
  // Lint and format.
  '**/eslint.config.*': ['eslint.config.js', 'eslint.config.mjs', 'packages/ui/eslint.config.ts'],
  '**/.eslintrc*': ['.eslintrc', '.eslintrc.js', '.eslintrc.cjs', 'src/legacy/.eslintrc.json', '.eslintrc.yml'],
  '**/prettier.config.*': ['prettier.config.js', 'web/prettier.config.mjs'],
  '**/.prettierrc*': ['.prettierrc', '.prettierrc.js', '.prettierrc.cjs', 'docs/.prettierrc.json'],
  '**/stylelint.config.*': ['stylelint.config.js'],
  '**/.stylelintrc*': ['.stylelintrc.json', 'web/.stylelintrc'],
  '**/.markdownlint-cli2.*': ['.markdownlint-cli2.jsonc', 'docs/.markdownlint-cli2.cjs'],
  '**/commitlint.config.*': ['commitlint.config.js'],
  '**/.commitlintrc*': ['.commitlintrc', '.commitlintrc.json'],
  '**/{dprint,.dprint}.{json,jsonc}': ['dprint.json', '.dprint.jsonc'],
  '**/.rubocop.yml': ['.rubocop.yml', 'engines/billing/.rubocop.yml'],
  '**/{.php-cs-fixer,.php-cs-fixer.dist}.php': ['.php-cs-fixer.php', '.php-cs-fixer.dist.php'],
  '**/{.php_cs,.php_cs.dist}': ['.php_cs', '.php_cs.dist'],
  '**/phpstan.{neon,neon.dist,dist.neon}': ['phpstan.neon', 'phpstan.neon.dist', 'phpstan.dist.neon'],
  '**/.formatter.exs': ['.formatter.exs', 'apps/core/.formatter.exs'],
  '**/.credo.exs': ['.credo.exs', 'config/.credo.exs'],
  // Consoles, cloud development environments, agents.
  '**/.pdbrc': ['.pdbrc'],
  '**/.pryrc': ['.pryrc'],
  '**/.iex.exs': ['.iex.exs'],
  '.gitpod.yml': ['.gitpod.yml'],
  '.codesandbox/**': ['.codesandbox/tasks.json'],
  '.idx/**': ['.idx/dev.nix'],
  '**/.openhands/**': ['.openhands/setup.sh', '.openhands/microagents/repo.md'],
  '**/.openhands_instructions': ['.openhands_instructions'],
  // CI services and preview deployments.
  '.renovaterc.json5': ['.renovaterc.json5'],
  '.gitlab/renovate.{json,json5}': ['.gitlab/renovate.json', '.gitlab/renovate.json5'],
  'bitbucket-pipelines.yml': ['bitbucket-pipelines.yml'],
  '.drone.yml': ['.drone.yml'],
  '.woodpecker.{yml,yaml}': ['.woodpecker.yml', '.woodpecker.yaml'],
  '.woodpecker/**': ['.woodpecker/test.yml'],
  '{appveyor,.appveyor}.yml': ['appveyor.yml', '.appveyor.yml'],
  '.cirrus.{yml,star}': ['.cirrus.yml', '.cirrus.star'],
  '.semaphore/**': ['.semaphore/semaphore.yml'],
  'codemagic.yaml': ['codemagic.yaml'],
  'bitrise.yml': ['bitrise.yml'],
  '.teamcity/**': ['.teamcity/settings.kts'],
  '.tekton/**': ['.tekton/pull-request.yaml'],
  'cloudbuild.{yaml,json}': ['cloudbuild.yaml', 'cloudbuild.json'],
  '**/netlify.toml': ['netlify.toml', 'apps/site/netlify.toml'],
  '**/vercel.json': ['vercel.json', 'apps/web/vercel.json'],
};

const CASES: [string, string][] = Object.entries(ADDED).flatMap(([glob, paths]) => paths.map((p): [string, string] => [p, glob]));

describe('the protected set itself', () => {
  test('every glob passes the project glob lint, and its case-folded form does too', () => {
    for (const r of PROTECTED_RULES) {
      expect([r.glob, lintGlob(r.glob)]).toEqual([r.glob, []]);
      expect([r.glob, lintGlob(r.glob.toLowerCase())]).toEqual([r.glob, []]);
    }
  });

  test('no glob is listed twice, and every rule has a category and a short, concrete why', () => {
    const globs = PROTECTED_RULES.map((r) => r.glob);
    expect(globs.filter((g, i) => globs.indexOf(g) !== i)).toEqual([]);
    for (const r of PROTECTED_RULES) {
      expect(r.category).toMatch(/^[a-z][a-z-]*$/);
      expect(r.why.length).toBeGreaterThan(20);
      expect(r.why.length).toBeLessThanOrEqual(160);
    }
  });

  test('every glob added by this audit is in the set and has cases below', () => {
    const globs = new Set(PROTECTED_RULES.map((r) => r.glob));
    for (const g of Object.keys(ADDED)) expect([g, globs.has(g)]).toEqual([g, true]);
  });
});

describe('files that run code, fetch or select a toolchain are protected and high', () => {
  test.each(CASES)('%s is protected by %s (baseline, default medium)', (path, glob) => {
    const c = classifyPath(path, BASELINE);
    expect(c.tier).toBe('high');
    expect(c.protected).toBe(true);
    expect(c.matches.filter((m) => m.source === 'protected').map((m) => m.glob)).toContain(glob);
    expect(c.reasons[0]!.message).toMatch(/^protected path \(/);
  });

  test.each(CASES)('%s stays high under a policy that makes everything low', (path) => {
    const c = classifyPath(path, ALL_LOW);
    expect(c.tier).toBe('high');
    expect(c.protected).toBe(true);
  });

  test('the reason names what the file does, so a reviewer knows what to look for', () => {
    expect(classifyPath('src/Api/Directory.Build.props', BASELINE).reasons[0]!.message).toMatch(/MSBuild imports these into every project/);
    expect(classifyPath('global.json', BASELINE).reasons[0]!.message).toMatch(/selects the \.NET SDK/);
    expect(classifyPath('.python-version', BASELINE).reasons[0]!.message).toMatch(/select, and often download, another toolchain/);
    expect(classifyPath('eslint.config.mjs', BASELINE).reasons[0]!.message).toMatch(/lint and format configuration is executed/);
    expect(classifyPath('src/node_modules/lodash/index.js', BASELINE).reasons[0]!.message).toMatch(/Node resolves the nearest node_modules/);
    expect(classifyPath('tools/bazel', BASELINE).reasons[0]!.message).toMatch(/runs tools\/bazel instead of Bazel/);
  });
});

describe('case variants (case-insensitive checkouts: Windows and macOS runners, laptops)', () => {
  test.each([
    ['DIRECTORY.BUILD.PROPS', '**/Directory.Build.{props,targets,rsp}'],
    ['src/Directory.build.props', '**/Directory.Build.{props,targets,rsp}'],
    ['Global.json', '**/global.json'],
    ['.Python-Version', '**/.python-version'],
    ['Eslint.Config.js', '**/eslint.config.*'],
    ['PHPUnit.xml', '**/phpunit.{xml,xml.dist,dist.xml}'],
    ['web/Node_Modules/x/index.js', '**/node_modules/**'],
    ['Mise.toml', '**/{mise,.mise}.toml'],
  ])('%s is high as a variant of %s', (path, glob) => {
    const c = classifyPath(path, BASELINE);
    expect(c.tier).toBe('high');
    expect(c.protected).toBe(true);
    expect(c.foldedMatches.map((m) => m.glob)).toContain(glob);
  });

  // A path that is its own fold (all lower case) still meets the rules written with capitals, folded:
  // MSBuild and agents find the all-lower-case spelling on a case-insensitive file system.
  test.each([
    ['directory.build.props', '**/Directory.Build.{props,targets,rsp}'],
    ['src/directory.packages.props', '**/Directory.Packages.props'],
    ['agents.md', '**/AGENTS.md'],
    ['codeowners', 'CODEOWNERS'],
    ['jenkinsfile', 'Jenkinsfile'],
    ['docs/claude.md', '**/CLAUDE.md'],
  ])('%s (all lower case) is high as a variant of %s', (path, glob) => {
    const c = classifyPath(path, BASELINE);
    expect(c.tier).toBe('high');
    expect(c.protected).toBe(true);
    expect(c.foldedMatches.map((m) => m.glob)).toContain(glob);
    expect(c.reasons.map((r) => r.message).join('; ')).toContain('case/Unicode variant');
  });
});

describe('similarly named ordinary files keep their tier', () => {
  test.each([
    ['docs/global.json.md', 'low'],
    ['src/global.ts', 'medium'],
    ['config/global.jsonc', 'medium'],
    ['src/Directory.Build.cs', 'medium'],
    ['docs/eslint.md', 'low'],
    ['src/eslint-rules/no-foo.js', 'medium'],
    ['src/prettier.ts', 'medium'],
    ['src/python_version.py', 'medium'],
    ['python-version.txt', 'medium'],
    ['src/mise.rs', 'medium'],
    ['tools/bazelisk.sh', 'medium'],
    ['node_modules.md', 'low'],
    ['src/node_modules_helper.ts', 'medium'],
    ['src/venv.py', 'medium'],
    ['terraform/main.tf', 'medium'],
    ['test/Pest.php', 'medium'],
    ['tests/PestTest.php', 'medium'],
    ['spec/models/user_spec.rb', 'medium'],
    ['phpunit.xml.bak', 'medium'],
    ['src/setup.cfg.example', 'medium'],
    ['gradle.properties.example', 'medium'],
    ['src/cypress/e2e/login.cy.ts', 'medium'],
  ])('%s stays %s (baseline)', (path, tier) => {
    const c = classifyPath(path, BASELINE);
    expect(c.protected).toBe(false);
    expect(c.tier).toBe(tier);
  });

  it('.terraform.lock.hcl is a lockfile the review has no reader for: high, and the reason says so', () => {
    const c = classifyPath('.terraform.lock.hcl', BASELINE);
    expect(c.protected).toBe(false);
    expect(c.tier).toBe('high');
    expect(c.identity).toMatchObject({ rule: 'paths/identify', code: 'dependency_manifest' });
    expect(c.identity?.message).toContain('has no reader for');
  });
});
