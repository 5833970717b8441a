// The symlink decision: a link is judged by where it resolves (kinds/symlinks), and a link between two
// protected files by what the head commit holds at its target (kinds/not-a-file).
import { classifyPath, type PathClassification } from '../../classify.js';
import { canonicalisePath, resolveSymlinkTarget, symlinkTargetClimbsThroughName } from '../../paths.js';
import type { CompiledPolicy } from '../../policy.js';
import { PROTECTED_RULES, type ProtectedRule } from '../../protected.js';
import { quoteUntrusted } from '../../text.js';
import { tierRank, type Tier } from '../../tiers.js';
import type { ChangeEntry } from '../../types.js';
import { because, type FileReason } from '../file-reason.js';
import { notAFile } from './not-a-file.js';
import { symlinks } from './symlinks.js';

/** A path in the head commit: a regular (or executable) file, anything else (directory, symlink, submodule), or nothing. */
export type HeadPathKind = 'file' | 'not_a_file' | 'missing';

/** What a changed symlink does to its file: deny with these reasons, or raise to high with one. */
export type LinkOutcome = { deny: FileReason } | { raise: FileReason } | null;

/** A child name used to ask whether a symlinked directory holds protected paths (rules such as `.github/**`). */
const SYMLINK_DIRECTORY_PROBE = 'x';
/** Protected rules by glob, to tell a built-in rule's category (a policy's own `protected` entry has another `why`). */
const RULE_BY_GLOB: ReadonlyMap<string, ProtectedRule> = new Map(PROTECTED_RULES.map((r) => [r.glob, r]));
/** The repository's own git directory: a link into it reaches hooks and the checkout's config. */
const GIT_DIRECTORY_GLOBS: ReadonlySet<string> = new Set(['.git', '.git/**']);
const ONLY_BETWEEN_PROTECTED_FILES = 'a symlink into the protected set is allowed only between two protected files of the same kind (CLAUDE.md -> AGENTS.md)';

/** Tier of a path by itself (a path that is not canonical is high). */
export function pathTier(path: string, compiled: CompiledPolicy): Tier {
  const canon = canonicalisePath(path);
  return canon.ok ? classifyPath(canon.path, compiled, canon.folded).tier : 'high';
}

/** The outcome of a changed symlink on the head side; null for every other entry. */
export function symlinkOutcome(entry: ChangeEntry, compiled: CompiledPolicy, headKinds: ReadonlyMap<string, HeadPathKind> | undefined): LinkOutcome {
  if (entry.newKind !== 'symlink') return null;
  const target = entry.symlinkTarget;
  if (target === undefined) return { deny: because(symlinks, 'symlink_unreadable', 'symlink target could not be read') };
  if (entry.symlinkVia !== undefined) {
    return { deny: because(symlinks, 'symlink_chain', `symlink target ${quoteUntrusted(target)} goes through another symlink (${quoteUntrusted(entry.symlinkVia)}), so it resolves somewhere else than its text says`) };
  }
  if (symlinkTargetClimbsThroughName(target)) {
    return { deny: because(symlinks, 'symlink_climbs', `symlink target ${quoteUntrusted(target)} climbs out of a directory it names ("x/.."): if that directory is itself a symlink, the link resolves somewhere else than its text says`) };
  }
  const resolved = resolveSymlinkTarget(entry.path, target);
  if (resolved === null) return { deny: because(symlinks, 'symlink_outside', `symlink points outside the repository (${quoteUntrusted(target)})`) };
  const t = classifyPath(resolved, compiled);
  // A link to a directory reaches everything under it: `src/gh -> ../.github` is a way into .github/**.
  const under = t.protected ? t : classifyPath(`${resolved}/${SYMLINK_DIRECTORY_PROBE}`, compiled);
  const linkTier = pathTier(entry.path, compiled);
  if (t.protected) {
    // The one protected target a link may have: a protected file, from a path protected for the same
    // reason (CLAUDE.md -> AGENTS.md). Anything else into the protected set is denied.
    const between = linkBetweenProtected(entry.path, t, compiled);
    const kind = between.ok ? headKinds?.get(resolved) : undefined;
    if (between.ok && kind === 'file') {
      return {
        raise: because(
          symlinks,
          'symlink_between_protected',
          `symlink between two protected files (${between.categories.join(', ')}): ${quoteUntrusted(entry.path)} -> ${quoteUntrusted(resolved)}, a protected file at the head; the link widens nothing (both paths are protected, and later edits of the target are judged at its protected tier)`,
        ),
      };
    }
    if (between.ok) {
      const problem = targetKindProblem(kind);
      return { deny: because(notAFile, problem.code, `symlink points into a protected path (${quoteUntrusted(resolved)}): ${problem.message}`) };
    }
    return { deny: because(symlinks, 'symlink_into_protected', `symlink points into a protected path (${quoteUntrusted(resolved)}): ${between.why}`) };
  }
  if (under.protected) return { deny: because(symlinks, 'symlink_into_protected', `symlink points into a protected path (${quoteUntrusted(resolved)}, a directory of protected files)`) };
  if (tierRank(linkTier) === 0) return { deny: because(symlinks, 'symlink_low_tier', `a symlink in a low-tier path (${quoteUntrusted(resolved)}) would let later steps read another file`) };
  if (tierRank(t.tier) < tierRank(linkTier)) {
    // Later changes to the target are judged at its lower tier, yet they change this path's content.
    return {
      deny: because(
        symlinks,
        'symlink_to_lower_tier',
        `a symlink at a ${linkTier}-tier path to a ${t.tier}-tier path (${quoteUntrusted(resolved)}): later ${t.tier}-tier changes to the target would change this ${linkTier}-tier file`,
      ),
    };
  }
  return { raise: because(symlinks, 'symlink_target', `symlink to ${quoteUntrusted(resolved)}`) };
}

