// The self-test's scenario model: what a scenario file may say (`given`, `expect`) and its validation.
// A scenario is data; the runners in src/app/selftest/ carry it out through the product's own pipelines.
// Pure: the caller passes an already-parsed YAML value (core/yaml.ts).

import { isObj, own } from '../json.js';
import type { Problem } from '../types.js';

export const SCENARIO_CLASSES = ['prompt_injection', 'path_escape', 'dependency_confusion', 'approval_bypass', 'log_hygiene', 'command_scope'] as const;
export type ScenarioClass = (typeof SCENARIO_CLASSES)[number];

export const CLASS_TITLES: Record<ScenarioClass, string> = {
  prompt_injection: 'prompt injection',
  path_escape: 'path escape',
  dependency_confusion: 'dependency confusion',
  approval_bypass: 'approval bypass',
  log_hygiene: 'log hygiene',
  command_scope: 'command scope',
};

/** Files of a commit: path -> content; a symlink is `{ symlink: TARGET }`, an executable `{ content, executable: true }`. */
export type FileSpec = string | { symlink: string } | { content: string; executable?: boolean };

export interface ChangeSpec {
  files: Record<string, FileSpec>;
  delete: string[];
}

/** Where an injected instruction was read (documentation of the attack: only the change it leads to is judged). */
export interface Injection {
  source: string;
  text: string;
}

interface Base {
  id: string;
  class: ScenarioClass;
  title: string;
  /** A control shows the setup can fail: when it does not get its expected result, the class cannot be judged. */
  control: boolean;
  injection?: Injection;
  file: string;
}

export type Verdict = 'allow' | 'deny' | 'approval_required';
export type GateDecision = 'approved' | 'not_required' | 'approval_required' | 'deny';

/** A change the agent commits, judged by guard-diff's review (`agent-guard check`). */
export interface ChangeScenario extends Base {
  kind: 'change';
  base: Record<string, FileSpec>;
  change: ChangeSpec;
  expect: { verdict: Verdict[] };
}

export interface ReviewSpec {
  by: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  /** The commit reviewed: the head when reviewed (`head`), or the base commit (`base`). */
  on: 'head' | 'base';
}

/** A pull request judged by the approval gate, through the GitHub REST API (a loopback server). */
export interface ApprovalScenario extends Base {
  kind: 'approval';
  change: ChangeSpec;
  author: string;
  committer: string;
  permissions: Record<string, string>;
  reviews: ReviewSpec[];
  /** A commit the agent pushes after the reviews. */
  pushAfter: ChangeSpec | null;
  expect: { decision: GateDecision[] };
}

/** A command line an agent sends to the PreToolUse hook. `{allowed}` is a command the task may run. */
export interface CommandScenario extends Base {
  kind: 'command';
  command: string;
  expect: { hook: 'allow' | 'block' };
}

export const SECRET_FORMS = ['raw', 'base64', 'base64url', 'url', 'x-access-token', 'long'] as const;
export type SecretForm = (typeof SECRET_FORMS)[number];

/** A secret in the environment and a form of it in what the agent sends: no sink may keep that form. */
export interface LogScenario extends Base {
  kind: 'log';
  secret: { env: string; form: SecretForm };
  /** `{secret}` stands for the secret in that form. */
  command: string;
  expect: { leaks: 'none' };
}

export type Scenario = ChangeScenario | ApprovalScenario | CommandScenario | LogScenario;

const ID = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;
const PATH = /^(?!\/)[^\u0000]{1,400}$/;
const VERDICTS: readonly string[] = ['allow', 'deny', 'approval_required'];
const DECISIONS: readonly string[] = ['approved', 'not_required', 'approval_required', 'deny'];
const STATES: readonly string[] = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'];

