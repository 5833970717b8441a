// Composer: composer.lock (dist, source and mirror URLs) and composer.json (scripts on install events,
// package repositories, plugin, TLS and credential settings).

import { isObj, type Json } from '../../json.js';
import { parseJsonObject } from '../../formats/json-document.js';
import { redactUrl } from '../../formats/sources.js';
import { quoteValue, stableJson } from '../../text.js';
import { defineRule, type Finding } from '../rule.js';
import { localPath, lockfileReviewer, parseJsonDoc, urlOrPath, type Collector } from './lockfile.js';
import { byName, hostNote, type DependencyReviewer } from './reviewer.js';
import { inertKeys } from './walk.js';
import { newOrChangedScripts, scriptsRunAutomatically } from './scripts.js';

export const composer = defineRule({
  id: 'dependencies/composer',
  codes: ['composer_script', 'composer_repository', 'composer_plugins', 'composer_tls', 'composer_auth', 'composer_setting', 'composer_json_unparseable'],
  summary: 'composer.json scripts run on install events, package repositories (looked up before packagist.org), and plugin, TLS and credential settings are high when new, changed or removed.',
  fix: 'Have the change approved; keep repositories and install-time scripts out of an agent change.',
});
type ComposerCode = (typeof composer.codes)[number];

/** composer.lock: `dist.url` (what composer downloads), `source.url` (its fallback), mirrors, notification URLs. */
function scanComposerLock(text: string, c: Collector): void {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  for (const list of ['packages', 'packages-dev']) {
    const pkgs = doc[list];
    if (pkgs === undefined) continue;
    if (!Array.isArray(pkgs)) {
      c.error = `"${list}" is not an array`;
      return;
    }
    pkgs.forEach((p, i) => {
      if (!isObj(p)) return;
      const where = typeof p.name === 'string' ? `${list}: ${p.name}` : `${list}[${i}]`;
      for (const field of ['dist', 'source']) {
        const d = p[field];
        if (d === undefined || d === null) continue;
        if (!isObj(d) || typeof d.url !== 'string') {
          c.source({ kind: 'unknown', spec: stableJson(d) }, `${where} ${field}`);
          continue;
        }
        if (d.type === 'path') localPath(c, d.url, `${where} ${field}`);
        else urlOrPath(c, d.url, `${where} ${field}`);
        if (Array.isArray(d.mirrors)) for (const m of d.mirrors) if (isObj(m) && typeof m.url === 'string') urlOrPath(c, m.url, `${where} ${field} mirror`);
      }
      if (typeof p['notification-url'] === 'string') c.resolved(p['notification-url'], `${where} notification-url`);
    });
  }
  c.walk(doc, { inert: COMPOSER_LOCK_INERT });
}

/** composer.lock metadata composer never fetches from; inside a link map (require, replace...) a key is a package name. */
const COMPOSER_LOCK_INERT = inertKeys(
  ['_readme', 'description', 'homepage', 'support', 'funding', 'authors', 'keywords', 'license', 'extra', 'autoload', 'autoload-dev', 'suggest', 'time', 'readme', 'abandoned'],
  ['require', 'require-dev', 'conflict', 'replace', 'provide'],
);

/**
 * Composer events whose scripts run without being asked for by name: every install and update (and each
 * package installed), every autoload dump (part of every install), project creation, plugin events and
 * Composer 1's solver events. Only the root package's scripts run, and this file is the root package.
 */
const COMPOSER_EVENTS = new Set([
  'pre-install-cmd',
  'post-install-cmd',
  'pre-update-cmd',
  'post-update-cmd',
  'pre-status-cmd',
  'post-status-cmd',
  'pre-archive-cmd',
  'post-archive-cmd',
  'pre-autoload-dump',
  'post-autoload-dump',
  'post-root-package-install',
  'post-create-project-cmd',
  'pre-operations-exec',
  'pre-dependencies-solving',
  'post-dependencies-solving',
  'pre-package-install',
  'post-package-install',
  'pre-package-update',
  'post-package-update',
  'pre-package-uninstall',
  'post-package-uninstall',
  'init',
  'command',
  'pre-file-download',
  'post-file-download',
  'pre-command-run',
  'pre-pool-create',
]);
/** `@php`, `@composer` and `@putenv` are commands, not references to other scripts. */
const COMPOSER_SCRIPT_COMMANDS = new Set(['php', 'composer', 'putenv', 'additional_args']);

/**
 * The scripts that run on an event, each with the event that reaches it: the event scripts themselves and,
 * transitively, the scripts they call as `@name` (a changed `build` runs on install when
 * `post-install-cmd` says `@build`, though its own name is no event).
 */
function composerAutoScripts(scripts: Json): Map<string, string> {
  return scriptsRunAutomatically(
    scripts,
    (name) => COMPOSER_EVENTS.has(name),
    (value) =>
      (Array.isArray(value) ? value : [value]).flatMap((command) => {
        const ref = typeof command === 'string' ? /^@([^\s]+)/.exec(command.trim()) : null;
        return ref && !COMPOSER_SCRIPT_COMMANDS.has(ref[1]!) ? [ref[1]!] : [];
      }),
  );
}

/** `repositories` by position (a list: earlier entries win) or by name (an object), each as JSON. */
function composerRepositories(doc: Json): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const repos = doc.repositories;
  if (Array.isArray(repos)) repos.forEach((r, i) => out.set(`repositories[${i}]`, r));
  else if (isObj(repos)) for (const k of Object.keys(repos)) out.set(`repositories.${k}`, repos[k]);
  else if (repos !== undefined) out.set('repositories', repos);
  return out;
}

