// npm: package-lock.json / npm-shrinkwrap.json (resolved sources), package.json (scripts npm runs on
// install, bin links, dependency sources, packageManager, the package.json form of tool configuration)
// and .npmrc (registries, credentials, shells, node options).

import { hostAllowed } from '../../hosts.js';
import { isObj, type Json } from '../../json.js';
import { parseNpmrc } from '../../formats/ini.js';
import { parseJsonObject } from '../../formats/json-document.js';
import { classifySource, redactUrl } from '../../formats/sources.js';
import { quoteValue, stableJson } from '../../text.js';
import { defineRule, type Finding } from '../rule.js';
import { lockfileReviewer, SOURCE_TEXT, type Collector } from './lockfile.js';
import { byName, hostNote, type DependencyReviewer } from './reviewer.js';
import { inertKeys, pick, settingSources } from './walk.js';
import { newOrChangedScripts, scriptsRunAutomatically } from './scripts.js';
import { reviewSettings, type Classifier } from './settings.js';
import { TEST_RUNNER_KEYS, testRunners } from './test-runners.js';

export const npm = defineRule({
  id: 'dependencies/npm',
  codes: [
    'package_lifecycle_script',
    'package_bin',
    'package_dependency_source',
    'package_manager_changed',
    'package_tool_config',
    'package_json_unparseable',
    'npmrc_auth',
    'npmrc_registry',
    'npmrc_node_options',
    'npmrc_script_shell',
    'npmrc_ignore_scripts',
    'npmrc_executable',
    'npmrc_tls',
    'npmrc_setting',
  ],
  summary: 'package.json scripts npm runs on install, bin links, non-registry dependency sources (a host outside the allow list is a deny of dependencies/source-hosts), packageManager and code-loading tool keys, and .npmrc settings (registries, credentials, shells, node options) are high when new or changed.',
  fix: 'Have the change approved; keep registries and install-time code out of an agent change.',
});
type NpmCode = (typeof npm.codes)[number];

function scanNpmLock(text: string, c: Collector): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    c.error = `not valid JSON: ${(err as Error).message.split('\n')[0]}`;
    return;
  }
  if (!isObj(doc)) {
    c.error = 'the top level is not a JSON object';
    return;
  }
  const packages = doc.packages;
  if (packages !== undefined) {
    if (!isObj(packages)) c.error = '"packages" is not an object';
    else
      for (const key of Object.keys(packages)) {
        const entry = packages[key];
        if (!isObj(entry)) continue;
        const where = key === '' ? '(root)' : key;
        const resolved = entry.resolved;
        if (resolved === undefined) continue;
        if (typeof resolved !== 'string') {
          c.source({ kind: 'unknown', spec: stableJson(resolved) }, where);
          continue;
        }
        // Workspace links point at a directory inside the repository.
        c.resolved(resolved, where, entry.link === true);
      }
  }
  // lockfileVersion 1 (and the v2 compatibility section): nested "dependencies".
  const stack: { deps: unknown; prefix: string }[] = [{ deps: doc.dependencies, prefix: '' }];
  while (stack.length > 0) {
    const { deps, prefix } = stack.pop()!;
    if (!isObj(deps)) continue;
    for (const name of Object.keys(deps)) {
      const entry = deps[name];
      if (!isObj(entry)) continue;
      const where = `${prefix}${name}`;
      if (typeof entry.resolved === 'string') c.resolved(entry.resolved, where, true);
      if (typeof entry.version === 'string') c.spec(entry.version, where);
      if (entry.dependencies !== undefined) stack.push({ deps: entry.dependencies, prefix: `${where} > ` });
    }
  }
  c.walk(doc, { inert: NPM_LOCK_INERT });
}

/** package-lock metadata npm never fetches from; inside a dependency map such a key is a package name. */
const NPM_LOCK_INERT = inertKeys(
  ['funding', 'deprecated', 'license', 'licenses', 'homepage', 'bugs', 'description', 'author', 'contributors', 'maintainers', 'repository'],
  ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'requires', 'bundleDependencies', 'bundledDependencies'],
);

