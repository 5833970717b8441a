// Real webhook payloads from @octokit/webhooks-examples, adapted to a test repository's SHAs.

import { createRequire } from 'node:module';

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const definitions = require('@octokit/webhooks-examples') as WebhookDefinition[];

/**
 * A webhook payload as tests edit it: deep, untyped JSON changed in place (`p.pull_request.head.sha = ...`).
 * Typing every example would mean a schema per event for no safety a test gains.
 */
 
export type WebhookPayload = Record<string, any>;

/** A deep copy of the first real example of `event` with `action` (and a predicate, when given). */
export function webhookExample(event: string, action: string, where: (p: Record<string, unknown>) => boolean = () => true): WebhookPayload {
  const def = definitions.find((d) => d.name === event);
  const example = def?.examples.find((e) => e.action === action && where(e));
  if (!example) throw new Error(`no ${event}.${action} example in @octokit/webhooks-examples`);
  return structuredClone(example);
}

/** A real `pull_request` payload pointed at the given repository, SHAs and branch. */
export function pullRequestEvent(opts: { action?: string; owner: string; repo: string; number: number; baseSha: string; headSha: string; headRef: string; baseRef?: string; author?: string }): WebhookPayload {
  const p = webhookExample('pull_request', opts.action ?? 'opened');
  const pr = p.pull_request;
  pr.number = opts.number;
  p.number = opts.number;
  pr.base.sha = opts.baseSha;
  pr.base.ref = opts.baseRef ?? 'main';
  pr.head.sha = opts.headSha;
  pr.head.ref = opts.headRef;
  if (opts.author) pr.user.login = opts.author;
  for (const r of [p.repository, pr.base.repo, pr.head.repo]) {
    if (!r) continue;
    r.name = opts.repo;
    r.full_name = `${opts.owner}/${opts.repo}`;
    r.owner.login = opts.owner;
    r.default_branch = opts.baseRef ?? 'main';
  }
  return p;
}
