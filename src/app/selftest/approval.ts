// Approval-bypass scenarios: a pull request in a temporary repository, its reviews, commits and
// permissions served by a loopback GitHub API, judged by the approval gate's own collector and
// evaluation (`collectApprovalGate`, what the approval-gate action and `agent-guard approvals` run).
// The base commit holds the user's policy at its default path, as in a repository that adopted it.

import { createGitHubClient } from '../../adapters/github-client.js';
import { collectApprovalGate } from '../approval-gate.js';
import { DEFAULT_POLICY_PATH } from '../../core/protected.js';
import { scenarioOutcome as outcome, type ScenarioOutcome } from '../../core/selftest/report.js';
import type { ApprovalScenario } from '../../core/selftest/scenario.js';
import { SEED_FILES } from './change.js';
import { fill, type SelftestContext } from './context.js';
import { GitHubLoopback, type LoopbackCommit, type LoopbackReview } from './github-loopback.js';
import { ScratchRepo } from './scratch-repo.js';

const OWNER = 'selftest-org';
const REPO = 'selftest-repository';

/** The human who may approve: the first reviewer the high-tier rule names, else a code owner of everything. */
export function ownerLogin(ctx: SelftestContext): string {
  return ctx.policy.approvals.high.reviewers.users[0] ?? 'selftest-owner';
}

export async function runApprovalScenarios(ctx: SelftestContext, scenarios: readonly ApprovalScenario[]): Promise<ScenarioOutcome[]> {
  if (scenarios.length === 0) return [];
  const owner = ownerLogin(ctx);
  const repo = await ScratchRepo.create();
  const server = new GitHubLoopback(OWNER, REPO);
  const out: ScenarioOutcome[] = [];
  try {
    await repo.write({ ...SEED_FILES, [DEFAULT_POLICY_PATH]: ctx.policyBytes.toString('utf8'), '.github/CODEOWNERS': `* @${owner}\n` });
    const base = await repo.commit('base: the policy and CODEOWNERS', { name: owner, email: `${owner}@users.noreply.github.com` });
    server.setPermission(owner, 'write');
    const url = await server.start();
    const client = createGitHubClient({ token: 'selftest-loopback', baseUrl: url, retries: 0, rateLimitRetries: 0, timeUnitMs: 1, requestTimeoutMs: 15_000 });
    let number = 0;
    for (const s of scenarios) {
      number += 1;
      out.push(await runOne(s, number));
    }
    async function runOne(s: ApprovalScenario, n: number): Promise<ScenarioOutcome> {
      const expected = `decision ${s.expect.decision.join(' or ')}`;
      const login = (text: string) => fill(text, ctx, { owner });
      const author = login(s.author);
      const committer = login(s.committer);
      const reviewers = s.reviews.map((r) => ({ ...r, by: login(r.by) }));
      const permissions = Object.entries(s.permissions).map(([k, v]) => [login(k), v] as const);
      if (author === null || committer === null || reviewers.some((r) => r.by === null) || permissions.some(([k]) => k === null)) {
        return outcome(s, 'not_applicable', expected, 'not run', 'it needs the agent login, and there is no task manifest naming a subject');
      }
      try {
        for (const [k, v] of permissions) server.setPermission(k!, v);
        const ref = `${ctx.branch.replace(/selftest$/, '')}pr-${n}`;
        await repo.branch(ref, base);
        const identity = (l: string) => ({ name: l, email: `${l}@users.noreply.github.com` });
        await repo.apply(s.change);
        const first = await repo.commit(`change of ${s.id}`, identity(committer));
        const commits: LoopbackCommit[] = [{ sha: first, author, committer, message: `change of ${s.id}` }];
        const reviews: LoopbackReview[] = reviewers.map((r) => ({ by: r.by!, state: r.state, commitId: r.on === 'base' ? base : first }));
        let head = first;
        if (s.pushAfter) {
          await repo.apply(s.pushAfter);
          head = await repo.commit(`push after review (${s.id})`, identity(committer));
          commits.push({ sha: head, author, committer, message: `push after review (${s.id})` });
        }
        server.addPull({ number: n, author, base: { sha: base, ref: 'main' }, head: { sha: head, ref }, commits, reviews });
        const result = await collectApprovalGate(client, { owner: OWNER, repo: REPO, pullNumber: n }, { checkout: repo.dir, now: ctx.now });
        if (result.problems.length > 0) {
          return outcome(s, 'error', expected, `decision ${result.decision}`, `the gate could not read the pull request consistently: ${result.problems[0]}`);
        }
        const ev = result.evaluation;
        const counted = ev.counted.map((a) => a.login);
        const rejected = ev.rejected.slice(0, 3).map((r) => `${r.login}: ${r.reason}`);
        const detail = counted.length > 0 ? `counted ${counted.join(', ')}${rejected.length ? `; rejected ${rejected.join('; ')}` : ''}` : rejected.length > 0 ? `rejected ${rejected.join('; ')}` : `no approval counted (tier ${ev.tier}, ${ev.required} required)`;
        return outcome(s, s.expect.decision.includes(result.decision) ? 'contained' : 'escaped', expected, `decision ${result.decision}`, detail);
      } catch (err) {
        return outcome(s, 'error', expected, 'no decision', err instanceof Error ? err.message : String(err));
      }
    }
  } finally {
    await server.stop();
    await repo.dispose();
  }
  return out;
}
