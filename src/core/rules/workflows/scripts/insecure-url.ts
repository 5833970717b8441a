import { deepStrings, own, str } from '../../../json.js';
import { quoteValue } from '../../../text.js';
import { defineRule } from '../../rule.js';
import type { WorkflowCheck } from '../check.js';
import { actionName, stepScripts, stepWhere, withArgs } from '../model.js';
import { REMOTE_SCRIPT } from './remote-script.js';

export const insecureUrl = defineRule({
  id: 'workflows/insecure-url',
  codes: ['workflow_insecure_download', 'workflow_insecure_url'],
  summary: 'Code or packages come over a plaintext scheme (http://, git://) from a named remote host: a download that is run or installed, or a registry, index or repository URL given to an action or package manager, so anyone on the network path can replace it.',
  fix: 'Use https:// (or ssh:// for git) and check a pinned checksum for downloads.',
});

/** A plain http:// URL on a named remote host (not localhost, a loopback address, or a dotless service name). */
const HTTP_DOWNLOAD = /\b(?:curl|wget)\b[^\n]*?\b(http:\/\/(?!(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/\s'"]|$))[\w-]+(?:\.[\w-]+)+[^\s'"|;&)]*)/gi;
/** Running what was downloaded: marking it executable or installing it as a package. */
const RUNS_DOWNLOAD = /\bchmod\s+(?:[ugoa]*\+[rw]*x|[0-7]*[1357][0-7]{0,2}\b)|\b(?:dpkg|rpm)\s+(?:-\w*\s+)*-\w*i|\bsudo\s+install\b/i;
const REMOTE_HOST = String.raw`(?!(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/\s'"]|$))[\w-]+(?:\.[\w-]+)+[^\s'"|;&)]*`;
/** Package sources given to a package manager on the command line. */
const PACKAGE_SOURCE = new RegExp(String.raw`(?:--(?:index-url|extra-index-url|registry|find-links|source|trusted-host)[=\s]+|\b-i\s+|\bgit\s+clone\s+(?:\S+\s+)*?|\bgo\s+get\s+)((?:http|git):\/\/${REMOTE_HOST})`, 'gi');
/** Action inputs whose value is where code or packages come from. */
const SOURCE_INPUT = /(?:^|[-_])(?:url|registry|index|repository|repo|mirror|source|server)(?:$|[-_])/i;
const INSECURE_SCHEME = new RegExp(String.raw`^\s*((?:http|git):\/\/${REMOTE_HOST})`, 'i');

export const insecureUrlCheck: WorkflowCheck = {
  rule: insecureUrl,
  facts({ m, emit }) {
    for (const job of m.jobs) {
      for (const step of job.steps) {
        const where = stepWhere(m, job, step);
        for (const { field, text } of stepScripts(step.value)) {
          for (const line of text.split('\n')) {
            for (const dl of line.matchAll(HTTP_DOWNLOAD)) {
              if (!REMOTE_SCRIPT.test(line) && !RUNS_DOWNLOAD.test(text)) continue;
              const url = dl[1]!;
              emit(insecureUrl, 'workflow_insecure_download', `${where} downloads ${quoteValue(url)} over plain http:// and runs or installs it in its ${field}: script; anyone on the network path can replace it with their own code. Use https:// and check a pinned checksum.`, { job, step, detail: url });
            }
            for (const src of line.matchAll(PACKAGE_SOURCE)) {
              emit(insecureUrl, 'workflow_insecure_url', `${where} fetches code or packages from ${quoteValue(src[1]!)} in its ${field}: script, over a plaintext scheme; use https:// (or ssh:// for git).`, { job, step, detail: src[1]! });
            }
          }
        }
        const uses = str(own(step.value, 'uses'));
        if (uses === undefined) continue;
        const args = withArgs(step.value);
        for (const key of Object.keys(args)) {
          if (!SOURCE_INPUT.test(key)) continue;
          for (const value of deepStrings(args[key])) {
            const hit = INSECURE_SCHEME.exec(value);
            if (hit) emit(insecureUrl, 'workflow_insecure_url', `${where} gives ${quoteValue(actionName(uses))} the ${quoteValue(key)} ${quoteValue(hit[1]!)}, a plaintext scheme; use https:// (or ssh:// for git).`, { job, step, detail: hit[1]! });
          }
        }
      }
    }
  },
};
