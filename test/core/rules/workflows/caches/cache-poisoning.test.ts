import { SHA, SHA2, codes, review } from '../fixtures.js';

describe('attack: cache poisoning under privileged triggers', () => {
  const wf = (on: string, step: string) => `on: ${on}
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
${step}      - run: npm test
`;
  const cache = `      - uses: actions/cache@${SHA2}\n        with:\n          path: node_modules\n          key: deps\n`;
  const setupNode = (c: string) => `      - uses: actions/setup-node@${SHA2}\n        with:\n          node-version: 20\n${c}`;

  test('actions/cache, setup-node with cache: npm and setup-go by default are reported under pull_request_target and workflow_run', () => {
    const f = review(wf('pull_request_target', ''), wf('pull_request_target', cache));
    expect(codes(f)).toEqual(['workflow_cache_poisoning']);
    expect(f[0]!.message).toContain('"actions/cache"');
    expect(f[0]!.message).toContain('pull_request_target');
    expect(codes(review(wf('workflow_run', ''), wf('workflow_run', setupNode('          cache: npm\n'))))).toEqual(['workflow_cache_poisoning']);
    expect(codes(review(wf('pull_request_target', ''), wf('pull_request_target', `      - uses: actions/setup-go@${SHA2}\n`)))).toEqual(['workflow_cache_poisoning']);
  });

  test('setup-* without cache, setup-go with cache: false, cache/restore, and caches under pull_request are not reported', () => {
    expect(review(wf('pull_request_target', ''), wf('pull_request_target', setupNode('')))).toEqual([]);
    expect(review(wf('pull_request_target', ''), wf('pull_request_target', `      - uses: actions/setup-go@${SHA2}\n        with:\n          cache: false\n`))).toEqual([]);
    expect(review(wf('pull_request_target', ''), wf('pull_request_target', cache.replace('actions/cache@', 'actions/cache/restore@')))).toEqual([]);
    expect(review(wf('pull_request', ''), wf('pull_request', cache))).toEqual([]);
  });

  test('an existing cache step is not reported again; adding the privileged trigger reports it', () => {
    const h = wf('pull_request_target', cache);
    expect(review(h, h.replace('npm test', 'npm run test'))).toEqual([]);
    expect(codes(review(wf('pull_request', cache), h))).toEqual(['workflow_dangerous_trigger', 'workflow_cache_poisoning']);
  });
});
