import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  because
} from "./chunk-QM3FMFE2.js";
import {
  PROTECTED_RULES,
  canonicalisePath,
  defineRule,
  foldPath,
  globMatches,
  hostAllowed,
  hostProblem,
  isCommunityFile,
  lintGlob,
  loadDocument,
  parsePolicy,
  resolveSymlinkTarget,
  symlinkTargetClimbsThroughName,
  validateAgainstSchema
} from "./chunk-MMZAEHJF.js";
import {
  maxTier,
  tierRank
} from "./chunk-DIY5OXXZ.js";
import {
  sha256
} from "./chunk-HTLVP5OR.js";
import {
  isBuiltinCapability
} from "./chunk-ORYNIZFN.js";
import {
  oneLine,
  quoteUntrusted
} from "./chunk-ERUCQBI4.js";

// src/core/manifest.ts
function parseManifest(value) {
  const schemaProblems = validateAgainstSchema("manifest", value);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems };
  const t = value.agent_task;
  const problems = [];
  if (t.branch_pattern !== void 0) {
    for (const e of lintGlob(t.branch_pattern)) {
      problems.push({ code: e.code, message: `branch_pattern ${JSON.stringify(t.branch_pattern)}: ${e.message}`, pointer: "/agent_task/branch_pattern" });
    }
  }
  const denied = new Set(t.denied ?? []);
  t.capabilities.forEach((c, i) => {
    if (denied.has(c)) {
      problems.push({
        code: "capability_granted_and_denied",
        message: `capability ${c} is both requested and denied`,
        pointer: `/agent_task/capabilities/${i}`
      });
    }
  });
  (t.network?.allow ?? []).forEach((h, i) => {
    const p = hostProblem(h);
    if (p) problems.push({ code: "invalid_host", message: `${JSON.stringify(h)}: ${p}`, pointer: `/agent_task/network/allow/${i}` });
  });
  if (t.network?.deny_default === false) {
    problems.push({
      code: "deny_default_false",
      message: "network.deny_default: false is not supported: hosts outside network.allow are always denied (remove the key, or set it to true)",
      pointer: "/agent_task/network/deny_default"
    });
  }
  if (t.expires_at !== void 0 && !Number.isFinite(Date.parse(t.expires_at))) {
    problems.push({ code: "invalid_date", message: "expires_at is not a valid date-time", pointer: "/agent_task/expires_at" });
  }
  if (problems.length > 0) return { ok: false, problems };
  const manifest = {
    subject: t.subject,
    repository: t.repository,
    capabilities: [...t.capabilities],
    denied: [...t.denied ?? []],
    network: { allow: [...t.network?.allow ?? []], denyDefault: t.network?.deny_default ?? true }
  };
  if (t.branch_pattern !== void 0) manifest.branchPattern = t.branch_pattern;
  if (t.initiator !== void 0) manifest.initiator = t.initiator;
  if (t.task_id !== void 0) manifest.taskId = t.task_id;
  if (t.description !== void 0) manifest.description = t.description;
  if (t.expires_at !== void 0) manifest.expiresAt = t.expires_at;
  return { ok: true, manifest };
}
function checkManifestAgainstPolicy(manifest, policy, ctx = {}) {
  const problems = [];
  const add = (code, message, pointer) => problems.push({ code, message, pointer });
  const subject = Object.prototype.hasOwnProperty.call(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject] : void 0;
  if (!subject) {
    const names = Object.keys(policy.subjects);
    add(
      "unknown_subject",
      `subject ${JSON.stringify(manifest.subject)} is not defined in the policy${names.length ? ` (defined: ${names.join(", ")})` : " (the policy defines no subjects)"}`,
      "/agent_task/subject"
    );
  }
  const definedCapability = (c) => isBuiltinCapability(c) || Object.prototype.hasOwnProperty.call(policy.capabilities, c);
  manifest.capabilities.forEach((c, i) => {
    if (!definedCapability(c)) add("unknown_capability", `capability ${c} is not defined by the policy or built in`, `/agent_task/capabilities/${i}`);
    else if (subject && !subject.capabilities.includes(c)) {
      add(
        "capability_outside_ceiling",
        `capability ${c} is outside subject ${manifest.subject}'s ceiling (${subject.capabilities.join(", ") || "none"})`,
        `/agent_task/capabilities/${i}`
      );
    }
  });
  manifest.denied.forEach((c, i) => {
    if (!definedCapability(c)) add("unknown_capability", `denied capability ${c} is not defined by the policy or built in`, `/agent_task/denied/${i}`);
  });
  if (subject && subject.repositories.length > 0 && !subject.repositories.some((r) => repositoryMatches(r, manifest.repository))) {
    add("repository_mismatch", `repository ${manifest.repository} is not one of subject ${manifest.subject}'s repositories (${subject.repositories.join(", ")})`, "/agent_task/repository");
  }
  if (ctx.repository !== void 0 && !repositoryMatches(manifest.repository, ctx.repository)) {
    add("repository_mismatch", `the manifest is for repository ${manifest.repository}, but this run is on ${ctx.repository}`, "/agent_task/repository");
  } else if (ctx.repository !== void 0 && subject && subject.repositories.length > 0 && !subject.repositories.some((r) => repositoryMatches(r, ctx.repository))) {
    add("repository_mismatch", `this run is on ${ctx.repository}, which is not one of subject ${manifest.subject}'s repositories (${subject.repositories.join(", ")})`, "/agent_task/repository");
  }
  if (subject && subject.branches.length > 0) {
    if (manifest.branchPattern === void 0) {
      add("branch_pattern_missing", `subject ${manifest.subject} is limited to branches ${subject.branches.join(", ")}: the manifest needs a branch_pattern`, "/agent_task");
    } else if (!subject.branches.includes(manifest.branchPattern) && !subject.branches.some((b) => !/[*?[{]/.test(manifest.branchPattern) && globMatches(b, manifest.branchPattern))) {
      add(
        "branch_pattern_outside_ceiling",
        `branch_pattern ${manifest.branchPattern} is not within subject ${manifest.subject}'s branches (${subject.branches.join(", ")})`,
        "/agent_task/branch_pattern"
      );
    }
  }
  if (ctx.branch !== void 0 && ctx.branchCheck !== "skipped") {
    if (manifest.branchPattern !== void 0 && !globMatches(manifest.branchPattern, ctx.branch)) {
      add("branch_mismatch", `branch ${JSON.stringify(ctx.branch)} does not match the manifest's branch_pattern ${manifest.branchPattern}`, "/agent_task/branch_pattern");
    }
    if (subject && subject.branches.length > 0 && !subject.branches.some((b) => globMatches(b, ctx.branch))) {
      add("branch_mismatch", `branch ${JSON.stringify(ctx.branch)} is not one of subject ${manifest.subject}'s branches (${subject.branches.join(", ")})`, "/agent_task/subject");
    }
  }
  manifest.network.allow.forEach((h, i) => {
    const wild = h.toLowerCase();
    const covered = wild.startsWith("*.") ? policy.network.allow.some((entry) => {
      const p = entry.toLowerCase();
      return p === wild || p.startsWith("*.") && wild.endsWith(p.slice(1));
    }) : hostAllowed(policy.network.allow, h);
    if (!covered) add("network_host_not_allowed", `network host ${h} is not in the policy's network allow list`, `/agent_task/network/allow/${i}`);
  });
  if (manifest.expiresAt !== void 0 && ctx.now !== void 0 && Date.parse(manifest.expiresAt) <= ctx.now.getTime()) {
    add("manifest_expired", `the manifest expired at ${manifest.expiresAt}`, "/agent_task/expires_at");
  }
  return problems;
}
function pullRequestBranch(ref, headRepository, baseRepository) {
  if (headRepository === void 0 || baseRepository === void 0) return `(unknown repository):${ref}`;
  if (headRepository.toLowerCase() === baseRepository.toLowerCase()) return ref;
  return `${headRepository.split("/")[0] ?? headRepository}:${ref}`;
}
function repositoryMatches(declared, actual) {
  const d = declared.toLowerCase();
  const a = actual.toLowerCase();
  if (d === a) return true;
  if (!d.includes("/")) return a.split("/").pop() === d;
  if (!a.includes("/")) return d.split("/").pop() === a;
  return false;
}
function grantedCapabilities(manifest, policy) {
  const subject = Object.prototype.hasOwnProperty.call(policy.subjects, manifest.subject) ? policy.subjects[manifest.subject] : void 0;
  if (!subject) return [];
  return manifest.capabilities.filter((c) => subject.capabilities.includes(c) && !manifest.denied.includes(c));
}

// src/adapters/config.ts
function locateAll(problems, doc) {
  return problems.map((p) => ({ ...p, location: p.location ?? doc.locate(p.pointer ?? "") }));
}
function loadPolicy(bytes, label) {
  const parsed = loadDocument(bytes, label);
  if (!parsed.ok) return parsed;
  const result = parsePolicy(parsed.doc.value);
  if (!result.ok) return { ok: false, problems: locateAll(result.problems, parsed.doc) };
  return { ok: true, loaded: { value: result.policy, sha256: sha256(bytes), doc: parsed.doc } };
}
function loadManifest(bytes, label) {
  const parsed = loadDocument(bytes, label);
  if (!parsed.ok) return parsed;
  const result = parseManifest(parsed.doc.value);
  if (!result.ok) return { ok: false, problems: locateAll(result.problems, parsed.doc) };
  return { ok: true, loaded: { value: result.manifest, sha256: sha256(bytes), doc: parsed.doc } };
}
function manifestViolations(manifest, policy, ctx = {}) {
  return locateAll(checkManifestAgainstPolicy(manifest.value, policy, ctx), manifest.doc);
}
function formatProblem(p) {
  const loc = p.location;
  const where = loc ? `${oneLine(loc.file)}${loc.line !== void 0 ? `:${loc.line}:${loc.column ?? 1}` : ""}` : "<input>";
  return `${where}: ${oneLine(p.message)} [${oneLine(p.code)}]`;
}

// src/core/rules/kinds/change-set.ts
var changeSet = defineRule({
  id: "kinds/change-set",
  codes: [
    "GIT_FAILED",
    "GIT_NOT_FOUND",
    "NOT_A_REPOSITORY",
    "INVALID_REF",
    "UNKNOWN_REF",
    "NO_MERGE_BASE",
    "MULTIPLE_MERGE_BASES",
    "SHALLOW_REPOSITORY",
    "EMPTY_CHANGESET",
    "TOO_LARGE",
    "UNEXPECTED_OUTPUT",
    "UNSUPPORTED_STATUS",
    "INVALID_PATH",
    "NOT_A_FILE",
    "TIMEOUT",
    "INVALID_OPTION",
    "kind_unknown",
    "files_api_status"
  ],
  summary: "When the change set cannot be established from git (no merge base, a shallow clone, a timeout, ...) the change is denied; when only the files API is available, file kinds are unknown and every file is treated as high.",
  fix: "Check out the repository with full history (fetch-depth: 0) so the change set and file modes come from git."
});

// src/core/identify/content.ts
var SOURCE = [
  "go",
  "ts",
  "tsx",
  "mts",
  "cts",
  "js",
  "jsx",
  "mjs",
  "cjs",
  "py",
  "pyi",
  "rb",
  "rs",
  "java",
  "kt",
  "kts",
  "scala",
  "sc",
  "groovy",
  "c",
  "h",
  "cc",
  "cpp",
  "cxx",
  "hpp",
  "hh",
  "hxx",
  "inl",
  "cs",
  "fs",
  "fsi",
  "fsx",
  "vb",
  "swift",
  "m",
  "mm",
  "php",
  "pl",
  "pm",
  "t",
  "lua",
  "ex",
  "exs",
  "erl",
  "hrl",
  "hs",
  "lhs",
  "ml",
  "mli",
  "clj",
  "cljs",
  "cljc",
  "edn",
  "dart",
  "r",
  "jl",
  "sql",
  "vue",
  "svelte",
  "astro",
  "css",
  "scss",
  "sass",
  "less",
  "styl",
  "html",
  "htm",
  "xhtml",
  "sh",
  "bash",
  "zsh",
  "fish",
  "ps1",
  "psm1",
  "psd1",
  "bat",
  "cmd",
  "tf",
  "tfvars",
  "hcl",
  "proto",
  "graphql",
  "gql",
  "thrift",
  "avsc",
  "elm",
  "nim",
  "zig",
  "sol",
  "cu",
  "cuh",
  "f90",
  "f",
  "tmpl",
  "tpl",
  "gotmpl",
  "j2",
  "jinja",
  "jinja2",
  "hbs",
  "handlebars",
  "ejs",
  "pug",
  "mustache",
  "liquid",
  "twig",
  "erb",
  "haml",
  "slim",
  "cshtml",
  "razor",
  "xaml",
  "ipynb",
  "rego",
  "cue",
  "jsonnet",
  "libsonnet",
  "lean",
  "v",
  "sv",
  "vhd",
  "vhdl",
  "asm",
  "s",
  "ada",
  "adb",
  "ads",
  "pas",
  "d",
  "cr",
  "purs",
  "res",
  "resi",
  "re",
  "rei",
  "gleam",
  "odin",
  "wat",
  "awk",
  "sed",
  "tcl",
  "vim",
  "el",
  "lisp",
  "scm",
  "rkt",
  "coffee",
  "ls",
  "mdx",
  "qml",
  "glsl",
  "hlsl",
  "wgsl",
  "metal",
  "smithy",
  "kql",
  "prisma"
];
var DOCS = ["md", "markdown", "mdown", "rst", "adoc", "asciidoc", "txt", "text", "rtf", "tex", "org", "pod", "textile", "wiki", "man", "nfo", "bib"];
var ASSET = [
  "png",
  "jpg",
  "jpeg",
  "gif",
  "svg",
  "ico",
  "icns",
  "webp",
  "avif",
  "bmp",
  "tif",
  "tiff",
  "heic",
  "woff",
  "woff2",
  "ttf",
  "otf",
  "eot",
  "mp3",
  "mp4",
  "m4a",
  "m4v",
  "webm",
  "mov",
  "avi",
  "wav",
  "ogg",
  "oga",
  "flac",
  "pdf",
  "drawio",
  "excalidraw",
  "cast",
  "psd",
  "xcf",
  "sketch",
  "fig",
  "ai",
  "eps",
  "dot",
  "puml",
  "plantuml",
  "mermaid",
  "mmd",
  "odp",
  "odt",
  "ods",
  "odg",
  "pptx",
  "docx",
  "xlsx"
];
var DATA = [
  "json",
  "jsonc",
  "json5",
  "jsonl",
  "ndjson",
  "geojson",
  "yaml",
  "yml",
  "toml",
  "xml",
  "xsd",
  "xsl",
  "xslt",
  "wsdl",
  "csv",
  "tsv",
  "psv",
  "ini",
  "cfg",
  "conf",
  "properties",
  "golden",
  "snap",
  "out",
  "log",
  "diff",
  "patch",
  "crt",
  "cer",
  "csr",
  "der",
  "pub",
  "asc",
  "sig",
  "sha256",
  "sha512",
  "sha1",
  "md5",
  "list",
  "po",
  "pot",
  "mo",
  "arb",
  "xliff",
  "xlf",
  "strings",
  "resx",
  "plist",
  "sum",
  "srt",
  "vtt",
  "ics",
  "vcf",
  "parquet",
  "avro",
  "sqlite",
  "db",
  "har",
  "pcap",
  "eml",
  "gpx",
  "kml",
  "wkt",
  "tgz",
  "gz",
  "zip",
  "tar",
  "bz2",
  "xz",
  "zst",
  "dat",
  "bin",
  "raw",
  "npy",
  "npz",
  "pb",
  "onnx",
  "safetensors",
  "ttl",
  "rdf",
  "nt",
  "jks",
  "p12",
  "pfx",
  "keystore",
  "tfstate",
  "mod",
  "lock",
  "example",
  "sample",
  "bak",
  "orig",
  "old",
  "template",
  "tmp"
];
var BY_EXTENSION = new Map([
  ...DATA.map((e) => [e, "data"]),
  ...ASSET.map((e) => [e, "asset"]),
  ...DOCS.map((e) => [e, "docs"]),
  ...SOURCE.map((e) => [e, "source"])
]);
var PROSE_NAMES = /* @__PURE__ */ new Set([
  "readme",
  "license",
  "licence",
  "copying",
  "copyright",
  "notice",
  "authors",
  "contributors",
  "changelog",
  "changes",
  "history",
  "news",
  "maintainers",
  "code_of_conduct",
  "contributing",
  "security",
  "support",
  "patents",
  "governance",
  "thanks",
  "todo",
  "users",
  "adopters",
  "roadmap",
  "releasing",
  "release",
  "version",
  "unlicense",
  "install",
  "credits",
  "faq",
  "security_contacts"
]);
var TEST_DIRS = /* @__PURE__ */ new Set([
  "test",
  "tests",
  "testdata",
  "test-data",
  "test_data",
  "__tests__",
  "spec",
  "specs",
  "fixtures",
  "__fixtures__",
  "fixture",
  "__snapshots__",
  "e2e",
  "testing",
  "golden",
  "goldens",
  "examples",
  "example",
  "samples",
  "sample"
]);
function contentKindOfName(name) {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return PROSE_NAMES.has(name) ? "docs" : null;
  const kind = BY_EXTENSION.get(name.slice(dot + 1));
  if (kind !== void 0) return kind;
  return PROSE_NAMES.has(name.slice(0, name.indexOf("."))) ? "docs" : null;
}
function inTestDirectory(segments) {
  for (let i = 0; i < segments.length - 1; i++) if (TEST_DIRS.has(segments[i])) return true;
  return false;
}

// src/core/identify/dependencies.ts
var NAMES = /* @__PURE__ */ new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  "jsr.json",
  "bower.json",
  "go.mod",
  "go.sum",
  "go.work.sum",
  "gopkg.toml",
  "gopkg.lock",
  "glide.yaml",
  "glide.lock",
  "cargo.toml",
  "cargo.lock",
  "pyproject.toml",
  "poetry.lock",
  "uv.lock",
  "pdm.lock",
  "pipfile",
  "pipfile.lock",
  "pylock.toml",
  "environment.yml",
  "environment.yaml",
  "conda-lock.yml",
  "gemfile",
  "gemfile.lock",
  "gems.rb",
  "gems.locked",
  "composer.json",
  "composer.lock",
  "pom.xml",
  "gradle.lockfile",
  "packages.config",
  "packages.lock.json",
  "paket.dependencies",
  "paket.lock",
  "mix.lock",
  "pubspec.yaml",
  "pubspec.lock",
  "package.resolved",
  "podfile.lock",
  "cartfile",
  "cartfile.resolved",
  "vcpkg.json",
  "conanfile.txt",
  "flake.lock",
  "renv.lock",
  "description",
  "stack.yaml",
  "stack.yaml.lock",
  "cabal.project",
  "cabal.project.freeze",
  "shard.yml",
  "shard.lock",
  "gleam.toml",
  "manifest.toml",
  "project.toml",
  "chart.yaml",
  "requirements.yaml",
  "galaxy.yml",
  "jsonnetfile.json",
  "jsonnetfile.lock.json",
  "libman.json",
  ".terraform.lock.hcl",
  "dependencies.yml",
  "build.zig.zon",
  "elm.json",
  "esy.json",
  "rockspec",
  "anaconda-project.yml"
]);
var PATTERN = /^(?:(?:requirements|constraints)(?:[._-][a-z0-9._-]*)?\.(?:txt|in)|[^/]+\.(?:gemspec|cabal|rockspec|nuspec)|pylock\.[a-z0-9_-]+\.toml)$/;
function isDependencyName(segments) {
  const name = segments[segments.length - 1];
  if (NAMES.has(name) || PATTERN.test(name)) return true;
  return segments.length >= 2 && segments[segments.length - 2] === "requirements" && /\.(?:txt|in)$/.test(name);
}

