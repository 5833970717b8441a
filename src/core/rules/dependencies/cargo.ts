// Cargo: Cargo.lock (registry and git sources), Cargo.toml (git, path and registry dependencies, patches)
// and .cargo/config.toml (rustc wrappers, runners and
// linkers, registries and source replacement).

import { classifySource } from '../../formats/sources.js';
import { isTable, parseToml, type TomlTable } from '../../toml.js';
import { defineRule } from '../rule.js';
import { lockfileReviewer, tomlLocked, tomlPackages, type Collector } from './lockfile.js';
import { inertKeys, pick, settingSources } from './walk.js';
import { tomlSettings } from '../../formats/toml-settings.js';
import { byName, firstUrlNote, type DependencyReviewer } from './reviewer.js';
import { reviewTomlSettings, type Classifier } from './settings.js';

export const cargo = defineRule({
  id: 'dependencies/cargo',
  codes: ['cargo_rustc_wrapper', 'cargo_runner', 'cargo_registry', 'cargo_setting', 'cargo_config_unparseable', 'cargo_dependency_source', 'cargo_manifest_unparseable'],
  summary: 'New or changed .cargo/config.toml settings are high (wrappers, runners and linkers run on every build, registries and source replacement redirect crates), and so are Cargo.toml dependencies from git, a path or another registry, and its [patch] and [replace] tables.',
  fix: 'Have the change approved; keep toolchain wrappers and registries out of an agent change.',
});
type CargoCode = (typeof cargo.codes)[number];

/** Cargo's canonical id of crates.io: what Cargo.lock writes for crates.io whatever the protocol. */
const CRATES_IO_SOURCE = 'registry+https://github.com/rust-lang/crates.io-index';

function cargoSource(c: Collector, src: string, where: string): void {
  if (src === CRATES_IO_SOURCE) {
    c.record({ kind: 'https', host: 'crates.io', spec: src }, where);
    return;
  }
  const m = /^(registry|sparse)\+(.*)$/.exec(src);
  if (m) {
    const k = classifySource(m[2]!);
    if (k === null) c.source({ kind: 'unknown', spec: src }, where);
    else c.record(k, where);
    return;
  }
  // git+https://host/repo?branch=x#sha, git+ssh://..., git+file://... (classify reads the scheme)
  if (/^git\+/i.test(src)) c.resolved(src, where);
  else c.source({ kind: 'unknown', spec: src }, where);
}

function scanCargoLock(text: string, c: Collector): void {
  const parsed = tomlLocked(text, c);
  if (parsed === null) return;
  const { doc, at } = parsed;
  const tables: TomlTable[] = [...tomlPackages(doc, c, true)];
  // [[patch.unused]] entries carry sources too.
  if (isTable(doc.patch) && Array.isArray(doc.patch.unused)) tables.push(...doc.patch.unused.filter(isTable));
  for (const pkg of tables) {
    const where = at(pkg, 'source', typeof pkg.name === 'string' ? pkg.name : 'package');
    if (pkg.source !== undefined) {
      if (typeof pkg.source === 'string') cargoSource(c, pkg.source, where);
      else c.source({ kind: 'unknown', spec: JSON.stringify(pkg.source) }, where);
    }
    // Lockfile version 1: "name version (source)" in dependency lists.
    if (Array.isArray(pkg.dependencies)) {
      for (const d of pkg.dependencies) {
        const m = typeof d === 'string' ? /\(([^()]+)\)\s*$/.exec(d) : null;
        if (m) cargoSource(c, m[1]!, at(pkg, 'dependencies', where));
      }
    }
  }
  // crates.io's canonical source id stands for crates.io, whatever host it spells (see cargoSource).
  c.walk(doc, { inert: CARGO_LOCK_INERT, rewrite: (v) => (v.includes(CRATES_IO_SOURCE) ? v.split(CRATES_IO_SOURCE).join('crates-io') : v) });
}


/** Prose, not a source (Cargo writes none in Cargo.lock; a hand-written one is read as text). */
const CARGO_LOCK_INERT = inertKeys(['description']);

