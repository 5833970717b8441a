// JSON Schema (draft 2020-12) of evidence files: one document per action run. Generated into
// schemas/evidence.schema.json by `npm run build`. Common fields are closed and typed; each action
// adds its own section. A token never appears here (tests scan for it).

import { protectedExemptions } from './schemas.js';

const nullableString = { type: ['string', 'null'], maxLength: 4096 } as const;
const digest = { type: 'string', pattern: '^([0-9a-f]{64})?$', maxLength: 64 } as const;

export const evidenceSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://agent-guard.invalid/schemas/evidence.schema.json',
  title: 'agent-guard evidence',
  type: 'object',
  required: ['version', 'action', 'job', 'timings'],
  properties: {
    version: { const: 'agent-guard.evidence/v1' },
    // `command`: one decision of `agent-guard exec` or `hook` (and, for exec, how the command ended).
    action: { enum: ['guard-diff', 'approval-gate', 'request-capability', 'command'] },
    mode: { type: 'string', maxLength: 32 },
    job: {
      type: 'object',
      additionalProperties: false,
      required: ['repository', 'run_id', 'workflow', 'actor', 'event'],
      properties: {
        repository: nullableString,
        run_id: nullableString,
        run_attempt: nullableString,
        workflow: nullableString,
        job: nullableString,
        actor: nullableString,
        event: nullableString,
        ref: nullableString,
        sha: nullableString,
      },
    },
    // null when a run ended before it knew them (a request refused on its event).
    base: { type: ['string', 'null'], maxLength: 256 },
    head: { type: ['string', 'null'], maxLength: 256 },
    merge_base: { type: 'string', maxLength: 64 },
    branch: nullableString,
    policy: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'sha256'],
          properties: {
            source: { type: 'string', maxLength: 4096 },
            sha256: digest,
            baseline: { type: 'boolean' },
            // protected.exempt as applied: each exact path taken out of the built-in protected set, with its reason.
            exempt: protectedExemptions,
          },
        },
      ],
    },
    manifest: {
      anyOf: [
        { type: 'null' },
        { type: 'object', required: ['source', 'sha256'], properties: { source: { type: 'string', maxLength: 4096 }, sha256: digest } },
      ],
    },
    // request-capability's verdict is granted or refused; the others judge a change.
    verdict: { enum: ['allow', 'approval_required', 'deny', 'granted', 'refused'] },
    tier: { enum: ['low', 'medium', 'high'] },
    files: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'status', 'kind', 'tier', 'capability', 'decision', 'reasons'],
        properties: {
          path: { type: 'string', maxLength: 8192 },
          previous_path: { type: 'string', maxLength: 8192 },
          status: { enum: ['added', 'modified', 'deleted', 'renamed', 'copied', 'type_changed'] },
          kind: { type: 'string', maxLength: 32 },
          tier: { enum: ['low', 'medium', 'high'] },
          capability: { type: ['string', 'null'], maxLength: 64 },
          decision: { enum: ['allow', 'approval_required', 'deny'] },
          reasons: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['rule', 'code', 'message'],
              properties: { rule: { type: 'string', maxLength: 128 }, code: { type: 'string', maxLength: 128 }, message: { type: 'string', maxLength: 8192 } },
            },
          },
        },
      },
    },
    violations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'code', 'message'],
        properties: { rule: { type: 'string', maxLength: 128 }, code: { type: 'string', maxLength: 128 }, path: { type: 'string', maxLength: 8192 }, message: { type: 'string', maxLength: 8192 } },
      },
    },
    // guard-diff: the manifest's grants against what the change needed (= used: the files' capabilities);
    // request-capability: the capabilities behind the token (an array of {name, tier, permissions}).
    capabilities: {
      anyOf: [
        {
          type: 'object',
          properties: {
            granted: { type: 'array', items: { type: 'string', maxLength: 64 } },
            needed: { type: 'array', items: { type: 'string', maxLength: 64 } },
            used: { type: 'array', items: { type: 'string', maxLength: 64 } },
            unused: { type: 'array', items: { type: 'string', maxLength: 64 } },
          },
        },
        {
          type: 'array',
          items: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 64 }, tier: { enum: ['low', 'medium', 'high', null] }, permissions: { type: 'object' } } },
        },
      ],
    },
    // Every denial of the run, each with the rule id that produced it (request-capability refusals carry
    // `request-capability/<code>`: they come from the capability request, not from a rule module).
    denials: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'code', 'message'],
        properties: { rule: { type: 'string', maxLength: 128 }, code: { type: 'string', maxLength: 128 }, path: { type: 'string', maxLength: 8192 }, capability: { type: 'string', maxLength: 64 }, message: { type: 'string', maxLength: 8192 } },
      },
    },
    // The commit the change landed as, when the run knows it (a merged pull request, a merge group, a push).
    merge_commit: { type: ['string', 'null'], pattern: '^([0-9a-f]{40}|[0-9a-f]{64})$' },
    // Approval gate: when the wait for approval started and when the qualifying approval came (null until then).
    approval_requested_at: { type: ['string', 'null'], format: 'date-time' },
    approval_decided_at: { type: ['string', 'null'], format: 'date-time' },
    notes: { type: 'array', maxItems: 64, items: { type: 'string', maxLength: 4096 } },
    approvals: { type: ['object', 'null'] },
    credentials: {
      type: 'array',
      items: {
        type: 'object',
        required: ['permissions', 'issued_at', 'expires_at'],
        properties: {
          // What GitHub answered, recorded as it came: a token refused for an unasked level (admin) or key
          // is still evidence of a credential that existed and was revoked.
          permissions: { type: 'object' },
          issued_at: { type: ['string', 'null'], format: 'date-time' },
          expires_at: { type: ['string', 'null'], format: 'date-time' },
          revoked_at: { type: ['string', 'null'], format: 'date-time' },
        },
      },
    },
    command: {
      type: 'object',
      additionalProperties: false,
      required: ['tool', 'decision', 'rule', 'code', 'message', 'argv', 'command_line', 'capability', 'pattern', 'cwd', 'task', 'exit'],
      properties: {
        tool: { enum: ['exec', 'hook'] },
        decision: { enum: ['allow', 'deny'] },
        rule: { type: 'string', pattern: '^commands/', maxLength: 128 },
        code: { type: 'string', maxLength: 128 },
        message: { type: 'string', maxLength: 16384 },
        argv: { anyOf: [{ type: 'null' }, { type: 'array', maxItems: 1024, items: { type: 'string' } }] },
        command_line: { type: ['string', 'null'], maxLength: 4096 },
        capability: { type: ['string', 'null'], maxLength: 64 },
        pattern: { anyOf: [{ type: 'null' }, { type: 'array', items: { type: 'string' } }] },
        cwd: { type: 'string', maxLength: 4096 },
        task: {
          anyOf: [
            { type: 'null' },
            { type: 'object', additionalProperties: false, required: ['subject', 'task_id'], properties: { subject: { type: 'string', maxLength: 256 }, task_id: { type: ['string', 'null'], maxLength: 256 } } },
          ],
        },
        runtime: { type: 'object', additionalProperties: { type: 'string', maxLength: 200 } },
        env_passed: { type: 'array', items: { type: 'string', maxLength: 256 } },
        exit: {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['exit_code', 'signal', 'duration_ms'],
              properties: { exit_code: { type: ['integer', 'null'] }, signal: { type: ['string', 'null'], maxLength: 32 }, duration_ms: { type: 'number', minimum: 0 }, error: { type: 'string', maxLength: 4096 } },
            },
          ],
        },
      },
    },
    timings: {
      type: 'object',
      required: ['started_at', 'finished_at', 'duration_ms'],
      properties: {
        started_at: { type: 'string', format: 'date-time' },
        finished_at: { type: 'string', format: 'date-time' },
        duration_ms: { type: 'number', minimum: 0 },
      },
    },
  },
  // Each action adds its own sections (approvals detail, credentials, API request counts).
  additionalProperties: true,
} as const;
