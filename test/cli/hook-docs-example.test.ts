// The hook example in docs/commands.md (and the README's copy of it) works as written: each
// `echo '<json>' | agent-guard hook ARGS` line is run through the bundled CLI and must end with the
// exit code (and stderr, when shown) of the `# exit N[: stderr]` line after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runCli } from '../support/cli.js';

const docs = readFileSync(join(REPO_ROOT, 'docs/commands.md'), 'utf8');
const block = /<!-- example: hook -->\n```sh\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
const lines = block.trim().split('\n');
const cases: Array<[string, string[], number, string | undefined]> = [];
for (let i = 0; i + 1 < lines.length; i += 2) {
  const run = /^echo '(.*)' \| agent-guard hook (.*)$/.exec(lines[i]!);
  const expect = /^# exit (\d+)(?:: (.*))?$/.exec(lines[i + 1]!);
  if (run && expect) cases.push([run[1]!, run[2]!.split(' '), Number(expect[1]), expect[2]]);
}

test('the documentation has the example', () => {
  expect(cases.length).toBeGreaterThanOrEqual(3);
});

test.each(cases)('%s', async (input, args, code, stderr) => {
  const r = await runCli(['hook', ...args], { input });
  expect(r.code).toBe(code);
  if (stderr !== undefined) expect(r.stderr.trim()).toBe(stderr);
});
