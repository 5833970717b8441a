import { defineRule } from '../rule.js';

export const lockfileSources = defineRule({
  id: 'dependencies/lockfile-sources',
  codes: ['dependency_insecure_source', 'dependency_git_source', 'dependency_file_source', 'dependency_exec_source', 'dependency_url_credentials', 'dependency_unknown_source'],
  summary: 'A new lockfile source that is not a registry download over TLS (plain http, git, a local file, exec:, a URL with credentials) is high; one that cannot be read is a deny.',
  fix: 'Resolve the package from the registry, or have the source approved.',
});
