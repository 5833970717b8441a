// The scenario model: the built-in pack (selftest/*.yml) is valid, covers every class, has unique ids,
// and is what src/core/selftest/pack.ts embeds; malformed scenarios are refused with their location.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PACK } from '../../../src/core/selftest/pack.js';
import { parseScenarioFile, SCENARIO_CLASSES, type Scenario } from '../../../src/core/selftest/scenario.js';
import { loadDocument } from '../../../src/core/yaml.js';
import { REPO_ROOT } from '../../support/cli.js';

function parse(text: string, file = 'x.yml') {
  const doc = loadDocument(text, file);
  if (!doc.ok) throw new Error(JSON.stringify(doc.problems));
  return parseScenarioFile(doc.doc.value, file);
}

describe('the built-in scenario pack', () => {
  const scenarios: Scenario[] = BUILTIN_PACK.flatMap(({ file, text }) => {
    const r = parse(text, file);
    if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
    return r.scenarios;
  });

  test('pack.ts embeds exactly the files of selftest/ (npm run gen:selftest)', () => {
    const names = readdirSync(join(REPO_ROOT, 'selftest')).filter((n) => n.endsWith('.yml')).sort();
    expect(BUILTIN_PACK.map((f) => f.file)).toEqual(names.map((n) => `selftest/${n}`));
    for (const f of BUILTIN_PACK) expect(f.text).toBe(readFileSync(join(REPO_ROOT, f.file), 'utf8'));
  });

  test('every class has scenarios, ids are unique and name their class', () => {
    for (const cls of SCENARIO_CLASSES) expect(scenarios.filter((s) => s.class === cls && !s.control).length).toBeGreaterThanOrEqual(5);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
    for (const s of scenarios) expect(s.id.startsWith(`${s.class.replace(/_/g, '-')}/`)).toBe(true);
  });

  test('prompt-injection scenarios say what instruction the agent read', () => {
    for (const s of scenarios.filter((x) => x.class === 'prompt_injection')) expect(s.injection?.text.length).toBeGreaterThan(10);
  });
});

describe('scenario validation', () => {
  test('a change scenario is parsed with its files, symlinks and expectation', () => {
    const r = parse('scenarios:\n  - id: a/b\n    class: path_escape\n    title: t\n    given:\n      change:\n        files:\n          x: { symlink: ../y }\n          run.sh: { content: "#!/bin/sh\\n", executable: true }\n        delete: [z]\n    expect: { verdict: [deny] }\n');
    expect(r).toEqual({
      ok: true,
      scenarios: [expect.objectContaining({ kind: 'change', change: { files: { x: { symlink: '../y' }, 'run.sh': { content: '#!/bin/sh\n', executable: true } }, delete: ['z'] }, expect: { verdict: ['deny'] } })],
    });
  });

  test.each([
    ['an unknown class', 'class: other', 'class is one of'],
    ['an unknown verdict', 'expect: { verdict: [fine] }', 'expected one or a list of allow, deny, approval_required'],
    ['an unknown key', 'extra: 1', 'unknown key "extra"'],
    ['no expectation', 'expect: {}', 'expect names one of'],
  ])('refuses %s', (_, line, message) => {
    const base = { id: 'id: a/b', class: 'class: command_scope', title: 'title: t', given: 'given: { command: x }', expect: 'expect: { hook: block }' };
    const key = line.split(':')[0] as keyof typeof base;
    const fields = { ...base, ...(key in base ? { [key]: line } : { extra: line }) };
    const text = `scenarios:\n  - ${Object.values(fields).join('\n    ')}\n`;
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message).join('\n')).toContain(message);
  });

  test('a log scenario needs {secret} in its command', () => {
    const r = parse('scenarios:\n  - id: a/b\n    class: log_hygiene\n    title: t\n    given: { secret: { env: GITHUB_TOKEN, form: raw }, command: echo }\n    expect: { leaks: none }\n');
    expect(r.ok).toBe(false);
  });
});
