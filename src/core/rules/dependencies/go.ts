// Go: go.mod and go.work (replace directives, go and toolchain lines) and go.env (GOPROXY, GOFLAGS,
// checksum and private-module settings, GOTOOLCHAIN).

import { parseGoEnv } from '../../formats/ini.js';
import { goLocalPath, goVersionAbove, readGoMod, type GoModFile, type GoToolchainLine } from '../../formats/go-mod.js';
import { quoteValue } from '../../text.js';
import { defineRule, type Finding } from '../rule.js';
import { byName, hostNote, type DependencyReviewer } from './reviewer.js';
import { reviewSettings, type Classifier } from './settings.js';
import { settingSources } from './walk.js';
import { lockfileReviewer, tomlLocked, type Collector } from './lockfile.js';

export const go = defineRule({
  id: 'dependencies/go',
  codes: ['go_mod_unparseable', 'go_replace', 'go_replace_local', 'go_replace_unrecognised', 'go_toolchain', 'go_env_proxy', 'go_env_checksum', 'go_env_setting'],
  summary: 'New replace directives (module paths are identities fetched through GOPROXY, not hosts), raised go and toolchain lines in go.mod / go.work, and go.env settings that change where modules come from or which toolchain runs are high.',
  fix: 'Have the change approved; keep module sources and toolchains as the base has them.',
});
type GoCode = (typeof go.codes)[number];

/**
 * go.mod and go.work: a new or changed `replace` swaps a module's code for another module's or for a
 * local directory (high). Where modules are fetched from is go.env's and the environment's concern.
 */
function reviewGoMod(file: string, baseText: string | null, headText: string | null): Finding[] {
  if (headText === null) return [];
  const head = readGoMod(headText);
  if (typeof head === 'string') {
    return [go.finding('go_mod_unparseable', 'deny', `${file} could not be read (${quoteValue(head)}), so its replace directives cannot be checked against the network allow list.`)];
  }
  const parsedBase = baseText === null ? null : readGoMod(baseText);
  const base: GoModFile = parsedBase === null || typeof parsedBase === 'string' ? { replaces: [], toolchains: [] } : parsedBase;
  const before = new Set(base.replaces.map((r) => `${r.old}\n${r.to}\n${r.version}`));
  const out: Finding[] = reviewGoToolchains(file, base.toolchains, head.toolchains);
  for (const r of head.replaces) {
    if (before.has(`${r.old}\n${r.to}\n${r.version}`)) continue;
    const what = `${file} line ${r.line}: replace ${quoteValue(r.old)} => ${quoteValue(r.version ? `${r.to} ${r.version}` : r.to)}`;
    if (goLocalPath(r.to)) {
      out.push(go.finding('go_replace_local', 'high', `${what}: the build uses the code in that local directory instead of the module.`));
      continue;
    }
    // A module path is an identity, not a host: every module, this one too, comes through GOPROXY (and
    // the checksum database), which go.env and the environment decide. Swapping one module for another
    // is high; a path go itself would refuse (`@`, no dot in the first element) is a deny.
    if (!/^[^/@:\\]+\.[^/@:\\]+(\/[^@\\]*)?$/.test(r.to)) {
      out.push(go.finding('go_replace_unrecognised', 'deny', `${what}: the replacement is neither a local directory nor a module path.`));
    } else {
      out.push(go.finding('go_replace', 'high', `${what}: the build uses another module's code in place of this one (fetched through the module proxy like every module).`));
    }
  }
  return out;
}

/**
 * `go` and `toolchain` lines. With GOTOOLCHAIN=auto (go's default since 1.21), a go line above the installed
 * go, or a toolchain line naming a newer one, makes every go command download that toolchain (the module
 * golang.org/toolchain, through GOPROXY) and run it: a new or raised one changes the compiler that builds
 * and tests the code. A lowered or unchanged line downloads nothing; `toolchain default` names the installed one.
 */
