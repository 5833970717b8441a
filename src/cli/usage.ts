// Usage lines of every command, kept apart from the commands so `main` can load a command lazily.

export const APPROVALS_USAGE =
  'agent-guard approvals --repo OWNER/NAME --pr N [--format text|json] [--policy PATH] [--manifest PATH] [--checkout DIR]  (GITHUB_TOKEN, GITHUB_API_URL)';
export const CHECK_USAGE =
  'agent-guard check [--repo DIR] [--base REF] [--head REF] [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--branch NAME] [--repository OWNER/NAME] [--format text|json|markdown] [--all]';
export const VALIDATE_USAGE =
  'agent-guard validate [--policy FILE] [--manifest FILE]... [--format text|json]';
export const EXEC_USAGE =
  'agent-guard exec [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--repo DIR] [--base REF] [--record FILE] -- CMD ARGS...  (exit: the command\'s own; 126 denied; 127 not started; 125 could not decide)';
export const HOOK_USAGE =
  'agent-guard hook [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--repo DIR] [--base REF] [--record FILE]  (PreToolUse JSON on stdin; exit 0 allow, 2 block)';
export const EXPORT_USAGE =
  'agent-guard export --target claude|codex|gh-aw|harden-runner|copilot [--manifest FILE|REF:PATH] [--policy FILE|REF:PATH] [--repo DIR] [--base REF] [--out DIR] [--file PATH] [--check]';