// src/core/identify/families.ts
var AGENT_INSTRUCTION_NAME = /^(?:agents?|claude|gemini|qwen|crush|warp|codex|junie|cline|goose|aider|opencode|amp|devin|jules|kiro|augment|copilot-instructions|copilot)(?:\.[a-z0-9_-]+)*\.(?:md|mdc|markdown|txt)$/;
var AGENT_SUFFIX = /(?:\.(?:prompt|instructions|chatmode|agent|rules)\.md|\.mdc)$/;
var AGENT_DOTFILE = /^\.(?:cursorrules|windsurfrules|clinerules|continuerules|goosehints|augment-guidelines|roomodes|kilocodemodes|rules|openhands_instructions|aider.*|crush\.json|mcp\.json)$/;
var AGENT_NAMES = /* @__PURE__ */ new Set(["skill.md", "mcp.json", "opencode.json", "opencode.jsonc", "crush.json", "agents.json"]);
var AGENT_DIR = /^\.(?:agents?|claude|codex|cursor|gemini|windsurf|roo|kiro|kilocode|augment|trae|opencode|zed|qwen|continue|junie|amazonq|openhands|clinerules|crush|amp|goose|aider|devin|jules|copilot|github-copilot|tabnine|codeium|sourcegraph|cody|factory|droid|qoder|lingma|void|pearai|zencoder|mcp)(?:[._-].*)?$/;
var GITHUB_AGENT_DIRS = /* @__PURE__ */ new Set(["agents", "prompts", "instructions", "chatmodes", "copilot"]);
function isAgentFile(segments) {
  const name = segments[segments.length - 1];
  if (AGENT_INSTRUCTION_NAME.test(name) || AGENT_SUFFIX.test(name) || AGENT_DOTFILE.test(name) || AGENT_NAMES.has(name)) return true;
  for (let i = 0; i < segments.length - 1; i++) {
    if (AGENT_DIR.test(segments[i])) return true;
    if (segments[i] === ".github" && GITHUB_AGENT_DIRS.has(segments[i + 1] ?? "") && i + 1 < segments.length - 1) return true;
  }
  return false;
}
var TOOL_CONFIG_SUFFIX = /\.(?:config|conf|workspace|setup)\.[a-z0-9]+$/;
var TOOL_CONFIG_NAMES = /* @__PURE__ */ new Set([
  "conftest.py",
  "pytest.ini",
  ".pytest.ini",
  "tox.ini",
  "tox.toml",
  "noxfile.py",
  "setup.py",
  "setup.cfg",
  "hatch.toml",
  ".coveragerc",
  "mypy.ini",
  ".mypy.ini",
  "pylintrc",
  ".pylintrc",
  ".flake8",
  "ruff.toml",
  ".ruff.toml",
  "pyrightconfig.json",
  ".bandit",
  "pytest.toml",
  "tsconfig.json",
  "jsconfig.json",
  "deno.json",
  "deno.jsonc",
  "biome.json",
  "biome.jsonc",
  "turbo.json",
  "nx.json",
  "lerna.json",
  ".swcrc",
  "angular.json",
  "nest-cli.json",
  "vercel.json",
  "netlify.toml",
  "phpunit.xml",
  "phpunit.xml.dist",
  "phpstan.neon",
  "psalm.xml",
  "rector.php",
  ".rubocop.yml",
  ".rspec",
  ".simplecov",
  "guardfile",
  "dangerfile",
  "dangerfile.js",
  "dangerfile.ts",
  "mkdocs.yml",
  "mkdocs.yaml",
  "_config.yml",
  "book.toml",
  "hugo.toml",
  "rustfmt.toml",
  ".rustfmt.toml",
  "clippy.toml",
  ".clippy.toml",
  "deny.toml",
  "cross.toml",
  "taplo.toml",
  ".golangci.yml",
  ".golangci.yaml",
  ".golangci.toml",
  ".golangci.json",
  ".goreleaser.yml",
  ".goreleaser.yaml",
  ".mockery.yaml",
  "buf.yaml",
  "buf.gen.yaml",
  "buf.work.yaml",
  "skaffold.yaml",
  "devfile.yaml",
  ".devfile.yaml",
  "chart.lock",
  ".helmignore",
  "pom.xml",
  "detekt.yml",
  "checkstyle.xml",
  ".scalafmt.conf",
  ".scalafix.conf",
  ".jshintrc",
  ".jscsrc",
  ".editorconfig-checker.json",
  "cspell.json",
  ".cspell.json",
  "lychee.toml",
  ".markdownlint.yaml",
  ".markdownlint.yml",
  ".markdownlint.json",
  ".markdownlintrc",
  ".yamllint",
  ".yamllint.yml",
  ".hadolint.yaml",
  ".shellcheckrc",
  ".spectral.yaml",
  ".vale.ini",
  "stylua.toml",
  ".luacheckrc",
  ".luarc.json",
  "selene.toml"
]);
function isToolConfig(name) {
  return TOOL_CONFIG_NAMES.has(name) || TOOL_CONFIG_SUFFIX.test(name) && /^[a-z0-9_@-]+\./.test(name);
}
var EDITOR_LOADED = /* @__PURE__ */ new Set([
  "pylintrc",
  ".pylintrc",
  ".flake8",
  "mypy.ini",
  ".mypy.ini",
  "tsconfig.json",
  "jsconfig.json",
  "deno.json",
  "deno.jsonc",
  ".luarc.json"
]);
function isEditorLoadedConfig(name) {
  return EDITOR_LOADED.has(name) || /^tsconfig\.[a-z0-9_.-]+\.json$/.test(name);
}
function isReviewAssignment(name) {
  return name === "owners" || name === "owners_aliases";
}
var STARTUP = /^(?:sitecustomize\.py|usercustomize\.py|[^/]+\.pth|\.pythonrc(?:\.py)?|\.pythonstartup|\.irbrc|\.pryrc|\.pdbrc(?:\.py)?|\.rprofile|rprofile\.site|\.iex\.exs|startup\.jl|\.noderc|\.node_repl_history|\.psqlrc|\.sqliterc|\.perldb|\.ghci|\.sbtrc|\.inputrc)$/;
function isInterpreterStartup(name) {
  return STARTUP.test(name);
}
var TOOLCHAIN = /^(?:\.[a-z0-9_]+-version|\.nvmrc|\.tool-versions|\.prototools|rust-toolchain(?:\.toml)?|\.sdkmanrc|\.bazelversion|\.terraform-version|\.pdm-python|global\.json)$/;
function isToolchainSelector(name) {
  return TOOLCHAIN.test(name);
}
var CI_SERVICE = /^(?:\.gitlab-ci\.ya?ml|\.travis\.ya?ml|azure-pipelines.*\.ya?ml|jenkinsfile.*|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|\.?appveyor\.ya?ml|\.cirrus\.(?:ya?ml|star)|codemagic\.ya?ml|bitrise\.ya?ml|cloudbuild\.(?:ya?ml|json)|buildspec\.ya?ml|\.readthedocs\.ya?ml|readthedocs\.ya?ml|\.gitpod\.ya?ml|\.gitpod\.dockerfile|render\.ya?ml|fly\.toml|railway\.(?:json|toml)|amplify\.ya?ml|app\.json|firebase\.json|\.firebaserc|wrangler\.(?:toml|json|jsonc)|vercel\.json|now\.json|netlify\.toml|\.?mergify\.ya?ml|\.kodiak\.toml|\.coderabbit\.ya?ml|\.deepsource\.toml|\.sourcery\.ya?ml|\.snyk|codefresh\.ya?ml|wercker\.ya?ml|\.woodpecker\.ya?ml|renovate\.json5?|\.renovaterc(?:\.json5?)?|\.pre-commit-config\.ya?ml|\.pre-commit-hooks\.ya?ml|lefthook(?:-local)?\.ya?ml|\.lefthook\.ya?ml|okteto\.ya?ml|garden\.ya?ml|\.platform\.app\.yaml|apprunner\.yaml|\.?codecov\.ya?ml|sonar-project\.properties|\.sonarcloud\.properties)$/;
function isCiServiceFile(name) {
  return CI_SERVICE.test(name);
}
var BUILD_SCRIPT = /^(?:(?:gnu)?makefile|[^/]+\.mk|cmakelists\.txt|[^/]+\.cmake|meson\.build|meson_options\.txt|meson\.options|build\.bazel|workspace\.bazel|module\.bazel|[^/]+\.bzl|rakefile|[^/]+\.rake|(?:docker|container)file(?:[._-].*)?|[^/]+\.(?:docker|container)file|(?:docker-)?compose(?:[._-].*)?\.ya?ml|\.?justfile|taskfile(?:\.dist)?\.ya?ml|magefile\.go|[^/]+\.gradle(?:\.kts)?|[^/]+\.sbt|build\.xml|sconstruct|sconscript|earthfile|tiltfile|vagrantfile|build\.zig|build\.zig\.zon|flake\.nix|default\.nix|shell\.nix|brewfile|podfile|package\.swift|mix\.exs|rebar\.config|[^/]+\.csproj|[^/]+\.fsproj|[^/]+\.vbproj|[^/]+\.vcxproj|[^/]+\.sln|[^/]+\.props|[^/]+\.targets|build\.cake|build\.ps1|build\.fsx|dune|dune-project|[^/]+\.opam|procfile(?:\.[a-z0-9_-]+)?)$/;
var RUST_MODULE_DIRS = /* @__PURE__ */ new Set(["src", "tests", "examples", "benches"]);
function isBuildScript(segments) {
  const name = segments[segments.length - 1];
  if (name === "build.rs") return !segments.slice(0, -1).some((s) => RUST_MODULE_DIRS.has(s));
  return BUILD_SCRIPT.test(name);
}

