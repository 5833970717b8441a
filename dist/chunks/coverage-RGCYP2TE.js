import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  code,
  h,
  renderPage,
  stackedBars,
  table,
  tile
} from "./chunk-RCWETPTK.js";
import {
  ConditionalCache,
  OrgCoverageError,
  assessCoverage,
  collectOrgCoverage,
  renderCoverageMarkdown,
  renderCoverageText
} from "./chunk-I7ZOVLF6.js";
import {
  GATE_CHECK,
  GUARD_DIFF_CHECK
} from "./chunk-VKS6BIBT.js";
import {
  COVERAGE_USAGE
} from "./chunk-43QKUSSP.js";
import {
  EXIT,
  UsageError
} from "./chunk-S3PUWAI4.js";
import "./chunk-CVI2Q4P5.js";
import {
  GitHubClientError,
  createGitHubClient
} from "./chunk-KXPMQ7DQ.js";
import "./chunk-OITVL67J.js";
import "./chunk-EE7EZIWX.js";
import "./chunk-PNJUBMPM.js";
import "./chunk-DIY5OXXZ.js";
import "./chunk-FVZA7SE4.js";
import "./chunk-Q3GSJBK5.js";
import {
  oneLine
} from "./chunk-ERUCQBI4.js";
import "./chunk-5NA3HWDM.js";
import "./chunk-RMNCHNTK.js";
import "./chunk-MPYCKMVQ.js";
import "./chunk-LKLDWFYK.js";

// src/cli/coverage.ts
import { parseArgs } from "node:util";

// src/core/report/coverage.ts
var LABEL = { enrolled: "enrolled", partial: "partial", not_enrolled: "not enrolled", unknown: "unknown" };
var ORDER = { not_enrolled: 0, unknown: 1, partial: 2, enrolled: 3 };
var SERIES = [
  { label: "enrolled", color: "#2da44e" },
  { label: "partial", color: "#bf8700" },
  { label: "not enrolled", color: "#cf222e" },
  { label: "unknown", color: "#8c959f" }
];
var parts = (rs) => ["enrolled", "partial", "not_enrolled", "unknown"].map((e) => rs.filter((r) => r.enrolment === e).length);
var yesNo = (v) => v === null ? "unknown" : v ? "yes" : "no";
function row(r) {
  return [
    code(r.repository),
    h(LABEL[r.enrolment]),
    h(r.mustEnroll ? "yes" : "no"),
    h(r.policy),
    h(yesNo(r.checkRequired)),
    r.credentialSecrets.length === 0 ? h("none") : r.credentialSecrets.map((c) => `${code(c.workflow)}: ${c.secrets.map((s) => code(`secrets.${s}`)).join(", ")}`).join("<br>"),
    h(r.usesRequestCapability ? "yes" : "no"),
    r.gaps.length === 0 ? "" : `<ul>${r.gaps.map((g) => `<li>${h(g)}</li>`).join("")}</ul>`
  ];
}
function renderCoverageHtml(r) {
  const s = r.summary;
  const must = r.repositories.filter((x) => x.mustEnroll);
  const missing = must.filter((x) => x.enrolment !== "enrolled").sort((a, b) => ORDER[a.enrolment] - ORDER[b.enrolment] || a.repository.localeCompare(b.repository));
  const all = [...r.repositories].sort((a, b) => ORDER[a.enrolment] - ORDER[b.enrolment] || a.repository.localeCompare(b.repository));
  const verdict = s.mustEnrollButNot === 0 ? `<div class="verdict good"><strong>${h(`Every repository that must be enrolled is (${s.mustEnroll})`)}</strong></div>` : `<div class="verdict bad"><strong>${h(`${s.mustEnrollButNot} of ${s.mustEnroll} repositories that must be enrolled are not`)}</strong><ul class="risks">${[
    s.unknown ? `${s.unknown} could not be read: unknown is never counted as enrolled` : "",
    `${must.filter((x) => x.checkRequired === false).length} have no ruleset or branch protection requiring the guard's check`,
    `${must.filter((x) => x.credentialSecrets.length > 0).length} use long-lived credentials in workflows instead of request-capability`
  ].filter(Boolean).map((x) => `<li>${h(x)}</li>`).join("")}</ul></div>`;
  const head = ["Repository", "Enrolment", "Must enrol", "Policy", "Guard check required", "Long-lived credentials", "Uses request-capability", "Gaps"];
  const body = [
    `<h1>${h(`agent-guard coverage: ${r.organisation}`)}</h1>`,
    verdict,
    '<div class="tiles">',
    tile("Repositories", s.repositories, `${s.archivedSkipped} archived skipped`),
    tile("Enrolled", s.enrolled, `of ${s.repositories}`),
    tile("Partial", s.partial),
    tile("Not enrolled", s.notEnrolled),
    tile("Unknown", s.unknown, "could not be read"),
    tile("Must enrol, not enrolled", s.mustEnrollButNot, `of ${s.mustEnroll} that must`),
    tile("API requests", r.requests),
    "</div>",
    '<div class="charts">',
    stackedBars(
      "Enrolment",
      [
        { label: "must enrol", parts: parts(must) },
        { label: "optional", parts: parts(r.repositories.filter((x) => !x.mustEnroll)) },
        { label: "all", parts: parts(r.repositories) }
      ],
      SERIES
    ),
    "</div>",
    `<h2>${h(`Must be enrolled and are not (${missing.length})`)}</h2>`,
    missing.length === 0 ? '<p class="muted">None.</p>' : table(head, missing.map(row)),
    `<h2>${h(`Every repository (${all.length})`)}</h2>`,
    table(head, all.map(row))
  ].join("\n");
  return renderPage({ title: `agent-guard coverage: ${r.organisation}`, body });
}

// src/cli/coverage.ts
var ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
async function runCoverage(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      org: { type: "string" },
      format: { type: "string", default: "text" },
      "required-check": { type: "string", multiple: true },
      "require-property": { type: "string" },
      cache: { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  const org = values.org ?? "";
  if (!ORG_NAME.test(org)) throw new UsageError(`--org must be an organisation login, not ${JSON.stringify(oneLine(org))}
