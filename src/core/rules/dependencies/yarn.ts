// yarn: yarn.lock (classic v1 and berry: resolved URLs and locators) and .yarnrc.yml / .yarnrc
// (registries, yarnPath, plugins, credentials).

import { parseYarnrcClassic, type Settings } from '../../formats/ini.js';
import { forEachLine, unquote } from '../../formats/lines.js';
import { afterPackageName, classifySource } from '../../formats/sources.js';
import { isObj } from '../../json.js';
import { stableJson } from '../../text.js';
import { parseWorkflowYaml } from '../../yaml.js';
import { quoteValue } from '../../text.js';
import { defineRule, type Finding } from '../rule.js';
import { lockfileReviewer, type Collector } from './lockfile.js';
import { byName, hostNote, type DependencyReviewer } from './reviewer.js';
import { reviewSettings, type Classifier } from './settings.js';

export const yarn = defineRule({
  id: 'dependencies/yarn',
  codes: ['yarnrc_yarn_path', 'yarnrc_registry', 'yarnrc_plugins', 'yarnrc_auth', 'yarnrc_setting', 'yarnrc_unparseable'],
  summary: 'New or changed .yarnrc.yml / .yarnrc settings are high: yarnPath and plugins run code on every command, registries redirect every install, credentials are redacted.',
  fix: 'Have the change approved; keep registries and yarn binaries out of an agent change.',
});
type YarnCode = (typeof yarn.codes)[number];

function scanYarnLock(text: string, c: Collector): void {
  // What an entry header asks for ("c@file:./vendor/c") only counts when the entry has no resolved or
  // resolution line saying where it came from (yarn v1 writes none for local files).
  let pending: { value: string; where: string }[] = [];
  const flush = () => {
    for (const p of pending) c.spec(p.value, p.where, false);
    pending = [];
  };
  forEachLine(text, (line, n) => {
    if (line.length === 0 || line.startsWith('#')) return;
    const first = line.charCodeAt(0);
    if (first !== 32 && first !== 9) {
      flush();
      // Entry header: "name@spec, name@spec2":  (v1) or "name@npm:^1.0.0":  (berry)
      if (!line.endsWith(':') || line.startsWith('__metadata')) return;
      for (const part of line.slice(0, -1).split(',')) {
        const source = afterPackageName(unquote(part));
        if (source !== null) pending.push({ value: source, where: `line ${n}` });
      }
      return;
    }
    // Keys may be quoted: yarn's classic parser and YAML (berry) both read `"resolved" "..."` and
    // `"resolution": ...` as the plain keys.
    let t = line.trim();
    const quotedKey = /^(["'])([^"']*)\1(?=[:\s]|$)/.exec(t);
    if (quotedKey) t = quotedKey[2]! + t.slice(quotedKey[0].length);
    if (t.startsWith('resolved')) {
      // v1: resolved "https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#sha1"
      pending = [];
      const m = /^resolved:?\s+(.+)$/.exec(t);
      if (m) c.resolved(unquote(m[1]!), `line ${n}`);
    } else if (t.startsWith('resolution:')) {
      // berry: resolution: "x@npm:1.0.0" (through the configured registry: no host) or "x@https://host/x.tgz"
      pending = [];
      const entry = unquote(t.slice('resolution:'.length));
      const source = afterPackageName(entry);
      if (source === null) c.source({ kind: 'unknown', spec: entry }, `line ${n}`);
      else {
        const k = classifySource(source);
        if (k === null) c.source({ kind: 'unknown', spec: entry }, `line ${n}`);
        else c.record(k, `line ${n}`);
      }
    }
  });
  flush();
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

export const YARN_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('yarn-lock', byName('yarn.lock'), scanYarnLock),
  { kind: 'yarnrc-yml', matches: byName('.yarnrc.yml', '.yarnrc.yaml'), review: (base, head, { file, allow }) => reviewYarnrcYml(file, base, head, allow) },
  { kind: 'yarnrc', matches: byName('.yarnrc'), review: (base, head, { file, allow }) => reviewSettings(yarn, file, parseYarnrcClassic(base ?? ''), parseYarnrcClassic(head ?? ''), yarnrcClassifier(allow)) },
];