// src/core/identify/index.ts
var NAMED = "high unless the policy names it by exact path or a narrow pattern";
var MEDIUM = "at least medium unless the policy names it by exact path or a narrow pattern";
var intern = /* @__PURE__ */ new Map();
function identity(rule, code, message, floor, protect = false) {
  const key = `${code}\0${message}`;
  let id = intern.get(key);
  if (id === void 0) intern.set(key, id = Object.freeze({ rule, code, message, floor, protect }));
  return id;
}
var CONFIG_EXTENSIONS = /* @__PURE__ */ new Set(["json", "jsonc", "json5", "yml", "yaml", "toml", "ini", "cfg", "conf", "properties", "xml", "config", "plist", "hcl", "nix", "star"]);
var INERT_DOTFILE = /^\.(?:[a-z0-9_-]*ignore|gitkeep|keep|editorconfig|mailmap|nojekyll)$/;
var RC_NAME = /^[a-z][a-z0-9_-]{2,}rc(?:\.(?:json5?|jsonc|ya?ml|[cm]?js|ts|toml|ini|conf|cfg|sh|py|rb))?$/;
function identifyPath(folded) {
  const segments = folded.split("/");
  const name = segments[segments.length - 1];
  if (isAgentFile(segments)) {
    return identity("paths/agent-instructions", "protected_agent_config", `agent instructions or an agent's configuration or skill folder (${name}): agents read it by name`, "high", true);
  }
  if (isInterpreterStartup(name)) {
    return identity("paths/tool-config", "protected_tool_config", `interpreter start-up file (${name}): the interpreter runs it before any code`, "high", true);
  }
  if (isToolchainSelector(name)) {
    return identity("paths/toolchain-selectors", "protected_toolchain_selector", `toolchain selector (${name}): a version manager or setup action selects, and may download, another toolchain`, "high", true);
  }
  if (isCommunityFile(folded)) return identity("paths/identify", "content_docs", "community file GitHub shows to people (contributing guide, security policy, templates): documentation", null);
  if (isCiServiceFile(name)) return identity("paths/identify", "ci_service_config", `CI or hosted-build service configuration (${name}): the service runs it from the pushed commit; ${NAMED}`, "high");
  if (isDependencyName(segments)) return identity("paths/identify", "dependency_manifest", `dependency manifest or lockfile (${name}): at least medium, the tier of a dependency change; its content review escalates what it finds`, "medium");
  if (isReviewAssignment(name)) return identity("paths/identify", "review_config", `review assignment file (${name}): review bots take who may approve from it; ${NAMED}`, "high");
  if (isEditorLoadedConfig(name)) {
    return identity("paths/identify", "tool_config", `configuration that names plugins to load, run by editors when the folder is opened (${name}): ${NAMED}`, "high");
  }
  if (isToolConfig(name)) return identity("paths/identify", "tool_config", `configuration of a tool run by a person or a workflow (${name}): its effect is in the diff; ${MEDIUM}`, "medium");
  if (isBuildScript(segments)) return identity("paths/identify", "build_script", `build script run by a person or a workflow (${name}): its commands are in the diff; ${MEDIUM}`, "medium");
  if (inTestDirectory(segments) && segments.includes("testdata")) return identity("paths/identify", "content_test", "test code or test data (in a test or fixture directory)", null);
  const dotDir = segments.findIndex((s, i) => i < segments.length - 1 && s.startsWith("."));
  if (dotDir !== -1) return identity("paths/identify", "dotfile", `in a dot-directory (${segments[dotDir]}/): tools discover such folders by name; ${NAMED}`, "high");
  if (name.startsWith(".") && !INERT_DOTFILE.test(name)) return identity("paths/identify", "dotfile", `dotfile (${name}): tools discover and load dotfiles by name; ${NAMED}`, "high");
  if (RC_NAME.test(name)) return identity("paths/identify", "rc_file", `run-control file (${name}): a tool loads it by name; ${NAMED}`, "high");
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1) : "";
  if (segments.length === 1 && CONFIG_EXTENSIONS.has(ext)) {
    return identity("paths/identify", "root_config", `configuration file at the repository root (${name}): tools look for their configuration there by name; ${NAMED}`, "high");
  }
  if (name.startsWith(".")) return identity("paths/identify", "content_data", "ignore list or editor settings: lists paths or formatting only", null);
  const kind = contentKindOfName(name);
  if (inTestDirectory(segments) && (kind === null || kind === "source" || kind === "data")) {
    return identity("paths/identify", "content_test", "test code or test data (in a test or fixture directory)", null);
  }
  switch (kind) {
    case "source":
      return identity("paths/identify", "content_source", `source code (.${ext})`, null);
    case "docs":
      return identity("paths/identify", "content_docs", "documentation", null);
    case "asset":
      return identity("paths/identify", "content_asset", `static asset (.${ext})`, null);
    case "data":
      return identity("paths/identify", "content_data", `data (.${ext})`, null);
    default:
      return identity("paths/identify", "unidentified", `not identified as source, documentation, test, asset or data (${ext === "" ? "no extension" : `.${ext}`}): ${NAMED}`, "high");
  }
}
function isNarrowGlob(glob) {
  const last = glob.slice(glob.lastIndexOf("/") + 1);
  if (!/[*?[]/.test(last)) return true;
  return !/^\*+(?:\.(?:[^.*?[/]+|\{[^}]*\}))?$/.test(last);
}

// src/core/rules/paths/action-code.ts
var actionCode = defineRule({
  id: "paths/action-code",
  codes: ["action_directory", "action_runs"],
  summary: "Files in an action's directory, and every file its action.yml runs (runs.main, pre, post, and scripts its composite steps run), are the action's code: workflows that use the action run them, so they are high.",
  fix: "Have a person review and approve changes to code an action runs."
});

// src/core/rules/paths/agent-instructions.ts
var agentInstructions = defineRule({
  id: "paths/agent-instructions",
  codes: ["protected_agent_config"],
  summary: "Agent instruction files in every case and suffix variant (AGENTS.md, CLAUDE.md, *.prompt.md, ...) and every coding agent's configuration and skill folders steer an agent and can start processes: always high.",
  fix: "Have a person review and approve changes to what agents are told or run."
});

// src/core/rules/paths/canonical.ts
var canonicalPaths = defineRule({
  id: "paths/canonical",
  codes: ["path_rejected"],
  summary: "A path that is not valid UTF-8, has control or invisible characters, or is not canonical (., .., //, a trailing slash) is denied: it would be read differently by different tools.",
  fix: "Rename the file to a plain canonical path."
});

// src/core/rules/paths/git-config.ts
var gitConfig = defineRule({
  id: "paths/git-config",
  codes: ["protected_git_config"],
  summary: "Git attributes, submodules, LFS configuration, hooks and hook managers change what a diff shows and what is fetched or run: always high.",
  fix: "Have a person review and approve the change."
});

// src/core/rules/paths/guard-files.ts
var guardFiles = defineRule({
  id: "paths/guard-files",
  codes: ["guard_file", "guard_file_needs_modify_policy"],
  summary: "The policy, task manifests and agent-guard's own configuration decide what an agent may do: always high, and denied unless the task is granted modify_policy.",
  fix: "Change the policy or a manifest in a change of its own, made by a person or by a task granted modify_policy."
});

// src/core/rules/paths/identify.ts
var identify = defineRule({
  id: "paths/identify",
  codes: [
    "content_source",
    "content_docs",
    "content_test",
    "content_asset",
    "content_data",
    "dependency_manifest",
    "tool_config",
    "ci_service_config",
    "build_script",
    "review_config",
    "dotfile",
    "rc_file",
    "root_config",
    "unidentified"
  ],
  summary: "A directory-wide tier glob (docs/**, **/*.md) or default_tier gives its tier only to files identified as source, documentation, tests, assets or data; dependency manifests, build scripts and the configuration of tools a person or workflow invokes are at least medium; files tools load on their own by name (dotfiles, *rc, root configuration, editor-loaded and CI-service configuration, review assignments) and unidentified files are high.",
  fix: "Name the file in the policy by exact path or a narrow pattern (jest.config.*, not test/**) to give it another tier."
});

// src/core/rules/paths/package-manager.ts
var packageManager = defineRule({
  id: "paths/package-manager",
  codes: ["protected_package_manager_config"],
  summary: "Package-manager configuration (registries, install hooks, loaders) and installed-dependency or bytecode directories run code on install or replace what the lockfile installs: always high.",
  fix: "Have a person review and approve the change; never commit node_modules, .venv or bytecode."
});

// src/core/rules/paths/policy-protected.ts
var policyProtected = defineRule({
  id: "paths/policy-protected",
  codes: ["protected_by_policy", "protected_exempt"],
  summary: "The policy's own protected globs are always high; `protected.exempt` takes an exact path out of the built-in set, with its reason shown on every file it applies to.",
  fix: "Have a person approve the change, or exempt the exact path in the policy with a reason (never a guard file)."
});

// src/core/rules/paths/review-rules.ts
var reviewRules = defineRule({
  id: "paths/review-rules",
  codes: ["protected_review_config"],
  summary: "CODEOWNERS decides who must review a change: always high.",
  fix: "Have a person review and approve the change."
});

// src/core/rules/paths/runs-in-ci.ts
var runsInCi = defineRule({
  id: "paths/runs-in-ci",
  codes: ["protected_ci_config"],
  summary: "CI, automation and preview-build configuration (everything under .github/ but its community files, action.yml, other CI services' files) runs with the repository's credentials: always high.",
  fix: "Have a person review and approve the change; it cannot be lowered by a tier rule."
});

// src/core/rules/paths/secrets.ts
var secrets = defineRule({
  id: "paths/secrets",
  codes: ["protected_secret_file"],
  summary: "Environment and credential files (.env, keys, .netrc) hold secrets that later steps load: always high.",
  fix: "Keep secrets out of the repository; have a person approve test fixtures that look like them."
});

// src/core/rules/paths/tier-rules.ts
var tierRules = defineRule({
  id: "paths/tier-rules",
  codes: ["tier_rule", "default_tier", "case_variant"],
  summary: "The policy's tier globs and default_tier give a path its tier (the highest that matches wins); a case or Unicode variant of a path gets the higher tier of the path it imitates.",
  fix: "Name the path in the policy tier you mean, by exact path or a narrow pattern for files that tools load."
});

// src/core/rules/paths/tool-config.ts
var toolConfig = defineRule({
  id: "paths/tool-config",
  codes: ["protected_tool_config"],
  summary: "Test-runner, linter, formatter, build-tool, IDE and dev-environment configuration is loaded and executed automatically by the tools that find it: always high.",
  fix: "Have a person review and approve the change."
});

// src/core/rules/paths/toolchain-selectors.ts
var toolchainSelectors = defineRule({
  id: "paths/toolchain-selectors",
  codes: ["protected_toolchain_selector"],
  summary: "Toolchain selectors (.nvmrc, .node-version, .python-version, rust-toolchain, .tool-versions, mise, JVM options, ...) make a version manager or setup action select, and often download, another toolchain: always high.",
  fix: "Have a person review and approve the toolchain change."
});

// src/core/rules/paths/index.ts
var PROTECTED_RULE_BY_ID = Object.freeze({
  "paths/guard-files": guardFiles,
  "paths/runs-in-ci": runsInCi,
  "paths/review-rules": reviewRules,
  "paths/git-config": gitConfig,
  "paths/package-manager": packageManager,
  "paths/toolchain-selectors": toolchainSelectors,
  "paths/tool-config": toolConfig,
  "paths/secrets": secrets,
  "paths/agent-instructions": agentInstructions
});
var PATH_RULES = Object.freeze({
  id: "paths",
  title: "Paths and the protected set",
  doc: "Runs on every changed path (both sides of a rename) in guard-diff, the approval gate and `agent-guard check`. A path is canonicalised, matched against the built-in protected set (grouped by why each file matters), the policy's own protected list and its tier rules, and positively identified; case and Unicode variants can only raise a tier.",
  rules: [canonicalPaths, guardFiles, runsInCi, agentInstructions, reviewRules, gitConfig, packageManager, toolchainSelectors, toolConfig, secrets, policyProtected, tierRules, identify, actionCode]
});

// src/core/classify.ts
var memos = /* @__PURE__ */ new WeakMap();
var NO_EXEMPTIONS = /* @__PURE__ */ new Map();
var exemptionMaps = /* @__PURE__ */ new WeakMap();
function classifyPath(path, compiled, folded = foldPath(path)) {
  const exactHits = compiled.tierRules.matchAll(path);
  const foldedHits = path === folded ? compiled.foldedVariantTierRules.matchAll(path) : compiled.foldedTierRules.matchAll(folded);
  const identity2 = identifyPath(folded);
  const exempt = exemptionsOf(compiled).get(path);
  if (exempt !== void 0 || exactHits.length > 1 || foldedHits.length > 1) return build(exactHits, foldedHits, identity2, compiled, folded, exempt);
  let memo = memos.get(compiled);
  if (memo === void 0) memos.set(compiled, memo = /* @__PURE__ */ new Map());
  let inner = memo.get(exactHits);
  if (inner === void 0) memo.set(exactHits, inner = /* @__PURE__ */ new Map());
  let byIdentity = inner.get(foldedHits);
  if (byIdentity === void 0) inner.set(foldedHits, byIdentity = /* @__PURE__ */ new Map());
  let c = byIdentity.get(identity2);
  if (c === void 0) {
    c = freeze(build(exactHits, foldedHits, identity2, compiled, folded, void 0));
    if (!exactHits.some((h) => h.value.except) && !foldedHits.some((h) => h.value.except)) byIdentity.set(identity2, c);
  }
  return c;
}
function exemptionsOf(compiled) {
  const list = compiled.policy.protectedExempt;
  if (list === void 0 || list.length === 0) return NO_EXEMPTIONS;
  let m = exemptionMaps.get(compiled);
  if (m === void 0) exemptionMaps.set(compiled, m = new Map(list.map((e) => [e.path, e.reason])));
  return m;
}
function build(exactHits, foldedHits, identity2, compiled, folded, exemptReason) {
  const keep = (m) => !(m.except?.(folded) ?? false) && !(exemptReason !== void 0 && m.builtin === true && m.rule !== guardFiles.id);
  const exact = exactHits.map((m) => m.value).filter(keep);
  const foldedMatches = foldedHits.map((m) => m.value).filter(keep);
  const reasons = [];
  const defaultTier = compiled.policy.defaultTier;
  const protectedExact = exact.filter((m) => m.source === "protected");
  const policyExact = exact.filter((m) => m.source === "policy");
  const family = identity2.protect && exemptReason === void 0;
  let tier;
  if (protectedExact.length > 0) {
    tier = "high";
    reasons.push(describe(mostSpecific(protectedExact)));
  } else if (family) {
    tier = "high";
    reasons.push({ rule: identity2.rule, code: identity2.code, message: identity2.message });
  } else if (policyExact.length > 0) {
    tier = policyExact.reduce((t, m) => maxTier(t, m.tier), "low");
    reasons.push(describe(policyExact.find((m) => m.tier === tier)));
    if (exemptReason === void 0 && !policyExact.some((m) => isNarrowGlob(m.glob))) tier = applyFloor(tier, identity2, reasons);
  } else {
    tier = defaultTier;
    reasons.push({ rule: tierRules.id, code: "default_tier", message: `no tier rule names this path: default_tier ${tier}` });
    if (exemptReason === void 0) tier = applyFloor(tier, identity2, reasons);
  }
  if (exemptReason !== void 0 && exactHits.some((m) => m.value.builtin === true)) {
    reasons.push({ rule: policyProtected.id, code: "protected_exempt", message: `exempt from the built-in protected set by the policy: ${exemptReason}` });
  }
  const foldedOnly = foldedMatches.filter((f) => !exact.some((e) => e.glob === f.glob));
  const topFolded = foldedOnly.reduce((best, f) => best === void 0 || maxTier(best.tier, f.tier) !== best.tier ? f : best, void 0);
  if (topFolded && maxTier(tier, topFolded.tier) === topFolded.tier) {
    const raised = tierRank(topFolded.tier) > tierRank(tier);
    tier = topFolded.tier;
    const r = { rule: tierRules.id, code: "case_variant", message: `case/Unicode variant of a ${topFolded.tier}-tier path: ${describe(topFolded).message}` };
    if (raised) reasons.unshift(r);
    else reasons.push(r);
  }
  return {
    tier,
    matches: exact,
    foldedMatches: foldedOnly,
    protected: family || protectedExact.length > 0 || foldedOnly.some((m) => m.source === "protected"),
    guardFile: exact.some((m) => m.guard === true) || foldedOnly.some((m) => m.guard === true),
    identity: identity2,
    reasons
  };
}
function mostSpecific(matches) {
  const rank = (m) => (m.guard === true ? 2 : 0) + (m.glob.endsWith("/**") ? 0 : 1);
  return matches.reduce((best, m) => rank(m) > rank(best) || rank(m) === rank(best) && m.glob.length > best.glob.length ? m : best);
}
function applyFloor(tier, identity2, reasons) {
  if (identity2.protect || identity2.floor === null || tierRank(identity2.floor) <= tierRank(tier)) return tier;
  reasons.unshift({ rule: identity2.rule, code: identity2.code, message: identity2.message });
  return identity2.floor;
}
function freeze(c) {
  Object.freeze(c.matches);
  Object.freeze(c.foldedMatches);
  for (const r of c.reasons) Object.freeze(r);
  Object.freeze(c.reasons);
  return Object.freeze(c);
}
function describe(m) {
  if (m.source !== "protected") return { rule: tierRules.id, code: "tier_rule", message: `tier rule ${m.tier}: ${m.glob}` };
  const message = `protected path (${m.glob}): ${m.why ?? "always high"}`;
  if (m.guard === true) return { rule: guardFiles.id, code: "guard_file", message };
  if (m.rule === policyProtected.id) return { rule: policyProtected.id, code: "protected_by_policy", message };
  const rule = PROTECTED_RULE_BY_ID[m.rule];
  return { rule: m.rule, code: rule?.codes[0] ?? "protected_by_policy", message };
}

// src/core/rules/kinds/not-a-file.ts
var notAFile = defineRule({
  id: "kinds/not-a-file",
  codes: ["link_target_not_a_file", "link_target_missing", "link_target_unknown"],
  summary: "A link between two protected paths is allowed only when the head commit holds a regular file at its target: a directory, symlink, submodule, nothing, or a kind not established is denied.",
  fix: "Point the link at the protected file itself."
});

// src/core/rules/kinds/symlinks.ts
var symlinks = defineRule({
  id: "kinds/symlinks",
  codes: [
    "symlink_unreadable",
    "symlink_chain",
    "symlink_climbs",
    "symlink_outside",
    "symlink_into_protected",
    "symlink_between_protected",
    "symlink_low_tier",
    "symlink_to_lower_tier",
    "symlink_target",
    "symlink_replaced",
    "symlink_alias"
  ],
  summary: "A symlink is judged by where it resolves: out of the repository, through another link, into the protected set (except between two protected files of one kind), from a low-tier path, or to a lower-tier path is denied; any other link, and a file other paths reach through links, is at least as high as those paths.",
  fix: "Commit the file itself instead of a link, or link only between two protected files of the same kind (CLAUDE.md -> AGENTS.md)."
});

// src/core/rules/kinds/symlink-check.ts
var SYMLINK_DIRECTORY_PROBE = "x";
var RULE_BY_GLOB = new Map(PROTECTED_RULES.map((r) => [r.glob, r]));
var GIT_DIRECTORY_GLOBS = /* @__PURE__ */ new Set([".git", ".git/**"]);
var ONLY_BETWEEN_PROTECTED_FILES = "a symlink into the protected set is allowed only between two protected files of the same kind (CLAUDE.md -> AGENTS.md)";
function pathTier(path, compiled) {
  const canon = canonicalisePath(path);
  return canon.ok ? classifyPath(canon.path, compiled, canon.folded).tier : "high";
}
function symlinkOutcome(entry, compiled, headKinds) {
  if (entry.newKind !== "symlink") return null;
  const target = entry.symlinkTarget;
  if (target === void 0) return { deny: because(symlinks, "symlink_unreadable", "symlink target could not be read") };
  if (entry.symlinkVia !== void 0) {
    return { deny: because(symlinks, "symlink_chain", `symlink target ${quoteUntrusted(target)} goes through another symlink (${quoteUntrusted(entry.symlinkVia)}), so it resolves somewhere else than its text says`) };
  }
  if (symlinkTargetClimbsThroughName(target)) {
    return { deny: because(symlinks, "symlink_climbs", `symlink target ${quoteUntrusted(target)} climbs out of a directory it names ("x/.."): if that directory is itself a symlink, the link resolves somewhere else than its text says`) };
  }
  const resolved = resolveSymlinkTarget(entry.path, target);
  if (resolved === null) return { deny: because(symlinks, "symlink_outside", `symlink points outside the repository (${quoteUntrusted(target)})`) };
  const t = classifyPath(resolved, compiled);
  const under = t.protected ? t : classifyPath(`${resolved}/${SYMLINK_DIRECTORY_PROBE}`, compiled);
  const linkTier = pathTier(entry.path, compiled);
  if (t.protected) {
    const between = linkBetweenProtected(entry.path, t, compiled);
    const kind = between.ok ? headKinds?.get(resolved) : void 0;
    if (between.ok && kind === "file") {
      return {
        raise: because(
          symlinks,
          "symlink_between_protected",
          `symlink between two protected files (${between.categories.join(", ")}): ${quoteUntrusted(entry.path)} -> ${quoteUntrusted(resolved)}, a protected file at the head; the link widens nothing (both paths are protected, and later edits of the target are judged at its protected tier)`
        )
      };
    }
    if (between.ok) {
      const problem = targetKindProblem(kind);
      return { deny: because(notAFile, problem.code, `symlink points into a protected path (${quoteUntrusted(resolved)}): ${problem.message}`) };
    }
    return { deny: because(symlinks, "symlink_into_protected", `symlink points into a protected path (${quoteUntrusted(resolved)}): ${between.why}`) };
  }
  if (under.protected) return { deny: because(symlinks, "symlink_into_protected", `symlink points into a protected path (${quoteUntrusted(resolved)}, a directory of protected files)`) };
  if (tierRank(linkTier) === 0) return { deny: because(symlinks, "symlink_low_tier", `a symlink in a low-tier path (${quoteUntrusted(resolved)}) would let later steps read another file`) };
  if (tierRank(t.tier) < tierRank(linkTier)) {
    return {
      deny: because(
        symlinks,
        "symlink_to_lower_tier",
        `a symlink at a ${linkTier}-tier path to a ${t.tier}-tier path (${quoteUntrusted(resolved)}): later ${t.tier}-tier changes to the target would change this ${linkTier}-tier file`
      )
    };
  }
  return { raise: because(symlinks, "symlink_target", `symlink to ${quoteUntrusted(resolved)}`) };
}
function linkBetweenProtected(linkPath, target, compiled) {
  const to = protectedCategories(target);
  if ("why" in to) return { ok: false, why: `the target is ${to.why}` };
  const canon = canonicalisePath(linkPath);
  if (!canon.ok) return { ok: false, why: `the link's own path is rejected: ${canon.message}` };
  const own = classifyPath(canon.path, compiled, canon.folded);
  if (!own.protected) return { ok: false, why: `the link's own path is not protected, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  const link = protectedCategories(own);
  if ("why" in link) return { ok: false, why: `the link's own path is ${link.why}` };
  const shared = link.categories.filter((c) => to.categories.includes(c));
  if (shared.length === 0) {
    const list = (c) => c.length > 0 ? c.join(", ") : "a case or Unicode variant only";
    return { ok: false, why: `the link's path (${list(link.categories)}) and its target (${list(to.categories)}) are protected for different reasons, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  }
  return { ok: true, categories: shared };
}
function protectedCategories(c) {
  const all = [...c.matches, ...c.foldedMatches].filter((m) => m.source === "protected");
  if (all.some((m) => m.guard === true)) return { why: "the policy or a task manifest (a guard file)" };
  if (all.some((m) => GIT_DIRECTORY_GLOBS.has(m.glob))) return { why: "in the repository's .git directory (hooks, and the checkout's config with its credentials)" };
  if (all.some((m) => RULE_BY_GLOB.get(m.glob)?.category === "agent-guard" && RULE_BY_GLOB.get(m.glob)?.why === m.why)) {
    return { why: "agent-guard's own configuration (a policy or manifest path)" };
  }
  const categories = /* @__PURE__ */ new Set();
  for (const m of c.matches) {
    if (m.source !== "protected") continue;
    const rule = RULE_BY_GLOB.get(m.glob);
    categories.add(rule !== void 0 && rule.why === m.why ? rule.category : "policy");
  }
  if (c.identity.protect && categories.size === 0) categories.add(c.identity.rule === "paths/agent-instructions" ? "agent" : c.identity.rule);
  return { categories: [...categories].sort() };
}
function targetKindProblem(kind) {
  switch (kind) {
    case "not_a_file":
      return { code: "link_target_not_a_file", message: `in the head commit the target is not a regular file (a directory, a symlink or a submodule), and ${ONLY_BETWEEN_PROTECTED_FILES}` };
    case "missing":
      return { code: "link_target_missing", message: `the target does not exist in the head commit (a dangling link), and ${ONLY_BETWEEN_PROTECTED_FILES}` };
    default:
      return { code: "link_target_unknown", message: `what the target is in the head commit was not established, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  }
}
function protectedLinkTarget(entry, compiled) {
  if (entry.newKind !== "symlink" || entry.symlinkTarget === void 0 || entry.symlinkVia !== void 0 || entry.invalidUtf8) return null;
  if (symlinkTargetClimbsThroughName(entry.symlinkTarget)) return null;
  const resolved = resolveSymlinkTarget(entry.path, entry.symlinkTarget);
  if (resolved === null) return null;
  const t = classifyPath(resolved, compiled);
  return t.protected && linkBetweenProtected(entry.path, t, compiled).ok ? resolved : null;
}

// src/core/rules/kinds/binaries.ts
var binaries = defineRule({
  id: "kinds/binaries",
  codes: ["native_binary", "lfs_pointer", "binary_content"],
  summary: "A native executable or library (ELF, PE, Mach-O) is high and the reason names its format; a Git LFS pointer hides its content from review (high); other binary content is at least medium, since content rules cannot see inside it.",
  fix: "Build binaries in CI from reviewed source instead of committing them, or have a person approve the change."
});

// src/core/rules/kinds/modes.ts
var modes = defineRule({
  id: "kinds/modes",
  codes: ["type_changed", "executable_added", "executable_mode"],
  summary: "A type change (file, symlink, submodule), a new executable file, or a file made executable: high.",
  fix: "Keep files non-executable unless a person approves the mode change."
});

// src/core/rules/kinds/submodules.ts
var submodules = defineRule({
  id: "kinds/submodules",
  codes: ["submodule_change"],
  summary: "A submodule (gitlink) added, moved or changed fetches and pins code from elsewhere: high.",
  fix: "Have a person review the submodule commit and approve the change."
});

// src/core/rules/kinds/index.ts
var KIND_RULES = Object.freeze({
  id: "kinds",
  title: "File kinds",
  doc: "Runs on every changed entry in guard-diff, the approval gate and `agent-guard check`, from the modes git reports and the head blobs: symlinks and their targets, submodules, modes and type changes, binary and native executable content. Each raises the tier or denies, never lowers it.",
  rules: [symlinks, notAFile, submodules, modes, binaries, changeSet]
});

// src/core/rules/task/branch.ts
var branchAndRepository = defineRule({
  id: "task/branch",
  codes: ["repository_mismatch", "repository_unknown", "branch_pattern_missing", "branch_pattern_outside_ceiling", "branch_mismatch", "branch_unknown"],
  summary: "The change's repository and branch must be the manifest's and within its subject's; unknown is never read as matching.",
  fix: "Run on the branch and repository the manifest names (pass --branch and --repository to check)."
});

// src/core/rules/task/manifest.ts
var manifestCeiling = defineRule({
  id: "task/manifest",
  codes: ["unknown_subject", "unknown_capability", "capability_outside_ceiling", "network_host_not_allowed", "manifest_expired"],
  summary: "A task manifest stays within the policy: a subject the policy defines, capabilities within the subject's ceiling, network hosts the policy allows, not expired.",
  fix: "Correct the manifest, or widen the subject in the policy in a change of its own."
});

// src/core/rules/task/scope.ts
var scope = defineRule({
  id: "task/scope",
  codes: ["capability_denied", "capability_not_granted", "no_capability", "capability_tier"],
  summary: "With a task manifest, every changed path must be covered by the paths of a capability the task is granted; a capability with a tier raises the file to it.",
  fix: "Grant the task the capability that covers the path, or leave the path out of the change."
});

// src/core/rules/task/index.ts
function taskRuleOf(code) {
  return branchAndRepository.codes.includes(code) ? branchAndRepository.id : manifestCeiling.id;
}
var TASK_RULES = Object.freeze({
  id: "task",
  title: "Task scope",
  doc: "Runs in guard-diff and the approval gate when a task manifest applies: the manifest checked against the policy and the run, and every changed path against the capabilities the task is granted.",
  rules: [scope, manifestCeiling, branchAndRepository]
});

// src/core/evaluate.ts
function evaluateChange(facts, policyInput, manifestInput) {
  const compiled = policyInput.compiled;
  const policy = compiled.policy;
  const manifest = manifestInput?.manifest ?? null;
  const violations = [];
  const granted = manifest ? grantedCapabilities(manifest, policy) : [];
  const used = /* @__PURE__ */ new Set();
  const branchSkipped = facts.branchCheck?.status === "skipped" ? facts.branchCheck.reason : null;
  if (manifest) {
    for (const p of checkManifestAgainstPolicy(manifest, policy, {
      ...facts.repository !== void 0 ? { repository: facts.repository } : {},
      ...facts.branch !== void 0 ? { branch: facts.branch } : {},
      ...branchSkipped !== null ? { branchCheck: "skipped" } : {},
      ...facts.now !== void 0 ? { now: facts.now } : {}
    })) {
      violations.push({ rule: taskRuleOf(p.code), code: p.code, message: p.message });
    }
    if (branchSkipped === null && facts.branch === void 0 && manifest.branchPattern !== void 0) {
      violations.push({ rule: branchAndRepository.id, code: "branch_unknown", message: "the branch of the change is unknown, so branch_pattern cannot be checked (pass --branch)" });
    }
    if (facts.repository === void 0) {
      violations.push({ rule: branchAndRepository.id, code: "repository_unknown", message: "the repository of the change is unknown, so the manifest's repository cannot be checked (pass --repository OWNER/NAME)" });
    }
  }
  const ctx = {
    facts,
    compiled,
    manifest,
    granted,
    grantsModifyPolicy: granted.includes("modify_policy"),
    used,
    violations,
    coverage: /* @__PURE__ */ new Map()
  };
  const files = facts.entries.map((entry) => evaluateEntry(entry, ctx));
  let tier = "low";
  for (const f of files) tier = maxTier(tier, f.tier);
  let verdict = "allow";
  if (violations.length > 0 || files.some((f) => f.decision === "deny")) verdict = "deny";
  else if (files.some((f) => f.decision === "approval_required")) verdict = "approval_required";
  const approvalsRequired = verdict === "approval_required" ? policy.approvals[tier].count : 0;
  const usedList = [...used].sort();
  const denied = files.filter((f) => f.decision === "deny").length;
  const summary = verdict === "deny" ? `deny: ${denied} file(s) denied, ${violations.filter((v) => v.path === void 0).length} task violation(s)` : verdict === "approval_required" ? `approval required: ${tier} tier, ${approvalsRequired} independent approval(s) of ${facts.head.slice(0, 12)}` : `allow: ${files.length} file(s), highest tier ${tier}`;
  return {
    verdict,
    tier,
    base: facts.base,
    head: facts.head,
    merge_base: facts.mergeBase,
    branch: facts.branch ?? null,
    repository: facts.repository ?? null,
    policy: {
      source: policyInput.source,
      sha256: policyInput.sha256,
      baseline: policy.origin === "baseline",
      ...policy.protectedExempt && policy.protectedExempt.length > 0 ? { exempt: policy.protectedExempt.map((x) => ({ ...x })) } : {}
    },
    manifest: manifestInput ? { source: manifestInput.source, sha256: manifestInput.sha256 } : null,
    files,
    violations,
    capabilities: { granted, used: usedList, unused: granted.filter((c) => !used.has(c)) },
    network_allow: manifest ? [...manifest.network.allow] : [],
    approvals_required: approvalsRequired,
    notes: [
      ...policy.origin === "baseline" ? ["no repository policy: the built-in baseline policy applies"] : [],
      // Every exemption is shown, changed in this diff or not: a reader sees what the policy took out.
      ...(policy.protectedExempt ?? []).map((x) => `protected.exempt: ${quoteUntrusted(x.path)} is exempt from the built-in protected set: ${quoteUntrusted(x.reason)}`),
      ...manifest === null ? ["no task manifest: capability coverage and task checks were not evaluated"] : [],
      ...manifest !== null && branchSkipped !== null ? [`branch checks skipped (the manifest's branch_pattern and the subject's branches): ${branchSkipped}`] : [],
      // The quick start run on the default branch itself: say why nothing was checked.
      ...facts.entries.length === 0 && facts.mergeBase === facts.head ? ["the head is already contained in the base: there is no change to check (check out the branch to review, or pass --head)"] : []
    ],
    summary
  };
}
function kindOf(entry) {
  return entry.newKind !== "none" ? entry.newKind : entry.oldKind;
}
var INVALID_UTF8 = Object.freeze({ invalidUtf8: true });
var NO_FINDINGS = Object.freeze([]);
var NO_LINKS = Object.freeze([]);
var CONTENT_REVIEW = "content/review";
var GUARD_FILE_DENIAL = because(
  guardFiles,
  "guard_file_needs_modify_policy",
  "changes the policy or a task manifest, which only a task granted modify_policy may do (authority never comes from the change)"
);
var Reasons = class {
  tier = "low";
  denies = [];
  raised = [];
  /** The tier becomes the higher of the current one and `t`; `why` is kept in the order given. */
  raise(t, why) {
    this.raised.push({ tier: t, reason: why });
    if (tierRank(t) > tierRank(this.tier)) this.tier = t;
  }
  deny(why) {
    this.denies.push(why);
  }
  /** Denials first, then the first reason that reached the final tier, then the rest in order. */
  list() {
    const top = this.raised.findIndex((r) => r.tier === this.tier);
    const rest = this.raised.filter((_, i) => i !== top).map((r) => r.reason);
    return [...this.denies, ...top === -1 ? [] : [this.raised[top].reason], ...rest];
  }
};
function prefixed(r, prefix) {
  return { rule: r.rule, code: r.code, message: `${prefix}${r.message}` };
}
function evaluateEntry(entry, ctx) {
  const { compiled, manifest } = ctx;
  const policy = compiled.policy;
  const r = new Reasons();
  const renamed = entry.status === "renamed" && entry.previousPath !== void 0;
  let capability = null;
  for (let k = 0; k < (renamed ? 2 : 1); k++) {
    const raw = k === 0 ? entry.path : entry.previousPath;
    const canon = canonicalisePath(raw, entry.invalidUtf8 ? INVALID_UTF8 : void 0);
    if (!canon.ok) {
      r.deny(because(canonicalPaths, "path_rejected", `path ${quoteUntrusted(raw)} is rejected: ${canon.message}`));
      r.tier = "high";
      continue;
    }
    const c = classifyPath(canon.path, compiled, canon.folded);
    const side = renamed ? `${raw === entry.path ? "new" : "old"} path: ` : "";
    c.reasons.forEach((why, i) => r.raise(i === 0 ? c.tier : "low", side === "" ? why : prefixed(why, side)));
    if (c.guardFile && !ctx.grantsModifyPolicy) r.deny(GUARD_FILE_DENIAL);
    if (manifest) {
      const cover = coveringCapability(canon.path, ctx, manifest);
      if (cover.capability !== null) {
        capability ??= cover.capability;
        ctx.used.add(cover.capability);
        if (cover.tier) r.raise(cover.tier, cover.reason);
      } else {
        r.deny(cover.why);
      }
    }
  }
  const link = symlinkOutcome(entry, compiled, ctx.facts.headKinds);
  if (link !== null) {
    if ("deny" in link) r.deny(link.deny);
    else r.raise("high", link.raise);
  }
  for (const alias of entry.linkedFrom ?? NO_LINKS) {
    const t = pathTier(alias, compiled);
    if (tierRank(t) > tierRank(r.tier)) r.raise(t, because(symlinks, "symlink_alias", `through a symlink this file is also the ${t}-tier path ${quoteUntrusted(alias)}, so this change changes it`));
  }
  if (entry.actionDir !== void 0) {
    r.raise("high", because(actionCode, "action_directory", `part of the action in ${quoteUntrusted(entry.actionDir + "/")} (it has an action.yml): workflows that use the action run this code`));
  }
  for (const action of entry.actionRuns ?? NO_LINKS) {
    r.raise("high", because(actionCode, "action_runs", `code of the action ${quoteUntrusted(action)}: its runs section runs this file, so every workflow that uses the action runs it`));
  }
  if (entry.oldKind === "symlink" && entry.newKind !== "symlink" && entry.newKind !== "none") r.raise("high", because(symlinks, "symlink_replaced", "symlink replaced by a file"));
  if (entry.newKind === "gitlink" || entry.oldKind === "gitlink") r.raise("high", because(submodules, "submodule_change", "submodule (gitlink) change: fetches and pins code from elsewhere"));
  if (entry.status === "type_changed") r.raise("high", because(modes, "type_changed", `type change ${entry.oldKind} -> ${entry.newKind}`));
  if (entry.newKind === "executable" && entry.oldKind !== "executable") {
    r.raise("high", entry.oldKind === "none" ? because(modes, "executable_added", "new executable file") : because(modes, "executable_mode", "file becomes executable (mode change)"));
  }
  if (entry.nativeFormat !== void 0) {
    r.raise("high", because(binaries, "native_binary", `native executable or library (${entry.nativeFormat}): machine code no reviewer can read in the diff`));
  }
  if (entry.lfsPointer) r.raise("high", because(binaries, "lfs_pointer", "Git LFS pointer: content is stored outside the repository and hidden from review"));
  if (entry.binary) r.raise("medium", because(binaries, "binary_content", "binary content: content rules cannot see inside it"));
  const findings = ctx.facts.findings;
  if (findings !== void 0 && findings.size > 0) {
    for (const f of findings.get(entry.path) ?? NO_FINDINGS) {
      const why = { rule: f.rule ?? CONTENT_REVIEW, code: f.code, message: f.message };
      if (f.severity === "deny") r.deny(why);
      else r.raise("high", why);
    }
  }
  let decision;
  const tier = r.tier;
  if (r.denies.length > 0) {
    decision = "deny";
    for (const d of r.denies) ctx.violations.push({ rule: d.rule, code: d.code, path: entry.path, message: d.message });
  } else decision = policy.approvals[tier].count > 0 ? "approval_required" : "allow";
  const result = {
    path: entry.path,
    status: entry.status,
    kind: kindOf(entry),
    tier,
    capability,
    decision,
    reasons: r.list()
  };
  if (entry.previousPath !== void 0) result.previous_path = entry.previousPath;
  return result;
}
function coveringCapability(path, ctx, manifest) {
  const hits = ctx.compiled.capabilityPaths.matchAll(path);
  if (hits.length > 1) return coverageOf(hits, ctx, manifest);
  let c = ctx.coverage.get(hits);
  if (c === void 0) ctx.coverage.set(hits, c = coverageOf(hits, ctx, manifest));
  return c;
}
function coverageOf(hits, ctx, manifest) {
  const covering = hits.map((m) => m.value);
  const hit = ctx.granted.find((g) => covering.includes(g));
  if (hit) {
    const tier = ctx.compiled.policy.capabilities[hit]?.tier;
    return { capability: hit, tier, reason: because(scope, "capability_tier", `capability ${hit} is ${tier} tier`) };
  }
  const deniedNeeded = covering.filter((c) => manifest.denied.includes(c));
  if (deniedNeeded.length > 0) return { capability: null, why: because(scope, "capability_denied", `needs capability ${deniedNeeded.join(" or ")}, which the manifest denies`) };
  if (covering.length > 0) return { capability: null, why: because(scope, "capability_not_granted", `needs capability ${covering.join(" or ")}, which the task was not granted`) };
  return { capability: null, why: because(scope, "no_capability", "no capability in the policy covers this path") };
}

export {
  checkManifestAgainstPolicy,
  pullRequestBranch,
  grantedCapabilities,
  loadPolicy,
  loadManifest,
  manifestViolations,
  formatProblem,
  changeSet,
  identifyPath,
  isNarrowGlob,
  classifyPath,
  protectedLinkTarget,
  evaluateChange
};
