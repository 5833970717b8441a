import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  CONTROL,
  INVISIBLE
} from "./chunk-ERUCQBI4.js";

// src/core/protected.ts
var rules = (rule, category, why, globs) => globs.map((glob) => ({ glob, rule, category, why }));
var DEFAULT_POLICY_PATH = ".github/agent-policy.yml";
var PROTECTED_LIST = [
  ...rules("paths/guard-files", "agent-guard", "the policy and manifests decide what the agent may do", [
    ".github/agent-policy.{yml,yaml,json}",
    "**/agent-policy.{yml,yaml,json}",
    "**/agent-manifest*.{yml,yaml,json}",
    "**/*.agent-task.{yml,yaml,json}",
    ".agent/**",
    ".agent-guard/**"
  ]),
  ...rules("paths/runs-in-ci", "ci", "CI and automation configuration runs with the repository's credentials", [
    // Everything under .github runs or instructs (workflows, actions, dependabot, renovate and app
    // configuration, agent instructions) except the inert community files (COMMUNITY_FILES below).
    ".github/**",
    "**/action.{yml,yaml}",
    ".gitlab-ci.yml",
    ".circleci/**",
    ".buildkite/**",
    "azure-pipelines.yml",
    "Jenkinsfile",
    ".travis.yml",
    "renovate.json",
    "renovate.json5",
    ".renovaterc",
    ".renovaterc.json",
    ".pre-commit-config.yaml",
    ".renovaterc.json5",
    ".gitlab/renovate.{json,json5}",
    // Other CI services: each runs its file from the pushed commit when the repository is connected.
    "bitbucket-pipelines.yml",
    ".drone.yml",
    ".woodpecker.{yml,yaml}",
    ".woodpecker/**",
    "{appveyor,.appveyor}.yml",
    ".cirrus.{yml,star}",
    ".semaphore/**",
    "codemagic.yaml",
    "bitrise.yml",
    ".teamcity/**",
    ".tekton/**",
    "cloudbuild.{yaml,json}"
  ]),
  ...rules("paths/runs-in-ci", "ci", "preview deployments build every pull request with this file and the site's environment variables", [
    "**/netlify.toml",
    "**/vercel.json"
  ]),
  ...rules("paths/review-rules", "review", "CODEOWNERS decides who must review", ["CODEOWNERS", "docs/CODEOWNERS", ".github/CODEOWNERS", ".gitlab/CODEOWNERS"]),
  ...rules("paths/git-config", "git", "git attributes, submodules and hooks change what a diff shows and what is fetched or run", [
    "**/.gitattributes",
    ".gitmodules",
    // Git LFS reads it from the work tree: lfs.url and friends redirect every LFS download and upload.
    ".lfsconfig",
    // The repository's own git directory (never a tracked path; a symlink into it reaches hooks and the
    // checkout's config, which holds the job's token when actions/checkout persists credentials).
    ".git",
    ".git/**",
    ".githooks/**",
    // husky installs hooks from any directory (monorepo packages: `husky web/.husky`).
    "**/.husky/**",
    "lefthook.{yml,yaml}",
    ".lefthook.{yml,yaml}",
    "lefthook-local.{yml,yaml}",
    ".lintstagedrc*",
    ".simple-git-hooks*"
  ]),
  ...rules("paths/package-manager", "package-manager", "package-manager configuration can run code on install or redirect the registry", [
    "**/.npmrc",
    "**/.yarnrc",
    "**/.yarnrc.yml",
    ".yarn/releases/**",
    ".yarn/plugins/**",
    "**/.pnpmfile.cjs",
    "**/pnpm-workspace.yaml",
    "**/bunfig.toml",
    "**/.pypirc",
    "**/pip.conf",
    "**/pip.ini",
    "**/uv.toml",
    "**/.condarc",
    "**/.gemrc",
    "**/.bundle/config",
    "**/NuGet.Config",
    "**/nuget.config",
    "**/.mvn/**",
    "**/settings.xml",
    "**/.cargo/config",
    "**/.cargo/config.toml",
    "**/go.work",
    "**/.envrc",
    // PDM's project configuration (pypi.url and sources).
    "**/{pdm,.pdm}.toml"
  ]),
  ...rules("paths/package-manager", "package-manager", "Yarn loads the Plug'n'Play loader into every script it runs (NODE_OPTIONS --require)", [
    "**/.pnp.{cjs,js}",
    "**/.pnp.loader.mjs"
  ]),
  ...rules("paths/package-manager", "package-manager", "used instead of what the lockfile installs: Node resolves the nearest node_modules, uv and editors run the .venv interpreter", [
    "**/node_modules/**",
    "**/.venv/**"
  ]),
  ...rules("paths/package-manager", "package-manager", "Python imports an unchecked-hash .pyc instead of its reviewed .py source", [
    "**/__pycache__/**",
    "**/*.pyc"
  ]),
  ...rules("paths/toolchain-selectors", "toolchain-version", "a version file makes the version manager or setup action select, and often download, another toolchain", [
    "**/.python-version",
    "**/.nvmrc",
    "**/.node-version",
    "**/.tool-versions",
    "**/rust-toolchain",
    "**/rust-toolchain.toml",
    "**/.pdm-python",
    "**/.ruby-version",
    "**/.java-version",
    "**/.go-version",
    "**/.swift-version",
    "**/.sdkmanrc",
    "**/.terraform-version",
    "**/.bazelversion",
    // sbt.version: the sbt launcher downloads and runs that sbt.
    "**/project/build.properties"
  ]),
  ...rules("paths/toolchain-selectors", "toolchain-version", "bazelisk downloads Bazel from the base URL set in .bazeliskrc, and runs tools/bazel instead of Bazel", [
    "**/.bazeliskrc",
    "**/tools/bazel"
  ]),
  ...rules("paths/toolchain-selectors", "toolchain-version", "JVM options (-javaagent) and the JDK of every Gradle or sbt build, including a JDK to download", [
    "**/gradle.properties",
    "**/gradle/gradle-daemon-jvm.properties",
    "**/.jvmopts",
    "**/.sbtopts"
  ]),
  ...rules("paths/toolchain-selectors", "toolchain-version", "mise loads these on entering the directory: tools it downloads, environment, hooks and tasks", [
    "**/{mise,.mise}.toml",
    "**/{mise,.mise}.*.toml",
    "**/mise/config.toml",
    "**/mise/config.*.toml",
    "**/.mise/**",
    // .config/mise.toml is matched by the first two; conf.d and file tasks live here.
    "**/.config/mise/**"
  ]),
  ...rules("paths/tool-config", "dotnet", "MSBuild imports these into every project or solution below them: properties, package versions and sources, targets that run commands", [
    "**/Directory.Build.{props,targets,rsp}",
    "**/Directory.Packages.props",
    "**/Directory.Solution.{props,targets}",
    "**/{before,after}.*.sln.targets"
  ]),
  ...rules("paths/tool-config", "dotnet", "global.json selects the .NET SDK and MSBuild project SDKs; dotnet-tools.json selects the tools dotnet tool restore fetches and runs", [
    "**/global.json",
    "**/dotnet-tools.json"
  ]),
  ...rules("paths/tool-config", "terraform", "Terraform installs providers from terraform.d/plugins and reuses the providers and modules in .terraform of the working directory", [
    "**/terraform.d/**",
    "**/.terraform/**"
  ]),
  ...rules("paths/tool-config", "toolchain", "build and test tool configuration is loaded and executed automatically", [
    "**/gradle/wrapper/**",
    "**/gradlew",
    "**/gradlew.bat",
    "**/mvnw",
    "**/mvnw.cmd",
    "**/.bazelrc",
    "**/conftest.py",
    "**/pytest.ini",
    // pytest also takes its configuration (addopts = -p plugin) from these, found upwards from the tests run.
    "**/.pytest.ini",
    "**/tox.ini",
    "**/jest.config.*",
    "**/vitest.config.*",
    "**/vitest.workspace.*",
    "**/playwright.config.*",
    "**/karma.conf.*",
    "**/.mocharc*",
    "**/babel.config.*",
    "**/.babelrc*",
    "**/cypress.config.*",
    "**/ava.config.*",
    "**/wdio.conf.*",
    "**/.nycrc*",
    "**/nyc.config.*",
    "**/spec/support/jasmine.{json,js,mjs}",
    "**/.rspec",
    "**/.rspec-local",
    "**/.simplecov",
    "**/phpunit.{xml,xml.dist,dist.xml}",
    "**/tests/Pest.php",
    "**/noxfile.py",
    "**/tox.toml",
    "**/hatch.toml",
    // pytest reads [tool:pytest] (addopts = -p plugin) from it; setuptools imports its cmdclass from the repository.
    "**/setup.cfg",
    // coverage.py imports the modules named by plugins = ...
    "**/.coveragerc",
    "**/setup.py",
    "**/sitecustomize.py",
    "**/usercustomize.py",
    "**/.devcontainer/**",
    "**/.devcontainer.json",
    // Any folder of a monorepo can be opened as a workspace (tasks.json runOn: folderOpen).
    "**/.vscode/**",
    "**/.idea/**"
  ]),
  ...rules("paths/tool-config", "lint", "lint and format configuration is executed, or loads plugins and local code, in every lint step and editor", [
    "**/eslint.config.*",
    "**/.eslintrc*",
    "**/prettier.config.*",
    "**/.prettierrc*",
    "**/stylelint.config.*",
    "**/.stylelintrc*",
    "**/.markdownlint-cli2.*",
    "**/commitlint.config.*",
    "**/.commitlintrc*",
    "**/{dprint,.dprint}.{json,jsonc}",
    "**/.rubocop.yml",
    "**/{.php-cs-fixer,.php-cs-fixer.dist}.php",
    "**/{.php_cs,.php_cs.dist}",
    "**/phpstan.{neon,neon.dist,dist.neon}",
    "**/.formatter.exs",
    "**/.credo.exs"
  ]),
  ...rules("paths/tool-config", "toolchain", "interactive consoles and debuggers run these from the working directory when started there", [
    "**/.pdbrc",
    "**/.pryrc",
    "**/.iex.exs"
  ]),
  ...rules("paths/tool-config", "toolchain", "cloud development environments run the tasks these define when a workspace opens", [
    ".gitpod.yml",
    ".codesandbox/**",
    ".idx/**"
  ]),
  ...rules("paths/secrets", "secrets", "environment and credential files hold secrets that later steps load", [
    "**/.env",
    "**/.env.*",
    "**/*.pem",
    "**/*.key",
    "**/id_rsa*",
    "**/.netrc",
    "**/.git-credentials"
  ]),
  ...rules("paths/agent-instructions", "agent", "agent instructions and configuration steer the agent and can start processes before the model loads", [
    "**/AGENTS.md",
    "**/AGENT.md",
    "**/CLAUDE.md",
    "**/CLAUDE.local.md",
    "**/GEMINI.md",
    "**/.claude/**",
    "**/.mcp.json",
    "**/.gemini/**",
    "**/.cursor/**",
    "**/.cursorrules",
    "**/.windsurfrules",
    "**/.clinerules",
    "**/.clinerules/**",
    "**/.continue/**",
    "**/.aider*",
    "**/.codex/**",
    "**/.junie/**",
    "**/.amazonq/**",
    "**/.goosehints",
    // OpenHands runs .openhands/setup.sh at the start of every session.
    "**/.openhands/**",
    "**/.openhands_instructions",
    "**/copilot-instructions.md",
    ".github/{instructions,prompts,agents,chatmodes,copilot}/**",
    // Rules, steering, hooks and MCP configuration of other coding agents (Windsurf, Roo Code, Kiro,
    // Kilo Code, Augment, Trae, OpenCode, Zed, Qwen Code, Crush, Warp).
    "**/.windsurf/**",
    "**/.roo/**",
    "**/.roomodes",
    "**/.kiro/**",
    "**/.kilocode/**",
    "**/.kilocodemodes",
    "**/.augment/**",
    "**/.augment-guidelines",
    "**/.trae/**",
    "**/.opencode/**",
    "**/opencode.json",
    "**/opencode.jsonc",
    "**/.zed/**",
    "**/.rules",
    "**/.qwen/**",
    "**/QWEN.md",
    "**/CRUSH.md",
    "**/.crush.json",
    "**/crush.json",
    "**/WARP.md",
    "**/*.instructions.md",
    "**/*.prompt.md"
  ])
];
var PROTECTED_RULES = Object.freeze(
  PROTECTED_LIST.map((r) => Object.freeze(r.glob === ".github/**" ? { ...r, except: isCommunityFile } : r))
);
var COMMUNITY_FILE = /^\.github\/(?:(?:contributing|security|support|code_of_conduct|governance|pull_request_template)(?:\.(?:md|markdown|rst|txt))?|funding\.ya?ml|(?:issue_template|pull_request_template|discussion_template)\/[^/]+\.(?:md|ya?ml))$/;
function isCommunityFile(foldedPath) {
  return COMMUNITY_FILE.test(foldedPath);
}

