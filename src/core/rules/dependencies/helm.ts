// Helm charts: Chart.yaml (apiVersion v2) and requirements.yaml (v1) list the charts a chart depends on,
// each with the `repository` helm fetches it from. Read as YAML; the repositories' hosts are sources
// (dependencies/source-hosts). Chart.lock pins them and is read the same way.

import { parseSyml } from '@yarnpkg/parsers';
import { isObj } from '../../json.js';
import { quoteValue } from '../../text.js';
import { defineRule } from '../rule.js';
import type { Collector } from './lockfile.js';
import { byName, type DependencyReviewer } from './reviewer.js';
import { pick } from './walk.js';

export const helm = defineRule({
  id: 'dependencies/helm',
  codes: ['helm_chart_unparseable'],
  summary: 'A Chart.yaml, requirements.yaml or Chart.lock that cannot be read as YAML is high: the repositories of its dependencies cannot be checked.',
  fix: 'Commit a chart file helm reads.',
});

function parseChart(text: string): Record<string, unknown> | string {
  try {
    const doc: unknown = parseSyml(text.startsWith('#') ? `\n${text}` : text);
    return isObj(doc) ? doc : 'the top level is not a mapping';
  } catch (err) {
    return `not valid YAML: ${(err as Error).message.split('\n')[0]}`;
  }
}

/** The `dependencies` list: every key and value in it walked for hosts. */
function chartSources(text: string, c: Collector): void {
  const doc = parseChart(text);
  if (typeof doc === 'string') {
    c.error = doc;
    return;
  }
  c.walk(pick(doc, [['dependencies']]), { shared: true });
}

export const HELM_REVIEWERS: readonly DependencyReviewer[] = [
  {
    kind: 'helm-chart',
    matches: byName('chart.yaml', 'requirements.yaml', 'chart.lock', 'requirements.lock'),
    sources: chartSources,
    review: (_base, head, { file }) => {
      if (head === null) return [];
      const doc = parseChart(head);
      return typeof doc === 'string' ? [helm.finding('helm_chart_unparseable', 'high', `${file} could not be read (${quoteValue(doc)}), so the repositories of its dependencies were not checked.`)] : [];
    },
  },
];
