// Build-tool wrappers (gradle-wrapper.properties, maven-wrapper.properties): the distribution the
// wrapper downloads and runs.

import { parseProperties } from '../../formats/ini.js';
import { defineRule } from '../rule.js';
import { byName, hostNote, type DependencyReviewer } from './reviewer.js';
import { reviewSettings, type Classifier } from './settings.js';
import { settingSources } from './walk.js';

export const wrappers = defineRule({
  id: 'dependencies/wrappers',
  codes: ['wrapper_distribution_url', 'wrapper_setting'],
  summary: 'A new or changed wrapper distribution URL (the build tool the wrapper downloads and runs) or checksum setting is high.',
  fix: 'Have the change approved; take the distribution from the official host with its checksum.',
});
type WrapperCode = (typeof wrappers.codes)[number];

function wrapperClassifier(allow: readonly string[]): Classifier<WrapperCode> {
  return (key, value) => {
    if (/^(distributionurl|wrapperurl)$/i.test(key)) {
      if (value === undefined) return { code: 'wrapper_setting', why: 'the wrapper no longer names its distribution' };
      return { code: 'wrapper_distribution_url', why: `the wrapper downloads and runs the build tool from there (toolchain hijack)${hostNote(value, allow)}` };
    }
    return { code: 'wrapper_setting', why: value === undefined ? 'a wrapper setting (such as the distribution checksum) was removed' : 'changes how the wrapper downloads or verifies the build tool' };
  };
}

export const WRAPPER_REVIEWERS: readonly DependencyReviewer[] = [
  {
    kind: 'wrapper-properties',
    matches: byName('gradle-wrapper.properties', 'maven-wrapper.properties'),
    // The distribution is downloaded from there: a source, as a registry is.
    sources: settingSources(parseProperties, (key) => /^(distributionurl|wrapperurl)$/i.test(key)),
    review: (base, head, { file, allow }) => reviewSettings(wrappers, file, parseProperties(base ?? ''), parseProperties(head ?? ''), wrapperClassifier(allow)),
  },
];
