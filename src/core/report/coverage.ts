// The organisation coverage report as one self-contained HTML page (the shared page: no script, a CSP,
// every repository-controlled string escaped): verdict first, then the counts, the enrolment chart, the
// repositories that must be enrolled and are not, and every repository with its gaps. Pure.

import type { CoverageReport, Enrolment, RepositoryCoverage } from '../coverage.js';
import { code, h, renderPage, table, tile } from './page.js';
import { stackedBars } from './svg.js';

const LABEL: Record<Enrolment, string> = { enrolled: 'enrolled', partial: 'partial', not_enrolled: 'not enrolled', unknown: 'unknown' };
const ORDER: Record<Enrolment, number> = { not_enrolled: 0, unknown: 1, partial: 2, enrolled: 3 };
const SERIES = [
  { label: 'enrolled', color: '#2da44e' },
  { label: 'partial', color: '#bf8700' },
  { label: 'not enrolled', color: '#cf222e' },
  { label: 'unknown', color: '#8c959f' },
];

const parts = (rs: readonly RepositoryCoverage[]) => (['enrolled', 'partial', 'not_enrolled', 'unknown'] as const).map((e) => rs.filter((r) => r.enrolment === e).length);
const yesNo = (v: boolean | null) => (v === null ? 'unknown' : v ? 'yes' : 'no');

function row(r: RepositoryCoverage): string[] {
  return [
    code(r.repository),
    h(LABEL[r.enrolment]),
    h(r.mustEnroll ? 'yes' : 'no'),
    h(r.policy),
    h(yesNo(r.checkRequired)),
    r.credentialSecrets.length === 0 ? h('none') : r.credentialSecrets.map((c) => `${code(c.workflow)}: ${c.secrets.map((s) => code(`secrets.${s}`)).join(', ')}`).join('<br>'),
    h(r.usesRequestCapability ? 'yes' : 'no'),
    r.gaps.length === 0 ? '' : `<ul>${r.gaps.map((g) => `<li>${h(g)}</li>`).join('')}</ul>`,
  ];
}

export function renderCoverageHtml(r: CoverageReport): string {
  const s = r.summary;
  const must = r.repositories.filter((x) => x.mustEnroll);
  const missing = must.filter((x) => x.enrolment !== 'enrolled').sort((a, b) => ORDER[a.enrolment] - ORDER[b.enrolment] || a.repository.localeCompare(b.repository));
  const all = [...r.repositories].sort((a, b) => ORDER[a.enrolment] - ORDER[b.enrolment] || a.repository.localeCompare(b.repository));
  const verdict =
    s.mustEnrollButNot === 0
      ? `<div class="verdict good"><strong>${h(`Every repository that must be enrolled is (${s.mustEnroll})`)}</strong></div>`
      : `<div class="verdict bad"><strong>${h(`${s.mustEnrollButNot} of ${s.mustEnroll} repositories that must be enrolled are not`)}</strong><ul class="risks">${[
          s.unknown ? `${s.unknown} could not be read: unknown is never counted as enrolled` : '',
          `${must.filter((x) => x.checkRequired === false).length} have no ruleset or branch protection requiring the guard's check`,
          `${must.filter((x) => x.credentialSecrets.length > 0).length} use long-lived credentials in workflows instead of request-capability`,
        ]
          .filter(Boolean)
          .map((x) => `<li>${h(x)}</li>`)
          .join('')}</ul></div>`;
  const head = ['Repository', 'Enrolment', 'Must enrol', 'Policy', 'Guard check required', 'Long-lived credentials', 'Uses request-capability', 'Gaps'];
  const body = [
    `<h1>${h(`agent-guard coverage: ${r.organisation}`)}</h1>`,
    verdict,
    '<div class="tiles">',
    tile('Repositories', s.repositories, `${s.archivedSkipped} archived skipped`),
    tile('Enrolled', s.enrolled, `of ${s.repositories}`),
    tile('Partial', s.partial),
    tile('Not enrolled', s.notEnrolled),
    tile('Unknown', s.unknown, 'could not be read'),
    tile('Must enrol, not enrolled', s.mustEnrollButNot, `of ${s.mustEnroll} that must`),
    tile('API requests', r.requests),
    '</div>',
    '<div class="charts">',
    stackedBars(
      'Enrolment',
      [
        { label: 'must enrol', parts: parts(must) },
        { label: 'optional', parts: parts(r.repositories.filter((x) => !x.mustEnroll)) },
        { label: 'all', parts: parts(r.repositories) },
      ],
      SERIES,
    ),
    '</div>',
    `<h2>${h(`Must be enrolled and are not (${missing.length})`)}</h2>`,
    missing.length === 0 ? '<p class="muted">None.</p>' : table(head, missing.map(row)),
    `<h2>${h(`Every repository (${all.length})`)}</h2>`,
    table(head, all.map(row)),
  ].join('\n');
  return renderPage({ title: `agent-guard coverage: ${r.organisation}`, body });
}