/** `config` keys that decide what runs on install, how downloads are verified, and which credentials go where. */
function composerConfigWhy(key: string): { code: ComposerCode; why: string; redact?: boolean } | null {
  if (key === 'allow-plugins') return { code: 'composer_plugins', why: 'composer runs the code of the plugins it allows on every install and update' };
  if (['secure-http', 'disable-tls', 'cafile', 'capath'].includes(key)) return { code: 'composer_tls', why: 'changes whether downloads use TLS and how it is verified' };
  if (['http-basic', 'bearer', 'github-oauth', 'gitlab-oauth', 'gitlab-token', 'bitbucket-oauth', 'forgejo-token'].includes(key)) {
    return { code: 'composer_auth', why: 'registry credentials (committed, and sent to the hosts they name)', redact: true };
  }
  if (['github-domains', 'gitlab-domains', 'use-github-api', 'github-protocols'].includes(key)) return { code: 'composer_setting', why: 'changes which hosts composer treats as GitHub or GitLab and sends their credentials to' };
  return null;
}

/**
 * composer.json: the scripts composer runs on install and update (install-time code execution, as npm's
 * lifecycle scripts), the `repositories` packages are looked up in before packagist.org (dependency
 * confusion: the first repository that has a name wins), and the `config` keys above. New, changed and
 * (for repositories) removed entries are high; the lockfile's hosts are checked in composer.lock.
 */
function reviewComposerJson(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  if (headText === null) return [];
  const head = parseJsonObject(headText);
  if (typeof head === 'string') {
    return [composer.finding('composer_json_unparseable', 'high', `${file} could not be parsed (${quoteValue(head)}), so its scripts and repositories were not reviewed.`)];
  }
  const parsedBase = baseText === null ? {} : parseJsonObject(baseText);
  const base: Json = typeof parsedBase === 'string' ? {} : parsedBase;
  const out: Finding[] = [];
  const add = (code: ComposerCode, message: string) => out.push(composer.finding(code, 'high', message));

  const scripts = isObj(head.scripts) ? head.scripts : {};
  const baseScripts = isObj(base.scripts) ? base.scripts : {};
  for (const { name, root: event, value, verb } of newOrChangedScripts(composerAutoScripts(scripts), scripts, baseScripts)) {
    const how = name === event ? `composer runs it on the ${quoteValue(event)} event` : `the ${quoteValue(event)} event runs it through "@${quoteValue(name).slice(1, -1)}"`;
    add('composer_script', `${file} ${verb} the script scripts.${quoteValue(name).slice(1, -1)} = ${quoteValue(value)}; ${how} (install-time code execution).`);
  }
  if (head.scripts !== undefined && !isObj(head.scripts) && stableJson(head.scripts) !== stableJson(base.scripts)) {
    add('composer_script', `${file} sets scripts = ${quoteValue(head.scripts)}, which is not an object of scripts.`);
  }

  const repos = composerRepositories(head);
  const baseRepos = composerRepositories(base);
  for (const [key, value] of repos) {
    if (baseRepos.has(key) && stableJson(baseRepos.get(key)) === stableJson(value)) continue;
    const url = isObj(value) && typeof value.url === 'string' ? hostNote(value.url, allow) : '';
    const disables = value === false || (isObj(value) && value['packagist.org'] === false);
    const why = disables
      ? 'composer no longer looks packages up there'
      : `composer looks packages up there before packagist.org, and the first repository that has a package name wins (dependency confusion)${url}`;
    add('composer_repository', `${file} ${baseRepos.has(key) ? 'changes' : 'sets'} ${quoteValue(key)} to ${quoteValue(redactedRepository(value))}: ${why}.`);
  }
  for (const [key, value] of baseRepos) {
    if (repos.has(key)) continue;
    add('composer_repository', `${file} removes ${quoteValue(key)} (was ${quoteValue(redactedRepository(value))}): the packages it served now resolve from the remaining repositories (packagist.org by default), where anyone may publish the same names.`);
  }

  const config = isObj(head.config) ? head.config : {};
  const baseConfig = isObj(base.config) ? base.config : {};
  for (const key of Object.keys(config)) {
    if (stableJson(config[key]) === stableJson(baseConfig[key])) continue;
    const c = composerConfigWhy(key);
    if (c === null) continue;
    const shown = c.redact ? '(redacted: credentials are committed)' : quoteValue(config[key]);
    add(c.code, `${file} ${Object.hasOwn(baseConfig, key) ? 'changes' : 'sets'} config.${quoteValue(key).slice(1, -1)} = ${shown}: ${c.why}.`);
  }
  return out;
}

/** A repository entry as shown in a message: a URL's userinfo is replaced by `***`. */
function redactedRepository(value: unknown): unknown {
  if (!isObj(value) || typeof value.url !== 'string') return value;
  return { ...value, url: redactUrl(value.url) };
}

/** composer.json: its `repositories` are where packages are looked up (every key and value walked). */
function composerJsonSources(text: string, c: Collector): void {
  const doc = parseJsonDoc(text, c);
  if (doc !== null && Object.hasOwn(doc, 'repositories')) c.walk({ repositories: doc.repositories });
}

export const COMPOSER_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('composer-lock', byName('composer.lock'), scanComposerLock),
  { kind: 'composer-json', matches: byName('composer.json'), sources: composerJsonSources, review: (base, head, { file, allow }) => reviewComposerJson(file, base, head, allow) },
];
