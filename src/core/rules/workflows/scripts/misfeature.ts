// Features that make a workflow hard to read and to review: the cmd shell (no grammar, so quoting
// and injection cannot be judged), shells GitHub does not document, and setup-python's pip-install
// input, which installs named packages into the global environment outside any lockfile.
import { isObj, own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { At, WorkflowCheck } from '../check.js';
import { actionName, fileLabel, inputValue, jobLabel, stepWhere, withArgs } from '../model.js';

export const misfeature = defineRule({
  id: 'workflows/misfeature',
  codes: ['workflow_cmd_shell', 'workflow_unknown_shell', 'workflow_pip_install_input'],
  summary: 'A step runs in the Windows cmd shell or a shell GitHub does not document, whose quoting no reviewer can judge, or actions/setup-python installs packages through its pip-install input, outside any lockfile.',
  fix: 'Use bash or pwsh; install Python packages in a run: step from a locked requirements file into a virtual environment.',
});

const KNOWN_SHELLS = new Set(['bash', 'sh', 'pwsh', 'powershell', 'python', 'cmd']);

export const misfeatureCheck: WorkflowCheck = {
  rule: misfeature,
  facts({ m, emit }) {
    if (m.kind === 'dependabot') return;
    const shell = (value: unknown, where: string, at: At): void => {
      const text = scalarText(value)?.trim();
      if (text === undefined || text === '' || text.includes('${{')) return;
      const program = (text.split(/\s+/)[0] ?? '').toLowerCase().replace(/\.exe$/, '');
      if (program === 'cmd') emit(misfeature, 'workflow_cmd_shell', `${where} runs in the cmd shell (${quoteValue(text)}), which has no formal grammar: quoting, and so injection, cannot be judged.`, { ...at, detail: 'cmd' });
      else if (!KNOWN_SHELLS.has(program)) emit(misfeature, 'workflow_unknown_shell', `${where} runs its scripts with ${quoteValue(text)}, a shell GitHub does not document; what the script does depends on that program.`, { ...at, detail: program });
    };
    const defaultsShell = (o: unknown): unknown => {
      const run = isObj(o) ? own(o, 'run') : undefined;
      return isObj(run) ? own(run, 'shell') : undefined;
    };
    if (m.kind === 'workflow') shell(defaultsShell(own(m.root, 'defaults')), `${fileLabel(m)} (defaults)`, {});
    for (const job of m.jobs) {
      shell(defaultsShell(own(job.value, 'defaults')), `${jobLabel(m, job)} (defaults)`, { job });
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        if (own(step.value, 'run') !== undefined) shell(own(step.value, 'shell'), where, { job, step });
        const uses = str(own(step.value, 'uses'));
        if (uses !== undefined && actionName(uses) === 'actions/setup-python' && inputValue(withArgs(step.value), 'pip-install') !== undefined) {
          emit(misfeature, 'workflow_pip_install_input', `${where} installs packages with actions/setup-python's pip-install input, into the global environment and outside any lockfile.`, { job, step, detail: 'pip-install' });
        }
      }
    }
  },
};
