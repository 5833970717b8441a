// The slice of @actions/core the actions use, as an interface so tests can pass a recorder and the
// bundle passes the real module.

import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type * as actionsCore from '@actions/core';

export type ActionsCore = Pick<typeof actionsCore, 'getInput' | 'setOutput' | 'setFailed' | 'info' | 'warning' | 'error' | 'notice' | 'setSecret' | 'saveState' | 'getState' | 'summary' | 'debug'>;

/**
 * Where an action writes its evidence: the `evidence-path` input (a relative one from the workspace),
 * else `RUNNER_TEMP` (or the system temporary directory), never the checked-out work tree by default.
 * An empty variable counts as unset.
 */
export function evidencePathFor(input: string, env: Record<string, string | undefined>, fileName: string): string {
  if (input) return isAbsolute(input) ? input : join(env.GITHUB_WORKSPACE || process.cwd(), input);
  return join(env.RUNNER_TEMP || tmpdir(), 'agent-guard', fileName);
}

/** The event payload from GITHUB_EVENT_PATH (an empty object when absent). */
export async function readEvent(env: Record<string, string | undefined>): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  return JSON.parse(await readFile(path, 'utf8'));
}
