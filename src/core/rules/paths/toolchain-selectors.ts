import { defineRule } from '../rule.js';

export const toolchainSelectors = defineRule({
  id: 'paths/toolchain-selectors',
  codes: ['protected_toolchain_selector'],
  summary: 'Toolchain selectors (.nvmrc, .node-version, .python-version, rust-toolchain, .tool-versions, mise, JVM options, ...) make a version manager or setup action select, and often download, another toolchain: always high.',
  fix: 'Have a person review and approve the toolchain change.',
});
