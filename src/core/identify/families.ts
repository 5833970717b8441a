// Families of files that tools discover and load by name, matched on folded names so that every case
// and suffix variant is one entry: agent instructions and agent folders, test-runner and linter
// configuration, interpreter start-up files, toolchain selectors, CI and hosted-build services' files,
// build scripts. A family is a pattern of how a tool looks for its files, never a list of spellings.

/** Agent instruction files: AGENTS.md, agents.override.md, CLAUDE.local.md, GEMINI-x.md, ... */
const AGENT_INSTRUCTION_NAME =
  /^(?:agents?|claude|gemini|qwen|crush|warp|codex|junie|cline|goose|aider|opencode|amp|devin|jules|kiro|augment|copilot-instructions|copilot)(?:\.[a-z0-9_-]+)*\.(?:md|mdc|markdown|txt)$/;
/** Prompt, instruction, chat-mode, agent and skill files of any agent (VS Code, Copilot, Claude skills, Cursor rules). */
const AGENT_SUFFIX = /(?:\.(?:prompt|instructions|chatmode|agent|rules)\.md|\.mdc)$/;
const AGENT_DOTFILE = /^\.(?:cursorrules|windsurfrules|clinerules|continuerules|goosehints|augment-guidelines|roomodes|kilocodemodes|rules|openhands_instructions|aider.*|crush\.json|mcp\.json)$/;
const AGENT_NAMES: ReadonlySet<string> = new Set(['skill.md', 'mcp.json', 'opencode.json', 'opencode.jsonc', 'crush.json', 'agents.json']);
/** Agent configuration and skill folders: any dot-folder named after an agent, at any depth. */
const AGENT_DIR =
  /^\.(?:agents?|claude|codex|cursor|gemini|windsurf|roo|kiro|kilocode|augment|trae|opencode|zed|qwen|continue|junie|amazonq|openhands|clinerules|crush|amp|goose|aider|devin|jules|copilot|github-copilot|tabnine|codeium|sourcegraph|cody|factory|droid|qoder|lingma|void|pearai|zencoder|mcp)(?:[._-].*)?$/;
const GITHUB_AGENT_DIRS: ReadonlySet<string> = new Set(['agents', 'prompts', 'instructions', 'chatmodes', 'copilot']);

export function isAgentFile(segments: readonly string[]): boolean {
  const name = segments[segments.length - 1]!;
  if (AGENT_INSTRUCTION_NAME.test(name) || AGENT_SUFFIX.test(name) || AGENT_DOTFILE.test(name) || AGENT_NAMES.has(name)) return true;
  for (let i = 0; i < segments.length - 1; i++) {
    if (AGENT_DIR.test(segments[i]!)) return true;
    if (segments[i] === '.github' && GITHUB_AGENT_DIRS.has(segments[i + 1] ?? '') && i + 1 < segments.length - 1) return true;
  }
  return false;
}

/** Test runners, linters, formatters, bundlers and frameworks: `<tool>.config.*`, `<tool>.workspace.*`, and each tool's own names. */
const TOOL_CONFIG_SUFFIX = /\.(?:config|conf|workspace|setup)\.[a-z0-9]+$/;
const TOOL_CONFIG_NAMES: ReadonlySet<string> = new Set([
  'conftest.py', 'pytest.ini', '.pytest.ini', 'tox.ini', 'tox.toml', 'noxfile.py', 'setup.py', 'setup.cfg', 'hatch.toml', '.coveragerc',
  'mypy.ini', '.mypy.ini', 'pylintrc', '.pylintrc', '.flake8', 'ruff.toml', '.ruff.toml', 'pyrightconfig.json', '.bandit', 'pytest.toml',
  'tsconfig.json', 'jsconfig.json', 'deno.json', 'deno.jsonc', 'biome.json', 'biome.jsonc', 'turbo.json', 'nx.json', 'lerna.json',
  '.swcrc', 'angular.json', 'nest-cli.json', 'vercel.json', 'netlify.toml', 'phpunit.xml', 'phpunit.xml.dist',
  'phpstan.neon', 'psalm.xml', 'rector.php', '.rubocop.yml', '.rspec', '.simplecov', 'guardfile', 'dangerfile', 'dangerfile.js',
  'dangerfile.ts', 'mkdocs.yml', 'mkdocs.yaml', '_config.yml', 'book.toml', 'hugo.toml', 'rustfmt.toml', '.rustfmt.toml', 'clippy.toml', '.clippy.toml', 'deny.toml', 'cross.toml', 'taplo.toml',
  '.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json', '.goreleaser.yml', '.goreleaser.yaml', '.mockery.yaml',
  'buf.yaml', 'buf.gen.yaml', 'buf.work.yaml',
  'skaffold.yaml', 'devfile.yaml', '.devfile.yaml', 'chart.lock', '.helmignore', 'pom.xml', 'detekt.yml', 'checkstyle.xml',
  '.scalafmt.conf', '.scalafix.conf', '.jshintrc', '.jscsrc', '.editorconfig-checker.json', 'cspell.json', '.cspell.json',
  'lychee.toml', '.markdownlint.yaml', '.markdownlint.yml', '.markdownlint.json', '.markdownlintrc', '.yamllint', '.yamllint.yml',
  '.hadolint.yaml', '.shellcheckrc', '.spectral.yaml', '.vale.ini', 'stylua.toml', '.luacheckrc', '.luarc.json', 'selene.toml',
]);

