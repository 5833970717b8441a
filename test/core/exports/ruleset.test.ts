// ruleset: the required-checks and high-tier-paths rulesets, validated against GitHub's published request
// schema for POST /repos/{owner}/{repo}/rulesets, and our globs in the rulesets' path syntax.
import { minimatch } from 'minimatch';
import { PROTECTED_RULES } from '../../../src/core/protected.js';
import { RULESET_FILES, renderRulesets, rulesetPathPatterns, type RulesetInput } from '../../../src/core/exports/ruleset.js';
import { EXAMPLE_POLICY } from '../../support/exports.js';
import { policyFrom } from '../../support/command-scope.js';
import { validateGitHubRequestBody } from '../../support/github-server.js';

const input = (over: Partial<RulesetInput> = {}): RulesetInput => ({
  policy: policyFrom(EXAMPLE_POLICY),
  policyPath: '.github/agent-policy.yml',
  requiredChecks: ['agent-guard/approval-gate', 'guard-diff'],
  branches: ['~DEFAULT_BRANCH'],
  bypassRoles: ['admin'],
  ...over,
});
const bodies = (r = renderRulesets(input())) => r.files.map((f) => JSON.parse(f.content) as Record<string, any>);

describe('export --target ruleset', () => {
  test('both request bodies conform to GitHub\'s schema for creating a repository ruleset', () => {
    for (const body of bodies()) {
      const v = validateGitHubRequestBody('POST /repos/{owner}/{repo}/rulesets', body);
      expect(v).toEqual(expect.objectContaining({ ok: true }));
    }
    // And the schema is not vacuous: a misspelt rule type is refused.
    const [branch] = bodies();
    branch!.rules[0].type = 'required_status_check';
    expect(validateGitHubRequestBody('POST /repos/{owner}/{repo}/rulesets', branch).ok).toBe(false);
  });

  test('the branch ruleset requires the guard\'s checks on the chosen branches, with no bypass', () => {
    const [branch] = bodies(renderRulesets(input({ requiredChecks: ['agent-guard/approval-gate', 'my-guard'], branches: ['~DEFAULT_BRANCH', 'refs/heads/release/*'] })));
    expect(branch!.target).toBe('branch');
    expect(branch!.bypass_actors).toEqual([]);
    expect(branch!.conditions.ref_name.include).toEqual(['~DEFAULT_BRANCH', 'refs/heads/release/*']);
    expect(branch!.rules[0].parameters.required_status_checks).toEqual([{ context: 'agent-guard/approval-gate' }, { context: 'my-guard' }]);
  });

  test('the push ruleset restricts every protected glob and the policy\'s high tier, bypassed only by the listed roles', () => {
    const [, push] = bodies(renderRulesets(input({ bypassRoles: ['admin', 'maintain'] })));
    expect(push!.target).toBe('push');
    expect(push!.bypass_actors).toEqual([
      { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' },
      { actor_id: 2, actor_type: 'RepositoryRole', bypass_mode: 'always' },
    ]);
    const restricted: string[] = push!.rules[0].parameters.restricted_file_paths;
    expect(restricted).toContain('.github/**/*');
    expect(restricted).toContain('.github/agent-policy.yml');
    // Every protected path is matched by some restricted pattern (brace alternatives expanded).
    for (const r of PROTECTED_RULES) for (const alt of minimatch.braceExpand(r.glob)) {
      const sample = alt.replace(/\*\*\/?/g, 'x/').replace(/\*/g, 'x').replace(/\/$/, '/f');
      expect(restricted.some((p) => minimatch(sample, p, { dot: true }))).toBe(true);
    }
  });

  test('path patterns: braces expanded, a trailing /** spans every level, extglobs reported', () => {
    expect(rulesetPathPatterns(['.github/**', '**/action.{yml,yaml}', '**', 'a/+(b|c)'])).toEqual({
      patterns: ['**/*', '**/action.yaml', '**/action.yml', '.github/**/*'],
      unexpressed: ['a/+(b|c)'],
    });
  });

  test('notes say what rulesets cannot express; drift is any difference in the body', () => {
    const r = renderRulesets(input());
    expect(r.notes.join('\n')).toMatch(/cannot name the actors it restricts/);
    expect(r.notes.join('\n')).toMatch(/case-sensitively/);
    expect(r.files.map((f) => f.path)).toEqual([RULESET_FILES.branch, RULESET_FILES.push]);
    const f = r.files[0]!;
    expect(f.drift(f.content)).toEqual([]);
    expect(f.drift(JSON.stringify(JSON.parse(f.content)))).toEqual([]);
    expect(f.drift(f.content.replace('"active"', '"evaluate"'))).toEqual(["the ruleset differs from the policy's (re-export it)"]);
    expect(f.drift('{')).toEqual(['the file is not JSON']);
    expect(f.drift(null)).toEqual(['the file does not exist']);
  });
});
