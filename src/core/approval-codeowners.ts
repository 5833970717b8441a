// Code-owner approval: every high-risk path needs a counted approver among its owners in the base
// commit's CODEOWNERS (users directly, teams through known memberships).

import type { ApprovalFacts, CodeownersPathResult, CountedApproval } from './approvals.js';
import { buildTeamMembers, teamLookup } from './approval-qualifier.js';
import type { CodeOwner, CodeownersMatch } from './codeowners.js';
import { foldLogin, sameLogin } from './logins.js';

function ownerLabel(o: CodeOwner): string {
  return o.kind === 'email' ? o.email : o.kind === 'team' ? `@${o.name}` : `@${o.login}`;
}

/**
 * Every high-risk path needs a counted approver among its owners (users directly, teams through
 * `teamMembers`). Decisions: a path with no owner (no rule matches, or the last matching rule names
 * none) fails, because nobody could satisfy it; email owners cannot be tied to an account and never
 * satisfy a path; a CODEOWNERS file with problems is a deny (our reading could differ from GitHub's).
 */
export function evaluateCodeowners(
  facts: ApprovalFacts,
  counted: CountedApproval[],
): { passed: boolean; reason: string; paths: CodeownersPathResult[]; deny?: string } {
  const file = facts.codeowners;
  if (!file) {
    return { passed: false, reason: `no CODEOWNERS file at the base commit: code-owner approval cannot be given`, paths: [] };
  }
  if (file.problems.length > 0) {
    const list = file.problems.slice(0, 3).map((p) => p.message).join('; ');
    const more = file.problems.length > 3 ? ` (and ${file.problems.length - 3} more)` : '';
    const reason = `${file.file} has ${file.problems.length} problem${file.problems.length === 1 ? '' : 's'}: ${list}${more}; fix it on the base branch`;
    return { passed: false, reason, paths: [], deny: reason };
  }
  if (facts.highRiskPaths.length === 0) {
    return { passed: false, reason: `no paths were given for tier ${facts.tier}: code owners cannot be checked`, paths: [] };
  }
  const teamMembers = buildTeamMembers(facts);
  const approvers = counted.map((c) => c.login);
  const paths: CodeownersPathResult[] = [];
  for (const path of [...new Set(facts.highRiskPaths)]) {
    const exact = file.ownersOf(path);
    // Case variants only add owners: the rule that decides the path once case is ignored, when it is
    // another one, must be satisfied as well (see CodeownersFile.matchesOf).
    const folded = file.ownersOfIgnoringCase(path);
    const matches: { match: CodeownersMatch | null; prefix: string }[] = [{ match: exact, prefix: '' }];
    if (folded && folded.line !== exact?.line) matches.push({ match: folded, prefix: 'ignoring case, ' });
    for (const { match, prefix } of matches) {
      if (!match) {
        paths.push({ path, owners: [], satisfiedBy: [], reason: `no CODEOWNERS rule matches ${path}: nobody can give code-owner approval` });
        continue;
      }
      const owners = match.owners.map(ownerLabel);
      if (match.owners.length === 0) {
        paths.push({ path, line: match.line, owners, satisfiedBy: [], reason: `${prefix}${file.file} line ${match.line} (${match.pattern}) leaves ${path} without owners` });
        continue;
      }
      const satisfiedBy = new Set<string>();
      const notes: string[] = [];
      for (const o of match.owners) {
        if (o.kind === 'user') {
          for (const a of approvers) if (sameLogin(a, o.login)) satisfiedBy.add(a);
        } else if (o.kind === 'team') {
          const members = teamLookup(teamMembers, o.name);
          if (!members) notes.push(`membership of @${o.name} is unknown`);
          else for (const a of approvers) if (members.has(foldLogin(a))) satisfiedBy.add(a);
        } else {
          notes.push(`email owner ${o.email} cannot be verified`);
        }
      }
      const by = [...satisfiedBy];
      paths.push({
        path,
        line: match.line,
        owners,
        satisfiedBy: by,
        reason:
          by.length > 0
            ? `${prefix}approved by code owner ${by.join(', ')} (line ${match.line})`
            : `${prefix}needs a qualified approval from ${owners.join(' or ')} (line ${match.line}${prefix ? `, ${match.pattern}` : ''})${notes.length ? `; ${notes.join('; ')}` : ''}`,
      });
    }
  }
  const missing = paths.filter((p) => p.satisfiedBy.length === 0);
  if (missing.length === 0) return { passed: true, reason: `every ${facts.tier}-tier path has a code-owner approval`, paths };
  const shown = missing.slice(0, 5).map((p) => `${p.path}: ${p.reason}`).join('; ');
  const more = missing.length > 5 ? ` (and ${missing.length - 5} more paths)` : '';
  return { passed: false, reason: `${missing.length} path${missing.length === 1 ? '' : 's'} without code-owner approval: ${shown}${more}`, paths };
}
