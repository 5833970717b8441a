// `agent-guard validate [--policy FILE] [--manifest FILE]... [--format text|json]`

import { parseArgs } from 'node:util';
import { formatProblem, loadManifest, loadPolicy, manifestViolations, type Loaded } from '../adapters/config.js';
import type { Manifest } from '../core/manifest.js';
import { FileReadError, readBoundedFile } from '../adapters/files.js';
import { MAX_DOCUMENT_BYTES } from '../core/yaml.js';
import { BASELINE_POLICY, type Policy } from '../core/policy.js';
import { checkPolicyExamples, readPolicyExamples } from '../core/policy-examples.js';
import { policyWarnings } from '../core/policy-warnings.js';
import type { Problem } from '../core/types.js';
import { EXIT } from './exit-codes.js';
import { VALIDATE_USAGE } from './usage.js';
import { UsageError, type CliIO } from './io.js';

interface FileReport {
  file: string;
  kind: 'policy' | 'manifest';
  valid: boolean;
  sha256?: string;
  problems: Problem[];
  /** Rules that can never take effect, or lower what tools load by name: shown, never invalid. */
  warnings: Problem[];
}


export async function runValidate(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      policy: { type: 'string' },
      manifest: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
    },
    strict: true,
    allowPositionals: false,
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  const manifests = values.manifest ?? [];
  if (values.policy === undefined && manifests.length === 0) throw new UsageError(`nothing to validate: give --policy and/or --manifest\nusage: ${VALIDATE_USAGE}`);

  const reports: FileReport[] = [];
  let policy: Policy | undefined;
  let policyValid = true;
  if (values.policy !== undefined) {
    const outcome = await read(values.policy, (bytes) => loadPolicy(bytes, values.policy!));
    if (outcome.ok) policy = outcome.loaded.value as Policy;
    else policyValid = false;
    const r = report(values.policy, 'policy', outcome);
    // A policy is tested like code: an example whose change gets another verdict or tier fails it.
    if (outcome.ok && policy) {
      const { examples, problems } = readPolicyExamples(outcome.loaded.doc.value);
      const failed = [...problems, ...checkPolicyExamples(policy, examples)];
      r.problems.push(...failed.map((p) => ({ ...p, location: outcome.loaded.doc.locate(p.pointer ?? '') })));
      if (failed.length > 0) policyValid = r.valid = false;
      const doc = outcome.loaded.doc.value as { protected?: unknown } | null;
      const protectedPointer = Array.isArray(doc?.protected) ? '/protected' : '/protected/paths';
      r.warnings.push(...policyWarnings(policy, { protectedPointer }).map((p) => ({ ...p, location: outcome.loaded.doc.locate(p.pointer ?? '') })));
    }
    reports.push(r);
  }
  // An expired manifest is invalid here too, not only when a run checks it: `validate` must not call
  // valid a task that every guard-diff run would refuse.
  const now = new Date();
  for (const file of manifests) {
    const outcome = await read(file, (bytes) => loadManifest(bytes, file));
    const r = report(file, 'manifest', outcome);
    if (outcome.ok) {
      r.problems.push(...(policy ? manifestViolations(outcome.loaded as Loaded<Manifest>, policy, { now }) : expiryViolations(outcome.loaded as Loaded<Manifest>, now)));
      r.valid = r.problems.length === 0;
    }
    reports.push(r);
  }
  const valid = policyValid && reports.every((r) => r.valid);

  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          valid,
          files: reports.map((r) => ({
            ...r,
            problems: r.problems.map((p) => located(p, r.file)),
            warnings: r.warnings.map((p) => located(p, r.file)),
          })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const r of reports) {
      if (r.valid) io.out(`${r.file}: valid ${r.kind}`);
      for (const p of r.problems) io.out(formatProblem(p));
      for (const w of r.warnings) io.out(formatProblem({ ...w, message: `warning: ${w.message}` }));
    }
    if (values.policy !== undefined && !policyValid && manifests.length > 0) io.out('manifests were not checked against the policy, because the policy is invalid');
  }
  return valid ? EXIT.OK : EXIT.INVALID;
}

function located(p: Problem, file: string) {
  return { file: p.location?.file ?? file, line: p.location?.line ?? null, column: p.location?.column ?? null, code: p.code, message: p.message };
}

/** Without a policy only the expiry can be checked against the manifest itself. */
function expiryViolations(manifest: Loaded<Manifest>, now: Date): Problem[] {
  return manifestViolations(manifest, BASELINE_POLICY, { now }).filter((p) => p.code === 'manifest_expired');
}

type Outcome = ReturnType<typeof loadPolicy> | ReturnType<typeof loadManifest>;

async function read(file: string, parse: (bytes: Buffer) => Outcome): Promise<Outcome> {
  try {
    return parse(await readBoundedFile(file, MAX_DOCUMENT_BYTES));
  } catch (err) {
    if (err instanceof FileReadError) return { ok: false, problems: [{ code: 'file_read', message: err.message, location: { file, line: 1, column: 1 } }] };
    throw err;
  }
}

function report(file: string, kind: 'policy' | 'manifest', outcome: Outcome): FileReport {
  return outcome.ok
    ? { file, kind, valid: true, sha256: outcome.loaded.sha256, problems: [], warnings: [] }
    : { file, kind, valid: false, problems: outcome.problems, warnings: [] };
}
