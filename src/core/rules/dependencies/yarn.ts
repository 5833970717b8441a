// yarn: yarn.lock (classic v1 and berry: resolved URLs and locators) and .yarnrc.yml / .yarnrc
// (registries, yarnPath, plugins, credentials).

import { parseYarnrcClassic, type Settings } from '../../formats/ini.js';
import { parseSyml } from '@yarnpkg/parsers';
import { afterPackageName, classifySource } from '../../formats/sources.js';
import { isObj } from '../../json.js';
import { clip, oneLine, quoteValue, stableJson } from '../../text.js';
import { parseWorkflowYaml } from '../../yaml.js';
import { defineRule, type Finding } from '../rule.js';
import { INFORMATIONAL_KEYS, lockfileReviewer, walkJson, type Collector } from './lockfile.js';
import { byName, hostNote, type DependencyReviewer } from './reviewer.js';
import { reviewSettings, type Classifier, type SettingSources } from './settings.js';
import type { SourceSides } from './source-hosts.js';

export const yarn = defineRule({
  id: 'dependencies/yarn',
  codes: ['yarnrc_yarn_path', 'yarnrc_registry', 'yarnrc_plugins', 'yarnrc_auth', 'yarnrc_setting', 'yarnrc_unparseable'],
  summary: 'New or changed .yarnrc.yml / .yarnrc settings are high: yarnPath and plugins run code on every command, registries redirect every install, credentials are redacted.',
  fix: 'Have the change approved; keep registries and yarn binaries out of an agent change.',
});
type YarnCode = (typeof yarn.codes)[number];

/**
 * yarn.lock, classic v1 and berry alike, parsed with Yarn's own reader (`parseSyml` of @yarnpkg/parsers).
 * `resolved` (v1) and `resolution` (berry) must name a source; every other value and every entry key (the
 * descriptors an entry satisfies) is read for host-bearing values, locator selectors and parameters
 * (`#commit=`, `::__archiveUrl=`, percent-encoded) included.
 */
function scanYarnLock(text: string, c: Collector): void {
  let doc: unknown;
  try {
    doc = parseSyml(text);
  } catch (err) {
    c.error = `not a yarn.lock Yarn can read: ${clip(oneLine((err as Error).message), 200)}`;
    return;
  }
  if (!isObj(doc)) {
    c.error = 'the top level is not a mapping';
    return;
  }
  walkJson(
    doc,
    (value, where) => {
      const key = where.slice(where.lastIndexOf('.') + 1);
      if (key === 'resolved') c.resolved(value, where);
      else if (key === 'resolution') {
        const source = afterPackageName(value);
        if (source === null || classifySource(source) === null) c.source({ kind: 'unknown', spec: value }, where);
        else c.value(value, where);
      } else c.value(value, where);
    },
    YARN_SKIP,
    true,
  );
}

/** Besides the informational keys: `__metadata` (the lockfile's version and cache key). */
const YARN_SKIP: ReadonlySet<string> = new Set([...INFORMATIONAL_KEYS, '__metadata']);

function flattenYarnrc(value: unknown): Settings {
  const out: Settings = new Map();
  if (!isObj(value)) return out;
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === 'npmScopes' && isObj(v)) {
      for (const scope of Object.keys(v)) {
        const s = v[scope];
        if (isObj(s)) for (const k of Object.keys(s)) out.set(`npmScopes.${scope}.${k}`, typeof s[k] === 'string' ? (s[k]) : stableJson(s[k]));
        else out.set(`npmScopes.${scope}`, stableJson(s));
      }
    } else out.set(key, typeof v === 'string' ? v : stableJson(v));
  }
  return out;
}

function yarnrcClassifier(): Classifier<YarnCode> {
  return (key, value, before) => {
    const last = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    if (value === undefined) {
      if (last === 'enablescripts' && before?.trim() === 'false') return { code: 'yarnrc_setting', why: 'install scripts of dependencies run again' };
      return null;
    }
    if (last === 'yarnpath' || last === 'yarn-path') return { code: 'yarnrc_yarn_path', why: 'yarn executes that JavaScript file for every command' };
    if (last === 'npmregistryserver' || last === 'npmpublishregistry' || last === 'registry') {
      return { code: 'yarnrc_registry', why: `packages now resolve from there (dependency confusion)${hostNote(value)}` };
    }
    if (last === 'plugins') return { code: 'yarnrc_plugins', why: 'yarn loads and runs these plugins on every command' };
    if (/authtoken|authident|_auth|password/.test(last)) return { code: 'yarnrc_auth', why: 'registry credentials', redact: true };
    return { code: 'yarnrc_setting', why: 'yarn configuration applies to every install' };
  };
}

/** Registries installs fetch from, and plugins (yarn downloads a plugin from its `spec` URL). */
const yarnSources = (sides: SourceSides): SettingSources => ({ sides, isSource: (k) => /(^|\.)(npmregistryserver|registry|plugins)$/i.test(k) });

function reviewYarnrcYml(file: string, baseText: string | null, headText: string | null, sources: SourceSides): Finding[] {
  const parse = (t: string | null): Settings | string => {
    if (t === null || t.trim() === '') return new Map();
    const r = parseWorkflowYaml(t);
    return r.ok ? flattenYarnrc(r.value) : r.reason;
  };
  const head = parse(headText);
  if (typeof head === 'string') return [yarn.finding('yarnrc_unparseable', 'high', `${file} could not be parsed (${quoteValue(head)}), so its settings were not reviewed.`)];
  const base = parse(baseText);
  return reviewSettings(yarn, file, typeof base === 'string' ? new Map<string, string>() : base, head, yarnrcClassifier(), yarnSources(sources));
}

export const YARN_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('yarn-lock', byName('yarn.lock'), scanYarnLock),
  { kind: 'yarnrc-yml', matches: byName('.yarnrc.yml', '.yarnrc.yaml'), review: (base, head, { file, sources }) => reviewYarnrcYml(file, base, head, sources) },
  {
    kind: 'yarnrc',
    matches: byName('.yarnrc'),
    review: (base, head, { file, sources }) => reviewSettings(yarn, file, parseYarnrcClassic(base ?? ''), parseYarnrcClassic(head ?? ''), yarnrcClassifier(), yarnSources(sources)),
  },
];
