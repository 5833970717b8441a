// bun: bun.lock (JSONC tuples), bun.lockb (binary: unreadable, so a deny) and bunfig.toml (registries,
// preload modules, shells, credentials).

import { stripJsonc } from '../../formats/jsonc.js';
import { afterPackageName } from '../../formats/sources.js';
import { isObj } from '../../json.js';
import { stableJson } from '../../text.js';
import { defineRule, type Finding } from '../rule.js';
import { lockfileReviewer, parseJsonDoc, type Collector } from './lockfile.js';
import { lockfileReadable } from './lockfile-readable.js';
import { byName, hostNote, type DependencyReviewer, type ReviewContext } from './reviewer.js';
import { reviewTomlSettings, type Classifier } from './settings.js';
import { settingSources } from './walk.js';
import { tomlSettings } from '../../formats/toml-settings.js';

export const bun = defineRule({
  id: 'dependencies/bun',
  codes: ['bunfig_registry', 'bunfig_auth', 'bunfig_preload', 'bunfig_executable', 'bunfig_tls', 'bunfig_setting', 'bunfig_unparseable'],
  summary: 'New or changed bunfig.toml settings are high: registries redirect installs, preload modules run before every script and test, credentials are redacted.',
  fix: 'Have the change approved; keep registries and preloads out of an agent change.',
});
type BunCode = (typeof bun.codes)[number];

/**
 * bun.lock (Bun >= 1.2, JSONC: trailing commas and comments). `packages` entries are tuples whose first
 * element is `name@resolution`; npm entries carry the tarball URL second ("" for the default registry).
 * Duplicate keys are refused: which of two entries Bun keeps is not something to guess.
 */
function scanBunLock(text: string, c: Collector): void {
  const json = stripJsonc(text);
  if (typeof json !== 'string') {
    c.error = json.error;
    return;
  }
  const doc = parseJsonDoc(json, c);
  if (doc === null) return;
  const packages = doc.packages;
  if (packages === undefined) return;
  if (!isObj(packages)) {
    c.error = '"packages" is not an object';
    return;
  }
  for (const key of Object.keys(packages)) {
    const entry = packages[key];
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') {
      c.error = `packages[${JSON.stringify(key)}] is not a [name@resolution, ...] tuple`;
      return;
    }
    const ident = entry[0];
    const source = afterPackageName(ident);
    if (source === null) {
      c.source({ kind: 'unknown', spec: ident }, key);
      continue;
    }
    c.spec(source, key);
    // npm: [ident, registry-or-tarball-url, info, integrity]
    if (entry.length === 4 && typeof entry[1] === 'string' && entry[1] !== '') c.resolved(entry[1], key);
    else if (entry.length === 4 && typeof entry[1] !== 'string' && entry[1] !== undefined && !isObj(entry[1])) c.source({ kind: 'unknown', spec: stableJson(entry[1]) }, key);
  }
  c.walk(doc);
}

function bunfigClassifier(allow: readonly string[]): Classifier<BunCode> {
  return (key, value) => {
    if (value === undefined) return null;
    const k = key.toLowerCase();
    const last = k.slice(k.lastIndexOf('.') + 1);
    if (/^install\.(registry|scopes)(\.|$)/.test(k) && /(token|password|username)$/.test(last)) return { code: 'bunfig_auth', why: 'registry credentials', redact: true };
    if (/^install\.(registry|scopes)(\.|$)/.test(k)) {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: 'bunfig_registry', why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}${credentials ? ' (the URL carries credentials)' : ''}`, redact: credentials };
    }
    if (last === 'preload') return { code: 'bunfig_preload', why: 'bun loads these modules before every script, test or run' };
    if (/^run\.(shell|bun)$/.test(k)) return { code: 'bunfig_executable', why: 'bun runs scripts through this program' };
    if (/^install\.(ca|cafile)$/.test(k)) return { code: 'bunfig_tls', why: 'changes how registry connections are verified' };
    return { code: 'bunfig_setting', why: 'bun configuration applies to every install, run and test' };
  };
}

/**
 * bun.lockb, Bun's binary lockfile (before Bun 1.2): no reader here, so the hosts it resolves from cannot
 * be checked, which is what the lockfile rule is for. A new or changed one is a deny; Bun >= 1.2 writes
 * the text bun.lock, which is read.
 */
function bunLockbFinding(file: string): Finding {
  return lockfileReadable.finding(
    'dependency_lockfile_binary',
    'deny',
    `${file} is Bun's binary lockfile, which cannot be read, so the hosts it resolves packages from cannot be checked against the network allow list. ` +
      'Switch to the text lockfile (Bun 1.2 or later): run `bun install --save-text-lockfile --frozen-lockfile --lockfile-only`, commit bun.lock and delete bun.lockb.',
  );
}

/** bunfig.toml: the registries bun installs from (`install.registry`, `install.scopes.*`). */
const bunfigSources = settingSources((t) => tomlSettings(t), (key) => /^install\.(registry|scopes)(\.|$)/i.test(key) && !/(token|password|username)$/i.test(key));

export const BUN_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('bun-lock', byName('bun.lock'), scanBunLock),
  {
    kind: 'bun-lockb',
    matches: byName('bun.lockb'),
    // A deleted bun.lockb is no finding: nothing is left to resolve from.
    review: (_base, head, { file }) => (head === null ? [] : [bunLockbFinding(file)]),
    unreadable: ({ file }: ReviewContext) => [bunLockbFinding(file)],
  },
  { kind: 'bunfig', matches: byName('bunfig.toml'), sources: bunfigSources, review: (base, head, { file, allow }) => reviewTomlSettings(bun, 'bunfig_unparseable', file, base, head, bunfigClassifier(allow)) },
];
