// Post step of actions/request-capability (dist/request-capability-post.js): revoke the token at job end. A token it
// cannot revoke is an error and fails the step, unless fail-on-revoke-error is false.
import * as core from '@actions/core';
import { parseTransportSettings } from '../core/transport.js';
import { runRequestCapabilityPost } from './run-request-capability-post.js';
import { attestStep } from './attest-evidence.js';
import { uploadEvidenceStep } from './upload-evidence.js';
import { RequestCapabilityState, RequestCapabilityTransportState } from './constants.js';
import { Redactor } from '../core/redact.js';

await runRequestCapabilityPost(core, process.env);
// Signed here, not in main: the post step's revocation record is the evidence's last change. Over the
// transport main recorded (its API URL, proxy and certificates), as the revocation was: the OIDC token
// and the Sigstore requests never take a proxy a step after main wrote to GITHUB_ENV.
const evidencePath = core.getState(RequestCapabilityState.EvidencePath);
const transport = parseTransportSettings(core.getState(RequestCapabilityTransportState.Transport));
await attestStep(core, process.env, evidencePath, transport ? { transport: { proxy: transport.proxy, ca: transport.ca }, apiUrl: transport.apiUrl } : {});
// Uploaded last, for the same reason. Empty when main minted nothing: main uploaded the refusal's evidence.
if (evidencePath) {
  const redactor = new Redactor();
  redactor.addSecret(core.getState(RequestCapabilityState.Token));
  await uploadEvidenceStep(core, process.env, [evidencePath], { redactor });
}
