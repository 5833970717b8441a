import { isObj, own, scalarText } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { jobLabel } from '../model.js';

export const hardcodedContainerCredentials = defineRule({
  id: 'workflows/hardcoded-container-credentials',
  codes: ['workflow_hardcoded_credentials'],
  summary: 'A job or service container sets credentials.password to a literal string, committing a registry password to the repository and its history.',
  fix: 'Use ${{ secrets.NAME }} for the password, and rotate the one that was committed.',
});

export const hardcodedContainerCredentialsCheck: WorkflowCheck = {
  rule: hardcodedContainerCredentials,
  facts({ m, emit }) {
    if (m.kind !== 'workflow') return;
    for (const job of m.jobs) {
      const credentialed: { what: string; value: unknown }[] = [{ what: 'container', value: own(job.value, 'container') }];
      const services = own(job.value, 'services');
      if (isObj(services)) for (const k of Object.keys(services)) credentialed.push({ what: `service ${quoteValue(k)}`, value: services[k] });
      for (const { what, value } of credentialed) {
        const creds = isObj(value) ? own(value, 'credentials') : undefined;
        const password = isObj(creds) ? scalarText(own(creds, 'password')) : undefined;
        if (password !== undefined && password.trim() !== '' && !password.includes('${{')) {
          emit(hardcodedContainerCredentials, 'workflow_hardcoded_credentials', `${jobLabel(m, job)} ${what} sets credentials.password to a literal string, so a registry password is committed to the repository (readable by anyone who can read it, and kept in its history); use \${{ secrets.NAME }} and rotate the committed password.`, { job, detail: what });
        }
      }
    }
  },
};
