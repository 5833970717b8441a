// Entry of actions/guard-diff (dist/guard-diff.js).
import * as core from '@actions/core';
import { runGuardDiff } from './run-guard-diff.js';

await runGuardDiff(core, process.env);
