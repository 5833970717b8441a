// Organisation coverage, as a pure function of facts the GitHub adapter collected per repository: is the
// guard enrolled (a valid policy on the default branch, its checks required by a ruleset or branch
// protection, no long-lived write credentials in workflows), and must it be (a custom property says so).
// Enrolment is judged by positive identification: a fact that could not be read is "unknown", never "yes".

import { oneLine } from './text.js';

/** What a required-check fact is made of: which contexts are required, and where that was read. */
export interface RequiredChecks {
  contexts: string[];
  /** Where the requirement comes from; empty when nothing requires a check. */
  sources: Array<'ruleset' | 'branch-protection'>;
}

export interface WorkflowFacts {
  path: string;
  /** `uses:` of agent-guard's request-capability action. */
  usesRequestCapability: boolean;
  /** `secrets.NAME` references whose name reads like a credential (other than GITHUB_TOKEN). */
  credentialSecrets: string[];
}

export interface RepositoryFacts {
  fullName: string;
  defaultBranch: string;
  archived: boolean;
  /** Custom property values, by property name. */
  properties: Record<string, string | string[] | null>;
  policy: { state: 'valid'; version: number; sha: string } | { state: 'missing' } | { state: 'invalid'; problem: string } | { state: 'unknown'; problem: string };
  requiredChecks: RequiredChecks | { unknown: string };
  workflows: WorkflowFacts[] | { unknown: string };
}

export interface CoverageOptions {
  /** Check contexts that count as the guard's (any one required is enough). */
  guardChecks: string[];
  /** `NAME=VALUE`: repositories whose property NAME has VALUE must be enrolled; none: every repository. */
  requiredProperty?: { name: string; value: string };
}

export type Enrolment = 'enrolled' | 'partial' | 'not_enrolled' | 'unknown';

export interface RepositoryCoverage {
  repository: string;
  mustEnroll: boolean;
  enrolment: Enrolment;
  policy: string;
  checkRequired: boolean | null;
  credentialSecrets: Array<{ workflow: string; secrets: string[] }>;
  usesRequestCapability: boolean;
  /** What keeps it from being enrolled, one reason each. */
  gaps: string[];
}

export interface CoverageReport {
  organisation: string;
  repositories: RepositoryCoverage[];
  summary: { repositories: number; archivedSkipped: number; mustEnroll: number; enrolled: number; partial: number; notEnrolled: number; unknown: number; mustEnrollButNot: number };
  requests: number;
}

export function assessRepository(f: RepositoryFacts, opts: CoverageOptions): RepositoryCoverage {
  const gaps: string[] = [];
  let unknown = false;
  const prop = opts.requiredProperty;
  const value = prop ? f.properties[prop.name] : undefined;
  const mustEnroll = prop === undefined ? true : Array.isArray(value) ? value.includes(prop.value) : value === prop.value;

  let policy: string;
  switch (f.policy.state) {
    case 'valid':
      policy = `version ${f.policy.version}`;
      break;
    case 'missing':
      policy = 'none';
      gaps.push(`no policy on ${f.defaultBranch}`);
      break;
    case 'invalid':
      policy = 'invalid';
      gaps.push(`the policy on ${f.defaultBranch} is invalid: ${f.policy.problem}`);
      break;
    case 'unknown':
      policy = 'unknown';
      unknown = true;
      gaps.push(`the policy could not be read: ${f.policy.problem}`);
      break;
  }

  let checkRequired: boolean | null;
  if ('unknown' in f.requiredChecks) {
    checkRequired = null;
    unknown = true;
    gaps.push(`required checks could not be read: ${f.requiredChecks.unknown}`);
  } else {
    checkRequired = f.requiredChecks.contexts.some((c) => opts.guardChecks.includes(c));
    if (!checkRequired) gaps.push(`no ruleset or branch protection on ${f.defaultBranch} requires ${opts.guardChecks.join(' or ')}`);
  }

  let credentialSecrets: Array<{ workflow: string; secrets: string[] }> = [];
  let usesRequestCapability = false;
  if ('unknown' in f.workflows) {
    unknown = true;
    gaps.push(`workflows could not be read: ${f.workflows.unknown}`);
  } else {
    credentialSecrets = f.workflows.filter((w) => w.credentialSecrets.length > 0).map((w) => ({ workflow: w.path, secrets: w.credentialSecrets }));
    usesRequestCapability = f.workflows.some((w) => w.usesRequestCapability);
    for (const c of credentialSecrets) gaps.push(`${c.workflow} uses long-lived credentials (${c.secrets.map((s) => `secrets.${s}`).join(', ')}) instead of request-capability`);
  }

  // Enrolled: all three hold. Partial: the guard is there in part (a policy or its check); credentials
  // alone do not make a repository partly enrolled.
  const guard = [f.policy.state === 'valid', checkRequired === true];
  const enrolment: Enrolment = unknown ? 'unknown' : guard.every(Boolean) && credentialSecrets.length === 0 ? 'enrolled' : guard.some(Boolean) ? 'partial' : 'not_enrolled';
  return { repository: f.fullName, mustEnroll, enrolment, policy, checkRequired, credentialSecrets, usesRequestCapability, gaps };
}

