// request-capability's approval check for high-tier capabilities: finds the pull request (from the
// event for pull request events, else by head SHA among the open pull requests into the default
// branch), collects its facts with approval-gate's collector, re-evaluates them at the high tier with
// the policy of the pull request's base commit, and binds the result to the head SHA and the manifest
// digest read there. Only a pull request into the default branch counts: a branch an agent controls
// carries a base-commit policy the agent wrote. Any problem is "not approved".

import { isAbsolute, join } from 'node:path';
import { formatProblem } from '../adapters/config.js';
import { createGitHubClient } from '../adapters/github-client.js';
import type { RestClient } from '../adapters/github-rest.js';
import { collectApprovalGate } from '../app/approval-gate.js';
import { ConfigError } from '../app/config.js';
import { parseRepository } from '../core/approval-facts.js';
import { evaluateApprovals } from '../core/approvals.js';
import { approvalCheckFromEvaluation, type ApprovalCheck, type ApprovalQuery, type ApprovalVerifier } from '../core/capability-request.js';
import { obj } from '../core/json.js';
import { decideTransport } from '../core/transport.js';
import { RequestCapabilityApprovalInputs as AI, RequestCapabilityInputs as I, RequestCapabilityTransportInputs as TI } from './constants.js';
import type { RequestCapabilityDeps } from './run-request-capability.js';
import type { ActionsCore } from './toolkit.js';
import { readEvent } from './toolkit.js';


export interface ApprovalVerifierOptions {
  clientOptions?: RequestCapabilityDeps['clientOptions'];
  /** A REST client to use instead of one made from the github-token input (tests). */
  client?: RestClient;
}

/** Pull request events whose payload names the pull request. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/** At most this many open pull requests with the head SHA are evaluated. */
const MAX_CANDIDATE_PULLS = 3;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const sameName = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

function notApproved(reason: string, headSha: string | null = null): ApprovalCheck {
  return { approved: false, headSha, manifestSha256: null, approvers: [], reason };
}

/**
 * The pull requests whose approvals may authorise this request: the event's, for pull request events;
 * otherwise the open ones whose head is the head SHA, from this repository (not a fork), into the
 * default branch (`GET /repos/{o}/{r}/commits/{sha}/pulls`).
 */
async function candidatePulls(client: RestClient, repo: { owner: string; repo: string }, query: ApprovalQuery, eventName: string, payload: unknown): Promise<{ numbers: number[]; fromEvent: boolean; why: string }> {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = obj(obj(payload).pull_request);
    const n = pr.number;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) return { numbers: [], fromEvent: true, why: `the ${eventName} event names no pull request` };
    // The event's number is a pull request of the event's repository: approvals there cannot stand
    // for a token of another repository (the same number there is another pull request).
    const owner = text(obj(obj(pr.base).repo).full_name);
    if (!sameName(owner, query.repository)) {
      return { numbers: [], fromEvent: true, why: `the ${eventName} event's pull request #${n} belongs to ${owner ?? 'an unknown repository'}, not ${query.repository}: its approvals do not count for another repository` };
    }
    return { numbers: [n], fromEvent: true, why: '' };
  }
  const res = await client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: repo.owner, repo: repo.repo, commit_sha: query.headSha, per_page: 100 });
  const list = Array.isArray(res.data) ? res.data : [];
  const numbers: number[] = [];
  for (const raw of list) {
    const p = obj(raw);
    const head = obj(p.head);
    const base = obj(p.base);
    const baseRepo = obj(base.repo);
    const ok =
      p.state === 'open' &&
      text(head.sha) === query.headSha &&
      sameName(text(obj(head.repo).full_name), query.repository) &&
      sameName(text(baseRepo.full_name), query.repository) &&
      text(base.ref) !== undefined &&
      text(base.ref) === text(baseRepo.default_branch);
    if (ok && typeof p.number === 'number') numbers.push(p.number);
  }
  numbers.sort((a, b) => a - b);
  return {
    numbers: numbers.slice(0, MAX_CANDIDATE_PULLS),
    fromEvent: false,
    why: `no open pull request of ${query.repository} into its default branch has the head ${query.headSha.slice(0, 12)}`,
  };
}

