import { defineRule } from '../rule.js';

// The decision itself is src/core/identify/ (pure, by path); this is its entry in the catalogue.
export const identify = defineRule({
  id: 'paths/identify',
  codes: [
    'content_source',
    'content_docs',
    'content_test',
    'content_asset',
    'content_data',
    'dependency_manifest',
    'tool_config',
    'ci_service_config',
    'build_script',
    'review_config',
    'dotfile',
    'rc_file',
    'root_config',
    'unidentified',
  ],
  summary:
    'A directory-wide tier glob (docs/**, **/*.md) or default_tier gives its tier only to files identified as source, documentation, tests, assets or data; dependency manifests, build scripts and the configuration of tools a person or workflow invokes are at least medium; files tools load on their own by name (dotfiles, *rc, root configuration, editor-loaded and CI-service configuration, review assignments) and unidentified files are high.',
  fix: 'Name the file in the policy by exact path or a narrow pattern (jest.config.*, not test/**) to give it another tier.',
});
