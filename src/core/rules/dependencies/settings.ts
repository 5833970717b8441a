// The settings review shared by the configuration reviewers: a file read as flat settings (key ->
// value), each new, changed or removed setting turned into a finding of the reviewer's rule by its
// classifier. Credentials are never echoed.

import type { Settings } from '../../formats/ini.js';
import { tomlSettings } from '../../formats/toml-settings.js';
import { quoteValue } from '../../text.js';
import type { Finding, Rule } from '../rule.js';
import type { SourceSides } from './source-hosts.js';

/** Which settings name a place packages or tools are fetched from; their hosts go to the source-host rule. */
export interface SettingSources {
  readonly sides: SourceSides;
  isSource(key: string): boolean;
}

/** Every source setting of both sides, by its key, into the sides the source-host rule reads. */
function recordSources(base: Settings, head: Settings, src: SettingSources | undefined): void {
  if (src === undefined) return;
  for (const [key, value] of base) if (src.isSource(key)) src.sides.base.value(value, key);
  for (const [key, value] of head) if (src.isSource(key)) src.sides.head.value(value, key);
}

/** A classifier turns a changed setting into a finding code and an explanation, or null to skip it. */
export type Classifier<C extends string> = (key: string, value: string | undefined, before: string | undefined) => { code: C; why: string; redact?: boolean } | null;

export function reviewSettings<C extends string>(rule: Rule<C>, file: string, base: Settings, head: Settings, classify: Classifier<C>, src?: SettingSources): Finding[] {
  recordSources(base, head, src);
  const out: Finding[] = [];
  for (const [key, value] of head) {
    const before = base.get(key);
    if (before === value) continue;
    const c = classify(key, value, before);
    if (!c) continue;
    const shown = c.redact ? redacted(value) : quoteValue(value);
    out.push(rule.finding(c.code, 'high', `${file} ${before === undefined ? 'sets' : 'changes'} ${quoteValue(key)} to ${shown}: ${c.why}.`));
  }
  for (const [key, before] of base) {
    if (head.has(key)) continue;
    const c = classify(key, undefined, before);
    if (!c) continue;
    out.push(rule.finding(c.code, 'high', `${file} removes ${quoteValue(key)} (was ${c.redact ? redacted(before) : quoteValue(before)}): ${c.why}.`));
  }
  return out;
}

/**
 * A TOML configuration file's new, changed and removed settings. A head the TOML reader refuses is an
 * `unparseable` finding, never "no settings": the tool may read what the reader could not (or refuse the
 * file, which a change should not do either). A base it refuses counts as empty, so every head setting
 * is reported.
 */
export function reviewTomlSettings<C extends string>(rule: Rule<C>, unparseable: C, file: string, baseText: string | null, headText: string | null, classify: Classifier<C>, src?: SettingSources): Finding[] {
  const head = tomlSettings(headText ?? '');
  if (typeof head === 'string') return [rule.finding(unparseable, 'high', `${file} could not be parsed as TOML (${quoteValue(head)}), so its settings were not reviewed.`)];
  const base = tomlSettings(baseText ?? '');
  return reviewSettings(rule, file, typeof base === 'string' ? new Map<string, string>() : base, head, classify, src);
}

/** Credentials are never echoed: an environment reference is shown, a literal value only by its length. */
export function redacted(value: string): string {
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value.trim())) return quoteValue(value.trim());
  return `(redacted: a literal ${value.length}-character credential is committed)`;
}
