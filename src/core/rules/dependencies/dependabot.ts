// dependabot.yml: the registries dependabot resolves updates from and sends credentials to (the rest
// of the file is protected as CI configuration).

import type { Settings } from '../../formats/ini.js';
import { isObj } from '../../json.js';
import { quoteValue, stableJson } from '../../text.js';
import { parseWorkflowYaml } from '../../yaml.js';
import { defineRule, type Finding } from '../rule.js';
import { hostNote, type DependencyReviewer } from './reviewer.js';
import { reviewSettings, type Classifier } from './settings.js';

export const dependabot = defineRule({
  id: 'dependencies/dependabot',
  codes: ['dependabot_registry', 'dependabot_registry_auth', 'dependabot_unparseable'],
  summary: 'New, changed or removed dependabot registries (URLs, replaces-base, credentials) are high.',
  fix: 'Have the change approved; keep dependabot registries as the base has them.',
});
type DependabotCode = (typeof dependabot.codes)[number];

/** `registries.<name>.<key>` of a dependabot.yml (the rest of the file is protected as CI configuration). */
function dependabotRegistries(value: unknown): Settings {
  const out: Settings = new Map();
  if (!isObj(value) || !isObj(value.registries)) return out;
  for (const name of Object.keys(value.registries)) {
    const r = value.registries[name];
    if (!isObj(r)) out.set(`registries.${name}`, stableJson(r));
    else for (const k of Object.keys(r)) out.set(`registries.${name}.${k}`, typeof r[k] === 'string' ? (r[k]) : stableJson(r[k]));
  }
  return out;
}

function dependabotClassifier(allow: readonly string[]): Classifier<DependabotCode> {
  return (key, value) => {
    if (value === undefined) return null;
    const last = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    if (/^(password|token|key|username)$/.test(last)) return { code: 'dependabot_registry_auth', why: 'dependabot sends these credentials to the registry', redact: true };
    if (last === 'url') {
      const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*@/i.test(value.trim());
      return { code: 'dependabot_registry', why: `dependabot resolves updates there and sends the registry credentials to it${hostNote(value)}`, redact: credentials };
    }
    if (last === 'replaces-base') return { code: 'dependabot_registry', why: 'every dependency of that ecosystem now resolves from this registry instead of the public one' };
    return { code: 'dependabot_registry', why: 'changes a registry dependabot uses (and the credentials it sends)' };
  };
}

function reviewDependabot(file: string, baseText: string | null, headText: string | null, allow: readonly string[]): Finding[] {
  if (headText === null) return [];
  const head = parseWorkflowYaml(headText);
  if (!head.ok) return [dependabot.finding('dependabot_unparseable', 'high', `${file} could not be parsed (${quoteValue(head.reason)}), so its registries were not reviewed.`)];
  const base = baseText === null ? null : parseWorkflowYaml(baseText);
  return reviewSettings(dependabot, file, base?.ok ? dependabotRegistries(base.value) : new Map<string, string>(), dependabotRegistries(head.value), dependabotClassifier(allow));
}

export const DEPENDABOT_REVIEWERS: readonly DependencyReviewer[] = [
  { kind: 'dependabot', matches: (p) => p === '.github/dependabot.yml' || p === '.github/dependabot.yaml', review: (base, head, { file, allow }) => reviewDependabot(file, base, head, allow) },
];
