import { isObj, own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { secretReferences } from '../expressions.js';
import { actionName, firstLine, inputText, stepScripts, stepWhere, withArgs, type JobInfo, type Model, type Obj } from '../model.js';

export const secretsExposed = defineRule({
  id: 'workflows/secrets-exposed',
  codes: ['workflow_secret_to_log', 'workflow_secret_to_artifact'],
  summary: 'A script prints a secret in a form the log mask does not match (encoded with base64, rev, xxd, ..., or cut into parts), or a secret reaches an uploaded artifact (a file it was written to, or the checkout\'s persisted token in .git). Denied by default.',
  fix: 'Never print or write secrets; pipe them to the command that needs them (--password-stdin), and upload only build outputs with persist-credentials: false on the checkout.',
});

const PRINT = /^\s*(?:echo|printf|Write-Host|Write-Output|console\.log|print|puts|cat\s+<<<)\b/i;
const ENCODE = /\|\s*(?:base64|base32|rev|xxd|od|hexdump|sed|tr|fold|cut|openssl\s+enc|gzip)\b/;
/** A shell substring of a variable (${X:0:4}): a part of a secret is not masked. */
const PARTIAL = /\$\{[A-Za-z_]\w*:-?\d/;
const FILE_WRITE = /(?:>>?|\btee\s+(?:-a\s+)?)\s*("?)([^\s"|;&]+)\1/;
const RUNNER_FILES = /GITHUB_(?:ENV|OUTPUT|STEP_SUMMARY|PATH|STATE)|\/dev\/null|\/dev\/stderr|&\d/;

/** Names of the env variables (step, job, workflow) whose values read a secret, lower-cased. */
function secretEnvNames(m: Model, job: JobInfo, step: Obj): Set<string> {
  const out = new Set<string>();
  for (const env of [own(step, 'env'), own(job.value, 'env'), m.kind === 'workflow' ? own(m.root, 'env') : undefined]) {
    if (!isObj(env)) continue;
    for (const k of Object.keys(env)) {
      const v = scalarText(env[k]);
      if (v !== undefined && secretReferences(v).some((r) => r !== 'github.token')) out.add(k.toLowerCase());
    }
  }
  return out;
}

/** The part of a command line that reads a secret, or null. */
function secretIn(line: string, envNames: Set<string>): string | null {
  const direct = secretReferences(line).find((r) => r !== 'github.token');
  if (direct !== undefined) return `\${{ ${direct} }}`;
  for (const v of line.matchAll(/\$\{?(?:env:)?([A-Za-z_]\w*)/g)) if (envNames.has(v[1]!.toLowerCase())) return `$${v[1]!}`;
  return null;
}

function uploadPaths(step: Obj): string[] {
  const path = scalarText(own(withArgs(step), 'path')) ?? '';
  return path.split('\n').map((l) => l.trim().replace(/^\$\{\{\s*github\.workspace\s*\}\}\/?/, '').replace(/^(\.\/+)+/, '')).filter((l) => !l.startsWith('!'));
}
const ROOT = new Set(['', '.', '*', '**', '**/*']);

/** The upload-artifact step's path covers the .git directory of the checkout. */
function uploadsGitDir(step: Obj): boolean {
  const lines = uploadPaths(step);
  if (lines.some((l) => /(^|\/)\.git(\/|$)/.test(l))) return true;
  return lines.some((l) => ROOT.has(l)) && inputText(withArgs(step), 'include-hidden-files') === 'true';
}

/** The upload covers a workspace-relative file (hidden files only with include-hidden-files: true). */
function uploadsFile(step: Obj, file: string): boolean {
  const rel = file.replace(/^\$\{?GITHUB_WORKSPACE\}?\//, '').replace(/^(\.\/+)+/, '');
  if (/^[/~$]/.test(rel) || rel.includes('..')) return false;
  const hidden = rel.split('/').some((seg) => seg.startsWith('.'));
  if (hidden && inputText(withArgs(step), 'include-hidden-files') !== 'true') return false;
  return uploadPaths(step).some((p) => ROOT.has(p) || rel === p || rel.startsWith(`${p.replace(/\/+$/, '')}/`));
}

export const secretsExposedCheck: WorkflowCheck = {
  rule: secretsExposed,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    for (const job of m.jobs) {
      const written: { file: string; where: string; secret: string }[] = [];
      let persistedCheckout: string | null = null;
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, 'uses'));
        const name = uses === undefined ? '' : actionName(uses);
        if (name === 'actions/checkout' && scalarText(own(withArgs(step.value), 'persist-credentials'))?.trim().toLowerCase() !== 'false') persistedCheckout = where;
        if (name === 'actions/upload-artifact') {
          if (persistedCheckout !== null && uploadsGitDir(step.value)) {
            emit(secretsExposed, 'workflow_secret_to_artifact', `${where} uploads the checkout's .git directory, where ${persistedCheckout} persisted the GITHUB_TOKEN (no persist-credentials: false), so anyone who can download the artifact gets the token.`, { job, step, detail: 'git-dir', severity: 'deny' });
          }
          for (const w of written.filter((x) => uploadsFile(step.value, x.file))) {
            emit(secretsExposed, 'workflow_secret_to_artifact', `${where} uploads an artifact after ${w.where} wrote ${quoteValue(w.secret)} to ${quoteValue(w.file)}; a secret in a file of the workspace can end up in the artifact, which anyone with read access can download.`, { job, step, detail: `file|${w.file}|${w.secret}`, severity: 'deny' });
          }
        }
        const envNames = secretEnvNames(m, job, step.value);
        for (const { field, text } of stepScripts(step.value)) {
          if (field !== 'run') continue;
          for (const line of text.split('\n')) {
            if (!PRINT.test(line) || line.includes('::add-mask::')) continue;
            const secret = secretIn(line, envNames);
            if (secret === null) continue;
            const file = FILE_WRITE.exec(line);
            if (file && !RUNNER_FILES.test(file[2]!)) {
              written.push({ file: file[2]!, where, secret });
              continue;
            }
            // A plain print of the whole value is masked by the runner; one the mask cannot match is not.
            const encoded = ENCODE.test(line);
            const partial = PARTIAL.test(line);
            if (file || (!encoded && !partial)) continue;
            const how = encoded ? 'encoded first, so the log mask no longer matches it' : 'only part of it, which the log mask does not match';
            emit(secretsExposed, 'workflow_secret_to_log', `${where} prints ${quoteValue(secret)} in its run: script (${quoteValue(firstLine(line, 80))}), ${how}; anyone who can read the run's log can read the secret.`, { job, step, detail: `${secret.toLowerCase()}`, severity: 'deny' });
          }
        }
      }
    }
  },
};
