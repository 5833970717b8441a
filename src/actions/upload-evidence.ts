// The `upload-evidence` step every action that writes evidence runs once its evidence is final (after
// signing; for request-capability after the post step's revocation record): read the upload inputs,
// re-read each evidence file (never through a symbolic link), check it against the evidence schema and
// that the one redactor leaves it unchanged, and upload exactly those bytes as one workflow artifact
// through adapters/github-artifact. Nothing else goes into the archive.
//
// A requested upload that fails is an error annotation saying what failed, and fails the step: the
// user asked for the evidence to be kept, and a run whose evidence silently went missing would drop
// out of `agent-guard metrics` (its denials and credential lifetimes with it) while looking like a
// clean run. The verdict, outputs and summary are set before this step and stay as they are.

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { ArtifactUploadError, artifactNameProblem, uploadArtifact, type ArtifactFile, type UploadedArtifact } from '../adapters/github-artifact.js';
import { MAX_EVIDENCE_BYTES } from '../adapters/evidence-files.js';
import { evidenceProblems } from '../core/evidence-validate.js';
import { Redactor } from '../core/redact.js';
import { proxyVariables } from '../core/transport.js';
import { oneLine } from '../core/text.js';
import { DEFAULT_EVIDENCE_ARTIFACT_NAME, UploadEvidenceInputs as I, UploadEvidenceOutputs as O } from './constants.js';
import type { ActionsCore } from './toolkit.js';

const TITLE = 'agent-guard: evidence not uploaded';
const MAX_RETENTION_DAYS = 90;

export interface UploadEvidenceDeps {
  /** The step's redactor when it holds secrets (request-capability: the token and the App key); default credential shapes only. */
  redactor?: Pick<Redactor, 'redact'>;
}

class NotUploaded extends Error {}

export async function uploadEvidenceStep(core: ActionsCore, env: Record<string, string | undefined>, evidencePaths: readonly string[], deps: UploadEvidenceDeps = {}): Promise<UploadedArtifact | null> {
  const say = (m: string) => oneLine(m).slice(0, 600);
  const upload = (core.getInput(I.Upload) || 'false').trim();
  if (upload === 'false') return null;
  const redactor = deps.redactor ?? new Redactor();
  try {
    if (upload !== 'true') throw new NotUploaded(`input ${I.Upload} must be true or false, not ${JSON.stringify(upload.slice(0, 50))}`);
    const name = (core.getInput(I.ArtifactName) || DEFAULT_EVIDENCE_ARTIFACT_NAME).trim();
    const nameProblem = artifactNameProblem(name);
    if (nameProblem) throw new NotUploaded(`input ${I.ArtifactName} ${JSON.stringify(name.slice(0, 80))} cannot name an artifact: ${nameProblem}`);
    const retentionInput = core.getInput(I.RetentionDays).trim();
    if (retentionInput !== '' && !/^[1-9][0-9]{0,2}$/.test(retentionInput)) throw new NotUploaded(`input ${I.RetentionDays} must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, not ${JSON.stringify(retentionInput.slice(0, 20))}`);
    const retentionDays = retentionInput === '' ? undefined : Number(retentionInput);
    if (retentionDays !== undefined && retentionDays > MAX_RETENTION_DAYS) throw new NotUploaded(`input ${I.RetentionDays} is ${retentionDays}: GitHub keeps artifacts at most ${MAX_RETENTION_DAYS} days`);
    // @actions/artifact sends the runtime token through whatever proxy the process environment names
    // (it reads process.env, not our transport), and an earlier step can write one to GITHUB_ENV,
    // request-capability's post step included: refuse rather than hand the token to that proxy.
    const routed = proxyVariables(process.env);
    if (routed.length) throw new NotUploaded(`the environment sets ${routed.join(', ')}, which would route the artifact upload (and its runtime token) through a proxy an earlier step may have chosen; unset it for this step`);
    const paths = evidencePaths.filter((p) => p !== '');
    // request-capability's post step when main failed before minting: main uploaded (or failed) already.
    if (paths.length === 0) throw new NotUploaded('no evidence file was written by this step');

    const files: ArtifactFile[] = [];
    for (const path of paths) {
      const bytes = await readEvidence(path);
      const text = bytes.toString('utf8');
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (err) {
        throw new NotUploaded(`${path} is not JSON (${err instanceof Error ? err.message : String(err)})`);
      }
      const problems = evidenceProblems(doc);
      if (problems.length) throw new NotUploaded(`${path} does not match schemas/evidence.schema.json (${problems.join('; ')})`);
      // Every writer redacts before writing; a file the redactor would still change was not written by
      // this step, or was changed after it.
      if (redactor.redact(text) !== text) throw new NotUploaded(`${path} holds text the redactor removes (a secret of this step or a credential-shaped string): it was changed after it was written`);
      const base = basename(path);
      const taken = new Set(files.map((f) => f.name));
      files.push({ name: taken.has(base) ? `${files.length + 1}-${base}` : base, bytes });
    }

    const uploaded = await uploadArtifact(name, files, { ...(retentionDays !== undefined ? { retentionDays } : {}), tempDir: env.RUNNER_TEMP || tmpdir() });
    core.setOutput(O.ArtifactId, String(uploaded.id));
    core.setOutput(O.ArtifactDigest, uploaded.digest);
    core.info(
      `agent-guard: evidence uploaded as the artifact ${name} (id ${uploaded.id}, ${uploaded.digest}, ${uploaded.size} bytes): ${files.map((f) => f.name).join(', ')}; kept ${retentionDays === undefined ? "for the repository's retention" : `${retentionDays} day(s)`}`,
    );
    return uploaded;
  } catch (err) {
    const why = err instanceof NotUploaded || err instanceof ArtifactUploadError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    const message = say(redactor.redact(`agent-guard: the evidence was not uploaded as an artifact: ${why}`));
    core.setOutput(O.ArtifactId, '');
    core.setOutput(O.ArtifactDigest, '');
    core.error(message, { title: TITLE });
    core.setFailed(message);
    return null;
  }
}

/** The file's bytes: a regular file reached without a symbolic link at its name, at most MAX_EVIDENCE_BYTES. */
async function readEvidence(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new NotUploaded(`${path} cannot be read (${code === 'ELOOP' ? 'it is a symbolic link' : code === 'ENOENT' ? 'it does not exist' : (code ?? 'error')})`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new NotUploaded(`${path} is not a regular file`);
    if (st.size > MAX_EVIDENCE_BYTES) throw new NotUploaded(`${path} is ${st.size} bytes, more than the ${MAX_EVIDENCE_BYTES} allowed`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
