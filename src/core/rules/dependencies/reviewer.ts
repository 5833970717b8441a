// What a dependency reviewer is: one file kind of one ecosystem, the paths it reads, and its review of
// a base and head text. The index runs the first reviewer whose `matches` takes the path.

import { hostAllowed } from '../../hosts.js';
import { classifySource } from '../../formats/sources.js';
import { quoteValue } from '../../text.js';
import type { Finding } from '../rule.js';
import type { Collector } from './lockfile.js';

export type DependencyFileKind =
  | 'npm-lock'
  | 'yarn-lock'
  | 'pnpm-lock'
  | 'package-json'
  | 'npmrc'
  | 'yarnrc-yml'
  | 'yarnrc'
  | 'requirements'
  | 'pip-conf'
  | 'uv-toml'
  | 'pyproject'
  | 'cargo-config'
  | 'wrapper-properties'
  | 'test-runner-config'
  | 'bun-lock'
  | 'bun-lockb'
  | 'uv-lock'
  | 'poetry-lock'
  | 'pipfile-lock'
  | 'pylock'
  | 'pipfile'
  | 'cargo-toml'
  | 'deno-lock'
  | 'swift-resolved'
  | 'helm-chart'
  | 'gopkg'
  | 'cargo-lock'
  | 'gemfile-lock'
  | 'composer-lock'
  | 'composer-json'
  | 'go-mod'
  | 'go-env'
  | 'bunfig'
  | 'dependabot';

export interface ReviewContext {
  /** The repository path as given. */
  readonly path: string;
  /** The path quoted for messages. */
  readonly file: string;
  /** The effective network allow list (entries as in hosts.ts). */
  readonly allow: readonly string[];
}

export interface DependencyReviewer {
  readonly kind: DependencyFileKind;
  /** Takes the lower-cased path and its lower-cased base name. */
  matches(lowerPath: string, baseName: string): boolean;
  /** `base` null for an added file, `head` null for a deleted one; called only when they differ. */
  review(base: string | null, head: string | null, ctx: ReviewContext): Finding[];
  /**
   * A manifest's or configuration file's source reader: the hosts its dependency and registry settings
   * name, which dependencies/source-hosts checks against the allow list (lockfiles check their own).
   */
  sources?: (text: string, c: Collector) => void;
  /** The head exists but is not UTF-8 text or too large: what that means for this kind (none: nothing more). */
  unreadable?(ctx: ReviewContext): Finding[];
}

/** A reviewer for exact base names. */
export function byName(...names: string[]): (lowerPath: string, baseName: string) => boolean {
  const set = new Set(names);
  return (_p, base) => set.has(base);
}

/** " (over plain http...; host ... is not in the network allow list)" for a value that names a host, else "". */
export function hostNote(value: string, allow: readonly string[]): string {
  const c = classifySource(value);
  if (!c || c.host === undefined) return '';
  const notes: string[] = [];
  if (c.insecure) notes.push('over plain http, without TLS');
  if (!hostAllowed(allow, c.host)) notes.push(`host ${quoteValue(c.host)} is not in the network allow list`);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/** hostNote of the first http(s) URL in a value. */
export function firstUrlNote(value: string, allow: readonly string[]): string {
  const url = /(?:git\+)?https?:\/\/[^\s"',\]]+/.exec(value);
  return url ? hostNote(url[0].replace(/^git\+/, ''), allow) : '';
}
