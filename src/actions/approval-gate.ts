// Entry of actions/approval-gate (dist/approval-gate.js): independent human approval of the exact head commit.
import * as core from '@actions/core';
import { runApprovalGate } from './run-approval-gate.js';

await runApprovalGate(core, process.env);
