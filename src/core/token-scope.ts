// What a granted token can do beyond what its capabilities say. `contents: write` (write_branch,
// modify_policy) is a repository-wide permission: GitHub cannot limit a token to paths, so the policy's
// `paths` for those capabilities are not in the token. They are enforced on the change instead, by
// guard-diff as a required check and by a push ruleset on the protected and high-tier paths. The grant
// says so every time, in its log line and summary, instead of letting "write_branch: src/**" read as a
// limit of the token. Pure: no I/O.

import type { Policy } from './policy.js';
import type { GrantedCapability } from './capability-request.js';

/** The sentence for a grant whose permissions include contents: write, or null when they do not. */
export function contentsScopeNote(granted: Record<string, string>, capabilities: readonly GrantedCapability[], policy: Policy, repository: string): string | null {
  if (granted.contents !== 'write') return null;
  const writers = capabilities
    .filter((c) => c.permissions.contents === 'write')
    .map((c) => {
      const paths = policy.capabilities[c.name]?.paths ?? [];
      return paths.length > 0 ? `${c.name} (policy paths ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', ...' : ''})` : c.name;
    });
  return (
    `token scope: contents: write${writers.length > 0 ? ` (from ${writers.join('; ')})` : ''} lets this token push any path of ${repository} to any branch no ruleset protects: ` +
    'a GitHub token cannot be limited by path. The paths are enforced on the change, not by the token: require guard-diff as a check on the default branch, ' +
    'and restrict the protected and high-tier paths with a push ruleset (agent-guard export --target ruleset)'
  );
}
