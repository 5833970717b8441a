// Runs once before every `npm test`: builds the bundle from the current sources into a temporary
// directory that all end-to-end suites share (test/support/bundle.ts), instead of each suite relying
// on a committed dist/ that may be older than the sources. Removed again by global-teardown.mjs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from '../../scripts/build.mjs';

export default async function globalSetup() {
  // Already given (a wrapper built it, or a watch-mode rerun): use that one.
  if (process.env.AGENT_GUARD_TEST_DIST) return;
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-test-bundle-'));
  await bundle(join(dir, 'dist'));
  // Workers start after this hook and inherit the environment.
  process.env.AGENT_GUARD_TEST_DIST = join(dir, 'dist');
  globalThis.agentGuardTestBundleDir = dir;
}
