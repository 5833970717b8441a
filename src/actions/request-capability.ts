// Entry of actions/request-capability (dist/request-capability.js): mint a narrow, short-lived token or refuse.
// High-tier capabilities are checked against approvals with approval-gate's rules (github-token input).
import * as core from '@actions/core';
import { gitHubApprovalVerifier } from './request-capability-approvals.js';
import { runRequestCapability } from './run-request-capability.js';

await runRequestCapability(core, process.env, { verifyApproval: gitHubApprovalVerifier(core, process.env) });
