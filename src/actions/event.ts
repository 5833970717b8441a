// Base, head and branch of the change from the workflow event. For `push` the base is the default
// branch (never `event.before`, which covers only the last push); for `merge_group` the group's base.

export interface ChangeRefs {
  base: string;
  head: string;
  branch?: string;
  /** Why these refs were chosen, for the log. */
  source: string;
}

export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventError';
  }
}

const ZERO = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

export function refsFromEvent(eventName: string, payload: unknown, env: Record<string, string | undefined>, overrides: { base?: string; head?: string }): ChangeRefs {
  const p = obj(payload);
  const needSha = (value: string | undefined, what: string): string => {
    if (value === undefined || !SHA.test(value)) throw new EventError(`the ${eventName} event has no valid ${what}`);
    return value;
  };
  let refs: ChangeRefs;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const pr = obj(p.pull_request);
      refs = {
        base: needSha(str(obj(pr.base).sha), 'pull_request.base.sha'),
        head: needSha(str(obj(pr.head).sha), 'pull_request.head.sha'),
        source: `${eventName} #${String(pr.number ?? '?')}`,
      };
      const branch = str(obj(pr.head).ref);
      if (branch) refs.branch = branch;
      break;
    }
    case 'merge_group': {
      const mg = obj(p.merge_group);
      refs = {
        base: needSha(str(mg.base_sha), 'merge_group.base_sha'),
        head: needSha(str(mg.head_sha), 'merge_group.head_sha'),
        source: 'merge_group',
      };
      const branch = str(mg.head_ref)?.replace(/^refs\/heads\//, '');
      if (branch) refs.branch = branch;
      break;
    }
    case 'push': {
      const head = needSha(str(p.after) ?? env.GITHUB_SHA, 'after');
      const branch = str(p.ref)?.replace(/^refs\/heads\//, '') ?? env.GITHUB_REF_NAME;
      const defaultBranch = str(obj(p.repository).default_branch);
      if (!defaultBranch) throw new EventError('the push event does not name the repository default branch');
      if (branch === defaultBranch) {
        // A push to the default branch itself: the only base is the previous tip, which must exist.
        const before = str(p.before);
        if (!before || ZERO.test(before) || !SHA.test(before)) throw new EventError('push to the default branch without a previous commit: the change set cannot be established');
        refs = { base: before, head, source: `push to the default branch ${defaultBranch} (base: event.before)` };
      } else {
        refs = { base: `origin/${defaultBranch}`, head, source: `push (base: default branch ${defaultBranch})` };
      }
      if (branch) refs.branch = branch;
      break;
    }
    case 'workflow_dispatch':
      if (!overrides.base || !overrides.head) throw new EventError('workflow_dispatch needs the base and head inputs');
      refs = { base: overrides.base, head: overrides.head, source: 'workflow_dispatch inputs' };
      if (env.GITHUB_REF_NAME) refs.branch = env.GITHUB_REF_NAME;
      break;
    default:
      if (!overrides.base || !overrides.head) throw new EventError(`event ${JSON.stringify(eventName)} is not supported without the base and head inputs`);
      refs = { base: overrides.base, head: overrides.head, source: `${eventName} with explicit inputs` };
  }
  if (overrides.base) refs.base = overrides.base;
  if (overrides.head) refs.head = overrides.head;
  return refs;
}
