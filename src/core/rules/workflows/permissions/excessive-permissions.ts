import { isObj } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import { looseKey, type WorkflowCheck } from '../check.js';
import { jobLabel, type JobInfo, type Model } from '../model.js';

export const excessivePermissions = defineRule({
  id: 'workflows/excessive-permissions',
  codes: ['workflow_permissions_default', 'workflow_permissions_removed', 'workflow_permissions_write_all', 'workflow_permission_write'],
  summary: 'A job gets write scopes on the GITHUB_TOKEN (write-all, a write scope, id-token), or the repository default because no permissions block applies.',
  fix: 'Set permissions: on the workflow (contents: read) and grant each job only the write scopes it uses.',
});

const PERMISSION_SCOPES = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models',
  'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
];

interface Perms {
  source: 'job' | 'workflow' | 'default';
  writeAll: boolean;
  writes: string[];
}

function parsePermissions(v: unknown): { writeAll: boolean; writes: string[] } {
  if (typeof v === 'string') {
    if (v.trim().toLowerCase() === 'read-all') return { writeAll: false, writes: [] };
    return { writeAll: true, writes: [] }; // write-all, or anything GitHub would not accept: fail closed
  }
  if (isObj(v)) {
    const writes: string[] = [];
    for (const k of Object.keys(v)) {
      const level = typeof v[k] === 'string' ? (v[k]).trim().toLowerCase() : '';
      if (level !== 'read' && level !== 'none') writes.push(k);
    }
    return { writeAll: false, writes };
  }
  return { writeAll: true, writes: [] };
}

export function effectivePermissions(m: Model, job: JobInfo): Perms {
  if (Object.hasOwn(job.value, 'permissions')) return { source: 'job', ...parsePermissions(job.value.permissions) };
  if (Object.hasOwn(m.root, 'permissions')) return { source: 'workflow', ...parsePermissions(m.root.permissions) };
  return { source: 'default', writeAll: false, writes: [] };
}

export const excessivePermissionsCheck: WorkflowCheck = {
  rule: excessivePermissions,
  facts({ m, other, emit }) {
    if (m.kind !== 'workflow') return;
    for (const job of m.jobs) {
      const where = jobLabel(m, job);
      const perms = effectivePermissions(m, job);
      const from = perms.source === 'workflow' ? ' (set at the workflow level)' : '';
      if (perms.source === 'default') {
        const otherJob = other?.jobs.find((o) => o.id === job.id);
        const removed = other && otherJob && effectivePermissions(other, otherJob).source !== 'default';
        if (removed) emit(excessivePermissions, 'workflow_permissions_removed', `${where}: the permissions block was removed, so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations).`, { job, detail: 'default' });
        else emit(excessivePermissions, 'workflow_permissions_default', `${where} has no permissions block (nor has the workflow), so the repository's default GITHUB_TOKEN permissions apply (write-all on older repositories and organisations); set explicit, minimal permissions.`, { job, detail: 'default' });
      } else if (perms.writeAll) {
        emit(excessivePermissions, 'workflow_permissions_write_all', `${where} gets write-all GITHUB_TOKEN permissions${from}.`, { job, detail: 'write-all' });
      } else {
        for (const scope of perms.writes) {
          const lower = scope.toLowerCase();
          const note = lower === 'id-token'
            ? ' (OIDC: the job can mint tokens that cloud providers and registries exchange for credentials)'
            : PERMISSION_SCOPES.includes(lower) ? '' : ' (unknown scope)';
          emit(excessivePermissions, 'workflow_permission_write', `${where} gets ${quoteValue(scope)}${note}: write on the GITHUB_TOKEN${from}.`, {
            job,
            detail: `write|${lower}`,
            coveredBy: [looseKey(excessivePermissions, job.id, 'write-all')],
          });
        }
      }
    }
  },
};
