// One line of a changed-paths history (JSON lines: sha, date, authorIsBot, botName, agentCoAuthors,
// files [{status, path}]) read into a change a simulation replays. Paths only: no modes, blobs or
// contents, so kinds (symlinks, executables, binaries) and content rules are not seen. Pure; a line
// that does not parse is a problem with its line number, never skipped.

import { isObj, own, str } from '../json.js';
import type { ChangeEntry, ChangeStatus } from '../types.js';
import { sanitizeForMessage } from '../text.js';
import type { ActorKind } from './actors.js';

export interface ReplayChange {
  /** Commit id (or the history's own id). */
  id: string;
  /** ISO date as recorded, or null. */
  date: string | null;
  actor: ActorKind;
  /** Who: the author's name or bot login, for examples. */
  who: string | null;
  entries: ChangeEntry[];
}

const ZERO = '0'.repeat(40);
const STATUS: Readonly<Record<string, ChangeStatus>> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'type_changed' };
/** A hostile history cannot make one line cost more than this many entries. */
const MAX_FILES_PER_CHANGE = 250_000;

/** A change entry known by its path and status only (regular files on both sides that exist). */
export function pathOnlyEntry(status: ChangeStatus, path: string, previousPath?: string): ChangeEntry {
  const before = status === 'added' || status === 'copied' ? 'none' : 'regular';
  const after = status === 'deleted' ? 'none' : 'regular';
  const entry: ChangeEntry = {
    status,
    path,
    oldMode: before === 'none' ? '000000' : '100644',
    newMode: after === 'none' ? '000000' : '100644',
    oldKind: before,
    newKind: after,
    oldBlob: ZERO,
    newBlob: ZERO,
  };
  if (previousPath !== undefined) entry.previousPath = previousPath;
  return entry;
}

export type HistoryLine = { ok: true; change: ReplayChange } | { ok: false; message: string };

export function parseHistoryLine(line: string, lineNo: number): HistoryLine {
  const bad = (why: string): HistoryLine => ({ ok: false, message: `line ${lineNo}: ${why}` });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return bad(`not JSON (${sanitizeForMessage((err as Error).message, 120)})`);
  }
  if (!isObj(value)) return bad('not a JSON object');
  const id = str(own(value, 'sha')) ?? str(own(value, 'id'));
  if (id === undefined || id.length === 0 || id.length > 128) return bad('no "sha" (a string of 1 to 128 characters)');
  const files = own(value, 'files');
  if (!Array.isArray(files)) return bad('"files" is not a list');
  if (files.length > MAX_FILES_PER_CHANGE) return bad(`more than ${MAX_FILES_PER_CHANGE} files`);
  const entries: ChangeEntry[] = [];
  for (let i = 0; i < files.length; i++) {
    const f: unknown = files[i];
    if (!isObj(f)) return bad(`files[${i}] is not an object`);
    const path = str(own(f, 'path'));
    const status = STATUS[str(own(f, 'status'))?.charAt(0) ?? ''];
    if (path === undefined || path.length === 0) return bad(`files[${i}] has no "path"`);
    if (status === undefined) return bad(`files[${i}] has no status git prints (A, M, D, R, C or T)`);
    const previous = str(own(f, 'previous_path')) ?? str(own(f, 'from'));
    if ((status === 'renamed' || status === 'copied') && previous === undefined) return bad(`files[${i}] is a rename or copy without "previous_path"`);
    entries.push(pathOnlyEntry(status, path, status === 'renamed' || status === 'copied' ? previous : undefined));
  }
  const bot = own(value, 'authorIsBot') === true;
  const coAuthors = own(value, 'agentCoAuthors');
  const agent = Array.isArray(coAuthors) && coAuthors.some((c) => typeof c === 'string' && c.length > 0);
  const botName = str(own(value, 'botName'));
  const author = str(own(value, 'author'));
  return {
    ok: true,
    change: {
      id,
      date: str(own(value, 'date')) ?? null,
      actor: bot ? 'bot' : agent ? 'agent' : 'human',
      who: bot ? (botName ?? 'a bot') : agent ? `with ${(coAuthors as unknown[]).filter((c) => typeof c === 'string').join(', ')}` : (author ?? null),
      entries,
    },
  };
}