/**
 * request-capability's approval check: approval-gate's collector on the pull request, re-evaluated at
 * the high tier (`evaluateApprovals({ ...facts, tier: 'high' }, policy)`), bound to the head SHA and
 * the manifest digest read at the pull request's base commit. Every failure is "not approved".
 */
export function gitHubApprovalVerifier(core: ActionsCore, env: Record<string, string | undefined>, opts: ApprovalVerifierOptions = {}): ApprovalVerifier {
  return async (query) => {
    try {
      const repo = parseRepository(query.repository);
      if (!repo) return notApproved(`${JSON.stringify(query.repository)} is not OWNER/NAME`);
      let client = opts.client;
      if (!client) {
        const token = core.getInput(AI.GitHubToken);
        if (!token) return notApproved('the github-token input is empty: approvals cannot be looked up');
        // The step's transport (from its inputs); decided here again when the query does not carry it.
        const decided = query.transport ? { ok: true as const, settings: query.transport } : decideTransport({ proxy: core.getInput(TI.Proxy), caCertificates: core.getInput(TI.CaCertificates) }, env);
        if (!decided.ok) return notApproved(`approvals are not looked up: ${decided.problems.map((p) => p.message).join('; ')}`);
        const t = decided.settings;
        client = createGitHubClient({ token, env, baseUrl: t.apiUrl, transport: { proxy: t.proxy, ca: t.ca }, log: { debug: (m) => core.debug(m), warn: () => undefined }, ...opts.clientOptions });
      }
      const eventName = env.GITHUB_EVENT_NAME ?? '';
      const payload = await readEvent(env);
      const { numbers, fromEvent, why } = await candidatePulls(client, repo, query, eventName, payload);
      if (numbers.length === 0) return notApproved(why);
      const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
      const pathInput = core.getInput(I.RepositoryPath);
      const checkout = pathInput ? (isAbsolute(pathInput) ? pathInput : join(workspace, pathInput)) : workspace;
      const policyPath = core.getInput(I.Policy);
      const manifestPath = core.getInput(I.Manifest);
      const reasons: string[] = [];
      let bound: string | null = null;
      for (const n of numbers) {
        const gate = await collectApprovalGate(client, { ...repo, pullNumber: n }, { ...(policyPath ? { policyPath } : {}), ...(manifestPath ? { manifestPath } : {}), checkout });
        const pr = `pull request #${n}`;
        bound = gate.facts.headSha;
        if (!gate.pull.baseRef || gate.pull.baseRef !== gate.pull.defaultBranch) {
          reasons.push(`${pr} targets ${gate.pull.baseRef ?? 'an unknown branch'}, not the default branch ${gate.pull.defaultBranch ?? '(unknown)'}: only approvals of pull requests into the default branch count`);
          continue;
        }
        if (gate.facts.headSha !== query.headSha) {
          reasons.push(`${pr} is at head ${gate.facts.headSha.slice(0, 12)}, not ${query.headSha.slice(0, 12)}`);
          continue;
        }
        if (fromEvent && gate.facts.baseSha !== query.baseSha) {
          reasons.push(`${pr} now has base ${gate.facts.baseSha.slice(0, 12)}, not the event's ${query.baseSha.slice(0, 12)}: re-run on the current event`);
          continue;
        }
        if (gate.problems.length > 0) {
          reasons.push(`${pr}: ${gate.problems.join('; ')}`);
          continue;
        }
        const check = approvalCheckFromEvaluation(gate.facts, evaluateApprovals({ ...gate.facts, tier: 'high' }, gate.policy));
        if (check.approved) return { ...check, reason: `${pr}: ${check.reason}` };
        reasons.push(`${pr}: ${check.reason}`);
      }
      return notApproved(reasons.join('; '), bound);
    } catch (err) {
      const message = err instanceof ConfigError ? err.problems.map((p) => formatProblem(p)).join('; ') : err instanceof Error ? err.message.split('\n')[0]! : String(err);
      return notApproved(`approvals could not be verified: ${message}`);
    }
  };
}
