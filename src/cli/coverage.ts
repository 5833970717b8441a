// `agent-guard coverage --org NAME`: which repositories of an organisation are enrolled in the guard
// (policy on the default branch, the guard's check required, no long-lived write credentials in
// workflows), from the REST API with GITHUB_TOKEN (or GH_TOKEN) and GITHUB_API_URL. Exit 0 when every
// repository that must be enrolled is, 1 when one is not or could not be read, 3 on invalid input.

import { parseArgs } from 'node:util';
import { createGitHubClient, GitHubClientError } from '../adapters/github-client.js';
import { collectOrgCoverage, ConditionalCache, OrgCoverageError } from '../adapters/github-org.js';
import { assessCoverage, renderCoverageMarkdown, renderCoverageText } from '../core/coverage.js';
import { renderCoverageHtml } from '../core/report/coverage.js';
import { GATE_CHECK, GUARD_DIFF_CHECK } from '../core/exports/ruleset.js';
import { oneLine } from '../core/text.js';
import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';
import { COVERAGE_USAGE } from './usage.js';

const ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

export async function runCoverage(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      org: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'required-check': { type: 'string', multiple: true },
      'require-property': { type: 'string' },
      cache: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const org = values.org ?? '';
  if (!ORG_NAME.test(org)) throw new UsageError(`--org must be an organisation login, not ${JSON.stringify(oneLine(org))}\nusage: ${COVERAGE_USAGE}`);
  if (!['text', 'json', 'markdown', 'html'].includes(values.format)) throw new UsageError(`--format must be text, json, markdown or html, not ${JSON.stringify(oneLine(values.format))}`);
  let requiredProperty: { name: string; value: string } | undefined;
  if (values['require-property'] !== undefined) {
    const m = /^([^=\s]+)=(.+)$/.exec(values['require-property']);
    if (!m) throw new UsageError('--require-property must be NAME=VALUE (repositories whose custom property NAME has VALUE must be enrolled)');
    requiredProperty = { name: m[1]!, value: m[2]! };
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '';
  if (!token) throw new UsageError('GITHUB_TOKEN (or GH_TOKEN) is not set: coverage reads the organisation through the API');
  const guardChecks = values['required-check'] ?? [GATE_CHECK, GUARD_DIFF_CHECK];

  try {
    const client = createGitHubClient({ token, env: io.env, log: { debug: () => undefined, warn: (m) => io.err(`warning: ${oneLine(m)}`) } });
    const cache = values.cache !== undefined ? await ConditionalCache.open(values.cache.startsWith('/') ? values.cache : `${io.cwd}/${values.cache}`) : undefined;
    const facts = await collectOrgCoverage(client, org, { guardChecks, ...(cache ? { cache } : {}), ...(requiredProperty ? { property: requiredProperty.name } : {}) });
    const report = assessCoverage(org, facts.repositories, { guardChecks, ...(requiredProperty ? { requiredProperty } : {}) }, facts.requests);
    if (values.format === 'json') io.out(JSON.stringify({ ...report, notModified: facts.notModified }, null, 2));
    else if (values.format === 'markdown') io.out(renderCoverageMarkdown(report));
    else if (values.format === 'html') io.out(renderCoverageHtml(report));
    else io.out(`${renderCoverageText(report)}\n(${facts.notModified} of the requests answered 304 from the cache)`);
    return report.summary.mustEnrollButNot === 0 ? EXIT.OK : EXIT.DENY;
  } catch (err) {
    if (err instanceof OrgCoverageError || err instanceof GitHubClientError) {
      io.err(`agent-guard coverage: ${oneLine(err.message)}`);
      return EXIT.DENY;
    }
    throw err;
  }
}
