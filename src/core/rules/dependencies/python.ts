// Python: requirements*.txt (index options, VCS and direct-URL requirements, includes), pip.conf,
// uv.toml and pyproject.toml (indexes, sources, build backends), and the lockfiles uv.lock, poetry.lock
// Pipfile.lock and pylock.toml (resolved sources), and Pipfile (indexes and package sources).

import { parsePipConf } from '../../formats/ini.js';
import { requirementLines } from '../../formats/requirements.js';
import { isObj } from '../../json.js';
import { quoteValue, stableJson } from '../../text.js';
import { isTable } from '../../toml.js';
import { defineRule, type Finding } from '../rule.js';
import { localPath, lockfileReviewer, parseJsonDoc, tomlLocked, tomlPackages, urlOrPath, vcsSource, walkToml, type Collector } from './lockfile.js';
import { hostsOf, inertKeys, pick, settingSources } from './walk.js';
import { tomlSettings } from '../../formats/toml-settings.js';
import { parseToml } from '../../toml.js';
import { byName, firstUrlNote, type DependencyReviewer } from './reviewer.js';
import { reviewSettings, reviewTomlSettings, type Classifier } from './settings.js';

export const python = defineRule({
  id: 'dependencies/python',
  codes: [
    'python_index',
    'python_trusted_host',
    'python_vcs_source',
    'python_direct_source',
    'python_unreviewed_include',
    'python_setting',
    'python_build_backend',
    'uv_toml_unparseable',
    'pyproject_unparseable',
    'pipfile_unparseable',
  ],
  summary: 'New package indexes, trusted hosts, VCS and direct-URL requirements, unreviewed requirement includes, build backends and installer settings in requirements files, pip.conf, uv.toml and pyproject.toml are high.',
  fix: 'Have the change approved; install from the allowed index by version.',
});
type PythonCode = (typeof python.codes)[number];

/** Whether a path is a requirements file this review reads (pip's includes are checked against it). */
export function isRequirementsPath(lowerPath: string, base: string): boolean {
  return /requirements.*\.(txt|in)$|^constraints.*\.txt$/.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(lowerPath);
}

function scanUvLock(text: string, c: Collector): void {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  tomlPackages(doc, c, true);
  walkToml(doc, (t, key, value) => {
    const where = at(t, key, key);
    if (key === 'registry' || key === 'url' || key === 'index') urlOrPath(c, value, where);
    else if (key === 'git') vcsSource(c, value, where);
    else if (key === 'path' || key === 'directory') localPath(c, value, where);
    else if (key === 'editable' || key === 'virtual') localPath(c, value, where);
  });
  c.walk(doc);
}


function scanPoetryLock(text: string, c: Collector): void {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  for (const pkg of tomlPackages(doc, c, true)) {
    const src = pkg.source;
    const name = typeof pkg.name === 'string' ? pkg.name : 'package';
    if (src !== undefined) {
      if (!isTable(src) || typeof src.url !== 'string') {
        c.source({ kind: 'unknown', spec: JSON.stringify(src) }, at(pkg, 'source', name));
      } else {
        const type = typeof src.type === 'string' ? src.type.toLowerCase() : '';
        const where = at(src, 'url', name);
        if (type === 'git') vcsSource(c, src.url, where);
        else if (type === 'file' || type === 'directory') localPath(c, src.url, where);
        else if (type === 'legacy' || type === 'url' || type === 'pypi' || type === '') c.resolved(src.url, where);
        else c.source({ kind: 'unknown', spec: `${type} ${src.url}` }, where);
      }
    }
  }
  walkToml(
    doc,
    (t, key, value) => {
      const where = at(t, key, key);
      if (key === 'url') urlOrPath(c, value, where);
      else if (key === 'git') vcsSource(c, value, where);
      else if (key === 'path' || key === 'directory') localPath(c, value, where);
    },
    (t, key) => key === 'source' && isTable(t.source) && Object.hasOwn(t, 'name'),
  );
  c.walk(doc, { inert: POETRY_LOCK_INERT });
}

