// Entry of the root action (dist/agent-guard.js): "just protect my repo". Runs guard-diff; the
// approval gate joins here once it exists.
import * as core from '@actions/core';
import { runGuardDiff } from './run-guard-diff.js';

await runGuardDiff(core, process.env);
