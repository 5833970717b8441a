// The slice of @actions/core the actions use, as an interface so tests can pass a recorder and the
// bundle passes the real module.

import { readFile } from 'node:fs/promises';
import type * as actionsCore from '@actions/core';

export type ActionsCore = Pick<typeof actionsCore, 'getInput' | 'setOutput' | 'setFailed' | 'info' | 'warning' | 'error' | 'notice' | 'setSecret' | 'saveState' | 'getState' | 'summary' | 'debug'>;

/** The event payload from GITHUB_EVENT_PATH (an empty object when absent). */
export async function readEvent(env: Record<string, string | undefined>): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  return JSON.parse(await readFile(path, 'utf8'));
}
