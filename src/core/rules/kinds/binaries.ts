import { defineRule } from '../rule.js';

export const binaries = defineRule({
  id: 'kinds/binaries',
  codes: ['native_binary', 'lfs_pointer', 'binary_content'],
  summary: 'A native executable or library (ELF, PE, Mach-O) is high and the reason names its format; a Git LFS pointer hides its content from review (high); other binary content is at least medium, since content rules cannot see inside it.',
  fix: 'Build binaries in CI from reviewed source instead of committing them, or have a person approve the change.',
});
