// Post step of actions/request-capability (dist/request-capability-post.js): revoke the token at job end. Never fails the job.
import * as core from '@actions/core';
import { runRequestCapabilityPost } from './run-request-capability-post.js';

await runRequestCapabilityPost(core, process.env);
