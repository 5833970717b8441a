// `agent-guard export --target T --manifest M`: the manifest and policy as a runtime's own permission
// configuration. Prints the rendering (one file as is; several with `==> path <==` headers), or writes
// it under `--out DIR`, or with `--check` compares the files in the repository with it and exits 1 on
// any drift. What the target cannot express goes to stderr as `note:` lines.

import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { FileWriteError, writeFileNoFollow } from '../adapters/files.js';
import { displayWord } from '../core/commands/patterns.js';
import { EXPORT_TARGETS, ExportError, renderTarget, type ExportTarget, type Rendering } from '../core/exports/index.js';
import { BYPASS_ROLES, GATE_CHECK, GUARD_DIFF_CHECK, renderRulesets, type BypassRole, type RulesetRendering } from '../core/exports/ruleset.js';
import { oneLine } from '../core/text.js';
import { GUARD_OPTIONS, GuardConfigError, loadGuard } from './command-guard.js';
import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';
import { EXPORT_USAGE } from './usage.js';

const MAX_CHECKED_FILE_BYTES = 1024 * 1024;

export async function runExport(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...GUARD_OPTIONS,
      target: { type: 'string' },
      out: { type: 'string' },
      file: { type: 'string' },
      check: { type: 'boolean', default: false },
      'required-check': { type: 'string', multiple: true },
      branch: { type: 'string', multiple: true },
      'bypass-role': { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: false,
  });
  const target = values.target;
  const isRuleset = target === 'ruleset';
  if (target === undefined || !(isRuleset || (EXPORT_TARGETS as readonly string[]).includes(target))) throw new UsageError(`--target must be one of ${[...EXPORT_TARGETS, 'ruleset'].join(', ')}\nusage: ${EXPORT_USAGE}`);
  if (!isRuleset && values.manifest === undefined) throw new UsageError(`--manifest is required: the export renders what one task is granted\nusage: ${EXPORT_USAGE}`);
  if (!isRuleset && (values['required-check'] ?? values.branch ?? values['bypass-role']) !== undefined) throw new UsageError('--required-check, --branch and --bypass-role are options of --target ruleset');
  if (values.check && values.out !== undefined) throw new UsageError('--check and --out exclude each other');
  const roles = values['bypass-role'] ?? ['admin'];
  for (const r of roles) if (!Object.hasOwn(BYPASS_ROLES, r)) throw new UsageError(`--bypass-role must be one of ${Object.keys(BYPASS_ROLES).join(', ')}, not ${JSON.stringify(oneLine(r))}`);
  for (const c of values['required-check'] ?? []) if (c.trim() === '') throw new UsageError('--required-check needs a check name');

  let rendering: Rendering | RulesetRendering;
  try {
    const guard = await loadGuard(values, io);
    if (isRuleset) {
      rendering = renderRulesets({
        policy: guard.policy,
        policyPath: guard.policyPath,
        requiredChecks: values['required-check'] ?? [GATE_CHECK, GUARD_DIFF_CHECK],
        branches: values.branch ?? ['~DEFAULT_BRANCH'],
        bypassRoles: roles as BypassRole[],
      });
    } else {
      const hookArgs = [...(values.policy !== undefined ? ['--policy', values.policy] : []), '--manifest', values.manifest ?? ''].map(displayWord).join(' ');
      rendering = renderTarget(target as ExportTarget, {
        policy: guard.policy,
        manifest: guard.manifest!,
        policyPath: guard.policyPath,
        hookCommand: `agent-guard hook ${hookArgs}`,
        source: `${guard.context.task?.source ?? values.manifest} (sha256 ${guard.context.task?.sha256.slice(0, 12) ?? '?'}) and ${guard.context.policy?.source ?? 'the policy'}`,
      });
    }
  } catch (err) {
    if (err instanceof GuardConfigError || err instanceof ExportError) {
      io.err(`agent-guard export: ${oneLine(err.message)}`);
      return EXIT.INVALID;
    }
    throw err;
  }
  const repo = isAbsolute(values.repo) ? values.repo : join(io.cwd, values.repo);
  const abs = (p: string) => (isAbsolute(p) ? p : join(io.cwd, p));
  const primary = rendering.files.find((f) => f.path !== null) ?? rendering.files[0]!;

  if (values.check) {
    const drift: string[] = [];
    let checked = 0;
    for (const f of rendering.files) {
      const where = f === primary && values.file !== undefined ? abs(values.file) : f.path === null ? null : join(repo, f.path);
      if (where === null && f.drift(null).length === 0) continue; // output that is not a file (a checklist)
      const text = where === null ? null : await readFile(where, 'utf8').then((t) => (Buffer.byteLength(t) > MAX_CHECKED_FILE_BYTES ? null : t), () => null);
      checked++;
      for (const d of f.drift(text)) drift.push(`${oneLine(where ?? `${target}`)}: ${oneLine(d)}`);
    }
    for (const d of drift) io.out(`drift: ${d}`);
    if (drift.length === 0) io.out(`no drift: ${checked === 1 ? 'the file matches' : `${checked} files match`} the manifest (${target})`);
    return drift.length === 0 ? EXIT.OK : EXIT.DENY;
  }

  for (const n of rendering.notes) io.err(`note: ${oneLine(n)}`);
  if (values.out !== undefined) {
    const outDir = abs(values.out);
    for (const f of rendering.files) {
      if (f.path === null) {
        io.out(f.content.trimEnd());
        continue;
      }
      try {
        await writeFileNoFollow(join(outDir, f.path), f.content, { untrustedRoot: outDir });
      } catch (err) {
        if (err instanceof FileWriteError) {
          io.err(`agent-guard export: ${oneLine(err.message)}`);
          return EXIT.INVALID;
        }
        throw err;
      }
      io.out(`wrote ${oneLine(join(outDir, f.path))}`);
    }
    return EXIT.OK;
  }
  if (rendering.files.length === 1) io.out(rendering.files[0]!.content.trimEnd());
  else for (const f of rendering.files) io.out(`==> ${f.path ?? 'checklist (not a file)'} <==\n${f.content.trimEnd()}\n`);
  return EXIT.OK;
}
