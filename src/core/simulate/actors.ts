// Who made a change, for the simulation's split: a human, a bot (an app or automation account), or an
// agent (a commit an AI coding agent co-authored). Judged from what git records (author name and
// email, Co-authored-by trailers) and the policy's agent patterns. Pure.

import { isAgentIdentity, loginMatches } from '../logins.js';

export type ActorKind = 'human' | 'bot' | 'agent';

/** Co-author names and emails that mark a commit as written with an AI coding agent (lower case). */
const AGENT_MARKERS: readonly string[] = Object.freeze(['claude', 'anthropic', 'copilot', 'cursor', 'codex', 'openai', 'devin', 'gemini', 'jules', 'aider', 'windsurf', 'codeium', 'amazon q', 'sweep']);

export interface GitActor {
  name: string;
  email: string;
  coAuthors: readonly { name: string; email: string }[];
}

/** The GitHub login a noreply address names (`123+dependabot[bot]@users.noreply.github.com`), if any. */
function noreplyLogin(email: string): string | null {
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  return m ? m[1]! : null;
}

export function gitActor(a: GitActor, agentPatterns: readonly string[]): ActorKind {
  const login = noreplyLogin(a.email);
  for (const candidate of [a.name, login]) {
    if (!candidate) continue;
    if (isAgentIdentity({ login: candidate }) !== null) return isAgentName(candidate) ? 'agent' : 'bot';
    if (agentPatterns.some((p) => loginMatches(p, candidate))) return 'agent';
  }
  if (a.coAuthors.some((c) => isAgentName(c.name) || isAgentName(c.email))) return 'agent';
  return 'human';
}

function isAgentName(text: string): boolean {
  const t = text.toLowerCase();
  return AGENT_MARKERS.some((m) => t.includes(m));
}

/** Humans on one side, bots and agents on the other (the split the report shows). */
export function actorGroup(kind: ActorKind): 'human' | 'bot_agent' {
  return kind === 'human' ? 'human' : 'bot_agent';
}
