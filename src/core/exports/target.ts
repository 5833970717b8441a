// What every runtime export shares: the task as the exports see it (granted commands, paths, hosts,
// variables; the files an agent must not read or rewrite), the shape of a rendering, and drift. A
// rendering is a set of files plus notes that say what the target cannot express; a drift check
// compares the parts of each file the export owns with the file as it is, and lists every difference.

import { BUILTIN_CAPABILITIES } from '../capabilities.js';
import { commandScope, type CommandGrant } from '../commands/decide.js';
import { grantedCapabilities, type Manifest } from '../manifest.js';
import type { Policy } from '../policy.js';
import { PROTECTED_RULES, DEFAULT_POLICY_PATH } from '../protected.js';
import { isObj, own } from '../json.js';
import { stableJson } from '../text.js';

export const EXPORT_TARGETS = ['claude', 'codex', 'gh-aw', 'harden-runner', 'copilot'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export interface ExportInput {
  policy: Policy;
  manifest: Manifest;
  /** The repository path of the policy (for the hook command and the files denied to the agent). */
  policyPath: string;
  /** The command a runtime's hook runs; `|| exit 2` is added where a shell runs it. */
  hookCommand: string;
  /** Shown in every file's header: where the rendering came from. */
  source: string;
}

export interface RenderedFile {
  /** Repository path; null for output that is not a file (a checklist). */
  path: string | null;
  content: string;
  /** The differences between this rendering and a file's text (null: the file does not exist). */
  drift(actual: string | null): string[];
}

export interface Rendering {
  target: ExportTarget;
  files: RenderedFile[];
  /** What the target cannot express of the manifest and policy, one sentence each. */
  notes: string[];
}

/** The task in the terms the exports use. */
export interface TaskView {
  capabilities: string[];
  commands: CommandGrant[];
  /** Commands of the policy's capabilities this task is not granted. */
  withheld: CommandGrant[];
  /** Path globs of the granted capabilities (what the agent may edit). */
  paths: string[];
  hosts: string[];
  env: string[];
  /** Globs of files no tool may read (secrets). */
  secretFiles: string[];
  /** Globs of files the agent must not rewrite: the policy, manifests, agent configuration. */
  controlFiles: string[];
}

export function taskView(input: ExportInput): TaskView {
  const { policy, manifest } = input;
  const scope = commandScope(policy, manifest);
  if (scope.noTask) throw new ExportError(scope.noTask);
  const capabilities = grantedCapabilities(manifest, policy);
  const paths = new Set<string>();
  for (const c of capabilities) if (Object.hasOwn(policy.capabilities, c) && !BUILTIN_CAPABILITIES[c]?.refuseWith) for (const g of policy.capabilities[c]!.paths) paths.add(g);
  const protectedGlobs = (category: string) => PROTECTED_RULES.filter((r) => r.category === category).flatMap((r) => expandBraces(r.glob));
  const control = capabilities.includes('modify_policy')
    ? []
    : [...new Set([input.policyPath, ...policy.manifests, ...protectedGlobs('agent-guard'), ...protectedGlobs('agent'), '.codex/**'])];
  return {
    capabilities,
    commands: [...scope.granted],
    withheld: [...scope.withheld],
    paths: [...paths],
    hosts: [...manifest.network.allow],
    env: [...scope.env],
    secretFiles: protectedGlobs('secrets'),
    controlFiles: control,
  };
}

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

/** One level of `{a,b}` alternatives, as the built-in protected globs use them. */
export function expandBraces(glob: string): string[] {
  const m = /^(.*?)\{([^{}]*)\}(.*)$/.exec(glob);
  if (!m) return [glob];
  return m[2]!.split(',').flatMap((alt) => expandBraces(`${m[1]}${alt}${m[3]}`));
}

/** Differences between two values at the paths the export owns, as `where: expected X, found Y`. */
export function compareOwned(owned: ReadonlyArray<[string, unknown, unknown]>): string[] {
  const out: string[] = [];
  for (const [where, expected, actual] of owned) {
    if (stableJson(normalise(expected)) === stableJson(normalise(actual))) continue;
    if (Array.isArray(expected) && Array.isArray(actual)) {
      const want = new Set(expected.map((x) => stableJson(x)));
      const have = new Set(actual.map((x) => stableJson(x)));
      const extra = [...have].filter((x) => !want.has(x));
      const missing = [...want].filter((x) => !have.has(x));
      const parts = [...(extra.length ? [`has what the manifest does not grant: ${clip(extra.join(', '))}`] : []), ...(missing.length ? [`lacks ${clip(missing.join(', '))}`] : [])];
      out.push(`${where}: ${parts.join('; ') || 'holds duplicates'}`);
    } else {
      out.push(`${where}: expected ${clip(stableJson(expected))}, found ${actual === undefined ? 'nothing' : clip(stableJson(actual))}`);
    }
  }
  return out;
}

/** Lists compare as sets: the order of rules or hosts does not change what a runtime allows. */
function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return [...v.map(normalise)].sort((a, b) => (stableJson(a) < stableJson(b) ? -1 : 1));
  return v;
}

function clip(s: string): string {
  return s.length > 300 ? `${s.slice(0, 300)}...` : s;
}

/** A JSON file's value, or why it has none (a drift message). */
export function readJsonFile(text: string | null): { value: unknown } | { problem: string } {
  if (text === null) return { problem: 'the file does not exist' };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { problem: 'the file is not JSON' };
  }
}

/** True when `hooks.PreToolUse` of a hooks configuration has `matcher` running exactly `command`. */
export function hasPreToolUseHook(config: unknown, matcher: string, command: string): boolean {
  const hooks = isObj(config) ? own(config, 'hooks') : undefined;
  const pre = isObj(hooks) ? own(hooks, 'PreToolUse') : undefined;
  if (!Array.isArray(pre)) return false;
  return pre.some((m) => {
    const handlers = isObj(m) && own(m, 'matcher') === matcher ? own(m, 'hooks') : undefined;
    return Array.isArray(handlers) && handlers.some((h) => isObj(h) && own(h, 'type') === 'command' && own(h, 'command') === command);
  });
}

/** The header every rendered configuration file starts with (as a comment where the format has them). */
export function header(input: ExportInput, target: ExportTarget): string {
  return `Rendered by \`agent-guard export --target ${target}\` from ${input.source}. Edit the manifest or policy, not this file; \`agent-guard export --check\` reports drift.`;
}

export { DEFAULT_POLICY_PATH };
