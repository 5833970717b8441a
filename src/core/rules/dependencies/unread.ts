// A file identified as a dependency manifest or lockfile by its name (src/core/identify/dependencies.ts)
// that no reviewer of this family reads: its sources cannot be checked, so a change to it is high and
// says so, never the medium its name alone would give.

import { isDependencyName } from '../../identify/dependencies.js';
import { defineRule } from '../rule.js';
import type { DependencyReviewer } from './reviewer.js';

export const unreadManifests = defineRule({
  id: 'dependencies/unread-manifests',
  codes: ['dependency_file_no_reader'],
  summary: 'A changed dependency manifest or lockfile that no reviewer reads (its name is known, its format is not read here) is high: the sources it names cannot be checked against the network allow list.',
  fix: 'Have the change approved, or commit the lockfile of a package manager whose lockfile is read.',
});

export const UNREAD_REVIEWER: DependencyReviewer = {
  kind: 'unread-manifest',
  matches: (lowerPath) => isDependencyName(lowerPath.split('/')),
  review: (_base, head, { file }) =>
    head === null
      ? []
      : [unreadManifests.finding('dependency_file_no_reader', 'high', `${file} is a dependency manifest or lockfile with no reader here, so the sources it names cannot be checked against the network allow list.`)],
  unreadable: ({ file }) => [unreadManifests.finding('dependency_file_no_reader', 'high', `${file} is a dependency manifest or lockfile that could not be read as text, so the sources it names cannot be checked against the network allow list.`)],
};
