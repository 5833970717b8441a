import { SHA, SHA2, codes, review, CLEAN } from '../fixtures.js';

describe('attack: injection through inputs of script-running and AI agent actions', () => {
  test('untrusted text in azure/cli inlineScript and appleboy/ssh-action script is script injection', () => {
    const az = CLEAN.replace('        run: npm test', `        uses: azure/cli@${SHA2}\n        with:\n          inlineScript: az group list --tag "\${{ github.event.pull_request.title }}"`);
    const f = review(CLEAN, az);
    expect(codes(f)).toEqual(['workflow_script_injection']);
    expect(f[0]!.message).toContain('inlinescript: script');
    const ssh = CLEAN.replace('        run: npm test', `        uses: appleboy/ssh-action@${SHA2}\n        with:\n          host: example.org\n          script: deploy "\${{ github.head_ref }}"`);
    expect(codes(review(CLEAN, ssh))).toEqual(['workflow_script_injection']);
    expect(review(ssh, ssh.replace('host: example.org', 'host: example.com'))).toEqual([]);
  });

  test('untrusted text in an input of another action, or a non-script input, is not reported', () => {
    const other = CLEAN.replace('        run: npm test', `        uses: some/commenter@${SHA2}\n        with:\n          script: \${{ github.event.pull_request.title }}`);
    expect(review(CLEAN, other)).toEqual([]);
    const host = CLEAN.replace('        run: npm test', `        uses: appleboy/ssh-action@${SHA2}\n        with:\n          host: \${{ github.event.pull_request.title }}`);
    expect(review(CLEAN, host)).toEqual([]);
  });

  test('an action named like an Object.prototype member does not break the review', () => {
    const head = CLEAN.replace('run: npm test', `uses: constructor@${SHA2}`).replace(`uses: actions/checkout@${SHA}`, `uses: __proto__@${SHA}`);
    expect(review(CLEAN, head)).toEqual([]);
  });

  test('an issue body in the prompt of an AI agent action is prompt injection, directly or through env', () => {
    const agent = CLEAN.replace(
      '        run: npm test',
      `        uses: anthropics/claude-code-action@${SHA2}\n        with:\n          prompt: |\n            Triage this issue: \${{ github.event.issue.body }}`,
    );
    const f = review(CLEAN, agent);
    expect(codes(f)).toEqual(['workflow_prompt_injection']);
    expect(f[0]!.message).toContain('"prompt"');
    expect(f[0]!.message).toContain('github.event.issue.body');
    expect(f[0]!.message).toContain('anthropics/claude-code-action');
    expect(review(agent, agent.replace('Triage this issue', 'Label this issue'))).toEqual([]);
    const viaEnv = CLEAN.replace(
      '        run: npm test',
      `        uses: google-github-actions/run-gemini-cli@${SHA2}\n        env:\n          TITLE: \${{ github.event.issue.title }}\n        with:\n          prompt: Title is \${{ env.TITLE }}`,
    );
    expect(codes(review(CLEAN, viaEnv))).toEqual(['workflow_prompt_injection']);
  });

  test('an agent prompt with only trusted values is not reported', () => {
    const agent = CLEAN.replace(
      '        run: npm test',
      `        uses: anthropics/claude-code-action@${SHA2}\n        with:\n          prompt: Review pull request \${{ github.event.pull_request.number }} in \${{ github.repository }}`,
    );
    expect(review(CLEAN, agent)).toEqual([]);
  });
});
