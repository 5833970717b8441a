import { only, review, workflow, SHA } from '../fixtures.js';

const app = (inputs: string) => workflow('push', `      - uses: actions/create-github-app-token@${SHA}\n        with:\n          app-id: \${{ vars.APP_ID }}\n          private-key: \${{ secrets.APP_KEY }}\n${inputs}`);

describe('workflows/github-app', () => {
  test('owner without repositories reaches every repository, unless every scope is an organisation scope', () => {
    expect(only(review(null, app('          owner: octo\n          permission-contents: write\n')), 'workflow_app_token_all_repositories')).toHaveLength(1);
    expect(only(review(null, app('          owner: octo\n          permission-members: write\n')), 'workflow_app_token_all_repositories')).toEqual([]);
    expect(only(review(null, app('          owner: octo\n          permission-members: read\n          permission-issues: write\n')), 'workflow_app_token_all_repositories')).toHaveLength(1);
  });
});
