// Publishing with a long-lived registry token kept in secrets, where the registry accepts the
// workflow's own OIDC identity instead (PyPI, npm, RubyGems, crates.io): a token works from anywhere
// until revoked, so whoever reads it once (a log, a compromised step) can publish later.
import { deepStrings, isObj, own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { secretReferences } from '../expressions.js';
import { actionName, inputValue, stepWhere, withArgs, type JobInfo, type Model, type Obj } from '../model.js';

export const useTrustedPublishing = defineRule({
  id: 'workflows/use-trusted-publishing',
  codes: ['workflow_publish_token', 'workflow_publish_no_provenance'],
  summary: 'A step publishes a package with a long-lived registry token from secrets (PyPI, npm, RubyGems, crates.io accept the workflow\'s OIDC identity instead), or runs npm publish with a token and without --provenance.',
  fix: 'Configure trusted publishing on the registry, give the job id-token: write and drop the token (npm then adds provenance itself); otherwise add --provenance.',
});

/** Publishing commands and the variables that carry their registry token. */
const COMMANDS: { re: RegExp; registry: string; vars: string[] }[] = [
  { re: /\b(?:npm|yarn|pnpm)\s+publish\b/, registry: 'npm', vars: ['node_auth_token', 'npm_token', 'npm_auth_token'] },
  { re: /\btwine\s+upload\b|\b(?:uv|poetry)\s+publish\b/, registry: 'PyPI', vars: ['twine_password', 'uv_publish_token', 'poetry_pypi_token_pypi', 'pypi_token'] },
  { re: /\bgem\s+push\b/, registry: 'RubyGems', vars: ['gem_host_api_key'] },
  { re: /\bcargo\s+publish\b/, registry: 'crates.io', vars: ['cargo_registry_token'] },
];
/** Publishing actions and their token inputs. */
const ACTIONS: Record<string, { registry: string; inputs: string[] }> = {
  'pypa/gh-action-pypi-publish': { registry: 'PyPI', inputs: ['password'] },
  'js-devtools/npm-publish': { registry: 'npm', inputs: ['token'] },
  'katyo/publish-crates': { registry: 'crates.io', inputs: ['registry-token'] },
};

/** The secrets an env variable named in `vars` reads, from the step, the job or the workflow. */
function tokenSecrets(m: Model, job: JobInfo, step: Obj, vars: string[], script: string): string[] {
  const out: string[] = [];
  for (const env of [own(step, 'env'), own(job.value, 'env'), m.kind === 'workflow' ? own(m.root, 'env') : undefined]) {
    if (!isObj(env)) continue;
    for (const k of Object.keys(env)) if (vars.includes(k.toLowerCase())) out.push(...deepStrings(env[k]).flatMap(secretReferences));
  }
  // A token on the command line: --token ${{ secrets.X }}, -p ${{ secrets.X }}
  for (const hit of script.matchAll(/(?:--token|--password|-p|-u\s+__token__\s+-p)\s*[= ]\s*["']?(\$\{\{[^}]*\}\})/g)) out.push(...secretReferences(hit[1]!));
  return out.filter((s) => s !== 'github.token');
}

export const useTrustedPublishingCheck: WorkflowCheck = {
  rule: useTrustedPublishing,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        const uses = str(own(step.value, 'uses'));
        const action = uses === undefined ? undefined : Object.hasOwn(ACTIONS, actionName(uses)) ? ACTIONS[actionName(uses)] : undefined;
        if (action !== undefined) {
          for (const input of action.inputs) {
            const found = inputValue(withArgs(step.value), input);
            const secrets = found === undefined ? [] : deepStrings(found.value).flatMap(secretReferences);
            for (const s of new Set(secrets)) {
              emit(useTrustedPublishing, 'workflow_publish_token', `${where} publishes to ${action.registry} with the long-lived token ${quoteValue(`\${{ ${s} }}`)} (input ${quoteValue(found!.name)}); ${action.registry} accepts this workflow's OIDC identity instead, a credential that cannot be reused outside the run.`, { job, step, detail: `${action.registry}|${s}` });
            }
          }
        }
        const run = scalarText(own(step.value, 'run'));
        if (run === undefined) continue;
        for (const c of COMMANDS) {
          const hit = c.re.exec(run);
          if (!hit) continue;
          const secrets = [...new Set(tokenSecrets(m, job, step.value, c.vars, run))];
          for (const s of secrets) {
            emit(useTrustedPublishing, 'workflow_publish_token', `${where} runs ${quoteValue(hit[0])} with the long-lived token ${quoteValue(`\${{ ${s} }}`)}; ${c.registry} accepts this workflow's OIDC identity instead (trusted publishing), a credential that cannot be reused outside the run.`, { job, step, detail: `${c.registry}|${s}` });
          }
          const envText = JSON.stringify([own(step.value, 'env') ?? null, own(job.value, 'env') ?? null]);
          const provenance = /--provenance\b/.test(run) || /npm_config_provenance"\s*:\s*"?true/i.test(envText);
          if (c.registry === 'npm' && /\bnpm\s+publish\b/.test(run) && secrets.length > 0 && !provenance) {
            emit(useTrustedPublishing, 'workflow_publish_no_provenance', `${where} runs "npm publish" with a token and without --provenance, so the published package carries no signed link to this commit and workflow run.`, { job, step, detail: 'npm' });
          }
        }
      }
    }
  },
};
