// The `attest` step every action runs after its evidence is final: read the attest inputs, sign and
// store through app/attest-evidence, set the outputs, and say clearly what happened. Never throws: a
// requested signature that cannot be made fails the step (attest-unavailable: fail, the default) or
// leaves the evidence marked unsigned with a warning (attest-unavailable: unsigned).

import { createGitHubClient, transportFetch, type ClientTransport } from '../adapters/github-client.js';
import { actionsIdentity, SigningConfigError } from '../adapters/sigstore-sign.js';
import { ATTEST_UNAVAILABLE, attestEvidence, type AttestOutcome, type AttestUnavailable } from '../app/attest-evidence.js';
import { obj } from '../core/json.js';
import { oneLine } from '../core/text.js';
import { AttestInputs as I, AttestOutputs as O } from './constants.js';
import { readEvent, type ActionsCore } from './toolkit.js';

export interface AttestStepDeps {
  /**
   * How every request of the signing goes out (the OIDC token, Fulcio, Rekor, the TSA, the attestations
   * API): request-capability's post step passes the transport its main step recorded; default a direct
   * connection trusting Node's bundled roots. Never the process environment's proxy or CA variables.
   */
  transport?: ClientTransport;
  /** The attestations API's base URL (request-capability: the recorded one); default GITHUB_API_URL. */
  apiUrl?: string;
  retries?: number;
}

export async function attestStep(core: ActionsCore, env: Record<string, string | undefined>, evidencePath: string, deps: AttestStepDeps = {}): Promise<AttestOutcome | null> {
  const say = (m: string) => oneLine(m).slice(0, 600);
  const attest = (core.getInput(I.Attest) || 'false').trim();
  if (attest === 'false') {
    core.setOutput(O.Attestation, 'off');
    return null;
  }
  const unavailableInput = (core.getInput(I.Unavailable) || 'fail').trim();
  try {
    if (attest !== 'true') throw new SigningConfigError(`input attest must be true or false, not ${JSON.stringify(attest.slice(0, 50))}`);
    if (!(ATTEST_UNAVAILABLE as readonly string[]).includes(unavailableInput)) throw new SigningConfigError(`input attest-unavailable must be fail or unsigned, not ${JSON.stringify(unavailableInput.slice(0, 50))}`);
    const onUnavailable = unavailableInput as AttestUnavailable;
    if (!evidencePath) {
      // request-capability's post step when main refused or failed before minting: it failed already.
      core.setOutput(O.Attestation, 'unsigned');
      core.warning('agent-guard: attest: no evidence file was handed to this step (the main step did not finish), nothing signed');
      return null;
    }
    const token = core.getInput(I.GitHubToken);
    if (token) core.setSecret(token);
    // One dispatcher for the OIDC token and Sigstore; the attestations client makes its own the same way.
    const fetch = transportFetch(deps.transport);
    const payload = await readEvent(env).catch(() => null);
    const visibility = obj(obj(payload).repository).visibility;
    const outcome = await attestEvidence({
      evidencePath,
      ...(env.GITHUB_WORKSPACE ? { untrustedRoot: env.GITHUB_WORKSPACE } : {}),
      sigstore: core.getInput(I.Sigstore),
      serverUrl: env.GITHUB_SERVER_URL ?? '',
      visibility: typeof visibility === 'string' ? visibility : null,
      repository: env.GITHUB_REPOSITORY ?? '',
      identity: actionsIdentity(env, fetch),
      fetch,
      client: token
        ? createGitHubClient({ token, env, ...(deps.apiUrl ? { baseUrl: deps.apiUrl } : {}), ...(deps.transport ? { transport: deps.transport } : {}), log: { debug: (m) => core.debug(m), warn: (m) => core.warning(say(m)) } })
        : null,
      ...(deps.retries !== undefined ? { retries: deps.retries } : {}),
    });
    core.setOutput(O.Attestation, outcome.signed ? 'signed' : 'unsigned');
    core.setOutput(O.BundlePath, outcome.bundlePath ?? '');
    core.setOutput(O.AttestationId, outcome.attestationId ?? '');
    if (outcome.signed && outcome.attestationId) core.info(`agent-guard: evidence signed (${outcome.instance}, sha256 ${outcome.evidenceSha256}); bundle ${outcome.bundlePath}; attestation ${outcome.attestationId} stored`);
    else if (outcome.signed) report(core, onUnavailable, `agent-guard: evidence signed (${outcome.instance}; bundle ${outcome.bundlePath}) but ${say(outcome.problem ?? 'not stored')}`);
    else report(core, onUnavailable, `agent-guard: evidence NOT signed, marked unsigned in ${evidencePath}: ${say(outcome.problem ?? 'unknown reason')}`);
    return outcome;
  } catch (err) {
    core.setOutput(O.Attestation, 'unsigned');
    core.setFailed(`agent-guard: attest: ${say(err instanceof Error ? err.message : String(err))}`);
    return null;
  }
}

function report(core: ActionsCore, onUnavailable: AttestUnavailable, message: string): void {
  if (onUnavailable === 'fail') core.setFailed(`${message} (attest-unavailable: fail)`);
  else core.warning(`${message} (attest-unavailable: unsigned, continuing)`);
}
