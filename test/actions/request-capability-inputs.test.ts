// A later step cannot choose request-capability's inputs. The runner sets INPUT_<NAME> for every input
// action.yml declares (the given value, else the default, else ""), AFTER the job's environment, so a
// GITHUB_ENV line `INPUT_REPOSITORY=evil/x` written by an earlier step is overwritten. An input the code
// reads but action.yml does not declare would not be overwritten: this pins that there is none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RequestCapabilityApprovalInputs, RequestCapabilityInputs } from '../../src/actions/constants.js';
import { REPO_ROOT } from '../support/run-action.js';

const declared = Object.keys((parseYaml(readFileSync(join(REPO_ROOT, 'actions/request-capability/action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

test('every input request-capability reads is declared in action.yml, so GITHUB_ENV cannot supply it', () => {
  const read = [...Object.values(RequestCapabilityInputs), ...Object.values(RequestCapabilityApprovalInputs)];
  expect(read.filter((name) => !declared.includes(name))).toEqual([]);
});

test('the main and post steps read inputs only through those constants (no literal input names)', () => {
  for (const file of ['src/actions/run-request-capability.ts', 'src/actions/run-request-capability-post.ts']) {
    const source = readFileSync(join(REPO_ROOT, file), 'utf8');
    const args = [...source.matchAll(/getInput\(([^)]*)\)/g)].map((m) => m[1]!.trim());
    expect(`${file}: ${args.filter((a) => !/^(?:I|AI|TI)\.[A-Za-z]+$/.test(a)).join(', ')}`).toBe(`${file}: `);
  }
});
