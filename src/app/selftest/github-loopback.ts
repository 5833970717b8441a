// A loopback HTTP server that answers the REST routes the approval gate reads (pull request, reviews,
// comparison, collaborator permission, issue events and timeline, workflow runs, team membership) in GitHub's shapes, from state
// the self-test sets. It listens on 127.0.0.1 only and serves nothing else: every other route is 404,
// which the gate treats as it treats GitHub's. The client reaches it through its base URL, exactly as
// it reaches GitHub Enterprise Server.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackUser {
  login: string;
}

export interface LoopbackCommit {
  sha: string;
  author: string;
  committer: string;
  message: string;
}

export interface LoopbackReview {
  by: string;
  state: string;
  commitId: string;
}

export interface LoopbackPull {
  number: number;
  author: string;
  base: { sha: string; ref: string };
  head: { sha: string; ref: string };
  commits: LoopbackCommit[];
  reviews: LoopbackReview[];
}

/** GitHub's user object for a login: `[bot]` logins are of type Bot, every other a User. */
function user(login: string): Record<string, unknown> {
  let id = 7;
  for (const c of login) id = (id * 31 + c.charCodeAt(0)) % 2_000_000_000;
  return { login, id: id + 1, type: login.endsWith('[bot]') ? 'Bot' : 'User', site_admin: false };
}

export class GitHubLoopback {
  private readonly pulls = new Map<number, LoopbackPull>();
  private readonly permissions = new Map<string, string>();
  private server: Server | null = null;
  /** Routes answered, in order (a route the gate needs and this server lacks shows up as a 404 here). */
  readonly served: string[] = [];

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly defaultBranch = 'main',
  ) {}

  addPull(pull: LoopbackPull): void {
    this.pulls.set(pull.number, pull);
  }

  setPermission(login: string, permission: string): void {
    this.permissions.set(login.toLowerCase(), permission);
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown) => {
      this.served.push(`${status} ${req.method} ${url.pathname}`);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return send(404, { message: 'Not Found' });
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = decodeURIComponent(url.pathname);
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^${escapeRe(prefix)}/pulls/(\\d+)$`).exec(path))) {
      const pull = this.pulls.get(Number(m[1]));
      return pull ? send(200, this.pullJson(pull)) : send(404, { message: 'Not Found' });
    }
    if ((m = new RegExp(`^${escapeRe(prefix)}/pulls/(\\d+)/reviews$`).exec(path))) {
      const pull = this.pulls.get(Number(m[1]));
      if (!pull) return send(404, { message: 'Not Found' });
      return send(
        200,
        pull.reviews.map((r, i) => ({
          id: pull.number * 1000 + i + 1,
          user: user(r.by),
          state: r.state,
          commit_id: r.commitId,
          submitted_at: new Date(Date.UTC(2025, 0, 2) + i * 60_000).toISOString(),
          body: '',
        })),
      );
    }
    if ((m = new RegExp(`^${escapeRe(prefix)}/compare/([0-9a-f]{40})\\.\\.\\.([0-9a-f]{40})$`).exec(path))) {
      const pull = [...this.pulls.values()].find((p) => p.base.sha === m![1] && p.head.sha === m![2]);
      if (!pull) return send(404, { message: 'Not Found' });
      return send(200, {
        status: 'ahead',
        ahead_by: pull.commits.length,
        behind_by: 0,
        total_commits: pull.commits.length,
        merge_base_commit: { sha: pull.base.sha },
        commits: pull.commits.map((c, i) => ({
          sha: c.sha,
          parents: [{ sha: i === 0 ? pull.base.sha : pull.commits[i - 1]!.sha }],
          commit: {
            author: { name: c.author, email: `${c.author}@users.noreply.github.com`, date: '2025-01-01T00:00:00Z' },
            committer: { name: c.committer, email: `${c.committer}@users.noreply.github.com`, date: '2025-01-01T00:00:00Z' },
            message: c.message,
          },
          author: user(c.author),
          committer: user(c.committer),
        })),
        files: [],
      });
    }
    if ((m = new RegExp(`^${escapeRe(prefix)}/collaborators/([^/]+)/permission$`).exec(path))) {
      const permission = this.permissions.get(m[1]!.toLowerCase());
      if (permission === undefined || permission === 'none') return send(404, { message: 'Not Found' });
      const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
      return send(200, { permission: legacy, role_name: permission, user: user(m[1]!) });
    }
    if (new RegExp(`^${escapeRe(prefix)}/issues/(\\d+)/(?:events|timeline)$`).test(path)) return send(200, []);
    // Who dispatched the task (the approval gate reads it before reporting approved): no run here.
    if (path === `${prefix}/actions/runs`) return send(200, { total_count: 0, workflow_runs: [] });
    return send(404, { message: 'Not Found' });
  }

  private pullJson(p: LoopbackPull): Record<string, unknown> {
    const repo = { full_name: `${this.owner}/${this.repo}`, name: this.repo, owner: user(this.owner), default_branch: this.defaultBranch };
    return {
      number: p.number,
      state: 'open',
      draft: false,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${p.number}`,
      user: user(p.author),
      created_at: '2025-01-01T00:00:00Z',
      head: { sha: p.head.sha, ref: p.head.ref, repo },
      base: { sha: p.base.sha, ref: p.base.ref, repo },
      requested_reviewers: [],
      requested_teams: [],
      commits: p.commits.length,
    };
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
