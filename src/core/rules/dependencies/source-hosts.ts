import { defineRule } from '../rule.js';

export const sourceHosts = defineRule({
  id: 'dependencies/source-hosts',
  codes: ['dependency_host_not_allowed', 'dependency_host_not_allowed_existing'],
  summary: 'A dependency source host outside the network allow list, new in the head, is a deny (dependency confusion); one already in the base is reported once per file as high.',
  fix: 'Resolve the package from an allowed registry, or add its host to the network allow list of the policy.',
});
