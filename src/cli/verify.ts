// `agent-guard verify EVIDENCE`: is this evidence file the one a trusted workflow signed, and was the
// commit it approved the one that was merged? Offline: the bundle is checked against a trusted root
// file; --merged needs a local clone. Exit 0 when every check passes, 1 naming each that did not, 3 on
// invalid input.

import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { patchId } from '../adapters/git/history.js';
import { mergeBase, resolveCommit } from '../adapters/git/reads.js';
import { BundleVerificationError, parseTrustedRoot, verifyDsseBundle, type VerifiedBundle } from '../adapters/sigstore-verify.js';
import { ACTIONS_ISSUER, signerProblems, statementProblems } from '../core/attestation/checks.js';
import { isObj, obj, own, str } from '../core/json.js';
import { isShaAnyCase } from '../core/sha.js';
import { oneLine, quoteValue } from '../core/text.js';
import { EXIT } from './exit-codes.js';
import { UsageError, type CliIO } from './io.js';
import { VERIFY_USAGE } from './usage.js';

const REPO = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const REF = /^[A-Za-z0-9][A-Za-z0-9._/~^-]{0,200}$/;

export async function runVerify(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      bundle: { type: 'string' },
      repo: { type: 'string' },
      workflow: { type: 'string' },
      merged: { type: 'string' },
      git: { type: 'string' },
      'trusted-root': { type: 'string' },
      server: { type: 'string', default: 'https://github.com' },
      issuer: { type: 'string', default: ACTIONS_ISSUER },
      format: { type: 'string', default: 'text' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError(`verify takes one evidence file\nusage: ${VERIFY_USAGE}`);
  if (!values['trusted-root']) throw new UsageError('--trusted-root FILE is required: verification is offline (`gh attestation trusted-root > trusted-root.jsonl` writes GitHub\'s and the public-good roots)');
  if (!['text', 'json'].includes(values.format)) throw new UsageError(`--format must be text or json, not ${JSON.stringify(oneLine(values.format))}`);
  if (values.repo !== undefined && !REPO.test(values.repo)) throw new UsageError(`--repo must be OWNER/NAME, not ${JSON.stringify(oneLine(values.repo))}`);
  if (values.merged !== undefined && !values.merged.split('..').every((p) => REF.test(p))) throw new UsageError(`--merged must be a commit or BASE..TIP, not ${JSON.stringify(oneLine(values.merged))}`);
  const at = (p: string) => (isAbsolute(p) ? p : join(io.cwd, p));
  const evidencePath = at(positionals[0] as string);
  const bundlePath = at(values.bundle ?? `${positionals[0] as string}.sigstore.json`);

  const read = async (path: string, what: string) => {
    try {
      return await readFile(path);
    } catch (err) {
      throw new UsageError(`${what} ${path}: ${oneLine((err as Error).message)}`);
    }
  };
  const evidenceBytes = await read(evidencePath, 'evidence');
  const bundleJson = parseJson(await read(bundlePath, 'bundle'), bundlePath);
  const roots = parseRoots(await read(at(values['trusted-root']), 'trusted root'), values['trusted-root']);

  const problems: string[] = [];
  const checks: string[] = [];
  // One root must verify the bundle (gh's file has one line per instance).
  let verified: VerifiedBundle | null = null;
  const rootErrors: string[] = [];
  for (const root of roots) {
    try {
      verified = verifyDsseBundle(bundleJson, parseTrustedRoot(root));
      break;
    } catch (err) {
      if (!(err instanceof BundleVerificationError)) throw err;
      rootErrors.push(err.message);
    }
  }
  if (!verified) problems.push(...[...new Set(rootErrors)].map((m) => `signature: ${m}`));
  else checks.push('signature: the bundle verifies against the trusted root (certificate chain, signature, timestamp)');

  let doc: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(evidenceBytes.toString('utf8'));
    if (isObj(parsed)) doc = parsed;
  } catch {
    // statementProblems names it.
  }
  if (verified) {
    const s = statementProblems(verified.payloadType, verified.payload, evidenceBytes, basename(evidencePath));
    problems.push(...s.problems.map((m) => `subject: ${m}`));
    if (s.problems.length === 0) checks.push('subject: the evidence file is the signed subject (sha256) and names the signed head commit');
    const claimed = str(own(obj(own(doc, 'job')), 'repository')) ?? null;
    const repository = values.repo ?? claimed;
    if (!repository) problems.push('signer: the evidence names no repository and --repo is not given: the signer cannot be checked');
    else {
      if (values.repo && claimed && claimed.toLowerCase() !== values.repo.toLowerCase()) problems.push(`evidence: the evidence says it was written in ${quoteValue(claimed)}, not ${values.repo}`);
      const p = signerProblems(verified.signer, { repository, workflow: values.workflow ?? null, serverUrl: values.server, issuer: values.issuer });
      problems.push(...p.map((m) => `signer: ${m}`));
      if (p.length === 0) checks.push(`signer: ${verified.signer.subjectAlternativeName} (source ${verified.signer.sourceRepositoryURI})`);
    }
  }

  if (values.merged !== undefined) {
    const m = await mergedProblems(values.git ? at(values.git) : io.cwd, doc, values.merged);
    problems.push(...m.problems.map((x) => `merged: ${x}`));
    if (m.ok) checks.push(`merged: ${m.ok}`);
  }

  const ok = problems.length === 0;
  if (values.format === 'json') {
    io.out(JSON.stringify({ verified: ok, evidence: evidencePath, bundle: bundlePath, signer: verified?.signer ?? null, checks, problems }, null, 2));
  } else {
    for (const c of checks) io.out(`ok    ${c}`);
    for (const p of problems) io.out(`FAIL  ${oneLine(p)}`);
    io.out(ok ? `verified: ${basename(evidencePath)}` : `NOT verified: ${problems.length} check(s) failed`);
  }
  return ok ? EXIT.OK : EXIT.DENY;
}

