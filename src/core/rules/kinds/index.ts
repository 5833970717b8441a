// The kinds family: what a changed entry is beyond its path (a link, a submodule, its mode, binary content).
import type { RuleFamily } from '../registry.js';
import { binaries } from './binaries.js';
import { changeSet } from './change-set.js';
import { modes } from './modes.js';
import { notAFile } from './not-a-file.js';
import { submodules } from './submodules.js';
import { symlinks } from './symlinks.js';

export { binaries, changeSet, modes, notAFile, submodules, symlinks };

export const KIND_RULES: RuleFamily = Object.freeze({
  id: 'kinds',
  title: 'File kinds',
  doc: 'Runs on every changed entry in guard-diff, the approval gate and `agent-guard check`, from the modes git reports and the head blobs: symlinks and their targets, submodules, modes and type changes, binary and native executable content. Each raises the tier or denies, never lowers it.',
  rules: [symlinks, notAFile, submodules, modes, binaries, changeSet],
});
