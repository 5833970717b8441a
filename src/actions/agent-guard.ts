// Entry of the root action (dist/agent-guard.js): guard-diff, then the approval gate where needed.
import * as core from '@actions/core';
import { runAgentGuard } from './run-agent-guard.js';

await runAgentGuard(core, process.env);