// src/core/paths.ts
var MAX_PATH_BYTES = 4096;
function reject(reason, detail) {
  return { ok: false, reason, message: detail };
}
function foldPath(path) {
  if (PRINTABLE_ASCII.test(path)) return path.toLowerCase();
  return path.normalize("NFKC").toLowerCase().toUpperCase().toLowerCase().replace(/\u03c2/g, "σ").normalize("NFC");
}
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
function canonicalisePath(path, opts) {
  if (opts?.invalidUtf8) return reject("invalid_utf8", "path is not valid UTF-8");
  if (path.length === 0) return reject("empty", "path is empty");
  if (path.length * 3 > MAX_PATH_BYTES && Buffer.byteLength(path, "utf8") > MAX_PATH_BYTES) return reject("too_long", `path is longer than ${MAX_PATH_BYTES} bytes`);
  let ascii = true;
  let backslash = false;
  let upper = false;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c < 32 || c > 126) ascii = false;
    else if (c === 92) backslash = true;
    else if (c >= 65 && c <= 90) upper = true;
  }
  if (!ascii && CONTROL.test(path)) return reject("control_character", "path contains a control character (newline, tab, escape, ...)");
  if (!ascii && INVISIBLE.test(path)) return reject("invisible_character", "path contains a bidi control or zero-width character");
  if (backslash) return reject("backslash", "path contains a backslash");
  if (path.startsWith("/")) return reject("absolute", "path is absolute (starts with /)");
  if (path.startsWith("./")) return reject("leading_dot_slash", "path starts with ./");
  if (path.endsWith("/")) return reject("trailing_slash", "path ends with /");
  let start = 0;
  for (; ; ) {
    let end = path.indexOf("/", start);
    if (end === -1) end = path.length;
    const len = end - start;
    if (len === 0) return reject("empty_segment", "path contains an empty segment (//)");
    if (len <= 2 && path.charCodeAt(start) === 46 && (len === 1 || path.charCodeAt(start + 1) === 46)) {
      return reject("dot_segment", `path contains a "${len === 1 ? "." : ".."}" segment`);
    }
    if (end === path.length) break;
    start = end + 1;
  }
  if (!ascii && path.normalize("NFC") !== path) return reject("not_nfc", "path is not in Unicode NFC form");
  return { ok: true, path, folded: !ascii ? foldPath(path) : upper ? path.toLowerCase() : path };
}
function resolveSymlinkTarget(linkPath, target) {
  if (target.length === 0 || target.startsWith("/") || target.includes("\\") || CONTROL.test(target)) return null;
  const parts = linkPath.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return null;
      parts.pop();
      continue;
    }
    parts.push(segment);
  }
  if (parts.length === 0) return null;
  const resolved = parts.join("/");
  return canonicalisePath(resolved).ok ? resolved : null;
}
function symlinkTargetClimbsThroughName(target) {
  let named = false;
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (named) return true;
    } else named = true;
  }
  return false;
}

export {
  foldPath,
  canonicalisePath,
  resolveSymlinkTarget,
  symlinkTargetClimbsThroughName,
  DEFAULT_POLICY_PATH,
  PROTECTED_RULES,
  isCommunityFile
};