/** The approved head against the merged commit: the same commit, or the same patch on another base. */
async function mergedProblems(git: string, doc: Record<string, unknown>, merged: string): Promise<{ ok: string | null; problems: string[] }> {
  const head = str(own(doc, 'head'));
  const base = str(own(doc, 'base'));
  if (!isShaAnyCase(head)) return { ok: null, problems: ['the evidence names no approved head commit'] };
  try {
    const [from, tip] = merged.includes('..') ? (merged.split('..') as [string, string]) : [`${merged}^1`, merged];
    const tipSha = await resolveCommit(git, tip);
    if (!merged.includes('..') && tipSha.toLowerCase() === head.toLowerCase()) return { ok: `the merged commit is the approved head ${head}`, problems: [] };
    if (!isShaAnyCase(base)) return { ok: null, problems: [`the merged commit ${tipSha} is not the approved head ${head}, and the evidence names no base to compare patches from`] };
    const approvedBase = await mergeBase(git, base, head);
    const [approved, landed] = await Promise.all([patchId(git, approvedBase, head), patchId(git, from, tipSha)]);
    if (approved === landed) return { ok: `the merged change ${from}..${tipSha} is an identical rebase of the approved ${approvedBase.slice(0, 12)}..${head} (patch id ${approved})`, problems: [] };
    return { ok: null, problems: [`the merged change ${from}..${tipSha} (patch id ${landed}) is not the approved ${approvedBase.slice(0, 12)}..${head} (patch id ${approved}): what was merged is not what was approved`] };
  } catch (err) {
    return { ok: null, problems: [`cannot compare with the local clone ${git}: ${oneLine(err instanceof Error ? err.message : String(err)).slice(0, 300)}`] };
  }
}

function parseJson(bytes: Buffer, path: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new UsageError(`${path} is not JSON`);
  }
}

/** One JSON document, or JSON lines (gh attestation trusted-root). */
function parseRoots(bytes: Buffer, path: string): unknown[] {
  const text = bytes.toString('utf8').trim();
  try {
    return [JSON.parse(text)];
  } catch {
    const lines = text.split(/\r?\n/).filter((l) => l.trim());
    try {
      return lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      throw new UsageError(`${path} is neither a trusted root JSON document nor JSON lines of them`);
    }
  }
}
