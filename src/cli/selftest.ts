// `agent-guard selftest`: runs the adversarial scenario pack against the user's own policy and
// manifest (temporary git repositories, a loopback GitHub API, the hook itself; no model, no network)
// and reports containment per class. Exit 0 when everything is contained or not applicable, 1 when
// anything escaped or could not be judged, 3 on invalid input.

import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../adapters/config.js';
import { FileReadError } from '../adapters/files.js';
import { ConfigError } from '../app/config.js';
import { runSelftest } from '../app/selftest/run.js';
import { renderJson, renderJunit, renderMarkdown, renderText } from '../core/selftest/report.js';
import { DEFAULT_POLICY_PATH } from '../core/protected.js';
import { EXIT } from './exit-codes.js';
import { runExec } from './exec.js';
import { runHook } from './hook.js';
import { UsageError, type CliIO } from './io.js';

const FORMATS = { text: renderText, json: renderJson, junit: renderJunit, markdown: renderMarkdown } as const;

export async function runSelftestCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      policy: { type: 'string' },
      manifest: { type: 'string' },
      scenarios: { type: 'string', multiple: true, default: [] },
      'no-builtin': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
    },
    strict: true,
    allowPositionals: false,
  });
  const format = values.format;
  if (!Object.hasOwn(FORMATS, format)) throw new UsageError(`--format must be text, json, junit or markdown, not ${JSON.stringify(format)}`);
  if (values['no-builtin'] && values.scenarios.length === 0) throw new UsageError('--no-builtin needs --scenarios DIR');
  const abs = (p: string) => (isAbsolute(p) ? p : join(io.cwd, p));
  const policyFile = abs(values.policy ?? DEFAULT_POLICY_PATH);
  try {
    const report = await runSelftest({
      policyFile,
      manifestFile: values.manifest === undefined ? null : abs(values.manifest),
      scenarioDirs: values.scenarios.map(abs),
      builtin: !values['no-builtin'],
      entries: { runHook, runExec },
    });
    io.out(FORMATS[format as keyof typeof FORMATS](report));
    return report.passed ? EXIT.OK : EXIT.DENY;
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) io.err(formatProblem(p));
      return EXIT.INVALID;
    }
    if (err instanceof FileReadError) {
      // The default path missing is a newcomer's first run in a repository without a policy: say what
      // selftest tests and what to pass (check would apply the baseline; a selftest of it proves little).
      if (values.policy === undefined && err.file === policyFile && !existsSync(policyFile)) {
        io.err(`agent-guard selftest: no policy at ${DEFAULT_POLICY_PATH} in ${io.cwd}: selftest tests a policy file; pass --policy FILE (and --manifest FILE), e.g. --policy examples/agent-policy.yml --manifest examples/seed-manifest.yml in a clone of agent-guard`);
        return EXIT.INVALID;
      }
      io.err(formatProblem({ code: 'file_read', message: err.message, location: { file: err.file } }));
      return EXIT.INVALID;
    }
    throw err;
  }
}