export function isToolConfig(name: string): boolean {
  return TOOL_CONFIG_NAMES.has(name) || (TOOL_CONFIG_SUFFIX.test(name) && /^[a-z0-9_@-]+\./.test(name));
}

/**
 * Packaging manifests: setuptools' MANIFEST.in lists the files a source distribution ships (include,
 * exclude, graft, prune). Nothing in it runs; it is read when a person or a workflow builds a package,
 * and what it adds or leaves out is in the diff, as with the packaging fields of pyproject.toml.
 */
export function isPackagingManifest(name: string): boolean {
  return name === 'manifest.in';
}

/**
 * Tool configuration that names code to load (linter plugins by module path, language-service or
 * language-server plugins) and that editors run as soon as a folder is opened: it runs on a person's
 * machine before anyone asked for a build, so it stays high. Other tool configuration runs only when a
 * person or a workflow invokes the tool, and its effect is in the diff.
 */
const EDITOR_LOADED: ReadonlySet<string> = new Set([
  'pylintrc', '.pylintrc', '.flake8', 'mypy.ini', '.mypy.ini', 'tsconfig.json', 'jsconfig.json', 'deno.json', 'deno.jsonc', '.luarc.json',
]);

export function isEditorLoadedConfig(name: string): boolean {
  return EDITOR_LOADED.has(name) || /^tsconfig\.[a-z0-9_.-]+\.json$/.test(name);
}

/** Files that decide who may approve (Prow and Kubernetes-style OWNERS files), in any directory. */
export function isReviewAssignment(name: string): boolean {
  return name === 'owners' || name === 'owners_aliases';
}

/** Start-up files an interpreter runs before any code: site customisation, .pth lines, REPL start-up. */
const STARTUP = /^(?:sitecustomize\.py|usercustomize\.py|[^/]+\.pth|\.pythonrc(?:\.py)?|\.pythonstartup|\.irbrc|\.pryrc|\.pdbrc(?:\.py)?|\.rprofile|rprofile\.site|\.iex\.exs|startup\.jl|\.noderc|\.node_repl_history|\.psqlrc|\.sqliterc|\.perldb|\.ghci|\.sbtrc|\.inputrc)$/;

export function isInterpreterStartup(name: string): boolean {
  return STARTUP.test(name);
}

/** Toolchain selectors: `.<tool>-version`, rust-toolchain, .tool-versions, .prototools, .nvmrc. */
const TOOLCHAIN = /^(?:\.[a-z0-9_]+-version|\.nvmrc|\.tool-versions|\.prototools|rust-toolchain(?:\.toml)?|\.sdkmanrc|\.bazelversion|\.terraform-version|\.pdm-python|global\.json)$/;

export function isToolchainSelector(name: string): boolean {
  return TOOLCHAIN.test(name);
}

