import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);
import {
  sanitizeForMessage
} from "./chunk-ERUCQBI4.js";
import {
  isObj,
  own,
  str
} from "./chunk-MPYCKMVQ.js";

// src/core/simulate/history.ts
var ZERO = "0".repeat(40);
var STATUS = { A: "added", M: "modified", D: "deleted", R: "renamed", C: "copied", T: "type_changed" };
var MAX_FILES_PER_CHANGE = 25e4;
function pathOnlyEntry(status, path, previousPath) {
  const before = status === "added" || status === "copied" ? "none" : "regular";
  const after = status === "deleted" ? "none" : "regular";
  const entry = {
    status,
    path,
    oldMode: before === "none" ? "000000" : "100644",
    newMode: after === "none" ? "000000" : "100644",
    oldKind: before,
    newKind: after,
    oldBlob: ZERO,
    newBlob: ZERO
  };
  if (previousPath !== void 0) entry.previousPath = previousPath;
  return entry;
}
function parseHistoryLine(line, lineNo) {
  const bad = (why) => ({ ok: false, message: `line ${lineNo}: ${why}` });
  let value;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return bad(`not JSON (${sanitizeForMessage(err.message, 120)})`);
  }
  if (!isObj(value)) return bad("not a JSON object");
  const id = str(own(value, "sha")) ?? str(own(value, "id"));
  if (id === void 0 || id.length === 0 || id.length > 128) return bad('no "sha" (a string of 1 to 128 characters)');
  const files = own(value, "files");
  if (!Array.isArray(files)) return bad('"files" is not a list');
  if (files.length > MAX_FILES_PER_CHANGE) return bad(`more than ${MAX_FILES_PER_CHANGE} files`);
  const entries = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    if (!isObj(f)) return bad(`files[${i}] is not an object`);
    const path = str(own(f, "path"));
    const status = STATUS[str(own(f, "status"))?.charAt(0) ?? ""];
    if (path === void 0 || path.length === 0) return bad(`files[${i}] has no "path"`);
    if (status === void 0) return bad(`files[${i}] has no status git prints (A, M, D, R, C or T)`);
    const previous = str(own(f, "previous_path")) ?? str(own(f, "from"));
    if ((status === "renamed" || status === "copied") && previous === void 0) return bad(`files[${i}] is a rename or copy without "previous_path"`);
    entries.push(pathOnlyEntry(status, path, status === "renamed" || status === "copied" ? previous : void 0));
  }
  const bot = own(value, "authorIsBot") === true;
  const coAuthors = own(value, "agentCoAuthors");
  const agent = Array.isArray(coAuthors) && coAuthors.some((c) => typeof c === "string" && c.length > 0);
  const botName = str(own(value, "botName"));
  const author = str(own(value, "author"));
  return {
    ok: true,
    change: {
      id,
      date: str(own(value, "date")) ?? null,
      actor: bot ? "bot" : agent ? "agent" : "human",
      who: bot ? botName ?? "a bot" : agent ? `with ${coAuthors.filter((c) => typeof c === "string").join(", ")}` : author ?? null,
      entries
    }
  };
}

export {
  pathOnlyEntry,
  parseHistoryLine
};