function reviewGoToolchains(file: string, base: readonly GoToolchainLine[], head: readonly GoToolchainLine[]): Finding[] {
  const out: Finding[] = [];
  for (const t of head) {
    const before = base.filter((b) => b.verb === t.verb).map((b) => b.value);
    if (before.includes(t.value)) continue;
    if (t.verb === 'toolchain' && t.value === 'default') continue;
    if (t.verb === 'go' && before.length > 0 && !goVersionAbove(t.value, before)) continue;
    const was = before.length === 0 ? 'new' : `was ${before.map((b) => quoteValue(b)).join(', ')}`;
    const what = t.verb === 'go' ? 'go 1.21 and later download and run a toolchain at least this new when the installed one is older' : 'go 1.21 and later download and run this toolchain when it is newer than the installed one';
    out.push(go.finding('go_toolchain', 'high', `${file} line ${t.line}: ${t.verb} ${quoteValue(t.value)} (${was}): ${what} (GOTOOLCHAIN=auto, the default), so it changes the compiler that builds and tests the code.`));
  }
  return out;
}

function goEnvClassifier(allow: readonly string[]): Classifier<GoCode> {
  return (key, value) => {
    const k = key.toUpperCase();
    if (!/^(GOPROXY|GONOPROXY|GOPRIVATE|GONOSUMDB|GONOSUMCHECK|GOSUMDB|GOINSECURE|GOFLAGS|GOTOOLCHAIN|GOAUTH|GOVCS)$/.test(k)) {
      return value === undefined ? null : { code: 'go_env_setting', why: 'go reads this for every build' };
    }
    if (k === 'GOPROXY') {
      const notes = (value ?? '')
        .split(/[,|]/)
        .map((u) => hostNote(u.trim(), allow))
        .filter((x) => x !== '');
      return { code: 'go_env_proxy', why: `modules now resolve from there (dependency confusion)${notes.join('')}` };
    }
    if (k === 'GOSUMDB' || k === 'GONOSUMDB' || k === 'GONOSUMCHECK' || k === 'GOINSECURE') {
      return { code: 'go_env_checksum', why: 'changes which modules are verified against the checksum database or fetched without TLS' };
    }
    if (k === 'GONOPROXY' || k === 'GOPRIVATE') return { code: 'go_env_proxy', why: 'modules matching these patterns are fetched directly from their hosts, bypassing the proxy and the checksum database' };
    return { code: 'go_env_setting', why: 'changes how go fetches modules or which toolchain it downloads and runs' };
  };
}

// go.env: where modules and checksums are fetched from (GOPROXY, GOSUMDB) are sources; module paths in
// go.mod are identities fetched through them, so go.mod has no source reader. go.sum holds hashes only.

/**
 * Gopkg.lock and Gopkg.toml (golang/dep, before modules): TOML whose `source` fields name where a project
 * is fetched from instead of its import path. Every URL in them is a source.
 */
function scanGopkg(text: string, c: Collector): void {
  const parsed = tomlLocked(text, c);
  if (parsed !== null) c.walk(parsed.doc);
}

export const GO_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('gopkg', byName('gopkg.lock', 'gopkg.toml'), scanGopkg),
  {
    kind: 'go-mod',
    matches: byName('go.mod', 'go.work'),
    review: (base, head, { file }) => reviewGoMod(file, base, head),
    unreadable: ({ file }) => [go.finding('go_mod_unparseable', 'deny', `${file} could not be read (it is not UTF-8 text or is too large to read), so its replace directives cannot be checked against the network allow list.`)],
  },
  { kind: 'go-env', matches: byName('go.env'), sources: settingSources(parseGoEnv, (key) => /^(GOPROXY|GOSUMDB)$/i.test(key), /[,|\s]/), review: (base, head, { file, allow }) => reviewSettings(go, file, parseGoEnv(base ?? ''), parseGoEnv(head ?? ''), goEnvClassifier(allow)) },
];
