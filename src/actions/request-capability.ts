// Entry of actions/request-capability (dist/request-capability.js): mint a narrow, short-lived token or refuse.
import * as core from '@actions/core';
import { runRequestCapability } from './run-request-capability.js';

await runRequestCapability(core, process.env);
