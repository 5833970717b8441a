import { createRequire as __agentGuardCreateRequire } from 'node:module';
const require = __agentGuardCreateRequire(import.meta.url);

// src/adapters/files.ts
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var FileReadError = class extends Error {
  constructor(file, message) {
    super(message);
    this.file = file;
    this.name = "FileReadError";
  }
  file;
};
async function readBoundedFile(file, maxBytes) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = err.code;
    throw new FileReadError(file, code === "ENOENT" ? "file not found" : `cannot open (${code ?? "error"})`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new FileReadError(file, "not a regular file");
    if (st.size > maxBytes) throw new FileReadError(file, `file is ${st.size} bytes; the limit is ${maxBytes}`);
    const buf = Buffer.alloc(maxBytes + 1);
    const { bytesRead } = await handle.read(buf, 0, maxBytes + 1, 0);
    if (bytesRead > maxBytes) throw new FileReadError(file, `file is larger than ${maxBytes} bytes`);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
var FileWriteError = class extends Error {
  constructor(file, message) {
    super(message);
    this.file = file;
    this.name = "FileWriteError";
  }
  file;
};
async function writeFileNoFollow(file, text, opts = {}) {
  const abs = resolve(file);
  if (opts.untrustedRoot !== void 0) {
    const roots = [resolve(opts.untrustedRoot)];
    try {
      roots.push(await realpath(opts.untrustedRoot));
    } catch {
    }
    for (const root of roots) {
      const rel = relative(root, dirname(abs));
      if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
      let at = root;
      for (const part of rel.split(sep)) {
        at = join(at, part);
        let st;
        try {
          st = await lstat(at);
        } catch {
          break;
        }
        if (st.isSymbolicLink()) throw new FileWriteError(file, `refusing to write ${JSON.stringify(file)}: ${JSON.stringify(at)} is a symbolic link inside the checked-out work tree`);
      }
    }
  }
  await mkdir(dirname(abs), { recursive: true });
  let handle;
  try {
    handle = await open(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK, opts.mode ?? 420);
  } catch (err) {
    const code = err.code;
    throw new FileWriteError(file, code === "ELOOP" ? `refusing to write ${JSON.stringify(file)}: it is a symbolic link` : `cannot write ${JSON.stringify(file)} (${code ?? "error"})`);
  }
  try {
    if (!(await handle.stat()).isFile()) throw new FileWriteError(file, `refusing to write ${JSON.stringify(file)}: not a regular file`);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

// src/core/capabilities.ts
var BUILTIN_CAPABILITIES = Object.freeze({
  read_repository: { description: "read the repository contents", permissions: { contents: "read" } },
  write_branch: { description: "push commits to the task branch", permissions: { contents: "write" } },
  run_tests: {
    description: "run the test suite (results are reported by the workflow, not by an agent token)",
    permissions: {}
  },
  open_pull_request: { description: "open or update a pull request", permissions: { pull_requests: "write" } },
  request_review: { description: "request reviewers on a pull request", permissions: { pull_requests: "write" } },
  comment: { description: "comment on issues and pull requests", permissions: { issues: "write" } },
  publish_artifact: { description: "publish a package", permissions: { packages: "write" } },
  modify_policy: {
    description: "change the policy, CODEOWNERS or CI configuration (always high tier)",
    permissions: { contents: "write" },
    tier: "high"
  },
  read_secrets: {
    description: "read repository or organisation secrets",
    permissions: {},
    refuseWith: "secrets are not a token permission and are never handed to an agent: pass the one value a step needs through a GitHub environment with required reviewers, or use OIDC to a cloud role"
  },
  deploy_environment: {
    description: "deploy to an environment",
    permissions: {},
    refuseWith: 'deployments are not a token permission: run the deploy job in a GitHub environment with required reviewers (and "prevent self-review"), authenticated by OIDC'
  }
});
var NEVER_MINTED = Object.freeze([
  "workflows",
  "administration",
  "secrets",
  "actions",
  "checks",
  "statuses",
  "environments",
  "deployments",
  "repository_hooks",
  "organization_administration",
  "members"
]);
function isBuiltinCapability(name) {
  return Object.prototype.hasOwnProperty.call(BUILTIN_CAPABILITIES, name);
}
function isNeverMinted(permission) {
  return NEVER_MINTED.includes(permission) || permission.startsWith("organization_");
}

export {
  BUILTIN_CAPABILITIES,
  isBuiltinCapability,
  isNeverMinted,
  FileReadError,
  readBoundedFile,
  FileWriteError,
  writeFileNoFollow
};
