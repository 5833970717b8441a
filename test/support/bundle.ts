// Where the end-to-end suites find the bundle. `npm test` builds it once from the current sources
// (test/support/global-setup.mjs) and says where in AGENT_GUARD_TEST_DIST, so a suite never runs a
// dist/ older than the code beside it; the committed dist/ is held to a fresh build by check:dist and
// test/actions/dist-fresh.test.ts. Without the variable (another runner), the committed dist/ is used.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_DIR = process.env.AGENT_GUARD_TEST_DIST ?? join(REPO_ROOT, 'dist');

/** Absolute path of a bundle entry, e.g. `bundlePath('cli.js')`. */
export function bundlePath(entry: string): string {
  return join(DIST_DIR, entry);
}
