import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/cli/usage.ts
var APPROVALS_USAGE = "agent-guard approvals --repo OWNER/NAME --pr N [--format text|json] [--policy PATH] [--manifest PATH] [--checkout DIR]  (GITHUB_TOKEN, GITHUB_API_URL)";
var COVERAGE_USAGE = "agent-guard coverage --org NAME [--format text|json|markdown|html] [--required-check NAME]... [--require-property NAME=VALUE] [--cache FILE]  (GITHUB_TOKEN, GITHUB_API_URL)";
var EVIDENCE_USAGE = "agent-guard evidence download --org NAME --snapshot DIR [--artifact-name NAME] [--since DATE] [--until DATE] [--reserve N] [--format text|json]  (GITHUB_TOKEN, GITHUB_API_URL)";
var CHECK_USAGE = "agent-guard check [--repo DIR] [--base REF] [--head REF] [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--branch NAME] [--repository OWNER/NAME] [--format text|json|markdown] [--all]";
var VALIDATE_USAGE = "agent-guard validate [--policy FILE] [--manifest FILE]... [--format text|json]";
var EXEC_USAGE = "agent-guard exec [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--repo DIR] [--base REF] [--record FILE] [--repository OWNER/NAME] [--branch NAME] [--evidence DIR] -- CMD ARGS...  (exit: the command's own; 126 denied; 127 not started; 125 could not decide)";
var HOOK_USAGE = "agent-guard hook [--policy FILE|REF:PATH] [--manifest FILE|REF:PATH] [--repo DIR] [--base REF] [--record FILE] [--repository OWNER/NAME] [--branch NAME] [--evidence DIR] [--runtime claude|codex|copilot]  (PreToolUse JSON on stdin; exit 2 blocks, or for Copilot a deny answer on stdout)";
var EXPORT_USAGE = "agent-guard export --target claude|codex|gh-aw|harden-runner|copilot|ruleset [--manifest FILE|REF:PATH] [--policy FILE|REF:PATH] [--repo DIR] [--base REF] [--out DIR] [--file PATH] [--check] [--required-check NAME]... [--branch PATTERN]... [--bypass-role maintain|admin]...";
var SELFTEST_USAGE = "agent-guard selftest [--policy FILE] [--manifest FILE] [--scenarios DIR]... [--no-builtin] [--format text|json|junit|markdown]";
var SIMULATE_USAGE = "agent-guard simulate --policy NEW [--against OLD] [--manifest FILE] (--range A..B [--repo DIR] | --history FILE.jsonl[.gz]) [--format text|json|markdown|html]";
var METRICS_USAGE = "agent-guard metrics (PATH... [--repo DIR [--default-branch NAME]] | --org NAME --snapshot DIR [--offline] [--artifact-name NAME] [--reserve N]) [--since DATE] [--until DATE] [--format text|json|markdown|html]  (--org: GITHUB_TOKEN, GITHUB_API_URL; none with --offline)";
var HELP_OPTION = "  -h, --help                   print this help and exit 0";
var CHECK_HELP = [
  `usage: ${CHECK_USAGE}`,
  "",
  "Reviews the committed change from the merge base of --base and --head to --head, as the guard-diff",
  "action does: the policy comes from the base commit (else the built-in baseline, and the output says",
  "so), never from the change or the work tree.",
  "",
  "options:",
  "  --repo DIR                   the git repository (default: .)",
  "  --base REF                   the base commit or ref (default: origin/HEAD, else main)",
  "  --head REF                   the head commit or ref (default: HEAD)",
  "  --policy FILE|REF:PATH       the policy (default: <base>:.github/agent-policy.yml, else the baseline)",
  "  --manifest FILE|REF:PATH     a task manifest (default: none: capability coverage is not checked)",
  "  --branch NAME                the task branch (default: --head's branch, or the checked-out one)",
  "  --repository OWNER/NAME      the repository (default: GITHUB_REPOSITORY, else origin's GitHub URL)",
  "  --format text|json|markdown  output format (default: text)",
  "  --all                        list every file in the text output, low-tier allowed files too",
  HELP_OPTION,
  "",
  "A plain FILE is read from the filesystem (an existing file wins); REF:PATH from that commit with git.",
  "",
  "exit codes: 0 allow, 1 deny (also a base or head git cannot resolve, a shallow clone, no merge base),",
  "            2 approval required, 3 invalid input or configuration"
].join("\n");
var VALIDATE_HELP = [
  `usage: ${VALIDATE_USAGE}`,
  "",
  "Validates a policy and task manifests, and each manifest against the policy when both are given.",
  "Problems are printed one per line as FILE:LINE:COLUMN: message [code]. Warnings (FILE:LINE:COLUMN:",
  "warning: ...) name policy rules that can never take effect (a protected path in a lower tier, a",
  'pattern without "/" that names root files only, an exemption of a path that is not protected) or',
  "that lower a file tools load by name; they do not make the policy invalid.",
  "",
  "options:",
  "  --policy FILE                a policy file",
  "  --manifest FILE              a task manifest (repeatable); one past its expires_at is invalid",
  "  --format text|json           output format (default: text)",
  HELP_OPTION,
  "",
  "exit codes: 0 every file is valid, 3 any problem (or a usage error)"
].join("\n");
var COVERAGE_HELP = [
  `usage: ${COVERAGE_USAGE}`,
  "",
  "For every repository of an organisation (archived ones skipped): whether its default branch carries a",
  "valid policy, whether a ruleset or branch protection requires the guard's check, and whether its",
  "workflows use long-lived credentials (secrets named like tokens or keys) instead of request-capability.",
  "Prints the number of API requests it made. GITHUB_TOKEN (or GH_TOKEN) authenticates.",
  "",
  "options:",
  "  --org NAME                   the organisation",
  "  --required-check NAME        a check that counts as the guard's (repeatable; default",
  "                               agent-guard/approval-gate and guard-diff)",
  "  --require-property N=V       only repositories whose custom property N has value V must be enrolled",
  "                               (default: every repository)",
  "  --cache FILE                 keep ETags in FILE: a later run sends conditional requests (304s do not",
  "                               count against the rate limit)",
  "  --format text|json|markdown|html  output format (default: text; html: one self-contained page)",
  HELP_OPTION,
  "",
  "exit codes: 0 every repository that must be enrolled is, 1 one is not or could not be read, 3 invalid input"
].join("\n");
var EVIDENCE_HELP = [
  `usage: ${EVIDENCE_USAGE}`,
  "",
  "Downloads the evidence artifacts of a period from every repository of an organisation (the runs' uploads",
  "named --artifact-name) into a snapshot folder: evidence/OWNER/REPO/ID/*.json, the Sigstore bundles under",
  "bundles/, snapshot.json (each artifact and file with its digest) and etags.json. Artifacts expire; the",
  "snapshot does not: `agent-guard metrics --org NAME --snapshot DIR --offline` reads it offline, each file",
  "checked against snapshot.json. Downloading again into the same folder fetches only",
  "what it does not hold yet, with conditional requests. Archives are checked against the digest GitHub lists.",
  "Prints the number of API requests. GITHUB_TOKEN (or GH_TOKEN, with actions: read) authenticates.",
  "",
  "options:",
  "  --org NAME             the organisation",
  "  --snapshot DIR         the snapshot folder (created; reused when it holds this organisation already)",
  "  --artifact-name NAME   the evidence artifacts' name (default: agent-guard-evidence)",
  "  --since DATE           only artifacts created from DATE (YYYY-MM-DD or ISO 8601 time)",
  "  --until DATE           only artifacts created until a day after DATE (a run uploads after it starts)",
  "  --reserve N            stop when the rate limit has N requests left (default 100); run again to continue",
  "  --format text|json     output format (default: text)",
  HELP_OPTION,
  "",
  "exit codes: 0 everything in the period was read, 1 a repository or artifact could not be (or the reserve",
  "was reached), 3 invalid input"
].join("\n");
var APPROVALS_HELP = [
  `usage: ${APPROVALS_USAGE}`,
  "",
  "Runs the approval gate's evaluation for one pull request, read-only: no status is published and no",
  "review is requested. GITHUB_TOKEN authenticates; GITHUB_API_URL points at GitHub Enterprise Server.",
  "",
  "options:",
  "  --repo OWNER/NAME            the repository",
  "  --pr N                       the pull request number",
  "  --policy PATH                the policy path, read from the base commit (default: .github/agent-policy.yml)",
  "  --manifest PATH              a task manifest path, read from the base commit (its initiator cannot approve)",
  "  --checkout DIR               a full-history clone: tier from git instead of the files API",
  "  --format text|json           output format (default: text)",
  HELP_OPTION,
  "",
  "exit codes: 0 approved or no approval required, 1 deny (also a GitHub API failure),",
  "            2 approval still required, 3 invalid input (usage, unknown pull request, invalid policy)"
].join("\n");
var POLICY_OPTIONS = [
  "  --policy FILE|REF:PATH       the policy (default: <base>:.github/agent-policy.yml, else the baseline)",
  "  --manifest FILE|REF:PATH     the task manifest whose capabilities grant commands (read it from the base:",
  "                               files in the work tree are the agent's to change)",
  "  --repo DIR                   the git repository the policy, manifest and base are read from (default: .)",
  "  --base REF                   the base commit or ref (default: origin/HEAD, else main)"
];
var TASK_HELP = [
  "  --repository OWNER/NAME      the repository the commands run in, held to the manifest's (default:",
  "                               GITHUB_REPOSITORY; a mismatch grants nothing)",
  "  --branch NAME                the task branch, held to the manifest's branch_pattern (default: not checked)",
  "  --evidence DIR               write one evidence document (action command) per decision into DIR",
  "                               (or AGENT_GUARD_EVIDENCE_DIR); one that cannot be written denies"
];
var EXEC_HELP = [
  `usage: ${EXEC_USAGE}`,
  "",
  "Runs CMD with ARGS only when a capability the task is granted allows that argv, without a shell and",
  "with an allow-listed environment (plus the variables a granted capability names). Every decision is",
  "recorded with --record FILE (or AGENT_GUARD_COMMAND_RECORD).",
  "",
  "options:",
  ...POLICY_OPTIONS,
  "  --record FILE                append each decision and exit as a JSON line to FILE",
  ...TASK_HELP,
  HELP_OPTION,
  "",
  "exit codes: the command's own (128+N on signal N); 126 denied; 127 not found; 125 could not decide"
].join("\n");
var HOOK_HELP = [
  `usage: ${HOOK_USAGE}`,
  "",
  "A PreToolUse hook for Claude Code, Codex and GitHub Copilot: reads the hook's JSON on stdin and allows a",
  "shell command only when it is one simple command whose argv a granted capability allows. Everything",
  "else blocks: operators, pipes, redirections, substitutions, assignments, and wrappers that run another",
  "program. `agent-guard help hook` prints this; `hook --help` is an argument (exit 0 would allow the call).",
  "",
  "options:",
  ...POLICY_OPTIONS,
  "  --record FILE                append each decision as a JSON line to FILE",
  ...TASK_HELP,
  "  --runtime claude|codex|copilot  the runtime's protocol (default: from the input's shape); with copilot",
  "                               even a usage error or a hook that cannot load answers deny",
  "",
  "exit codes: Claude Code and Codex: 0 allow, 2 block (every error blocks; nothing exits 1, which they do",
  '            not treat as a block). Copilot: always 0, blocking with {"permissionDecision":"deny"} on stdout',
  "            (it skips a hook that exits non-zero); a Copilot tool that runs no command is not decided"
].join("\n");
var EXPORT_HELP = [
  `usage: ${EXPORT_USAGE}`,
  "",
  "Renders the manifest and policy as an agent runtime's own permission configuration, or with --check",
  "reads those files back from the repository and reports drift. --target ruleset renders, from the policy",
  "alone, the rulesets (request bodies for the rulesets API) that make the guard enforceable.",
  "",
  "options:",
  "  --target T                   claude, codex, gh-aw, harden-runner, copilot or ruleset",
  ...POLICY_OPTIONS,
  "  --out DIR                    write the files under DIR instead of printing them",
  "  --file PATH                  with --check: the file to compare (default: the target's usual path)",
  "  --check                      compare the files in --repo with the rendering; exit 1 on drift",
  "  --required-check NAME        ruleset: a check the protected branches require (repeatable;",
  "                               default agent-guard/approval-gate and guard-diff)",
  "  --branch PATTERN             ruleset: a branch the checks protect (repeatable; default ~DEFAULT_BRANCH)",
  "  --bypass-role ROLE           ruleset: a role that may push high-tier paths (repeatable; default admin)",
  HELP_OPTION,
  "",
  "exit codes: 0 written or no drift, 1 drift, 3 invalid input or configuration"
].join("\n");
var SELFTEST_HELP = [
  `usage: ${SELFTEST_USAGE}`,
  "",
  "Runs a deterministic pack of adversarial scenarios against this policy and manifest, each through the",
  "pipeline that decides it (the change review of check, the approval gate against a loopback GitHub API,",
  "the hook), in temporary git repositories, with no model and no network. Reports per class (prompt",
  "injection, path escape, dependency confusion, approval bypass, log hygiene, command scope) whether",
  "every scenario was contained, one escaped, or the class does not apply under this policy, and a score.",
  "",
  "options:",
  "  --policy FILE                the policy file (default: .github/agent-policy.yml)",
  "  --manifest FILE              a task manifest (default: none: no capability is granted)",
  "  --scenarios DIR              further scenario files (*.yml) to run (repeatable)",
  "  --no-builtin                 run only the scenarios of --scenarios",
  "  --format text|json|junit|markdown  output format (default: text)",
  HELP_OPTION,
  "",
  "exit codes: 0 everything contained or not applicable, 1 a scenario escaped or could not be judged,",
  "            3 invalid input or configuration (policy, manifest, scenario file)"
].join("\n");
var SIMULATE_HELP = [
  `usage: ${SIMULATE_USAGE}`,
  "",
  "Replays history through the policy in force (OLD) and a proposed one (NEW) and reports what NEW",
  "changes: verdict transitions, tiers before and after, the rules that fired most, the share of human",
  "and of bot/agent changes that need approval or are denied, and examples of each transition.",
  "",
  "options:",
  "  --policy FILE|REF:PATH       the new policy",
  "  --against FILE|REF:PATH      the old policy (default: the base's .github/agent-policy.yml, else the",
  "                               built-in baseline; with --history always the baseline)",
  "  --manifest FILE|REF:PATH     a task manifest to evaluate every change with (default: none)",
  "  --range A..B                 replay the commits of A..B, each against its first parent, with the",
  "                               full review `check` does (content rules included)",
  "  --repo DIR                   the git repository of --range (default: .)",
  "  --history FILE               replay a JSON-lines history of changed paths (gzip allowed): one",
  '                               {"sha","date","authorIsBot","agentCoAuthors","files":[{"status","path"}]}',
  "                               a line. Paths only: kind and content rules do not run, and it says so",
  "  --format text|json|markdown|html  output format (default: text); json has `changes` and `transitions`",
  HELP_OPTION,
  "",
  "exit codes: 0 the simulation ran, 3 invalid input or configuration (a history line that does not parse)"
].join("\n");
var VERIFY_USAGE = "agent-guard verify EVIDENCE --trusted-root FILE [--bundle FILE] [--repo OWNER/NAME] [--workflow PATH] [--merged SHA|BASE..TIP] [--git DIR] [--server URL] [--issuer URL] [--format text|json]";
var VERIFY_HELP = [
  `usage: ${VERIFY_USAGE}`,
  "",
  "Checks signed evidence offline: the Sigstore bundle verifies against the trusted root, the evidence file",
  "is the signed subject (sha256), the signer is the expected workflow of the expected repository (Fulcio's",
  "SAN, source repository and issuer), and, with --merged, that the commit merged is the approved head or an",
  "identical rebase of it (same patch id, from a local clone). Every mismatch is printed. Exit 0 verified,",
  "1 a check failed, 3 invalid input.",
  "",
  "options:",
  "  --trusted-root FILE   trusted root JSON, or JSON lines as `gh attestation trusted-root` prints",
  "  --bundle FILE         the Sigstore bundle (default EVIDENCE.sigstore.json)",
  "  --repo OWNER/NAME     the repository that must have signed (default the evidence's job.repository)",
  "  --workflow PATH       the workflow that must have signed: .github/workflows/FILE in --repo, or",
  "                        OWNER/NAME/.github/workflows/FILE for a reusable workflow",
  "  --merged SHA          the commit that was merged (its first-parent patch), or BASE..TIP for a rebase merge",
  "  --git DIR             local clone for --merged (default the current directory)",
  "  --server URL          GitHub server of the identities (default https://github.com)",
  "  --issuer URL          OIDC issuer of the certificate (default https://token.actions.githubusercontent.com)"
].join("\n");
var METRICS_HELP = [
  `usage: ${METRICS_USAGE}`,
  "",
  "Reads evidence files, folders and downloaded artifacts (zip files or `gh run download` folders) and",
  "reports, per repository and overall: credential lifetime (median, max; never-revoked credentials",
  "flagged), capabilities granted / needed / used / unused per task, the denied-action rate by rule,",
  "approval latency (median, p90), rollback readiness and policy coverage.",
  "",
  "options:",
  "  PATH...                      evidence files (.json), folders (read recursively) or artifact zips",
  "  --since DATE, --until DATE   only runs that started in this period (YYYY-MM-DD or an ISO time;",
  "                               --until includes its whole day)",
  "  --repo DIR                   a clone with the default branch: each agent change's revert is tried",
  "                               there in a temporary worktree (without it: not measured, and it says so)",
  "  --default-branch NAME        the branch to revert on (default: origin/HEAD, else main or master)",
  "  --format text|json|markdown|html  output format (default: text); html is one self-contained page",
  "",
  "An organisation's view (rollback readiness is not measured across it):",
  "  --org NAME                   the organisation: first downloads the period's evidence artifacts of",
  "                               its repositories into --snapshot as `agent-guard evidence download`",
  "                               does (GITHUB_TOKEN or GH_TOKEN, actions: read), printing the requests",
  "  --snapshot DIR               the snapshot folder: the metrics read the files its snapshot.json",
  "                               lists, each checked against its recorded sha256 (a mismatch refuses",
  "                               the snapshot: exit 1, no report)",
  "  --offline                    send no request: re-read the snapshot as it is (no token needed);",
  "                               without it a missing token is an error, never a silent offline report",
  "  --artifact-name NAME         the evidence artifacts' name (default: agent-guard-evidence)",
  "  --reserve N                  stop downloading when the rate limit has N requests left (default 100)",
  HELP_OPTION,
  "",
  "exit codes: 0 the report, 1 (--org) the download was incomplete (the report prints, marked so) or the",
  "snapshot does not match its snapshot.json (no report), 3 invalid input (each invalid evidence file is",
  "named with why, on stderr; the report still prints without it)"
].join("\n");

export {
  APPROVALS_USAGE,
  COVERAGE_USAGE,
  EVIDENCE_USAGE,
  CHECK_USAGE,
  VALIDATE_USAGE,
  EXEC_USAGE,
  HOOK_USAGE,
  EXPORT_USAGE,
  SELFTEST_USAGE,
  SIMULATE_USAGE,
  METRICS_USAGE,
  CHECK_HELP,
  VALIDATE_HELP,
  COVERAGE_HELP,
  EVIDENCE_HELP,
  APPROVALS_HELP,
  EXEC_HELP,
  HOOK_HELP,
  EXPORT_HELP,
  SELFTEST_HELP,
  SIMULATE_HELP,
  VERIFY_USAGE,
  VERIFY_HELP,
  METRICS_HELP
};