/** CI, review-bot, hosted-build and status-check services that read a file from the pushed commit, found by name anywhere. */
const CI_SERVICE = /^(?:\.gitlab-ci\.ya?ml|\.travis\.ya?ml|azure-pipelines.*\.ya?ml|jenkinsfile.*|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|\.?appveyor\.ya?ml|\.cirrus\.(?:ya?ml|star)|codemagic\.ya?ml|bitrise\.ya?ml|cloudbuild\.(?:ya?ml|json)|buildspec\.ya?ml|\.readthedocs\.ya?ml|readthedocs\.ya?ml|\.gitpod\.ya?ml|\.gitpod\.dockerfile|render\.ya?ml|fly\.toml|railway\.(?:json|toml)|amplify\.ya?ml|app\.json|firebase\.json|\.firebaserc|wrangler\.(?:toml|json|jsonc)|vercel\.json|now\.json|netlify\.toml|\.?mergify\.ya?ml|\.kodiak\.toml|\.coderabbit\.ya?ml|\.deepsource\.toml|\.sourcery\.ya?ml|\.snyk|codefresh\.ya?ml|wercker\.ya?ml|\.woodpecker\.ya?ml|renovate\.json5?|\.renovaterc(?:\.json5?)?|\.pre-commit-config\.ya?ml|\.pre-commit-hooks\.ya?ml|lefthook(?:-local)?\.ya?ml|\.lefthook\.ya?ml|okteto\.ya?ml|garden\.ya?ml|\.platform\.app\.yaml|apprunner\.yaml|\.?codecov\.ya?ml|sonar-project\.properties|\.sonarcloud\.properties)$/;

export function isCiServiceFile(name: string): boolean {
  return CI_SERVICE.test(name);
}

/** Build scripts a build tool finds by name and runs: make, CMake, Bazel, Gradle, Docker, just, Task, Procfile process lists, ... */
const BUILD_SCRIPT = /^(?:(?:gnu)?makefile|[^/]+\.mk|cmakelists\.txt|[^/]+\.cmake|meson\.build|meson_options\.txt|meson\.options|build\.bazel|workspace\.bazel|module\.bazel|[^/]+\.bzl|rakefile|[^/]+\.rake|(?:docker|container)file(?:[._-].*)?|[^/]+\.(?:docker|container)file|(?:docker-)?compose(?:[._-].*)?\.ya?ml|\.?justfile|taskfile(?:\.dist)?\.ya?ml|magefile\.go|[^/]+\.gradle(?:\.kts)?|[^/]+\.sbt|build\.xml|sconstruct|sconscript|earthfile|tiltfile|vagrantfile|build\.zig|build\.zig\.zon|flake\.nix|default\.nix|shell\.nix|brewfile|podfile|package\.swift|mix\.exs|rebar\.config|[^/]+\.csproj|[^/]+\.fsproj|[^/]+\.vbproj|[^/]+\.vcxproj|[^/]+\.sln|[^/]+\.props|[^/]+\.targets|build\.cake|build\.ps1|build\.fsx|dune|dune-project|[^/]+\.opam|procfile(?:\.[a-z0-9_-]+)?)$/;

/**
 * Documentation builds that execute project code found by name: Sphinx runs `conf.py` of the source
 * directory (hosted documentation builds run it from the pushed commit), Gatsby its `gatsby-config`,
 * `gatsby-node`, `gatsby-browser` and `gatsby-ssr` modules. They sit under `docs/`, which a policy often
 * makes low: as build scripts they keep at least medium.
 */
const DOCS_BUILD = /^(?:conf\.py|gatsby-(?:config|node|browser|ssr)\.(?:[cm]?js|[cm]?ts|jsx|tsx))$/;

/** Cargo runs `build.rs` at a package root; a `build.rs` among sources, tests or examples is an ordinary module. */
const RUST_MODULE_DIRS: ReadonlySet<string> = new Set(['src', 'tests', 'examples', 'benches']);

export function isBuildScript(segments: readonly string[]): boolean {
  const name = segments[segments.length - 1]!;
  if (name === 'build.rs') return !segments.slice(0, -1).some((s) => RUST_MODULE_DIRS.has(s));
  return BUILD_SCRIPT.test(name) || DOCS_BUILD.test(name);
}
