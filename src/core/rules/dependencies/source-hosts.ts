// The one source-host rule of every ecosystem: the reviewers only extract the hosts a file makes its
// tool fetch from (lockfile sources, manifest dependency specs, registries, indexes, proxies, wrapper
// distributions), each with where it sits; this module decides, with the same wording everywhere.

import { hostAllowed } from '../../hosts.js';
import { sourcesIn } from '../../formats/sources.js';
import { quoteValue } from '../../text.js';
import { defineRule, type Finding } from '../rule.js';

export const sourceHosts = defineRule({
  id: 'dependencies/source-hosts',
  codes: ['dependency_host_not_allowed', 'dependency_host_not_allowed_existing'],
  summary:
    'In every ecosystem (lockfiles, manifests, registry, index and proxy settings, wrapper downloads), a source host outside the network allow list that is new in the head is a deny (dependency confusion); one already in the base is reported once per file as high.',
  fix: 'Resolve the package from an allowed registry, or add its host to the network allow list of the policy.',
});

/** Hosts a file makes its tool fetch from, each with where it was first seen. */
export class SourceSites {
  readonly hosts = new Map<string, string>();

  /** A host, lower-case, as a reader established it. */
  host(host: string, where: string): void {
    const h = host.toLowerCase().replace(/\.$/, '');
    if (!this.hosts.has(h)) this.hosts.set(h, where);
  }

  /** Every host-bearing value inside `value` (a URL, git remote, shorthand, descriptor, locator parameter). */
  value(value: string, where: string): void {
    for (const c of sourcesIn(value)) if (c.host !== undefined) this.host(c.host, where);
  }
}

/** Both sides of one file's change. The base side is empty for an added file or an unreadable base. */
export interface SourceSides {
  readonly base: SourceSites;
  readonly head: SourceSites;
}

export function sourceSides(): SourceSides {
  return { base: new SourceSites(), head: new SourceSites() };
}

/** The decision: a head host outside the allow list is a deny when the base has no such host, else one high finding per file. */
export function reviewSourceHosts(file: string, sides: SourceSides, allow: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const existing: string[] = [];
  for (const [host, where] of [...sides.head.hosts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (hostAllowed(allow, host)) continue;
    if (sides.base.hosts.has(host)) {
      existing.push(host);
      continue;
    }
    out.push(sourceHosts.finding('dependency_host_not_allowed', 'deny', `${file}: dependency confusion: resolved host ${quoteValue(host)} is not in the network allow list (first at ${quoteValue(where, 120)}).`));
  }
  if (existing.length > 0) {
    const shown = existing.slice(0, 20).map((h) => quoteValue(h)).join(', ');
    const more = existing.length > 20 ? ` and ${existing.length - 20} more` : '';
    out.push(
      sourceHosts.finding(
        'dependency_host_not_allowed_existing',
        'high',
        `${file} still resolves packages from ${shown}${more}, outside the network allow list (already so in the base); extend the allow list or move those packages.`,
      ),
    );
  }
  return out;
}
