// What the request-capability suites set up alike: a GitHub App key pair, and a repository whose
// agent/fix branch changes src/a.ts under the given policy and task manifest.

import { generateKeyPairSync } from 'node:crypto';
import { TestRepo } from './git-repo.js';

/** A 2048-bit RSA key pair in the forms GitHub uses: the private key as PKCS#1 PEM ("BEGIN RSA PRIVATE KEY"). */
export function appKeyPair(): { privateKey: string; publicKey: string } {
  const k = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey: k.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), publicKey: k.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** main holds the policy, the manifest (at `manifestPath`) and src/a.ts; agent/fix changes src/a.ts. main is checked out. */
export async function agentChangeRepo(policy: string, manifest: string, manifestPath = '.github/agent-tasks/current.yml'): Promise<{ repo: TestRepo; base: string; head: string }> {
  const repo = await TestRepo.init();
  await repo.write('.github/agent-policy.yml', policy);
  await repo.write(manifestPath, manifest);
  await repo.write('src/a.ts', 'export const a = 1;\n');
  const base = await repo.commit('base');
  await repo.checkout('agent/fix', { create: true });
  await repo.write('src/a.ts', 'export const a = 2;\n');
  const head = await repo.commit('agent change');
  await repo.checkout('main');
  return { repo, base, head };
}
