// A `uses:` one typo away from a well-known action but owned by someone else (action/checkout for
// actions/checkout): whoever registered the misspelled name runs their code with the job's token.
// Offline the review cannot tell whether the name exists; a near miss under the same owner is not
// reported (that owner controls the name, and the reference only fails).
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, allUses, fileLabel } from '../model.js';

export const typosquatUses = defineRule({
  id: 'workflows/typosquat-uses',
  codes: ['workflow_typosquat_uses'],
  summary: 'A uses: names an action one typo (a missing, doubled, swapped or replaced character) away from a well-known action under a different owner, which may be a look-alike registered to catch the typo.',
  fix: 'Correct the owner/repository to the action you meant, pinned by commit SHA.',
});

/** Well-known actions (owner/repo, lower case). */
const KNOWN = [
  'actions/checkout', 'actions/setup-node', 'actions/setup-python', 'actions/setup-go', 'actions/setup-java', 'actions/setup-dotnet',
  'actions/cache', 'actions/upload-artifact', 'actions/download-artifact', 'actions/github-script', 'actions/labeler', 'actions/stale',
  'actions/create-github-app-token', 'actions/attest-build-provenance', 'actions/configure-pages', 'actions/deploy-pages', 'actions/upload-pages-artifact',
  'actions/dependency-review-action', 'actions/first-interaction', 'actions/setup-ruby', 'ruby/setup-ruby',
  'github/codeql-action', 'docker/login-action', 'docker/build-push-action', 'docker/setup-buildx-action', 'docker/setup-qemu-action', 'docker/metadata-action',
  'aws-actions/configure-aws-credentials', 'aws-actions/amazon-ecr-login', 'azure/login', 'google-github-actions/auth', 'google-github-actions/setup-gcloud',
  'hashicorp/setup-terraform', 'pypa/gh-action-pypi-publish', 'codecov/codecov-action', 'softprops/action-gh-release', 'peter-evans/create-pull-request',
  'dtolnay/rust-toolchain', 'swatinem/rust-cache', 'pnpm/action-setup', 'oven-sh/setup-bun', 'astral-sh/setup-uv', 'golangci/golangci-lint-action',
  'goreleaser/goreleaser-action', 'gradle/actions', 'shivammathur/setup-php', 'subosito/flutter-action', 'ossf/scorecard-action', 'step-security/harden-runner',
  'sigstore/cosign-installer', 'anchore/sbom-action', 'aquasecurity/trivy-action', 'changesets/action', 'denoland/setup-deno', 'erlef/setup-beam',
  'msys2/setup-msys2', 'ilammy/msvc-dev-cmd', 'microsoft/setup-msbuild', 'mozilla-actions/sccache-action', 'taiki-e/install-action', 'jdx/mise-action',
];
const KNOWN_SET = new Set(KNOWN);

/** One omission, repetition, adjacent swap or substitution apart (Damerau distance 1). */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]] && a[diff[1]] === b[diff[0]!];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

export const typosquatUsesCheck: WorkflowCheck = {
  rule: typosquatUses,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    for (const uses of new Set(allUses(m))) {
      if (uses.trim().startsWith('./') || uses.trim().startsWith('$/') || uses.trim().toLowerCase().startsWith('docker://')) continue;
      const slug = actionName(uses).split('/').slice(0, 2).join('/');
      if (KNOWN_SET.has(slug)) continue;
      const owner = slug.split('/')[0];
      const like = KNOWN.find((k) => k.split('/')[0] !== owner && oneTypoApart(slug, k));
      if (like === undefined) continue;
      emit(typosquatUses, 'workflow_typosquat_uses', `${fileLabel(m)} uses ${quoteValue(uses.trim())}, one typo away from the well-known ${quoteValue(like)} under a different owner; a look-alike name runs its owner's code with the job's token.`, { detail: slug });
    }
  },
};
