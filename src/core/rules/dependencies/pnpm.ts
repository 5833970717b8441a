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

/** Whether a string can be a source at all: every form classifySource reads has a `:`, a `//` or `\\\\`, or is a git host path. */
const maySource = (s: string) => s.indexOf(':') >= 0 || s.indexOf('//') >= 0 || s.indexOf('\\\\') >= 0 || PNPM_GIT_HOST_PATH.test(s);

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
  // Every mapping: its keys that hold a mapping are package keys or sections, its string pairs sources
  // or specs. Key paths are built only for what is recorded (a parent chain, not a copied path per key).
  interface Node {
    key: string;
    parent: Node | undefined;
  }
  const pathOf = (n: Node, key: string): string => {
    const keys = [key];
    for (let p: Node | undefined = n; p !== undefined && p.parent !== undefined; p = p.parent) keys.push(p.key);
    return keyPath(keys.reverse());
  };
  const seen = new WeakSet<object>();
  const stack: { v: unknown; node: Node }[] = [{ v: doc, node: { key: '', parent: undefined } }];
  while (stack.length > 0) {
    const { v, node } = stack.pop()!;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (typeof x === 'object' && x !== null) stack.push({ v: x, node: { key: `[${i}]`, parent: node } });
      });
      continue;
    }
    if (!isObj(v)) continue;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (typeof x === 'string') {
        if (x !== '' && !PNPM_SKIP_KEYS.has(key) && (key === 'tarball' || key === 'repo' || maySource(x))) pnpmPair(c, key, x, pathOf(node, key));
      } else {
        if (node.parent !== undefined && maySource(key)) pnpmKey(c, key, pathOf(node, key));
        if (typeof x === 'object' && x !== null) stack.push({ v: x, node: { key, parent: node } });
      }
    }
  }
  c.walk(doc, { shared: true, inert: PNPM_INERT });
}

/** A deprecation notice is prose; in a dependency map the key is a package name. */
const PNPM_INERT = inertKeys(['deprecated'], ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'overrides', 'transitivePeerDependencies']);

export const PNPM_REVIEWERS: readonly DependencyReviewer[] = [lockfileReviewer('pnpm-lock', byName('pnpm-lock.yaml'), scanPnpmLock)];
