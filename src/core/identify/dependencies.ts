// Dependency manifests and lockfiles, by folded base name: what a package manager installs from. Those
// the dependency review reads are medium (the tier of a dependency change) and their content review
// escalates what it finds; those it has no reader for are high, since where they install from is not
// checked.

import { isDependencyFile } from '../rules/dependencies/index.js';

const NAMES: ReadonlySet<string> = new Set([
  'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock',
  'jsr.json', 'bower.json', 'go.mod', 'go.sum', 'go.work.sum', 'gopkg.toml', 'gopkg.lock', 'glide.yaml', 'glide.lock', 'cargo.toml',
  'cargo.lock', 'pyproject.toml', 'poetry.lock', 'uv.lock', 'pdm.lock', 'pipfile', 'pipfile.lock', 'pylock.toml', 'environment.yml',
  'environment.yaml', 'conda-lock.yml', 'gemfile', 'gemfile.lock', 'gems.rb', 'gems.locked', 'composer.json', 'composer.lock',
  'pom.xml', 'gradle.lockfile', 'packages.config', 'packages.lock.json', 'paket.dependencies', 'paket.lock', 'mix.lock',
  'pubspec.yaml', 'pubspec.lock', 'package.resolved', 'podfile.lock', 'cartfile', 'cartfile.resolved', 'vcpkg.json', 'conanfile.txt',
  'flake.lock', 'renv.lock', 'description', 'stack.yaml', 'stack.yaml.lock', 'cabal.project', 'cabal.project.freeze', 'shard.yml',
  'shard.lock', 'gleam.toml', 'manifest.toml', 'project.toml', 'chart.yaml', 'requirements.yaml', 'galaxy.yml', 'jsonnetfile.json',
  'jsonnetfile.lock.json', 'libman.json', '.terraform.lock.hcl', 'dependencies.yml', 'build.zig.zon', 'elm.json', 'esy.json', 'rockspec', 'anaconda-project.yml',
]);
/** requirements.txt, requirements-dev.txt, requirements/base.txt, constraints.txt, *.gemspec, *.cabal, *.rockspec, *.nuspec. */
const PATTERN = /^(?:(?:requirements|constraints)(?:[._-][a-z0-9._-]*)?\.(?:txt|in)|[^/]+\.(?:gemspec|cabal|rockspec|nuspec)|pylock\.[a-z0-9_-]+\.toml)$/;

export function isDependencyName(segments: readonly string[]): boolean {
  const name = segments[segments.length - 1]!;
  if (NAMES.has(name) || PATTERN.test(name)) return true;
  // pip's requirements directories: requirements/dev.txt
  return segments.length >= 2 && segments[segments.length - 2] === 'requirements' && /\.(?:txt|in)$/.test(name);
}

/**
 * go.sum and go.work.sum hold module hashes only: what go.mod names is fetched through GOPROXY and checked
 * against them, so a change to one can only make a fetch fail, never redirect it. They need no reader.
 */
const HASHES_ONLY: ReadonlySet<string> = new Set(['go.sum', 'go.work.sum']);

/** Whether the dependency review reads this manifest or lockfile (or it names no source at all). */
export function hasDependencyReader(segments: readonly string[]): boolean {
  return HASHES_ONLY.has(segments[segments.length - 1]!) || isDependencyFile(segments.join('/'));
}