/** npm lifecycle scripts: the install-time ones run on `npm install`/`npm ci` (and for git dependencies, prepare/prepack too). */
const LIFECYCLE_SCRIPTS = new Set([
  'preinstall',
  'install',
  'postinstall',
  'prepare',
  'preprepare',
  'postprepare',
  'prepack',
  'pack',
  'postpack',
  'prepublish',
  'prepublishonly',
  'publish',
  'postpublish',
  'preuninstall',
  'uninstall',
  'postuninstall',
  'preversion',
  'version',
  'postversion',
  'dependencies',
  'predependencies',
  'postdependencies',
  'preshrinkwrap',
  'shrinkwrap',
  'postshrinkwrap',
]);
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** A script run by name from another script: `npm run x`, `npm run-script x`, `yarn x`, `pnpm run x`, `bun run x`, `npm test`. */
const SCRIPT_CALL = /(?:^|[\s;&|()`'"])(?:npm|pnpm|yarn|bun)(?:\s+--?[\w-]+(?:=\S+)?)*\s+(?:run(?:-script)?\s+(?:--?[\w-]+(?:=\S+)?\s+)*)?([\w:.@/-]+)/g;
/** npm-run-all and its short forms name scripts as arguments. */
const SCRIPT_LIST_CALL = /(?:^|[\s;&|()`'"])(?:npm-run-all|run-s|run-p)\s+([^;&|]+)/g;

/**
 * npm: the lifecycle scripts and the scripts they run by name (`postinstall: npm run build` makes a
 * changed `build` install-time code), with the `pre`/`post` hooks of each (npm runs them around a
 * script run by name).
 */
function npmAutoScripts(scripts: Json): Map<string, string> {
  return scriptsRunAutomatically(
    scripts,
    (name) => LIFECYCLE_SCRIPTS.has(name.toLowerCase()),
    (value) => {
      if (typeof value !== 'string') return [];
      const names: string[] = [];
      for (const m of value.matchAll(SCRIPT_CALL)) names.push(m[1]!);
      for (const m of value.matchAll(SCRIPT_LIST_CALL)) for (const arg of m[1]!.split(/\s+/)) if (arg && !arg.startsWith('-')) names.push(arg);
      return names.flatMap((n) => [n, `pre${n}`, `post${n}`]);
    },
  );
}

/**
 * Top-level package.json keys that configure tools which run commands or load code: the package.json
 * form of protected files (.husky, .simple-git-hooks*, .lintstagedrc*, .mocharc*, .babelrc*), and the
 * lists that let dependencies' install scripts run. A change to one is as high as a change to the file.
 */
const CODE_RUNNING_KEYS: Readonly<Record<string, string>> = Object.freeze({
  husky: 'husky (v4) runs these commands as git hooks',
  'simple-git-hooks': 'simple-git-hooks installs these commands as git hooks',
  'lint-staged': 'lint-staged runs these commands on every commit',
  'pre-commit': 'the pre-commit package runs these scripts as a git hook',
  precommit: 'the pre-commit package runs these scripts as a git hook',
  'pre-push': 'the pre-push package runs these scripts as a git hook',
  prepush: 'the pre-push package runs these scripts as a git hook',
  gitHooks: 'yorkie runs these commands as git hooks',
  ghooks: 'ghooks runs these commands as git hooks',
  'git-hooks': 'these commands run as git hooks',
  mocha: 'mocha loads the modules it names (require, reporter, ui) before any test',
  ava: 'ava loads the modules it names (require, extensions) before any test',
  nyc: 'nyc loads the modules it names (require) into every test process',
  c8: 'c8 configuration applies to every test process',
  babel: 'babel loads these plugins and presets (code) on every build and test',
  eslintConfig: 'eslint loads these plugins and parsers (code)',
  prettier: 'prettier loads these plugins (code)',
  stylelint: 'stylelint loads these plugins (code)',
  xo: 'xo loads these plugins (code)',
  trustedDependencies: 'bun runs the install scripts of these dependencies',
});
/** Keys under package.json "pnpm" that decide which dependencies may run install scripts. */
const PNPM_SCRIPT_KEYS = ['onlyBuiltDependencies', 'onlyBuiltDependenciesFile', 'neverBuiltDependencies', 'ignoredBuiltDependencies', 'packageExtensions', 'patchedDependencies'];

function stringEntries(v: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof v === 'string') out.set(prefix, v);
  else if (isObj(v)) for (const k of Object.keys(v)) stringEntries(v[k], prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** npm's `user/repo#ref` shorthand: fetched from GitHub. */
const GITHUB_SHORTHAND = /^[^@\s/.:][^\s/:]*\/[^\s/:]+(#.*)?$/;

function dependencySourceText(spec: string): string | null {
  const s = spec.trim();
  if (/^npm:/i.test(s)) return 'an npm alias that installs a differently named package';
  const c = classifySource(s);
  if (c) {
    if (c.kind === 'registry') return null;
    if (c.kind === 'https') return 'a tarball URL';
    if (c.kind === 'local') return 'a link to a local directory';
    return SOURCE_TEXT[c.kind];
  }
  // GitHub shorthand "user/repo#ref"
  if (GITHUB_SHORTHAND.test(s)) return 'a GitHub repository (user/repo shorthand)';
  if (/^(\.{1,2}\/|\/|~\/)/.test(s)) return 'a local path';
  return null;
}

function reviewPackageJson(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  const out: Finding[] = [];
  if (headText === null) return out;
  const head = parseJsonObject(headText);
  if (typeof head === 'string') {
    return [npm.finding('package_json_unparseable', 'high', `${file} could not be parsed (${quoteValue(head)}), so its scripts and dependencies were not reviewed.`)];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base: Json = typeof parsedBase === 'string' ? {} : parsedBase;
  const add = (code: NpmCode, message: string) => out.push(npm.finding(code, 'high', message));

  const scripts = isObj(head.scripts) ? head.scripts : {};
  const baseScripts = isObj(base.scripts) ? base.scripts : {};
  for (const { name, root: lifecycle, value, verb } of newOrChangedScripts(npmAutoScripts(scripts), scripts, baseScripts)) {
    const script = `scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}`;
    add(
      'package_lifecycle_script',
      name === lifecycle
        ? `${file} ${verb} the lifecycle script ${script}; npm runs it automatically (install-time code execution, as in the Nx and Cline payloads).`
        : `${file} ${verb} ${script}, which the lifecycle script ${quoteValue(lifecycle)} runs; so it runs automatically on install too.`,
    );
  }

  if (head.bin !== undefined && stableJson(head.bin) !== stableJson(base.bin)) {
    const headBins = typeof head.bin === 'string' ? new Map([['bin', head.bin]]) : stringEntries(head.bin, 'bin', new Map());
    const baseBins = typeof base.bin === 'string' ? new Map([['bin', base.bin]]) : stringEntries(base.bin, 'bin', new Map());
    for (const [key, value] of headBins) {
      if (baseBins.get(key) === value) continue;
      add('package_bin', `${file} ${baseBins.has(key) ? 'changes' : 'adds'} the executable ${quoteValue(key)} = ${quoteValue(value)}; it is linked onto PATH for scripts and dependants.`);
    }
    if (headBins.size === 0) add('package_bin', `${file} sets bin = ${quoteValue(head.bin)}.`);
  }

  const specs = (doc: Json): Map<string, string> => {
    const m = new Map<string, string>();
    for (const field of DEPENDENCY_FIELDS) {
      const deps = doc[field];
      if (isObj(deps)) for (const name of Object.keys(deps)) if (typeof deps[name] === 'string') m.set(`${field}.${name}`, deps[name]);
    }
    stringEntries(doc.overrides, 'overrides', m);
    stringEntries(doc.resolutions, 'resolutions', m);
    if (isObj(doc.pnpm)) stringEntries(doc.pnpm.overrides, 'pnpm.overrides', m);
    return m;
  };
  const baseSpecs = specs(base);
  for (const [key, value] of specs(head)) {
    if (baseSpecs.get(key) === value) continue;
    const what = dependencySourceText(value);
    if (what === null) continue;
    // Credentials in the URL (`git+https://user:token@host/...`) never reach the log. A host outside the
    // allow list is dependencies/source-hosts' deny (packageJsonSources): without a committed lockfile
    // this is the only place it shows.
    const host = classifySource(value)?.host ?? (GITHUB_SHORTHAND.test(value.trim()) ? 'github.com' : undefined);
    const outside = host !== undefined && !hostAllowed(allow, host);
    add('package_dependency_source', `${file} sets ${quoteValue(key)} = ${quoteValue(redactUrl(value))}: ${what}, not a version from the registry${hostNote(value, allow) || (outside ? ` (host ${quoteValue(host)} is not in the network allow list)` : '')}.`);
  }

  if (head.packageManager !== undefined && stableJson(head.packageManager) !== stableJson(base.packageManager)) {
    add('package_manager_changed', `${file} sets packageManager = ${quoteValue(head.packageManager)}; corepack downloads and runs that package manager${typeof head.packageManager === 'string' ? hostNote(head.packageManager.replace(/^[^@]+@/, ''), allow) : ''}.`);
  }

  for (const key of Object.keys(head)) {
    if (!Object.hasOwn(CODE_RUNNING_KEYS, key)) continue;
    if (stableJson(head[key]) === stableJson(base[key])) continue;
    add('package_tool_config', `${file} ${Object.hasOwn(base, key) ? 'changes' : 'sets'} ${quoteValue(key)} = ${quoteValue(head[key])}; ${CODE_RUNNING_KEYS[key]} (the package.json form of a protected configuration file).`);
  }
  const pnpmHead = isObj(head.pnpm) ? head.pnpm : {};
  const pnpmBase = isObj(base.pnpm) ? base.pnpm : {};
  for (const key of PNPM_SCRIPT_KEYS) {
    if (!Object.hasOwn(pnpmHead, key) || stableJson(pnpmHead[key]) === stableJson(pnpmBase[key])) continue;
    add('package_tool_config', `${file} ${Object.hasOwn(pnpmBase, key) ? 'changes' : 'sets'} pnpm.${key} = ${quoteValue(pnpmHead[key])}; it decides which dependencies run install scripts or how they are patched.`);
  }

  const jestHeadAll = isObj(head.jest) ? head.jest : {};
  const jestBaseAll = isObj(base.jest) ? base.jest : {};
  for (const key of Object.keys(jestHeadAll)) {
    if (!TEST_RUNNER_KEYS.test(key)) continue;
    if (stableJson(jestHeadAll[key]) === stableJson(jestBaseAll[key])) continue;
    out.push(testRunners.finding('test_runner_setup', 'high', `${file} sets jest.${quoteValue(key).slice(1, -1)} = ${quoteValue(jestHeadAll[key])}; the test runner loads that code.`));
  }
  return out;
}

function npmrcClassifier(allow: readonly string[]): Classifier<NpmCode> {
  return (key, value, before) => {
    // npm reads keys with - or _ alike in several places; classify on a normalised form.
    const k = key.toLowerCase().replace(/(?<=[a-z])_(?=[a-z])/g, '-');
    const last = k.slice(k.lastIndexOf(':') + 1);
    if (value === undefined) {
      if (last === 'ignore-scripts' && before?.trim().toLowerCase() === 'true') {
        return { code: 'npmrc_ignore_scripts', why: 'install scripts of every dependency run again' };
      }
      return null;
    }
    if (/(^|:)_?(authtoken|auth|password|_password)$/.test(k) || /:_/.test(k) || last === 'username' || last === 'certfile' || last === 'keyfile' || last === 'email') {
      return { code: 'npmrc_auth', why: 'registry credentials decide where installs authenticate (a token sent to an attacker host leaks)', redact: /auth|password/.test(last) };
    }
    if (last === 'registry') return { code: 'npmrc_registry', why: `every install now resolves packages there (dependency confusion)${hostNote(value, allow)}` };
    if (k === 'node-options') return { code: 'npmrc_node_options', why: 'Node runs with these options in every npm script (--require runs code before every npm run and npm test)' };
    if (k === 'script-shell' || k === 'shell') return { code: 'npmrc_script_shell', why: 'npm runs every script through this program' };
    if (k === 'ignore-scripts') {
      if (value.trim().toLowerCase() === 'true') return null;
      return { code: 'npmrc_ignore_scripts', why: 'install scripts of every dependency run' };
    }
    if (['git', 'node-gyp', 'editor', 'browser', 'viewer', 'onload-script', 'init-module', 'prefix', 'globalconfig', 'userconfig', 'npm-path'].includes(k)) {
      return { code: 'npmrc_executable', why: 'npm runs or loads this file' };
    }
    if (['strict-ssl', 'ca', 'cafile', 'cert', 'key', 'https-proxy', 'proxy', 'noproxy', 'replace-registry-host'].includes(last)) {
      if (last === 'strict-ssl' && value.trim().toLowerCase() === 'true') return null;
      return { code: 'npmrc_tls', why: 'changes how registry connections are made or verified' };
    }
    return { code: 'npmrc_setting', why: 'npm configuration applies to every install and script' };
  };
}


/**
 * The sections of package.json a package manager installs from: dependency maps, overrides and
 * resolutions, catalogs, the package manager itself. Every key and value in them is walked for hosts;
 * a `user/repo` spec is fetched from GitHub. The rest (homepage, repository, other tools' settings) is
 * metadata or configuration no install fetches from.
 */
function packageJsonSources(text: string, c: Collector): void {
  const doc = parseJsonObject(text);
  if (typeof doc === 'string') {
    c.error = doc;
    return;
  }
  c.walk(pick(doc, PACKAGE_JSON_SOURCES));
  for (const field of DEPENDENCY_FIELDS) {
    const deps = doc[field];
    if (isObj(deps)) for (const name of Object.keys(deps)) if (typeof deps[name] === 'string' && GITHUB_SHORTHAND.test(deps[name].trim())) c.host('github.com', `${field}.${name}`);
  }
}

const PACKAGE_JSON_SOURCES = [
  ...[...DEPENDENCY_FIELDS, 'bundleDependencies', 'bundledDependencies', 'overrides', 'resolutions', 'packageManager', 'devEngines', 'catalog', 'catalogs'].map((k) => [k]),
  ['pnpm', 'overrides'],
  ['pnpm', 'patchedDependencies'],
  ['pnpm', 'packageExtensions'],
  ['workspaces', 'catalog'],
  ['workspaces', 'catalogs'],
];

/** .npmrc: the registries (`registry`, `@scope:registry`). */
const npmrcSources = settingSources(parseNpmrc, (key) => /(^|:)registry$/i.test(key.trim()));

export const NPM_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('npm-lock', byName('package-lock.json', 'npm-shrinkwrap.json'), scanNpmLock),
  { kind: 'package-json', matches: byName('package.json'), review: (base, head, { file, allow }) => reviewPackageJson(file, base, head, allow), sources: packageJsonSources },
  { kind: 'npmrc', matches: byName('.npmrc'), sources: npmrcSources, review: (base, head, { file, allow }) => reviewSettings(npm, file, parseNpmrc(base ?? ''), parseNpmrc(head ?? ''), npmrcClassifier(allow)) },
];