usage: ${COVERAGE_USAGE}`);
  if (!["text", "json", "markdown", "html"].includes(values.format)) throw new UsageError(`--format must be text, json, markdown or html, not ${JSON.stringify(oneLine(values.format))}`);
  let requiredProperty;
  if (values["require-property"] !== void 0) {
    const m = /^([^=\s]+)=(.+)$/.exec(values["require-property"]);
    if (!m) throw new UsageError("--require-property must be NAME=VALUE (repositories whose custom property NAME has VALUE must be enrolled)");
    requiredProperty = { name: m[1], value: m[2] };
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || "";
  if (!token) throw new UsageError("GITHUB_TOKEN (or GH_TOKEN) is not set: coverage reads the organisation through the API");
  const guardChecks = values["required-check"] ?? [GATE_CHECK, GUARD_DIFF_CHECK];
  try {
    const client = createGitHubClient({ token, env: io.env, log: { debug: () => void 0, warn: (m) => io.err(`warning: ${oneLine(m)}`) } });
    const cache = values.cache !== void 0 ? await ConditionalCache.open(values.cache.startsWith("/") ? values.cache : `${io.cwd}/${values.cache}`) : void 0;
    const facts = await collectOrgCoverage(client, org, { guardChecks, ...cache ? { cache } : {}, ...requiredProperty ? { property: requiredProperty.name } : {} });
    const report = assessCoverage(org, facts.repositories, { guardChecks, ...requiredProperty ? { requiredProperty } : {} }, facts.requests);
    if (values.format === "json") io.out(JSON.stringify({ ...report, notModified: facts.notModified }, null, 2));
    else if (values.format === "markdown") io.out(renderCoverageMarkdown(report));
    else if (values.format === "html") io.out(renderCoverageHtml(report));
    else io.out(`${renderCoverageText(report)}
(${facts.notModified} of the requests answered 304 from the cache)`);
    return report.summary.mustEnrollButNot === 0 ? EXIT.OK : EXIT.DENY;
  } catch (err) {
    if (err instanceof OrgCoverageError || err instanceof GitHubClientError) {
      io.err(`agent-guard coverage: ${oneLine(err.message)}`);
      return EXIT.DENY;
    }
    throw err;
  }
}
export {
  runCoverage
};
