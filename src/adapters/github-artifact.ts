// Uploads files as a workflow run artifact with @actions/artifact (the results service's Twirp API and a
// signed blob URL, as actions/upload-artifact v4+ does). The files are given as bytes and written into
// a fresh private folder that is archived whole, so what is uploaded is exactly what the caller checked,
// not whatever sits at a path by the time the archiver opens it. @actions/artifact is loaded only when
// an upload is asked for: it brings the Azure storage client, which no other step needs.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redactCredentialShapes } from '../core/redact.js';
import { oneLine } from '../core/text.js';

export class ArtifactUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactUploadError';
  }
}

export interface UploadedArtifact {
  id: number;
  /** `sha256:<hex>` of the archive, as the artifacts API lists it. */
  digest: string;
  /** Bytes of the archive. */
  size: number;
}

export interface ArtifactFile {
  /** File name inside the archive (no folders). */
  name: string;
  bytes: Buffer;
}

/** Characters @actions/artifact refuses in a name (its validateArtifactName), checked before any request. */
const NAME_FORBIDDEN = /["<>|*?:\\/\r\n]/;

export function artifactNameProblem(name: string): string | null {
  if (name === '') return 'it is empty';
  if (NAME_FORBIDDEN.test(name)) return 'it holds one of " : < > | * ? \\ / or a line break';
  if (name.length > 256) return 'it is longer than 256 characters';
  return null;
}

/** The signature of a signed storage URL, should an error message carry one. */
const scrub = (text: string) => redactCredentialShapes(oneLine(text)).replace(/([?&](?:sig|sv|se|sp|skoid|sktid)=)[^&\s]+/gi, '$1***').slice(0, 400);

/**
 * Upload `files` as the run's artifact `name`. Needs the runner's ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL (the library reads them from process.env and nowhere else). Throws
 * ArtifactUploadError saying which part failed.
 */
export async function uploadArtifact(name: string, files: readonly ArtifactFile[], opts: { retentionDays?: number; tempDir: string }): Promise<UploadedArtifact> {
  const bad = artifactNameProblem(name);
  if (bad) throw new ArtifactUploadError(`the artifact name ${JSON.stringify(name.slice(0, 80))} cannot be used: ${bad}`);
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((v) => !process.env[v]);
  if (missing.length) throw new ArtifactUploadError(`${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set: artifacts can be uploaded only from a GitHub Actions job (not from a container step or a local run)`);
  if (files.length === 0) throw new ArtifactUploadError('no files to upload');
  const dir = await mkdtemp(join(opts.tempDir, 'agent-guard-artifact-'));
  try {
    const paths: string[] = [];
    for (const f of files) {
      if (f.name === '' || f.name.includes('/') || f.name.includes('\\') || f.name === '.' || f.name === '..') throw new ArtifactUploadError(`${JSON.stringify(f.name)} is not a file name`);
      const path = join(dir, f.name);
      await writeFile(path, f.bytes, { mode: 0o600, flag: 'wx' });
      paths.push(path);
    }
    let lib: typeof import('@actions/artifact');
    try {
      lib = await import('@actions/artifact');
    } catch (err) {
      throw new ArtifactUploadError(`@actions/artifact could not be loaded: ${scrub(err instanceof Error ? err.message : String(err))}`);
    }
    let result: { id?: number; digest?: string; size?: number };
    try {
      result = await new lib.DefaultArtifactClient().uploadArtifact(name, paths, dir, opts.retentionDays === undefined ? {} : { retentionDays: opts.retentionDays });
    } catch (err) {
      const message = scrub(err instanceof Error ? err.message : String(err));
      const hint = /already exists|\(409\)/i.test(message) ? ' (artifact names are unique in a workflow run: give each step that uploads evidence in this run its own evidence-artifact-name)' : '';
      const where = /^Failed to (CreateArtifact|FinalizeArtifact)/.exec(message)?.[1];
      const what = where ? `${where} at the results service failed` : err instanceof lib.GHESNotSupportedError ? 'GitHub Enterprise Server does not support this artifact upload' : 'uploading the archive to the signed storage URL failed';
      throw new ArtifactUploadError(`${what}: ${where ? message.slice(`Failed to ${where}: `.length) : message}${hint}`);
    }
    if (typeof result.id !== 'number' || !Number.isSafeInteger(result.id) || result.id <= 0) throw new ArtifactUploadError(`the results service finalized the artifact without an id (${JSON.stringify(result.id)})`);
    if (typeof result.digest !== 'string' || !/^[0-9a-f]{64}$/.test(result.digest)) throw new ArtifactUploadError('the upload reported no sha256 digest of the archive');
    return { id: result.id, digest: `sha256:${result.digest}`, size: result.size ?? 0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
