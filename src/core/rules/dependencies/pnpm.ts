// pnpm: pnpm-lock.yaml, parsed with the one YAML loader (src/core/yaml.ts: explicit `? key` entries,
// values on the next line, flow mappings and quoting read as YAML reads them). Its findings are the
// shared lockfile rules'; its hosts go to the source-host rule.

import { loadDocument } from '../../yaml.js';
import { MAX_LOCKFILE_CHARS, lockfileReviewer, walkJson, type Collector } from './lockfile.js';
import { byName, type DependencyReviewer } from './reviewer.js';

/** Older lockfiles key git dependencies as `github.com/user/repo/sha`: a host with no scheme. */
const PNPM_GIT_HOST_PATH = /^\/?(github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)\//i;

/**
 * `tarball` and `repo` must name a source; every other value and every key (package keys such as
 * `name@https://...` or `/name@1.0.0(peer@2.0.0)`) is read for host-bearing values, whatever it sits under.
 */
function scanPnpmLock(text: string, c: Collector): void {
  const r = loadDocument(text, 'pnpm-lock.yaml', { maxBytes: MAX_LOCKFILE_CHARS * 4, maxNodes: 50_000_000, maxDepth: 64 });
  if (!r.ok) {
    const p = r.problems[0]!;
    c.error = `not YAML the loader accepts: ${p.code}: ${p.message}${p.location?.line !== undefined ? ` at line ${p.location.line}` : ''}`;
    return;
  }
  walkJson(
    r.doc.value,
    (value, where) => {
      const key = where.slice(where.lastIndexOf('.') + 1);
      const host = PNPM_GIT_HOST_PATH.exec(value);
      if (host) c.record({ kind: 'git', host: host[1]!.toLowerCase(), spec: value }, where);
      else if (where.endsWith('.tarball') || where.endsWith('.repo')) c.resolved(value, where);
      else c.value(key === value ? value.replace(/^\//, '') : value, where);
    },
    undefined,
    true,
  );
}

export const PNPM_REVIEWERS: readonly DependencyReviewer[] = [lockfileReviewer('pnpm-lock', byName('pnpm-lock.yaml'), scanPnpmLock)];
