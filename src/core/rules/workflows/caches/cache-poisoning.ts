import { own, scalarText, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, inputText, inputValue, publishes, stepWhere, withArgs, type Obj } from '../model.js';

export const cachePoisoning = defineRule({
  id: 'workflows/cache-poisoning',
  codes: ['workflow_cache_poisoning', 'workflow_cache_in_release'],
  summary: 'A cache (actions/cache, or the built-in cache of setup-* and similar actions) is saved under a privileged trigger, where pull request code can poison the default branch\'s cache, or restored in a release or tag publishing workflow, which then builds what a poisoned cache holds.',
  fix: 'Do not use caches in privileged or publishing workflows: remove the cache step, set the action\'s cache input off (cache: \'\', enable-cache: false, package-manager-cache: false), or skip it on tags.',
});

/** Whether a step uses a cache, and how: 'save' (restores and saves), 'restore' (only restores), or null. */
function cacheUse(name: string, args: Obj): 'save' | 'restore' | null {
  const text = (input: string) => inputText(args, input);
  // An input computed by an expression (enable-cache: ${{ !startsWith(github.ref, 'refs/tags/') }}) is a deliberate switch.
  const computed = (input: string) => scalarText(inputValue(args, input)?.value)?.includes('${{') === true;
  const on = (input: string, dflt: boolean) => {
    if (computed(input)) return false;
    const v = text(input);
    return v === undefined ? dflt : v !== '' && v !== 'false';
  };
  switch (name) {
    case 'actions/cache':
    case 'actions/cache/save':
      return 'save';
    case 'actions/cache/restore':
      return 'restore';
    case 'actions/setup-go':
      return on('cache', true) ? 'save' : null;
    case 'astral-sh/setup-uv':
      return on('enable-cache', true) ? 'save' : null;
    case 'swatinem/rust-cache':
      return text('lookup-only') === 'true' ? null : 'save';
    case 'ruby/setup-ruby':
      return on('bundler-cache', false) ? 'save' : null;
    case 'actions/setup-node':
    case 'actions/setup-python':
    case 'actions/setup-java':
    case 'actions/setup-dotnet':
    case 'pnpm/action-setup':
    case 'gradle/actions/setup-gradle':
      return name === 'gradle/actions/setup-gradle' ? (text('cache-disabled') === 'true' ? null : 'save') : on('cache', false) ? 'save' : null;
    default:
      return name.startsWith('actions/setup-') && on('cache', false) ? 'save' : null;
  }
}

/** A step condition that keeps the step off tags or releases. */
function skippedWhenPublishing(step: Obj): boolean {
  const cond = scalarText(own(step, 'if')) ?? '';
  return /refs\/tags|event_name|github\.ref\b|release/i.test(cond);
}

export const cachePoisoningCheck: WorkflowCheck = {
  rule: cachePoisoning,
  facts({ m, emit }) {
    if (m.kind !== 'workflow') return;
    for (const job of m.jobs) {
      const release = publishes(m, job);
      for (const step of job.steps) {
        const uses = str(own(step.value, 'uses'));
        if (uses === undefined) continue;
        const name = actionName(uses);
        const use = cacheUse(name, withArgs(step.value));
        if (use === null) continue;
        const where = stepWhere(m, job, step);
        if (use === 'save' && m.privileged.length > 0) {
          emit(cachePoisoning, 'workflow_cache_poisoning', `${where} uses ${quoteValue(name)}, which saves a cache, in a workflow triggered by ${m.privileged.join(', ')}; those runs save into the default branch's cache scope, which release and other privileged workflows restore, so anything attacker-controlled in this job can plant files that a later privileged run restores and executes.`, { job, step, detail: name });
        } else if (release !== null && !skippedWhenPublishing(step.value)) {
          emit(cachePoisoning, 'workflow_cache_in_release', `${where} restores a cache with ${quoteValue(name)} in a publishing job (${release}); any workflow with the repository's token (a pull request run included, for its own scope) can write cache entries, so the release would build from whatever a poisoned entry holds.`, { job, step, detail: name });
        }
      }
    }
  },
};
