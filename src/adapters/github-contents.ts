// One file at a commit through the contents API (`ref` = a SHA): its bytes, absent, or why it cannot
// be used as a regular file. The caller decides what an unusable file means.

import { num, obj, str } from '../core/json.js';
import { call, GitHubApiError, type GateTarget, type RestClient, type RestResponse } from './github-rest.js';

export type ContentsRead = { found: true; bytes: Buffer } | { found: false } | { found: 'unusable'; why: string };

export async function readContents(client: RestClient, t: Pick<GateTarget, 'owner' | 'repo'>, path: string, ref: string, maxBytes: number): Promise<ContentsRead> {
  let res: RestResponse;
  try {
    res = await call(client, 'GET /repos/{owner}/{repo}/contents/{path}', { owner: t.owner, repo: t.repo, path, ref });
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return { found: false };
    throw err;
  }
  const d = obj(res.data);
  if (Array.isArray(res.data) || d.type !== 'file') return { found: 'unusable', why: `not a regular file (${Array.isArray(res.data) ? 'a directory' : String(d.type)})` };
  const size = num(d.size) ?? -1;
  if (size > maxBytes) return { found: 'unusable', why: `${size} bytes; the limit is ${maxBytes}` };
  const content = str(d.content);
  if (d.encoding !== 'base64' || content === undefined) return { found: 'unusable', why: `the contents API returned no inline content (encoding ${String(d.encoding)})` };
  const bytes = Buffer.from(content.replace(/\s+/g, ''), 'base64');
  if (size >= 0 && bytes.length !== size) return { found: 'unusable', why: `decoded ${bytes.length} bytes, the API reported ${size}` };
  return { found: true, bytes };
}