type ProtectedLink = { ok: true; categories: string[] } | { ok: false; why: string };

/**
 * Whether a symlink at `linkPath` to the protected path classified as `target` joins two protected
 * paths of the same kind: the link's own path is protected, both ends share a protected category
 * (exact matches; `policy` for the policy's own protected list), and neither end is a guard file
 * (policy, manifest, agent-guard's configuration) or the .git directory. Whether the target is a
 * file is a fact of the head tree, checked by the caller.
 */
function linkBetweenProtected(linkPath: string, target: PathClassification, compiled: CompiledPolicy): ProtectedLink {
  const to = protectedCategories(target);
  if ('why' in to) return { ok: false, why: `the target is ${to.why}` };
  const canon = canonicalisePath(linkPath);
  if (!canon.ok) return { ok: false, why: `the link's own path is rejected: ${canon.message}` };
  const own = classifyPath(canon.path, compiled, canon.folded);
  if (!own.protected) return { ok: false, why: `the link's own path is not protected, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  const link = protectedCategories(own);
  if ('why' in link) return { ok: false, why: `the link's own path is ${link.why}` };
  const shared = link.categories.filter((c) => to.categories.includes(c));
  if (shared.length === 0) {
    const list = (c: string[]) => (c.length > 0 ? c.join(', ') : 'a case or Unicode variant only');
    return { ok: false, why: `the link's path (${list(link.categories)}) and its target (${list(to.categories)}) are protected for different reasons, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  }
  return { ok: true, categories: shared };
}

/** The protected categories of a classified path, or why a link may not join it. */
function protectedCategories(c: PathClassification): { categories: string[] } | { why: string } {
  const all = [...c.matches, ...c.foldedMatches].filter((m) => m.source === 'protected');
  if (all.some((m) => m.guard === true)) return { why: 'the policy or a task manifest (a guard file)' };
  if (all.some((m) => GIT_DIRECTORY_GLOBS.has(m.glob))) return { why: "in the repository's .git directory (hooks, and the checkout's config with its credentials)" };
  if (all.some((m) => RULE_BY_GLOB.get(m.glob)?.category === 'agent-guard' && RULE_BY_GLOB.get(m.glob)?.why === m.why)) {
    return { why: "agent-guard's own configuration (a policy or manifest path)" };
  }
  const categories = new Set<string>();
  for (const m of c.matches) {
    if (m.source !== 'protected') continue;
    const rule = RULE_BY_GLOB.get(m.glob);
    categories.add(rule !== undefined && rule.why === m.why ? rule.category : 'policy');
  }
  // A protected family found by identification (an agent instruction variant) is its rule's category.
  if (c.identity.protect && categories.size === 0) categories.add(c.identity.rule === 'paths/agent-instructions' ? 'agent' : c.identity.rule);
  return { categories: [...categories].sort() };
}

function targetKindProblem(kind: HeadPathKind | undefined): { code: (typeof notAFile.codes)[number]; message: string } {
  switch (kind) {
    case 'not_a_file':
      return { code: 'link_target_not_a_file', message: `in the head commit the target is not a regular file (a directory, a symlink or a submodule), and ${ONLY_BETWEEN_PROTECTED_FILES}` };
    case 'missing':
      return { code: 'link_target_missing', message: `the target does not exist in the head commit (a dangling link), and ${ONLY_BETWEEN_PROTECTED_FILES}` };
    default:
      return { code: 'link_target_unknown', message: `what the target is in the head commit was not established, and ${ONLY_BETWEEN_PROTECTED_FILES}` };
  }
}

/**
 * For a changed symlink that joins two protected paths of the same kind (see linkBetweenProtected):
 * its resolved target, whose kind in the head commit the adapter must establish (`ChangeFacts.headKinds`)
 * before the link can be anything but denied. Null for every other entry.
 */
export function protectedLinkTarget(entry: ChangeEntry, compiled: CompiledPolicy): string | null {
  if (entry.newKind !== 'symlink' || entry.symlinkTarget === undefined || entry.symlinkVia !== undefined || entry.invalidUtf8) return null;
  if (symlinkTargetClimbsThroughName(entry.symlinkTarget)) return null;
  const resolved = resolveSymlinkTarget(entry.path, entry.symlinkTarget);
  if (resolved === null) return null;
  const t = classifyPath(resolved, compiled);
  return t.protected && linkBetweenProtected(entry.path, t, compiled).ok ? resolved : null;
}
