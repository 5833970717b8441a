// The coverage HTML page: self-contained (no script, no external reference, the shared CSP), the verdict
// and counts first, and every string that comes from repositories escaped.
import { assessCoverage, type RepositoryFacts } from '../../../src/core/coverage.js';
import { renderCoverageHtml } from '../../../src/core/report/coverage.js';
import { CSP } from '../../../src/core/report/page.js';

const facts = (name: string, over: Partial<RepositoryFacts> = {}): RepositoryFacts => ({
  fullName: `acme/${name}`,
  defaultBranch: 'main',
  archived: false,
  properties: { tier: 'required' },
  policy: { state: 'valid', version: 1, sha: 'a'.repeat(40) },
  requiredChecks: { contexts: ['agent-guard/approval-gate'], sources: ['ruleset'] },
  workflows: [{ path: '.github/workflows/agent.yml', usesRequestCapability: true, credentialSecrets: [] }],
  ...over,
});

const OPTS = { guardChecks: ['agent-guard/approval-gate'], requiredProperty: { name: 'tier', value: 'required' } };

describe('renderCoverageHtml', () => {
  const report = assessCoverage(
    'acme',
    [
      facts('api'),
      facts('web', { requiredChecks: { contexts: [], sources: [] }, workflows: [{ path: '.github/workflows/publish.yml', usesRequestCapability: false, credentialSecrets: ['NPM_TOKEN'] }] }),
      facts('docs', { properties: { tier: 'optional' }, policy: { state: 'missing' } }),
      facts('old', { archived: true }),
      facts('<img src=x onerror=alert(1)>', { policy: { state: 'invalid', problem: 'unknown key "<script>alert(1)</script>"' } }),
      facts('ro', { requiredChecks: { unknown: 'GET rules: 403 Resource not accessible by integration' } }),
    ],
    OPTS,
    42,
  );
  const html = renderCoverageHtml(report);

  test('is one self-contained page under the shared CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP.replace(/'/g, '&#39;')}">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(/i);
  });

  test('verdict first, then the counts and the request count', () => {
    const verdict = html.indexOf('class="verdict bad"');
    expect(verdict).toBeGreaterThan(0);
    expect(verdict).toBeLessThan(html.indexOf('class="tiles"'));
    expect(html).toContain('<strong>3 of 4 repositories that must be enrolled are not</strong>');
    expect(html).toContain('<li>1 could not be read: unknown is never counted as enrolled</li>');
    expect(html).toMatch(/<div class="k">API requests<\/div><div class="v">42<\/div>/);
    expect(html).toMatch(/<div class="k">Repositories<\/div><div class="v">5<\/div><div class="d">1 archived skipped<\/div>/);
    expect(html).toContain('<h2>Must be enrolled and are not (3)</h2>');
  });

  test('gaps and credentials are listed per repository', () => {
    expect(html).toContain('<code>.github/workflows/publish.yml</code>: <code>secrets.NPM_TOKEN</code>');
    expect(html).toContain('<li>no ruleset or branch protection on main requires agent-guard/approval-gate</li>');
  });

  describe('attack: repository-controlled text in the coverage page', () => {
    test('names and policy problems are text, never markup', () => {
      expect(html).toContain('acme/&#60;img src&#61;x onerror&#61;alert(1)&#62;');
      expect(html).toContain('unknown key &#34;&#60;script&#62;alert(1)&#60;/script&#62;&#34;');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
    });
  });

  test('all enrolled: a good verdict', () => {
    const ok = renderCoverageHtml(assessCoverage('acme', [facts('api')], OPTS, 3));
    expect(ok).toContain('<div class="verdict good"><strong>Every repository that must be enrolled is (1)</strong></div>');
    expect(ok).toContain('<h2>Must be enrolled and are not (0)</h2>\n<p class="muted">None.</p>');
  });
});
