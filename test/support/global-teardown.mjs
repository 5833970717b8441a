// Removes the bundle global-setup.mjs built (only that one, never a directory someone else named).
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const dir = globalThis.agentGuardTestBundleDir;
  if (typeof dir === 'string') rmSync(dir, { recursive: true, force: true });
}