/** The scenarios of one file (`scenarios: [...]`), or the problems that make it unusable. */
export function parseScenarioFile(value: unknown, file: string): { ok: true; scenarios: Scenario[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (pointer: string, message: string, code = 'selftest_scenario_invalid') => problems.push({ code, message, pointer, location: { file } });
  if (!isObj(value) || !Array.isArray(own(value, 'scenarios'))) {
    at('', 'a scenario file is a mapping with a list `scenarios`');
    return { ok: false, problems };
  }
  for (const key of Object.keys(value)) if (key !== 'scenarios') at(`/${key}`, `unknown key ${JSON.stringify(key)}`);
  const scenarios: Scenario[] = [];
  (own(value, 'scenarios') as unknown[]).forEach((raw, i) => {
    const s = parseScenario(raw, `/scenarios/${i}`, file, at);
    if (s) scenarios.push(s);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios };
}

type At = (pointer: string, message: string) => void;

function parseScenario(raw: unknown, ptr: string, file: string, at: At): Scenario | null {
  if (!isObj(raw)) return at(ptr, 'a scenario is a mapping'), null;
  const known = ['id', 'class', 'title', 'control', 'given', 'expect'];
  for (const key of Object.keys(raw)) if (!known.includes(key)) at(`${ptr}/${key}`, `unknown key ${JSON.stringify(key)}`);
  const id = own(raw, 'id');
  const cls = own(raw, 'class');
  const title = own(raw, 'title');
  const control = own(raw, 'control') ?? false;
  const given = own(raw, 'given');
  const expect = own(raw, 'expect');
  if (typeof id !== 'string' || !ID.test(id)) at(`${ptr}/id`, 'id is lower-case words joined by - and /');
  if (typeof cls !== 'string' || !(SCENARIO_CLASSES as readonly string[]).includes(cls)) at(`${ptr}/class`, `class is one of ${SCENARIO_CLASSES.join(', ')}`);
  if (typeof title !== 'string' || title.length === 0) at(`${ptr}/title`, 'title is a non-empty string');
  if (typeof control !== 'boolean') at(`${ptr}/control`, 'control is true or false');
  if (!isObj(given)) at(`${ptr}/given`, 'given is a mapping');
  if (!isObj(expect)) at(`${ptr}/expect`, 'expect is a mapping');
  if (typeof id !== 'string' || typeof cls !== 'string' || typeof title !== 'string' || typeof control !== 'boolean' || !isObj(given) || !isObj(expect)) return null;
  const base: Base = { id, class: cls as ScenarioClass, title, control, file };
  const injection = own(given, 'injection');
  if (injection !== undefined) {
    const source = isObj(injection) ? own(injection, 'source') : undefined;
    const text = isObj(injection) ? own(injection, 'text') : undefined;
    if (typeof source !== 'string' || typeof text !== 'string') at(`${ptr}/given/injection`, 'injection has a source and a text');
    else base.injection = { source, text };
  }
  const g = (key: string) => own(given, key);
  const e = (key: string) => own(expect, key);
  const keys = (obj: Record<string, unknown>, allowed: string[], where: string) => {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) at(`${ptr}/${where}/${k}`, `unknown key ${JSON.stringify(k)} (expected one of ${allowed.join(', ')})`);
  };
  if (e('verdict') !== undefined) {
    keys(given, ['injection', 'base', 'change'], 'given');
    keys(expect, ['verdict'], 'expect');
    const verdict = list(e('verdict'), VERDICTS, `${ptr}/expect/verdict`, at) as Verdict[];
    return { ...base, kind: 'change', base: files(g('base') ?? {}, `${ptr}/given/base`, at), change: changeSpec(g('change'), `${ptr}/given/change`, at), expect: { verdict } };
  }
  if (e('decision') !== undefined) {
    keys(given, ['injection', 'change', 'author', 'committer', 'permissions', 'reviews', 'push_after'], 'given');
    keys(expect, ['decision'], 'expect');
    const decision = list(e('decision'), DECISIONS, `${ptr}/expect/decision`, at) as GateDecision[];
    const perms = g('permissions') ?? {};
    const permissions: Record<string, string> = {};
    if (!isObj(perms)) at(`${ptr}/given/permissions`, 'permissions maps logins to admin, maintain, write, triage, read or none');
    else
      for (const [k, v] of Object.entries(perms)) {
        if (typeof v === 'string') permissions[k] = v;
        else at(`${ptr}/given/permissions/${k}`, 'a permission is a string');
      }
    const reviews: ReviewSpec[] = [];
    const rawReviews = g('reviews') ?? [];
    if (!Array.isArray(rawReviews)) at(`${ptr}/given/reviews`, 'reviews is a list');
    else
      rawReviews.forEach((r, i) => {
        const by = isObj(r) ? own(r, 'by') : undefined;
        const state = isObj(r) ? own(r, 'state') : undefined;
        const on = (isObj(r) ? own(r, 'on') : undefined) ?? 'head';
        if (typeof by !== 'string' || typeof state !== 'string' || !STATES.includes(state) || (on !== 'head' && on !== 'base')) {
          at(`${ptr}/given/reviews/${i}`, `a review has by (a login), state (${STATES.join(', ')}) and on (head or base)`);
        } else reviews.push({ by, state: state as ReviewSpec['state'], on });
      });
    const author = g('author');
    const committer = g('committer') ?? author;
    if (typeof author !== 'string' || typeof committer !== 'string') at(`${ptr}/given/author`, 'author (and committer) are logins');
    const push = g('push_after');
    return {
      ...base,
      kind: 'approval',
      change: changeSpec(g('change'), `${ptr}/given/change`, at),
      author: String(author),
      committer: String(committer),
      permissions,
      reviews,
      pushAfter: push === undefined ? null : changeSpec(push, `${ptr}/given/push_after`, at),
      expect: { decision },
    };
  }
  if (e('hook') !== undefined) {
    keys(given, ['injection', 'command'], 'given');
    keys(expect, ['hook'], 'expect');
    const command = g('command');
    const hook = e('hook');
    if (typeof command !== 'string') at(`${ptr}/given/command`, 'command is a command line');
    if (hook !== 'allow' && hook !== 'block') at(`${ptr}/expect/hook`, 'hook is allow or block');
    return { ...base, kind: 'command', command: String(command), expect: { hook: hook === 'allow' ? 'allow' : 'block' } };
  }
  if (e('leaks') !== undefined) {
    keys(given, ['injection', 'secret', 'command'], 'given');
    keys(expect, ['leaks'], 'expect');
    const secret = g('secret');
    const env = isObj(secret) ? own(secret, 'env') : undefined;
    const form = isObj(secret) ? own(secret, 'form') : undefined;
    const command = g('command');
    if (typeof env !== 'string' || !/^[A-Z_][A-Z0-9_]*$/.test(env) || typeof form !== 'string' || !(SECRET_FORMS as readonly string[]).includes(form)) {
      at(`${ptr}/given/secret`, `secret has env (a variable name) and form (${SECRET_FORMS.join(', ')})`);
    }
    if (typeof command !== 'string' || !command.includes('{secret}')) at(`${ptr}/given/command`, 'command is a command line with {secret} in it');
    if (e('leaks') !== 'none') at(`${ptr}/expect/leaks`, 'leaks is none');
    return { ...base, kind: 'log', secret: { env: String(env), form: form as SecretForm }, command: String(command), expect: { leaks: 'none' } };
  }
  at(`${ptr}/expect`, 'expect names one of verdict (a change), decision (an approval), hook (a command) or leaks (a secret)');
  return null;
}

function list(v: unknown, allowed: readonly string[], ptr: string, at: At): string[] {
  const items = Array.isArray(v) ? v : [v];
  if (items.length === 0 || !items.every((x) => typeof x === 'string' && allowed.includes(x))) {
    at(ptr, `expected one or a list of ${allowed.join(', ')}`);
    return [];
  }
  return items as string[];
}

function files(v: unknown, ptr: string, at: At): Record<string, FileSpec> {
  const out: Record<string, FileSpec> = {};
  if (!isObj(v)) return at(ptr, 'files map paths to contents'), out;
  for (const [path, spec] of Object.entries(v)) {
    if (!PATH.test(path)) at(`${ptr}/${path}`, 'a path is relative');
    if (typeof spec === 'string') out[path] = spec;
    else if (isObj(spec) && typeof own(spec, 'symlink') === 'string') out[path] = { symlink: own(spec, 'symlink') as string };
    else if (isObj(spec) && typeof own(spec, 'content') === 'string') out[path] = { content: own(spec, 'content') as string, executable: own(spec, 'executable') === true };
    else at(`${ptr}/${path}`, 'a file is its content, { symlink: TARGET } or { content, executable: true }');
  }
  return out;
}

function changeSpec(v: unknown, ptr: string, at: At): ChangeSpec {
  if (!isObj(v)) return at(ptr, 'change is a mapping with files and/or delete'), { files: {}, delete: [] };
  for (const k of Object.keys(v)) if (k !== 'files' && k !== 'delete') at(`${ptr}/${k}`, `unknown key ${JSON.stringify(k)} (expected files or delete)`);
  const del = own(v, 'delete') ?? [];
  if (!Array.isArray(del) || !del.every((p) => typeof p === 'string')) at(`${ptr}/delete`, 'delete is a list of paths');
  const spec = { files: files(own(v, 'files') ?? {}, `${ptr}/files`, at), delete: Array.isArray(del) ? (del as string[]) : [] };
  if (Object.keys(spec.files).length === 0 && spec.delete.length === 0) at(ptr, 'a change writes or deletes at least one file');
  return spec;
}
