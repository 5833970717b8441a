// The dependency review's entry, kept for callers and tests that name it: the family itself lives in
// src/core/rules/dependencies/ (one reviewer per ecosystem) and the format readers in src/core/formats/.

export { dependencyFileKind, isDependencyFile, lockfileHosts, reviewDependencyChange, MAX_LOCKFILE_CHARS } from './rules/dependencies/index.js';
export type { DependencyChangeOptions, DependencyFileKind, LockfileScan, LockSource } from './rules/dependencies/index.js';
export { tomlSettings } from './formats/toml-settings.js';
export type { Finding, FindingSeverity } from './rules/rule.js';
