// Post step of actions/request-capability (dist/request-capability-post.js): revoke the token at job end. A token it
// cannot revoke is an error and fails the step, unless fail-on-revoke-error is false.
import * as core from '@actions/core';
import { runRequestCapabilityPost } from './run-request-capability-post.js';
import { attestStep } from './attest-evidence.js';
import { RequestCapabilityState } from './constants.js';

await runRequestCapabilityPost(core, process.env);
// Signed here, not in main: the post step's revocation record is the evidence's last change.
await attestStep(core, process.env, core.getState(RequestCapabilityState.EvidencePath));
