// JSON Schemas (draft 2020-12) for the policy and the task manifest. The source of truth is here;
// `schemas/*.schema.json` are generated from it by `npm run build` (editors use those) and a test
// checks that they match. Closed everywhere, every string and array bounded, ASCII-only keys,
// anchored patterns without nested quantifiers (a test lints all of this).

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const ID_BASE = 'https://agent-guard.invalid/schemas';

const glob = { type: 'string', minLength: 1, maxLength: 512 } as const;
const globList = { type: 'array', items: glob, maxItems: 500 } as const;
const tier = { type: 'string', enum: ['low', 'medium', 'high'], maxLength: 6 } as const;
const capabilityName = { type: 'string', pattern: '^[a-z][a-z0-9_]{0,63}$', maxLength: 64 } as const;
const capabilityList = { type: 'array', items: capabilityName, maxItems: 64, uniqueItems: true } as const;
/** GitHub login (users, and apps with a `[bot]` suffix). */
const login = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$', maxLength: 45 } as const;
/** Login pattern: a login where `*` matches any run of characters. */
const loginPattern = { type: 'string', pattern: '^[A-Za-z0-9*][A-Za-z0-9*-]{0,38}(\\[bot\\])?$', maxLength: 45 } as const;
const team = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$', maxLength: 140 } as const;
/** Host or `*.`-prefixed wildcard host; structure is checked again in code. */
const host = { type: 'string', pattern: '^[A-Za-z0-9*][A-Za-z0-9.-]{0,252}$', maxLength: 253 } as const;
const hostList = { type: 'array', items: host, maxItems: 100, uniqueItems: true } as const;
const description = { type: 'string', maxLength: 2000 } as const;
/** Subject names. Must start with a letter or digit: `__proto__` as a subject name would replace the prototype of the parsed subjects table. */
const asciiKey = (max: number) => ({ pattern: `^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,${max - 1}}$`, maxLength: max }) as const;

const approvalRule = {
  type: 'object',
  additionalProperties: false,
  required: ['count'],
  properties: {
    count: { type: 'integer', minimum: 0, maximum: 10 },
    codeowners: { type: 'boolean' },
    reviewers: {
      type: 'object',
      additionalProperties: false,
      properties: {
        users: { type: 'array', items: login, maxItems: 100, uniqueItems: true },
        teams: { type: 'array', items: team, maxItems: 50, uniqueItems: true },
      },
    },
    keep_on_identical_rebase: { type: 'boolean' },
    unlinked_commits: { enum: ['extra_approval', 'deny'] },
  },
} as const;

/** `protected.exempt`: exact paths with a reason each (the evidence records the list as applied). */
export const protectedExemptions = {
  type: 'array',
  maxItems: 200,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'reason'],
    properties: { path: glob, reason: { type: 'string', minLength: 3, maxLength: 500 } },
  },
} as const;

export const policySchema = {
  $schema: DRAFT,
  $id: `${ID_BASE}/policy.schema.json`,
  title: 'agent-guard policy',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1 },
    agents: { type: 'array', items: loginPattern, maxItems: 100, uniqueItems: true },
    default_tier: tier,
    tiers: {
      type: 'object',
      additionalProperties: false,
      properties: { high: globList, medium: globList, low: globList },
    },
    // A list of globs, or paths plus `exempt`: exact paths taken out of the built-in set, each with a reason.
    protected: {
      oneOf: [
        globList,
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            paths: globList,
            exempt: protectedExemptions,
          },
        },
      ],
    },
    manifests: globList,
    capabilities: {
      type: 'object',
      maxProperties: 64,
      propertyNames: capabilityName,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          description,
          paths: globList,
          tier,
          environments: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,255}$', maxLength: 255 },
            maxItems: 50,
            uniqueItems: true,
          },
          /** Argv patterns (lists of words, `*` for one argument or, last, for the rest), never shell strings. */
          commands: {
            type: 'array',
            items: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 256 }, minItems: 1, maxItems: 64 },
            maxItems: 200,
          },
          /** Environment variables the capability passes to the commands it allows (all others are scrubbed). */
          env: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,127}$', maxLength: 128 },
            maxItems: 50,
            uniqueItems: true,
          },
        },
      },
    },
    subjects: {
      type: 'object',
      maxProperties: 100,
      propertyNames: { type: 'string', ...asciiKey(128) },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['capabilities'],
        properties: {
          description,
          capabilities: capabilityList,
          branches: globList,
          repositories: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$', maxLength: 201 },
            maxItems: 100,
            uniqueItems: true,
          },
        },
      },
    },
    approvals: {
      type: 'object',
      additionalProperties: false,
      properties: { high: approvalRule, medium: approvalRule, low: approvalRule },
    },
    network: {
      type: 'object',
      additionalProperties: false,
      properties: { allow: hostList },
    },
    /** Changes with the verdict or tier they must get (`agent-guard validate` checks them; src/core/policy-examples.ts). */
    examples: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          path: { type: 'string', minLength: 1, maxLength: 4096 },
          paths: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 4096 }, minItems: 1, maxItems: 100 },
          status: { type: 'string', enum: ['added', 'modified', 'deleted'], maxLength: 8 },
          executable: { type: 'boolean' },
          verdict: { type: 'string', enum: ['allow', 'approval_required', 'deny'], maxLength: 17 },
          tier,
        },
      },
    },
    // Workflow rule ids whose introduced findings deny; that each id exists is checked in code.
    // allowed_uses: the owners (owner/*), repositories (owner/repo) and docker:// images uses: may name; checked again in code.
    workflows: {
      type: 'object',
      additionalProperties: false,
      properties: {
        deny: { type: 'array', items: { type: 'string', pattern: '^workflows/[a-z][a-z0-9-]{0,63}$', maxLength: 74 }, maxItems: 100, uniqueItems: true },
        allowed_uses: { type: 'array', items: { type: 'string', pattern: '^(docker://[A-Za-z0-9][A-Za-z0-9._/-]{0,250}(/[*])?|[A-Za-z0-9][A-Za-z0-9-]{0,38}/([*]|[A-Za-z0-9_.-]{1,100}))$', maxLength: 262 }, maxItems: 500, uniqueItems: true },
      },
    },
  },
} as const;

export const manifestSchema = {
  $schema: DRAFT,
  $id: `${ID_BASE}/manifest.schema.json`,
  title: 'agent-guard task manifest',
  type: 'object',
  additionalProperties: false,
  required: ['agent_task'],
  properties: {
    agent_task: {
      type: 'object',
      additionalProperties: false,
      required: ['subject', 'repository', 'capabilities'],
      properties: {
        subject: { type: 'string', ...asciiKey(128) },
        repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}(/[A-Za-z0-9_.-]{1,100})?$', maxLength: 201 },
        branch_pattern: glob,
        capabilities: capabilityList,
        denied: capabilityList,
        network: {
          type: 'object',
          additionalProperties: false,
          properties: {
            allow: hostList,
            deny_default: { type: 'boolean' },
          },
        },
        initiator: login,
        task_id: { type: 'string', pattern: '^[A-Za-z0-9_.:#/-]{1,128}$', maxLength: 128 },
        description,
        expires_at: { type: 'string', format: 'date-time', maxLength: 64 },
      },
    },
  },
} as const;
