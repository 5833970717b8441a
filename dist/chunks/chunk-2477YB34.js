import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/cli/usage.ts
var APPROVALS_USAGE = "agent-guard approvals --repo OWNER/NAME --pr N [--format text|json] [--policy PATH] [--manifest PATH] [--checkout DIR]  (GITHUB_TOKEN, GITHUB_API_URL)";
var CHECK_USAGE = "agent-guard check [--repo DIR] [--base REF] [--head REF] [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--branch NAME] [--repository OWNER/NAME] [--format text|json|markdown] [--all]";
var VALIDATE_USAGE = "agent-guard validate [--policy FILE] [--manifest FILE]... [--format text|json]";

export {
  APPROVALS_USAGE,
  CHECK_USAGE,
  VALIDATE_USAGE
};
