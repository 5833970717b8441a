// pnpm: pnpm-lock.yaml (tarball and repository sources, package keys that name a source). Its
// findings are the shared lockfile rules'.

import { unquote, forEachLine } from '../../formats/lines.js';
import { afterPackageName } from '../../formats/sources.js';
import { lockfileReviewer, type Collector } from './lockfile.js';
import { byName, type DependencyReviewer } from './reviewer.js';

// Flow-mapping pairs; YAML keys may be quoted (`{"tarball": "https://..."}`).
const PNPM_PAIR = /('[^']*'|"[^"]*"|[\w@./-]+)\s*:\s*('[^']*'|"[^"]*"|[^,}\s]+)/g;
const PNPM_GIT_HOST_PATH = /^(github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)\//i;
const PNPM_SKIP_KEYS = new Set(['deprecated', 'integrity', 'checksum', 'homepage', 'funding']);

function pnpmPair(c: Collector, key: string, raw: string, where: string): void {
  const value = unquote(raw);
  if (value === '' || PNPM_SKIP_KEYS.has(key)) return;
  if (key === 'tarball' || key === 'repo') c.resolved(value, where);
  else if (PNPM_GIT_HOST_PATH.test(value)) c.record({ kind: 'git', host: value.slice(0, value.indexOf('/')).toLowerCase(), spec: value }, where);
  else c.spec(value, where);
}

function scanPnpmLock(text: string, c: Collector): void {
  forEachLine(text, (line, n) => {
    const colon = line.indexOf(':');
    if (colon < 0) return;
    const t = line.trim();
    if (t.startsWith('#')) return;
    const where = `line ${n}`;
    if (t.endsWith(':')) {
      // A mapping key: package keys "/name@1.0.0", "name@https://...", "github.com/user/repo/sha", "'name@git+https://...'"
      const key = unquote(t.slice(0, -1));
      if (PNPM_GIT_HOST_PATH.test(key)) c.record({ kind: 'git', host: key.slice(0, key.indexOf('/')).toLowerCase(), spec: key }, where);
      else {
        const source = afterPackageName(key.startsWith('/') ? key.slice(1) : key);
        if (source !== null) c.spec(source, where);
      }
      return;
    }
    const m = /^(-\s+)?('[^']*'|"[^"]*"|[^\s:'"][^:]*?):\s+(.*)$/.exec(t);
    if (!m) return;
    const key = unquote(m[2]!);
    const rest = m[3]!.trim();
    if (rest.startsWith('{')) {
      for (const p of rest.matchAll(PNPM_PAIR)) pnpmPair(c, unquote(p[1]!), p[2]!, where);
    } else pnpmPair(c, key, rest, where);
  });
}

export const PNPM_REVIEWERS: readonly DependencyReviewer[] = [lockfileReviewer('pnpm-lock', byName('pnpm-lock.yaml'), scanPnpmLock)];
