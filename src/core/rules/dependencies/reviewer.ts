// What a dependency reviewer is: one file kind of one ecosystem, the paths it reads, and its review of
// a base and head text. The index runs the first reviewer whose `matches` takes the path.

import { classifySource } from '../../formats/sources.js';
import type { Finding } from '../rule.js';
import type { SourceSides } from './source-hosts.js';

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
  | 'cargo-lock'
  | 'gemfile-lock'
  | 'composer-lock'
  | 'composer-json'
  | 'go-mod'
  | 'go-env'
  | 'bunfig'
  | 'dependabot'
  | 'pylock'
  | 'pipfile'
  | 'cargo-toml'
  | 'go-sum'
  | 'unread-manifest';

export interface ReviewContext {
  /** The repository path as given. */
  readonly path: string;
  /** The path quoted for messages. */
  readonly file: string;
  /** The effective network allow list (entries as in hosts.ts). */
  readonly allow: readonly string[];
  /**
   * Where the reviewer puts the hosts each side makes its tool fetch from; the one source-host rule
   * (source-hosts.ts) decides on them after the review, the same way in every ecosystem.
   */
  readonly sources: SourceSides;
}

export interface DependencyReviewer {
  readonly kind: DependencyFileKind;
  /** Takes the lower-cased path and its lower-cased base name. */
  matches(lowerPath: string, baseName: string): boolean;
  /** `base` null for an added file, `head` null for a deleted one; called only when they differ. */
  review(base: string | null, head: string | null, ctx: ReviewContext): Finding[];
  /** The head exists but is not UTF-8 text or too large: what that means for this kind (none: nothing more). */
  unreadable?(ctx: ReviewContext): Finding[];
}

/** A reviewer for exact base names. */
export function byName(...names: string[]): (lowerPath: string, baseName: string) => boolean {
  const set = new Set(names);
  return (_p, base) => set.has(base);
}

/**
 * " (over plain http, without TLS)" for a value whose transport is plain text, else "". Whether its host is
 * allowed is the source-host rule's to say, once, for every ecosystem.
 */
export function hostNote(value: string): string {
  const c = classifySource(value);
  return c?.insecure === true ? ' (over plain http, without TLS)' : '';
}

/** hostNote of the first http(s) URL in a value. */
export function firstUrlNote(value: string): string {
  const url = /(?:git\+)?https?:\/\/[^\s"',\]]+/.exec(value);
  return url ? hostNote(url[0].replace(/^git\+/, '')) : '';
}
