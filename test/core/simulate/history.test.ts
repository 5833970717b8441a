// Reading one line of a changed-paths history, and telling humans, bots and agents apart.

import { gitActor } from '../../../src/core/simulate/actors.js';
import { parseHistoryLine } from '../../../src/core/simulate/history.js';
import { firedRules, reasonKeys } from '../../../src/core/simulate/rules-fired.js';

describe('parseHistoryLine', () => {
  test('a line of the shared history', () => {
    const r = parseHistoryLine('{"sha":"37ee","date":"2026-08-22T18:31:32-04:00","authorIsBot":true,"botName":"renovate[bot]","agentCoAuthors":[],"files":[{"status":"M","path":"docs/requirements.txt"},{"status":"D","path":"old"},{"status":"A","path":"new"}]}', 1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.change).toMatchObject({ id: '37ee', actor: 'bot', who: 'renovate[bot]' });
    expect(r.change.entries.map((e) => [e.status, e.oldKind, e.newKind])).toEqual([
      ['modified', 'regular', 'regular'],
      ['deleted', 'regular', 'none'],
      ['added', 'none', 'regular'],
    ]);
  });

  test('agent co-authors make an agent change; renames carry both paths', () => {
    const r = parseHistoryLine('{"sha":"1","agentCoAuthors":["cursor"],"files":[{"status":"R100","path":"b","previous_path":"a"}]}', 1);
    expect(r.ok && r.change.actor).toBe('agent');
    expect(r.ok && r.change.entries[0]).toMatchObject({ status: 'renamed', path: 'b', previousPath: 'a' });
  });

  test.each([
    ['not json', 'not JSON'],
    ['[1]', 'not a JSON object'],
    ['{"files":[]}', 'no "sha"'],
    ['{"sha":"1","files":[{"path":"a","status":"X"}]}', 'no status git prints'],
    ['{"sha":"1","files":[{"status":"M"}]}', 'has no "path"'],
    ['{"sha":"1","files":[{"status":"R","path":"b"}]}', 'without "previous_path"'],
  ])('%s is refused with its line number', (line, why) => {
    const r = parseHistoryLine(line, 7);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(new RegExp(`^line 7: .*${why.replace(/[()[\]"]/g, '.')}`));
  });
});

describe('gitActor', () => {
  test.each([
    [{ name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com', coAuthors: [] }, 'bot'],
    [{ name: 'Renovate Bot', email: '29139614+renovate[bot]@users.noreply.github.com', coAuthors: [] }, 'bot'],
    [{ name: 'Copilot', email: '198982749+Copilot@users.noreply.github.com', coAuthors: [] }, 'agent'],
    [{ name: 'Jane', email: 'jane@example.com', coAuthors: [{ name: 'Claude', email: 'noreply@anthropic.com' }] }, 'agent'],
    [{ name: 'ci-agent', email: 'ci@example.com', coAuthors: [] }, 'agent'],
    [{ name: 'Jane', email: 'jane@example.com', coAuthors: [{ name: 'Bob', email: 'bob@example.com' }] }, 'human'],
  ] as const)('%j is a %s', (actor, kind) => {
    expect(gitActor(actor, ['ci-agent'])).toBe(kind);
  });
});

describe('rules that fired', () => {
  test.each([
    ['protected path (.github/**): CI configuration', 'protected .github/**'],
    ['new path: tier rule high: infra/**', 'tiers.high infra/**'],
    ['no tier rule names this path: default_tier high', 'default_tier high'],
    ['workflow uses an unpinned action [workflows/unpinned-uses]', 'workflows/unpinned-uses'],
    ['lockfile resolves from evil.example [package_dependency_source]', 'package_dependency_source'],
    ['new executable file', 'kind: new executable file'],
  ])('%s -> %s', (reason, key) => {
    expect(reasonKeys(reason)).toEqual([key]);
  });

  test('only what needs approval or is denied counts, each key once per change', () => {
    const r = (rule: string) => ({ rule, code: 'c', message: 'm' });
    const file = (decision: 'allow' | 'deny', reasons: Array<ReturnType<typeof r>>) => ({ path: 'p', status: 'modified' as const, kind: 'regular', tier: 'high' as const, capability: null, decision, reasons });
    expect([...firedRules({ verdict: 'allow', files: [file('allow', [r('paths/tiers')])], violations: [] })]).toEqual([]);
    expect([...firedRules({ verdict: 'deny', files: [file('deny', [r('paths/tiers'), r('paths/tiers')]), file('allow', [r('paths/low')])], violations: [{ rule: 'task/expiry', code: 'manifest_expired', message: 'expired' }] })]).toEqual(['paths/tiers', 'task/expiry']);
  });
});
