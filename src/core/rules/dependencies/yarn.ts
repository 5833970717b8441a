// yarn: yarn.lock (classic v1 and berry, read with Yarn's parser: resolved URLs, locators, every host) and .yarnrc.yml / .yarnrc
// (registries, yarnPath, plugins, credentials).

import { parseYarnrcClassic, type Settings } from '../../formats/ini.js';
import { parseSyml } from '@yarnpkg/parsers';
import { afterPackageName, classifySource } from '../../formats/sources.js';
import { isObj } from '../../json.js';
import { stableJson } from '../../text.js';
import { parseWorkflowYaml } from '../../yaml.js';
import { quoteValue } from '../../text.js';
import { defineRule, type Finding } from '../rule.js';
import { lockfileReviewer, type Collector } from './lockfile.js';
import { keyPath, settingSources } from './walk.js';
import { byName, hostNote, type DependencyReviewer } from './reviewer.js';
import { reviewSettings, type Classifier } from './settings.js';

export const yarn = defineRule({
  id: 'dependencies/yarn',
  codes: ['yarnrc_yarn_path', 'yarnrc_registry', 'yarnrc_plugins', 'yarnrc_auth', 'yarnrc_setting', 'yarnrc_unparseable'],
  summary: 'New or changed .yarnrc.yml / .yarnrc settings are high: yarnPath and plugins run code on every command, registries redirect every install, credentials are redacted.',
  fix: 'Have the change approved; keep registries and yarn binaries out of an agent change.',
});
type YarnCode = (typeof yarn.codes)[number];

/**
 * yarn.lock, classic v1 and berry, read with Yarn's own parser (@yarnpkg/parsers: its v1 grammar and, for
 * berry, YAML). An entry's `resolved` (v1) or `resolution` (berry) says where it came from; what its
 * descriptors ask for ("c@file:./vendor/c") counts as a source only when it says neither (v1 writes none
 * for local files). Then every key and value is walked for hosts (walk.ts): descriptors and locator
 * parameters (`::__archiveUrl=`, `patch:`) name hosts too.
 */
function scanYarnLock(text: string, c: Collector): void {
  let doc: unknown;
  try {
    doc = parseSyml(text);
  } catch (err) {
    c.error = `not a yarn lockfile Yarn reads: ${(err as Error).message.split('\n')[0]}`;
    return;
  }
  if (!isObj(doc)) {
    c.error = 'the top level is not a mapping';
    return;
  }
  for (const key of Object.keys(doc)) {
    if (key === '__metadata') continue;
    const entry = doc[key];
    const where = keyPath([key]);
    if (!isObj(entry)) {
      c.source({ kind: 'unknown', spec: stableJson(entry) }, where);
      continue;
    }
    if (entry.resolved !== undefined) {
      // v1: resolved "https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#sha1"
      if (typeof entry.resolved === 'string') c.resolved(entry.resolved, keyPath([key, 'resolved']));
      else c.source({ kind: 'unknown', spec: stableJson(entry.resolved) }, keyPath([key, 'resolved']));
    } else if (entry.resolution !== undefined) {
      // berry: resolution: "x@npm:1.0.0" (through the configured registry: no host) or "x@https://host/x.tgz"
      const resolution = typeof entry.resolution === 'string' ? entry.resolution : stableJson(entry.resolution);
      const source = afterPackageName(resolution);
      const k = source === null ? null : classifySource(source);
      if (k === null) c.source({ kind: 'unknown', spec: resolution }, keyPath([key, 'resolution']));
      else c.record(k, keyPath([key, 'resolution']));
    } else {
      for (const part of key.split(',')) {
        const source = afterPackageName(part.trim());
        if (source !== null) c.spec(source, where, false);
      }
    }
  }
  c.walk(doc, { shared: true });
}

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

function yarnrcClassifier(allow: readonly string[]): Classifier<YarnCode> {
  return (key, value, before) => {
    const last = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    if (value === undefined) {
      if (last === 'enablescripts' && before?.trim() === 'false') return { code: 'yarnrc_setting', why: 'install scripts of dependencies run again' };
      return null;
    }
    if (last === 'yarnpath' || last === 'yarn-path') return { code: 'yarnrc_yarn_path', why: 'yarn executes that JavaScript file for every command' };
    if (last === 'npmregistryserver' || last === 'npmpublishregistry' || last === 'registry') {
      return { code: 'yarnrc_registry', why: `packages now resolve from there (dependency confusion)${hostNote(value, allow)}` };
    }
    if (last === 'plugins') return { code: 'yarnrc_plugins', why: 'yarn loads and runs these plugins on every command' };
    if (/authtoken|authident|_auth|password/.test(last)) return { code: 'yarnrc_auth', why: 'registry credentials', redact: true };
    return { code: 'yarnrc_setting', why: 'yarn configuration applies to every install' };
  };
}

function reviewYarnrcYml(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  const parse = (t: string | null): Settings | string => {
    if (t === null || t.trim() === '') return new Map();
    const r = parseWorkflowYaml(t);
    return r.ok ? flattenYarnrc(r.value) : r.reason;
  };
  const head = parse(headText);
  if (typeof head === 'string') return [yarn.finding('yarnrc_unparseable', 'high', `${file} could not be parsed (${quoteValue(head)}), so its settings were not reviewed.`)];
  const base = parse(baseText);
  return reviewSettings(yarn, file, typeof base === 'string' ? new Map<string, string>() : base, head, yarnrcClassifier(allow));
}

/** The registries yarn installs from: `npmRegistryServer` (also per scope), classic `registry` and `@scope:registry`. */
const isRegistryKey = (key: string) => /(^|[.:])(npmregistryserver|registry)$/i.test(key);
const yarnrcYmlSources = settingSources((t) => {
  if (t.trim() === '') return new Map();
  const r = parseWorkflowYaml(t);
  return r.ok ? flattenYarnrc(r.value) : r.reason;
}, isRegistryKey);
const yarnrcSources = settingSources(parseYarnrcClassic, isRegistryKey);

export const YARN_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('yarn-lock', byName('yarn.lock'), scanYarnLock),
  { kind: 'yarnrc-yml', matches: byName('.yarnrc.yml', '.yarnrc.yaml'), sources: yarnrcYmlSources, review: (base, head, { file, allow }) => reviewYarnrcYml(file, base, head, allow) },
  { kind: 'yarnrc', matches: byName('.yarnrc'), sources: yarnrcSources, review: (base, head, { file, allow }) => reviewSettings(yarn, file, parseYarnrcClassic(base ?? ''), parseYarnrcClassic(head ?? ''), yarnrcClassifier(allow)) },
];