/** A package's description is prose; in a dependency or extras table the same key is a package name. */
const POETRY_LOCK_INERT = inertKeys(['description'], ['dependencies', 'extras']);

/** Pipfile.lock: `_meta.sources[].url`, and each package's git/hg/svn/bzr, file and path sources. */
function scanPipfileLock(text: string, c: Collector): void {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  const meta = doc._meta;
  if (!isObj(meta)) {
    c.error = '"_meta" is missing or not an object';
    return;
  }
  if (meta.sources !== undefined) {
    if (!Array.isArray(meta.sources)) c.error = '"_meta.sources" is not an array';
    else
      meta.sources.forEach((s, i) => {
        const where = `_meta.sources[${i}]`;
        if (!isObj(s) || typeof s.url !== 'string') c.source({ kind: 'unknown', spec: stableJson(s) }, where);
        else c.resolved(s.url, where);
      });
  }
  for (const category of Object.keys(doc)) {
    if (category === '_meta') continue;
    const pkgs = doc[category];
    if (!isObj(pkgs)) continue;
    for (const name of Object.keys(pkgs)) {
      const p = pkgs[name];
      if (!isObj(p)) continue;
      const where = `${category}.${name}`;
      for (const vcs of ['git', 'hg', 'svn', 'bzr']) if (typeof p[vcs] === 'string') vcsSource(c, p[vcs], where);
      if (typeof p.file === 'string') urlOrPath(c, p.file, where);
      if (typeof p.path === 'string') localPath(c, p.path, where);
    }
  }
  c.walk(doc);
}


