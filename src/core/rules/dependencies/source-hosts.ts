import { defineRule } from '../rule.js';

export const sourceHosts = defineRule({
  id: 'dependencies/source-hosts',
  codes: ['dependency_host_not_allowed', 'dependency_host_not_allowed_existing'],
  summary: 'A source host outside the network allow list, new in the head, is a deny in every ecosystem (dependency confusion): any host a lockfile names under any key (values, keys, locator parameters), and the hosts of the dependency, registry and index settings of manifests and configuration files; one a lockfile already named in the base is reported once per file as high.',
  fix: 'Resolve the package from an allowed registry, or add its host to the network allow list of the policy.',
});
