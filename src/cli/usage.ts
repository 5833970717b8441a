// Usage lines of every command, kept apart from the commands so `main` can load a command lazily.

export const APPROVALS_USAGE =
  'agent-guard approvals --repo OWNER/NAME --pr N [--format text|json] [--policy PATH] [--manifest PATH] [--checkout DIR]  (GITHUB_TOKEN, GITHUB_API_URL)';
export const CHECK_USAGE =
  'agent-guard check [--repo DIR] [--base REF] [--head REF] [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--branch NAME] [--repository OWNER/NAME] [--format text|json|markdown] [--all]';
export const VALIDATE_USAGE =
  'agent-guard validate [--policy FILE] [--manifest FILE]... [--format text|json]';