function cargoClassifier(allow: readonly string[]): Classifier<CargoCode> {
  return (key, value) => {
    if (value === undefined) return null;
    const k = key.toLowerCase();
    if (/^build\.(rustc-wrapper|rustc-workspace-wrapper|rustc|rustdoc)$/.test(k)) return { code: 'cargo_rustc_wrapper', why: 'cargo runs this program for every compilation (toolchain hijack)' };
    if (/^(target\..+|host(\..+)?)\.(runner|linker|ar)$/.test(k)) return { code: 'cargo_runner', why: 'cargo runs this program to link or run every binary and test' };
    // [patch.<registry>] in a config file (Cargo >= 1.56) swaps crates for other sources, as in Cargo.toml.
    if (/^(registries|registry|source|patch)(\.|$)/.test(k)) return { code: 'cargo_registry', why: `crates now resolve from a different registry or source (dependency confusion)${firstUrlNote(value, allow)}` };
    return { code: 'cargo_setting', why: 'cargo configuration applies to every build' };
  };
}

/** .cargo/config.toml: registries, source replacement and patches name where crates come from. */
const cargoConfigSources = settingSources((t) => tomlSettings(t), (key) => /^(registries|registry|source|patch)(\.|$)/i.test(key) && !/(token|credential-provider)$/i.test(key));

/** Cargo.toml tables that declare dependencies (also under `target.<cfg>.` and `workspace.`) and replace them. */
const CARGO_DEPENDENCY_KEY = /^(?:(?:target\.[^.]+|workspace)\.)?(?:dependencies|dev-dependencies|dev_dependencies|build-dependencies|build_dependencies)\.|^(?:patch|replace)\./;

/**
 * Cargo.toml: a dependency from git, a local path or another registry, and any [patch] or [replace]
 * entry, is high when new or changed; a plain version from crates.io is not.
 */
function cargoManifestClassifier(allow: readonly string[]): Classifier<CargoCode> {
  return (key, value) => {
    if (value === undefined || !CARGO_DEPENDENCY_KEY.test(key)) return null;
    if (/^(patch|replace)\./.test(key)) return { code: 'cargo_dependency_source', why: `cargo builds this in place of the crate it patches or replaces${firstUrlNote(value, allow)}` };
    if (/\.git$/.test(key)) return { code: 'cargo_dependency_source', why: `the crate is fetched from that git repository, not crates.io, and its build script runs${firstUrlNote(value, allow)}` };
    if (/\.path$/.test(key)) return { code: 'cargo_dependency_source', why: 'the crate is built from that local directory' };
    if (/\.(registry|registry-index)$/.test(key)) return { code: 'cargo_dependency_source', why: `the crate comes from another registry than crates.io${firstUrlNote(value, allow)}` };
    return null;
  };
}

/** Cargo.toml's dependency, patch and replace tables: every key (a [patch."https://..."] source) and value. */
function cargoManifestSources(text: string, c: Collector): void {
  const r = parseToml(text);
  if (!r.ok) {
    c.error = r.reason;
    return;
  }
  const doc = r.value;
  const paths: string[][] = [['patch'], ['replace'], ['workspace', 'dependencies'], ['target']];
  for (const t of ['dependencies', 'dev-dependencies', 'dev_dependencies', 'build-dependencies', 'build_dependencies']) paths.push([t]);
  c.walk(pick(doc, paths));
}

export const CARGO_REVIEWERS: readonly DependencyReviewer[] = [
  lockfileReviewer('cargo-lock', byName('cargo.lock'), scanCargoLock),
  { kind: 'cargo-toml', matches: byName('cargo.toml'), sources: cargoManifestSources, review: (base, head, { file, allow }) => reviewTomlSettings(cargo, 'cargo_manifest_unparseable', file, base, head, cargoManifestClassifier(allow)) },
  {
    kind: 'cargo-config',
    matches: (p, base) => (base === 'config.toml' || base === 'config') && /(^|\/)\.cargo\/config(\.toml)?$/.test(p),
    sources: cargoConfigSources,
    review: (base, head, { file, allow }) => reviewTomlSettings(cargo, 'cargo_config_unparseable', file, base, head, cargoClassifier(allow)),
  },
];
