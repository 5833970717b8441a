// Lockfiles whose every source is a URL in the JSON itself, read by walking it whole: deno.lock (the
// `remote` modules Deno fetches, keyed by URL; npm and jsr packages come from their registries) and
// SwiftPM's Package.resolved (each pin's `location`, or `repositoryURL` in version 1). Their findings
// are the shared lockfile rules'.

import { isObj } from '../../json.js';
import { lockfileReviewer, parseJsonDoc, type Collector } from './lockfile.js';
import { byName, type DependencyReviewer } from './reviewer.js';

function scanDenoLock(text: string, c: Collector): void {
  const doc = parseJsonDoc(text, c);
  if (doc !== null) c.walk(doc);
}

/**
 * Package.resolved: version 2 and 3 `pins[]`, version 1 `object.pins[]`. SwiftPM fetches every package
 * from its git repository (git is its registry), so a pin's host is checked and the pin is no "git
 * source" finding of its own.
 */
function scanPackageResolved(text: string, c: Collector): void {
  const doc = parseJsonDoc(text, c);
  if (doc === null) return;
  if (!Array.isArray(doc.pins) && !(isObj(doc.object) && Array.isArray(doc.object.pins))) {
    c.error = 'no "pins" list (version 2 or 3) or "object.pins" (version 1)';
    return;
  }
  c.walk(doc);
}

export const JSON_LOCKFILE_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('deno-lock', byName('deno.lock'), scanDenoLock),
  lockfileReviewer('swift-resolved', byName('package.resolved'), scanPackageResolved),
];