export function assessCoverage(organisation: string, facts: readonly RepositoryFacts[], opts: CoverageOptions, requests: number): CoverageReport {
  const live = facts.filter((f) => !f.archived);
  const repositories = live.map((f) => assessRepository(f, opts)).sort((a, b) => a.repository.localeCompare(b.repository));
  const count = (e: Enrolment) => repositories.filter((r) => r.enrolment === e).length;
  return {
    organisation,
    repositories,
    summary: {
      repositories: repositories.length,
      archivedSkipped: facts.length - live.length,
      mustEnroll: repositories.filter((r) => r.mustEnroll).length,
      enrolled: count('enrolled'),
      partial: count('partial'),
      notEnrolled: count('not_enrolled'),
      unknown: count('unknown'),
      mustEnrollButNot: repositories.filter((r) => r.mustEnroll && r.enrolment !== 'enrolled').length,
    },
    requests,
  };
}

const CREDENTIAL_NAME = /(TOKEN|PAT|PASSWORD|PASSWD|SECRET|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIAL)/i;
const SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\])/g;
const REQUEST_CAPABILITY_USE = /\buses\s*:\s*['"]?[^\s'"#]*\/request-capability@/;

/** The facts coverage needs from one workflow file's text (a scan, not a review: review is guard-diff's). */
export function workflowFacts(path: string, text: string): WorkflowFacts {
  const names = new Set<string>();
  for (const m of text.matchAll(SECRET_REF)) {
    const name = m[1] ?? m[2] ?? '';
    if (name.toUpperCase() !== 'GITHUB_TOKEN' && CREDENTIAL_NAME.test(name)) names.add(name);
  }
  return { path, usesRequestCapability: REQUEST_CAPABILITY_USE.test(text), credentialSecrets: [...names].sort() };
}

const ENROLMENT_LABEL: Record<Enrolment, string> = { enrolled: 'enrolled', partial: 'partial', not_enrolled: 'not enrolled', unknown: 'unknown' };

export function renderCoverageText(r: CoverageReport): string {
  const s = r.summary;
  const lines = [
    `coverage of ${oneLine(r.organisation)}: ${s.enrolled} of ${s.repositories} repositories enrolled (${s.partial} partial, ${s.notEnrolled} not enrolled, ${s.unknown} unknown; ${s.archivedSkipped} archived skipped)`,
    `must be enrolled: ${s.mustEnroll}; of those not enrolled: ${s.mustEnrollButNot}`,
    `API requests: ${r.requests}`,
  ];
  for (const repo of r.repositories) {
    if (repo.enrolment === 'enrolled') continue;
    lines.push(`${ENROLMENT_LABEL[repo.enrolment]}${repo.mustEnroll ? ' (must enrol)' : ''}: ${oneLine(repo.repository)}`);
    for (const g of repo.gaps) lines.push(`  - ${oneLine(g)}`);
  }
  return lines.join('\n');
}

const md = (s: string) => oneLine(s).replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);

export function renderCoverageMarkdown(r: CoverageReport): string {
  const s = r.summary;
  const rows = r.repositories.map(
    (x) => `| ${md(x.repository)} | ${ENROLMENT_LABEL[x.enrolment]} | ${x.mustEnroll ? 'yes' : 'no'} | ${md(x.policy)} | ${x.checkRequired === null ? 'unknown' : x.checkRequired ? 'yes' : 'no'} | ${x.credentialSecrets.length === 0 ? 'none' : md(x.credentialSecrets.map((c) => c.secrets.join(', ')).join('; '))} |`,
  );
  return [
    `## agent-guard coverage: ${md(r.organisation)}`,
    '',
    `**${s.enrolled} of ${s.repositories}** repositories enrolled; ${s.mustEnrollButNot} that must be enrolled are not. ${s.partial} partial, ${s.notEnrolled} not enrolled, ${s.unknown} unknown. API requests: ${r.requests}.`,
    '',
    '| repository | enrolment | must enrol | policy | guard check required | long-lived credentials |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