function pythonClassifier(allow: readonly string[]): Classifier<PythonCode> {
  return (key, value, before) => {
    const k = key.toLowerCase().replace(/_/g, '-');
    if (value === undefined) {
      if (/require-hashes/.test(k) && before !== undefined) return { code: 'python_setting', why: 'hash checking of downloaded packages is no longer required' };
      return null;
    }
    // [[index]] tables: the url is where packages come from; name, priority and the like are settings.
    if (/\[\d+\]\.(url|index-url|find-links)$/.test(k) || /(^|\.)(index-url|extra-index-url|index|find-links|python-install-mirror|pypy-install-mirror)$/.test(k)) {
      return { code: 'python_index', why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
    }
    if (/trusted-host|allow-insecure-host/.test(k)) return { code: 'python_trusted_host', why: 'TLS verification is switched off for that host' };
    return { code: 'python_setting', why: 'installer configuration applies to every install' };
  };
}

function reviewRequirements(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  const before = new Set(requirementLines(baseText));
  const headLines = requirementLines(headText);
  const out: Finding[] = [];
  const add = (code: PythonCode, key: string, value: string, why: string) => out.push(python.finding(code, 'high', `${file} adds ${quoteValue(key)} ${quoteValue(value)}: ${why}.`));
  for (const line of headLines) {
    if (before.has(line)) continue;
    const opt = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|-e|--editable|-r|--requirement|-c|--constraint|--[\w-]+)(?:\s*=\s*|\s+|$)(.*)$/.exec(line);
    if (opt) {
      const name = opt[1]!;
      const value = opt[2] ?? '';
      if (/^(-i|--index-url|--extra-index-url|-f|--find-links)$/.test(name)) {
        add('python_index', name, value, `pip now resolves packages from there (dependency confusion)${firstUrlNote(value, allow)}`);
      } else if (name === '--trusted-host') add('python_trusted_host', name, value, 'pip switches off TLS verification for that host');
      else if (name === '-e' || name === '--editable') {
        if (/^(git|hg|svn|bzr)\+/i.test(value)) add('python_vcs_source', name, value, `an editable install from version control runs its build code${firstUrlNote(value, allow)}`);
        else if (/:\/\//.test(value)) add('python_direct_source', name, value, `an editable install from a URL${firstUrlNote(value, allow)}`);
      } else if (/^(-r|--requirement|-c|--constraint)$/.test(name)) {
        if (/:\/\//.test(value)) add('python_direct_source', name, value, `includes requirements from a URL${firstUrlNote(value, allow)}`);
        else if (!isRequirementsPath(value.toLowerCase(), value.toLowerCase().slice(value.lastIndexOf('/') + 1))) {
          // pip reads the included file with every option in it (--extra-index-url, -e git+...), but this
          // reviewer only reads files named like requirements*.txt: an included pins.txt is never checked.
          add('python_unreviewed_include', name, value, 'pip applies every option and source in that file, whose name is not one this review reads (requirements*.txt, requirements/*.txt, constraints*.txt), so its index URLs and sources are not checked');
        }
      } else if (!/^--(hash|pre|prefer-binary|only-binary|require-hashes)$/.test(name)) {
        add('python_setting', name, value, 'changes how pip installs every requirement');
      }
      continue;
    }
    const vcs = /(^|\s|@\s*)((git|hg|svn|bzr)\+[^\s;]+)/i.exec(line);
    if (vcs) {
      add('python_vcs_source', 'requirement', line, `installs from version control, not the index, and runs its build code${firstUrlNote(vcs[2]!, allow)}`);
      continue;
    }
    const url = /(^|@\s*)((https?|file|ftp):\/\/[^\s;]+|file:[^\s;]+)/i.exec(line);
    if (url) add('python_direct_source', 'requirement', line, `installs from a direct URL, not the index${firstUrlNote(url[2]!, allow)}`);
  }
  if (before.has('--require-hashes') && !headLines.includes('--require-hashes')) {
    out.push(python.finding('python_setting', 'high', `${file} removes "--require-hashes": downloaded packages are no longer hash-checked.`));
  }
  return out;
}

function pyprojectClassifier(allow: readonly string[]): Classifier<PythonCode> {
  const py = pythonClassifier(allow);
  return (key, value, before) => {
    const k = key.toLowerCase();
    if (k.startsWith('build-system.') || /^tool\.hatch\..*hooks/.test(k) || /^tool\.setuptools\.cmdclass/.test(k)) {
      if (value === undefined) return null;
      return { code: 'python_build_backend', why: 'the build backend and its requirements run when the project is built or installed' };
    }
    if (/^tool\.(poetry|pdm)\.source\[\d+\]\./.test(k) || /^tool\.uv\.index\[\d+\]\./.test(k)) {
      if (value === undefined) return null;
      if (/\.url$/.test(k)) return { code: 'python_index', why: `packages now resolve from there (dependency confusion)${firstUrlNote(value, allow)}` };
      return { code: 'python_setting', why: 'changes a package index definition (its name, priority or scope)' };
    }
    if (k.startsWith('tool.uv.sources.') || /^tool\.poetry\.(group\.[^.]+\.)?(dev-)?dependencies\./.test(k) || /^tool\.pdm\.dev-dependencies/.test(k)) {
      if (value === undefined) return null;
      if (/git/.test(k) || /\bgit\s*=|git\+|\.git\b/.test(value)) return { code: 'python_vcs_source', why: `installs from version control, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)url$|:\/\//.test(k + value)) return { code: 'python_direct_source', why: `installs from a direct URL, not the index${firstUrlNote(value, allow)}` };
      if (/(^|\.)path$|\bpath\s*=/.test(k + value)) return { code: 'python_direct_source', why: 'installs from a local path' };
      return null;
    }
    if (k.startsWith('tool.uv.')) {
      if (!/index|find-links|mirror|insecure|trusted|require-hashes/.test(k)) return null;
      return py(key.slice('tool.uv.'.length), value, before);
    }
    if (/^(project\.(dependencies|optional-dependencies)|dependency-groups)/.test(k) && value !== undefined) {
      const refs = (v: string | undefined) => new Set((v ?? '').match(/(git|hg|svn|bzr)\+[^\s"',\]]+|(https?|file):\/\/[^\s"',\]]+/gi) ?? []);
      const beforeRefs = refs(before);
      const added = [...refs(value)].filter((r) => !beforeRefs.has(r));
      if (added.length === 0) return null;
      if (added.some((r) => /^(git|hg|svn|bzr)\+/i.test(r))) return { code: 'python_vcs_source', why: `a dependency now installs from version control${firstUrlNote(added.join(' '), allow)}` };
      return { code: 'python_direct_source', why: `a dependency now installs from a direct URL${firstUrlNote(added.join(' '), allow)}` };
    }
    return null;
  };
}


/** requirements*.txt: every host its logical lines name (index options, VCS and direct-URL requirements, URL includes). */
function requirementsSources(text: string, c: Collector): void {
  for (const line of requirementLines(text)) hostsOf(line, (host) => c.host(host, line));
}

/** pip.conf and uv.toml: the index, find-links and interpreter-mirror settings. */
const isIndexKey = (key: string) => {
  const k = key.toLowerCase().replace(/_/g, '-');
  return /\[\d+\]\.(url|index-url|find-links)$/.test(k) || /(^|\.)(index-url|extra-index-url|index|find-links|python-install-mirror|pypy-install-mirror|python-downloads-json-url)$/.test(k);
};

/**
 * pyproject.toml: the sections an installer reads requirements and indexes from (PEP 621 dependencies,
 * dependency groups, build requirements, and the uv, poetry, pdm and hatch tables that hold sources),
 * every key and value walked. Project metadata (urls, description, authors) and other tools' settings
 * are not sources.
 */
function pyprojectSources(text: string, c: Collector): void {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = r.reason;
    return;
  }
  const doc = r.value;
  const poetry = isTable(doc.tool) && isTable(doc.tool.poetry) ? Object.keys(doc.tool.poetry).filter((k) => !POETRY_METADATA.has(k)) : [];
  c.walk(pick(doc, [...PYPROJECT_SOURCES, ...poetry.map((k) => ['tool', 'poetry', k])]));
}

const PYPROJECT_SOURCES = [['project', 'dependencies'], ['project', 'optional-dependencies'], ['dependency-groups'], ['build-system', 'requires'], ['tool', 'uv'], ['tool', 'pdm'], ['tool', 'hatch', 'envs']];

/** [tool.poetry] keys that describe the project, not where it installs from. */
const POETRY_METADATA = new Set(['name', 'version', 'description', 'license', 'authors', 'maintainers', 'readme', 'homepage', 'repository', 'documentation', 'keywords', 'classifiers', 'urls', 'packages', 'include', 'exclude']);

/**
 * pylock.toml (PEP 751, `pylock.toml` or `pylock.<name>.toml`): each package's `vcs`, `archive`, `sdist`,
 * `wheels` and `directory` say where it comes from and `index` where it was found; then the whole
 * document is walked for hosts.
 */
function scanPylock(text: string, c: Collector): void {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  const packages = doc.packages;
  if (packages !== undefined && (!Array.isArray(packages) || !packages.every(isTable))) {
    c.error = '"packages" is not an array of tables';
    return;
  }
  for (const pkg of packages ?? []) {
    if (!isTable(pkg)) continue;
    const name = typeof pkg.name === 'string' ? pkg.name : 'package';
    if (isTable(pkg.vcs)) {
      if (typeof pkg.vcs.url === 'string') vcsSource(c, pkg.vcs.url, at(pkg.vcs, 'url', name));
      if (typeof pkg.vcs.path === 'string') localPath(c, pkg.vcs.path, at(pkg.vcs, 'path', name));
    }
    if (isTable(pkg.directory) && typeof pkg.directory.path === 'string') localPath(c, pkg.directory.path, at(pkg.directory, 'path', name));
    for (const file of [pkg.archive, pkg.sdist, ...(Array.isArray(pkg.wheels) ? pkg.wheels : [])]) {
      if (!isTable(file)) continue;
      if (typeof file.url === 'string') c.resolved(file.url, at(file, 'url', name));
      else if (typeof file.path === 'string') localPath(c, file.path, at(file, 'path', name));
    }
    if (typeof pkg.index === 'string') c.resolved(pkg.index, at(pkg, 'index', name));
  }
  c.walk(doc);
}

/**
 * Pipfile (TOML): `[[source]]` indexes and the git, file and path sources of its package tables. The
 * `[scripts]` pipenv runs by name and `[requires]` name no source.
 */
function pipfileSources(text: string, c: Collector): void {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = r.reason;
    return;
  }
  c.walk(r.value, { inert: (key, parent) => parent === undefined && (key === 'scripts' || key === 'requires' || key === 'pipenv') });
}

function pipfileClassifier(allow: readonly string[]): Classifier<PythonCode> {
  return (key, value) => {
    if (value === undefined) return null;
    const k = key.toLowerCase();
    if (/^source\[\d+\]\.url$/.test(k)) return { code: 'python_index', why: `pipenv now resolves packages from there (dependency confusion)${firstUrlNote(value, allow)}` };
    if (/^source\[\d+\]\./.test(k)) return { code: 'python_setting', why: 'changes a package index definition (TLS verification, its name)' };
    if (/^(scripts|requires|pipenv)\./.test(k)) return /^scripts\./.test(k) ? { code: 'python_setting', why: 'pipenv runs this command by name' } : null;
    if (/\.(git|hg|svn|bzr)$/.test(k)) return { code: 'python_vcs_source', why: `installs from version control, not the index${firstUrlNote(value, allow)}` };
    if (/\.(file|path)$/.test(k) || /:\/\//.test(value)) return { code: 'python_direct_source', why: `installs from a URL or a local path, not the index${firstUrlNote(value, allow)}` };
    if (/\.index$/.test(k)) return { code: 'python_index', why: 'the package now comes from that named index' };
    return null;
  };
}

export const PYTHON_REVIEWERS: readonly DependencyReviewer[] = [
  { kind: 'requirements', matches: isRequirementsPath, sources: requirementsSources, review: (base, head, { file, allow }) => reviewRequirements(file, base, head, allow) },
  { kind: 'pip-conf', matches: byName('pip.conf', 'pip.ini'), sources: settingSources(parsePipConf, isIndexKey), review: (base, head, { file, allow }) => reviewSettings(python, file, parsePipConf(base ?? ''), parsePipConf(head ?? ''), pythonClassifier(allow)) },
  { kind: 'uv-toml', matches: byName('uv.toml'), sources: settingSources((t) => tomlSettings(t), isIndexKey), review: (base, head, { file, allow }) => reviewTomlSettings(python, 'uv_toml_unparseable', file, base, head, pythonClassifier(allow)) },
  { kind: 'pyproject', matches: byName('pyproject.toml'), sources: pyprojectSources, review: (base, head, { file, allow }) => reviewTomlSettings(python, 'pyproject_unparseable', file, base, head, pyprojectClassifier(allow)) },
  lockfileReviewer('uv-lock', byName('uv.lock'), scanUvLock),
  lockfileReviewer('poetry-lock', byName('poetry.lock'), scanPoetryLock),
  lockfileReviewer('pipfile-lock', byName('pipfile.lock'), scanPipfileLock),
  lockfileReviewer('pylock', (_p, base) => base === 'pylock.toml' || /^pylock\.[a-z0-9_-]+\.toml$/.test(base), scanPylock),
  { kind: 'pipfile', matches: byName('pipfile'), sources: pipfileSources, review: (base, head, { file, allow }) => reviewTomlSettings(python, 'pipfile_unparseable', file, base, head, pipfileClassifier(allow)) },
];
