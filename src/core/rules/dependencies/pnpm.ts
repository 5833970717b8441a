// pnpm: pnpm-lock.yaml (tarball and repository sources, package keys that name a source), read as YAML
// with the parser pnpm itself reads it with (js-yaml, through Yarn's parser package). Its findings are
// the shared lockfile rules'.

import { parseSyml } from '@yarnpkg/parsers';
import { isObj } from '../../json.js';
import { afterPackageName } from '../../formats/sources.js';
import { lockfileReviewer, type Collector } from './lockfile.js';
import { byName, type DependencyReviewer } from './reviewer.js';
import { inertKeys, keyPath } from './walk.js';

const PNPM_GIT_HOST_PATH = /^(github\.com|gitlab\.com|bitbucket\.org|codeload\.github\.com)\//i;
const PNPM_SKIP_KEYS = new Set(['deprecated', 'integrity', 'checksum', 'homepage', 'funding']);
/** Yarn's parser reads a file that opens with this comment with its yarn v1 grammar; pnpm never writes it. */
const YARN_V1_HEADER = /^(#.*(\r?\n))*?#\s+yarn\s+lockfile\s+v1\r?\n/i;

function pnpmPair(c: Collector, key: string, value: string, where: string): void {
  if (value === '' || PNPM_SKIP_KEYS.has(key)) return;
  if (key === 'tarball' || key === 'repo') c.resolved(value, where);
  else if (PNPM_GIT_HOST_PATH.test(value)) c.record({ kind: 'git', host: value.slice(0, value.indexOf('/')).toLowerCase(), spec: value }, where);
  else c.spec(value, where);
}

/** A mapping key: package keys "/name@1.0.0", "name@https://...", "github.com/user/repo/sha", "name@git+https://...". */
function pnpmKey(c: Collector, key: string, where: string): void {
  if (PNPM_GIT_HOST_PATH.test(key)) c.record({ kind: 'git', host: key.slice(0, key.indexOf('/')).toLowerCase(), spec: key }, where);
  else {
    const source = afterPackageName(key.startsWith('/') ? key.slice(1) : key);
    if (source !== null) c.spec(source, where);
  }
}

function scanPnpmLock(text: string, c: Collector): void {
  if (YARN_V1_HEADER.test(text)) {
    c.error = 'the file opens with a yarn v1 lockfile header, which pnpm never writes';
    return;
  }
  let doc: unknown;
  try {
    doc = parseSyml(text);
  } catch (err) {
    c.error = `not valid YAML: ${(err as Error).message.split('\n')[0]}`;
    return;
  }
  // Every mapping: its keys that hold a mapping are package keys or sections, its string pairs sources or specs.
  const seen = new WeakSet<object>();
  const stack: { v: unknown; path: string[] }[] = [{ v: doc, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, path: [...path, `[${i}]`] }));
      continue;
    }
    if (!isObj(v)) continue;
    for (const key of Object.keys(v)) {
      const x = v[key];
      const at = [...path, key];
      if (typeof x === 'string') pnpmPair(c, key, x, keyPath(at));
      else {
        if (path.length > 0) pnpmKey(c, key, keyPath(at));
        stack.push({ v: x, path: at });
      }
    }
  }
  c.walk(doc, { shared: true, inert: PNPM_INERT });
}

/** A deprecation notice is prose; in a dependency map the key is a package name. */
const PNPM_INERT = inertKeys(['deprecated'], ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'overrides', 'transitivePeerDependencies']);

export const PNPM_REVIEWERS: readonly DependencyReviewer[] = [lockfileReviewer('pnpm-lock', byName('pnpm-lock.yaml'), scanPnpmLock)];
