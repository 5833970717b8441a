// The HTML reports in a real browser: `metrics --format html` over evidence the bundled actions wrote
// in real runs (plus one document whose repository and path are markup), and `simulate --format html`
// over a changed-paths history with a hostile path and bot name, each opened from a file in headless Chromium
// (test/support/chromium.ts). The page must load with no console message and no exception, make no
// request but for itself, show the verdict and the six metrics as text (hostile strings as text, not
// elements), and fit the viewport's width. A copy with markup injected (an escaping bug) shows that
// the CSP blocks scripts, images and stylesheets in the browser. Skipped when Chromium is absent
// (AGENT_GUARD_CHROMIUM names another binary); AGENT_GUARD_SCREENSHOTS=DIR keeps the screenshots.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPath, openPage, type Page } from '../support/chromium.js';
import { runCli } from '../support/cli.js';
import { produceEvidence, readJson, type EvidenceRuns } from '../support/evidence-runs.js';
import { isolateProcessGitConfig } from '../support/git-repo.js';

const CHROMIUM = chromiumPath();
const HOSTILE_REPO = 'acme/<img src="http://evil.example/r.png">';
const HOSTILE_PATH = 'src/<script>fetch("http://evil.example/p")</script>.ts';
const HOSTILE_BOT = '<img src="http://evil.example/b.png">[bot]';

let runs: EvidenceRuns;
let restore: () => void;
let dir: string;
const pages: Record<'metrics' | 'simulate', string> = { metrics: '', simulate: '' };

(CHROMIUM ? describe : describe.skip)('HTML reports in headless Chromium', () => {
  beforeAll(async () => {
    restore = isolateProcessGitConfig();
    dir = mkdtempSync(join(tmpdir(), 'agent-guard-browser-'));
    runs = await produceEvidence();
    const evidence = join(dir, 'evidence');
    mkdirSync(evidence);
    for (const [name, file] of Object.entries(runs.files)) copyFileSync(file, join(evidence, `${name}.json`));
    const denied = readJson(runs.files.denied) as { job: { repository: string }; files: { path: string }[] };
    denied.job.repository = HOSTILE_REPO;
    denied.files[0]!.path = HOSTILE_PATH;
    writeFileSync(join(evidence, 'hostile.json'), JSON.stringify(denied));
    const m = await runCli(['metrics', evidence, '--format', 'html']);
    expect(m.stderr).toBe('');
    pages.metrics = join(dir, 'metrics.html');
    writeFileSync(pages.metrics, m.stdout);

    const history = join(dir, 'history.jsonl');
    const paths = ['src/app.ts', 'docs/guide.md', '.github/workflows/ci.yml', 'package.json', HOSTILE_PATH, '.github/agent-policy.yml'];
    writeFileSync(history, Array.from({ length: 120 }, (_, i) => JSON.stringify({ sha: i.toString(16).padStart(40, '0'), date: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(), authorIsBot: i % 3 === 0, ...(i % 3 === 0 ? { botName: HOSTILE_BOT } : {}), agentCoAuthors: [], files: [{ status: 'M', path: paths[i % paths.length] }] })).join('\n') + '\n');
    const policy = join(dir, 'policy.yml');
    writeFileSync(policy, 'version: 1\ndefault_tier: medium\ntiers:\n  low: ["docs/**"]\n  high: [".github/**", "package.json"]\napprovals:\n  high: { count: 1 }\n  medium: { count: 1 }\n');
    const s = await runCli(['simulate', '--policy', policy, '--history', history, '--format', 'html']);
    expect(s.stderr).toBe('');
    pages.simulate = join(dir, 'simulate.html');
    writeFileSync(pages.simulate, s.stdout);
  }, 180_000);
  afterAll(async () => {
    await runs?.cleanup();
    restore?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function withPage<T>(file: string, use: (page: Page, url: string) => Promise<T>): Promise<T> {
    const url = pathToFileURL(file).href;
    const page = await openPage(CHROMIUM!, url);
    try {
      return await use(page, url);
    } finally {
      await page.close();
    }
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    const keep = process.env.AGENT_GUARD_SCREENSHOTS;
    if (keep) mkdirSync(keep, { recursive: true });
    const file = join(keep || dir, `${name}.png`);
    await page.screenshot(file);
    expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(file).size).toBeGreaterThan(10_000);
  }

  /** What every report page must be in the browser. */
  async function expectSelfContained(page: Page, url: string): Promise<void> {
    expect(page.exceptions).toEqual([]);
    expect(page.console).toEqual([]);
    expect(page.requests).toEqual([{ url }]);
    expect(await page.evaluate('document.querySelectorAll("script, img, iframe, object, embed, link, form, base").length')).toBe(0);
    // Nothing wider than the viewport: no sideways scrolling for a table or a chart.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  }

  it('metrics: loads with no console message, no request, the verdict and the six metrics first', async () => {
    await withPage(pages.metrics, async (page, url) => {
      await expectSelfContained(page, url);
      expect(await page.evaluate('document.title')).toBe('agent-guard metrics');
      const tiles = await page.evaluate<string[]>('[...document.querySelectorAll(".tile .k")].map((e) => e.textContent)');
      expect(tiles).toEqual(['Credential lifetime (median)', 'Unused capabilities', 'Denied-action rate', 'Approval latency (median)', 'Rollback readiness', 'Policy coverage']);
      // The verdict comes before the tiles, the tiles before the details.
      expect(await page.evaluate('document.querySelector(".verdict").getBoundingClientRect().top < document.querySelector(".tiles").getBoundingClientRect().top')).toBe(true);
      expect(await page.evaluate('document.querySelector(".tiles").getBoundingClientRect().bottom < document.querySelector("h2").getBoundingClientRect().top')).toBe(true);
      // Charts are inline SVG that the browser laid out.
      expect(await page.evaluate('[...document.querySelectorAll("svg")].filter((s) => s.getBoundingClientRect().width > 100).length')).toBeGreaterThanOrEqual(1);
      const text = await page.evaluate<string>('document.body.innerText');
      expect(text).toContain(HOSTILE_REPO);
      await screenshot(page, 'metrics');
    });
  });

  it('simulate: loads with no console message, no request, and shows the transitions', async () => {
    await withPage(pages.simulate, async (page, url) => {
      await expectSelfContained(page, url);
      const text = await page.evaluate<string>('document.body.innerText');
      expect(text).toMatch(/120 change/);
      expect(text).toContain('->');
      expect(text).toContain(HOSTILE_BOT);
      await screenshot(page, 'simulate');
    });
  });

  it('the CSP blocks a script, an image and a stylesheet that escaping let through, in the browser', async () => {
    const injected = join(dir, 'injected.html');
    writeFileSync(injected, readFileSync(pages.metrics, 'utf8').replace('</main>', '<img src="http://evil.example/i.png"><script>fetch("http://evil.example/s")</script><link rel="stylesheet" href="http://evil.example/c.css"></main>'));
    await withPage(injected, async (page, url) => {
      // The browser starts them and blocks each before it leaves (the script never runs, so never fetches).
      expect(page.requests).toEqual([{ url }, { url: 'http://evil.example/i.png', blocked: 'csp' }, { url: 'http://evil.example/c.css', blocked: 'csp' }]);
      expect(page.exceptions).toEqual([]);
      const blocked = page.console.filter((c) => c.source === 'security' && /violates the following Content Security Policy directive/.test(c.text)).map((c) => /^(Loading the (image|stylesheet)|Executing inline script)/.exec(c.text)?.[0]);
      expect(blocked.sort()).toEqual(['Executing inline script', 'Loading the image', 'Loading the stylesheet']);
    });
  });
});
