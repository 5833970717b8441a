import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/core/logins.ts
var MAX_LOGIN_LENGTH = 256;
function foldLogin(login) {
  return login.toLowerCase();
}
function sameLogin(a, b) {
  if (!a || !b) return false;
  return foldLogin(a) === foldLogin(b);
}
function loginMatches(pattern, login) {
  if (typeof pattern !== "string" || typeof login !== "string") return false;
  if (pattern.length === 0 || login.length === 0) return false;
  if (pattern.length > MAX_LOGIN_LENGTH || login.length > MAX_LOGIN_LENGTH) return false;
  const p = foldLogin(pattern);
  const s = foldLogin(login);
  const pieces = p.split("*");
  if (pieces.length === 1) return p === s;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > s.length) return false;
  if (!s.startsWith(first) || !s.endsWith(last)) return false;
  let pos = first.length;
  const end = s.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (piece.length === 0) continue;
    const at = s.indexOf(piece, pos);
    if (at < 0 || at + piece.length > end) return false;
    pos = at + piece.length;
  }
  return true;
}
var KNOWN_AGENT_LOGINS = Object.freeze([
  "copilot",
  "copilot-swe-agent",
  "copilot-pull-request-reviewer",
  "github-actions",
  "github-advanced-security",
  "dependabot",
  "dependabot-preview",
  "renovate",
  "renovate-bot",
  "devin-ai-integration",
  "coderabbitai"
]);
function isAgentIdentity(user, agentPatterns = []) {
  const login = typeof user.login === "string" ? user.login : "";
  if (login.length === 0) return "the account has no login";
  const type = user.type;
  if (type !== void 0 && type !== null) {
    if (type === "Bot") return `${login} is a bot account (type Bot: an app or automation)`;
    if (type === "Organization") return `${login} is an organization, not a person`;
    if (type !== "User") return `${login} has account type ${JSON.stringify(type)}, not User`;
  }
  const folded = foldLogin(login);
  if (folded.endsWith("[bot]")) return `${login} is an app account ([bot] suffix)`;
  if (folded === "copilot") return `${login} is GitHub Copilot`;
  if (KNOWN_AGENT_LOGINS.includes(folded)) return `${login} is a known agent or automation account`;
  for (const pattern of agentPatterns) {
    if (loginMatches(pattern, login)) return `${login} matches the policy's agent pattern ${JSON.stringify(pattern)}`;
  }
  return null;
}

export {
  foldLogin,
  sameLogin,
  loginMatches,
  isAgentIdentity
};
