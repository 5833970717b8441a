// `agent-guard approvals`: the approval gate for one pull request, from the REST API (GITHUB_TOKEN and
// GITHUB_API_URL from the environment). Read-only: it publishes no status and requests no reviews.
// Exit 0 approved (or no approval required), 2 approval still required, 1 deny (including an API
// failure: the gate cannot decide), 3 invalid input (usage, unknown pull request, invalid policy).

import { parseArgs } from 'node:util';
import { formatProblem } from '../adapters/config.js';
import { collectApprovalGate } from '../app/approval-gate.js';
import { GitHubApiError } from '../adapters/github-rest.js';
import { parseRepository } from '../core/approval-facts.js';
import { gateJson, renderGateText, safeText } from '../core/approval-report.js';
import { createGitHubClient, GitHubClientError } from '../adapters/github-client.js';
import { ConfigError } from '../app/config.js';
import type { ApprovalDecision } from '../core/approvals.js';
import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';


export const DECISION_EXIT: Record<ApprovalDecision, number> = { approved: EXIT.OK, not_required: EXIT.OK, approval_required: EXIT.APPROVAL_REQUIRED, deny: EXIT.DENY };

export async function runApprovals(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      repo: { type: 'string' },
      pr: { type: 'string' },
      format: { type: 'string', default: 'text' },
      policy: { type: 'string' },
      manifest: { type: 'string' },
      checkout: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const repo = parseRepository(values.repo ?? '');
  if (!repo) throw new UsageError(`--repo must be OWNER/NAME, not ${JSON.stringify(values.repo ?? '')}`);
  if (!/^[1-9][0-9]{0,9}$/.test(values.pr ?? '')) throw new UsageError(`--pr must be a pull request number, not ${JSON.stringify(values.pr ?? '')}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${JSON.stringify(values.format)}`);
  const token = io.env.GITHUB_TOKEN ?? '';
  if (!token) throw new UsageError('GITHUB_TOKEN is not set');
  const checkout = values.checkout === undefined ? undefined : values.checkout.startsWith('/') ? values.checkout : `${io.cwd}/${values.checkout}`;

  try {
    const client = createGitHubClient({ token, env: io.env, log: { debug: () => undefined, warn: (m) => io.err(safeText(m)) } });
    const result = await collectApprovalGate(client, { ...repo, pullNumber: Number(values.pr) }, {
      ...(values.policy !== undefined ? { policyPath: values.policy } : {}),
      ...(values.manifest !== undefined ? { manifestPath: values.manifest } : {}),
      ...(checkout !== undefined ? { checkout } : {}),
    });
    io.out(values.format === 'json' ? JSON.stringify(gateJson(result), null, 2) : renderGateText(result));
    return DECISION_EXIT[result.decision];
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) io.err(safeText(formatProblem(p)));
      return EXIT.INVALID;
    }
    if (err instanceof GitHubClientError) {
      io.err(`agent-guard approvals: ${safeText(err.message)}`);
      return EXIT.INVALID;
    }
    if (err instanceof GitHubApiError) {
      io.err(`agent-guard approvals: deny: ${safeText(err.message)}`);
      // An unknown pull request or repository is bad input; any other API failure means the gate cannot decide.
      return err.status === 404 ? EXIT.INVALID : EXIT.DENY;
    }
    throw err;
  }
}
