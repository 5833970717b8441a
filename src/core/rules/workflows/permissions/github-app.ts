// GitHub App installation tokens minted in a workflow: by default they carry every permission of the
// installation, for every repository of the owner when only `owner` is given, and are revoked when the
// job ends unless told not to. Each widening outlives or outreaches what the step needs.
import { own, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, inputText, stepWhere, withArgs } from '../model.js';

export const githubApp = defineRule({
  id: 'workflows/github-app',
  codes: ['workflow_app_token_unrevoked', 'workflow_app_token_all_repositories', 'workflow_app_token_all_permissions'],
  summary: 'A GitHub App installation token is minted without revocation at the end of the job, for every repository of the owner, or with every permission of the installation.',
  fix: 'Name the repositories (repositories:) and permissions (permission-<scope>: read|write) the step needs, and keep the token revoked after the job.',
});

const APP_TOKEN_ACTIONS = new Set(['actions/create-github-app-token', 'tibdex/github-app-token']);

export const githubAppCheck: WorkflowCheck = {
  rule: githubApp,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const uses = str(own(step.value, 'uses'));
        if (uses === undefined || !APP_TOKEN_ACTIONS.has(actionName(uses))) continue;
        const name = actionName(uses);
        const args = withArgs(step.value);
        const where = `${stepWhere(m, job, step)} (${quoteValue(name)})`;
        const tibdex = name === 'tibdex/github-app-token';
        if ((!tibdex && inputText(args, 'skip-token-revoke') === 'true') || (tibdex && inputText(args, 'revoke') === 'false')) {
          emit(githubApp, 'workflow_app_token_unrevoked', `${where} mints an installation token that is not revoked when the job ends, so it stays valid for up to an hour after the step that needed it.`, { job, step, detail: 'revoke' });
        }
        const scoped = tibdex ? inputText(args, 'repository') !== undefined || inputText(args, 'repositories') !== undefined : inputText(args, 'repositories') !== undefined;
        // Organisation-level scopes (members, organization-*) reach no repository, whatever repositories: says.
        const scopes = Object.keys(args).filter((k) => k.toLowerCase().startsWith('permission-')).map((k) => k.toLowerCase().slice('permission-'.length));
        const orgOnly = scopes.length > 0 && scopes.every((p) => p === 'members' || p === 'team-discussions' || p.startsWith('organization-') || p.startsWith('organization_'));
        if (inputText(args, 'owner') !== undefined && !scoped && !orgOnly) {
          emit(githubApp, 'workflow_app_token_all_repositories', `${where} sets owner: without repositories:, so the token can act on every repository of that owner the App is installed on.`, { job, step, detail: 'repositories' });
        }
        const permissions = tibdex ? inputText(args, 'permissions') !== undefined : Object.keys(args).some((k) => k.toLowerCase().startsWith('permission-'));
        if (!permissions) {
          emit(githubApp, 'workflow_app_token_all_permissions', `${where} names no permissions, so the token carries every permission the App's installation has, not only what this job uses.`, { job, step, detail: 'permissions' });
        }
      }
    }
  },
};
