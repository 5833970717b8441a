import { codes, review, CLEAN } from '../fixtures.js';

describe('workflows/unpinned-images', () => {
  test('unpinned container and service images', () => {
    const head = CLEAN.replace('    runs-on: ubuntu-latest\n', `    runs-on: ubuntu-latest\n    container: node:20\n    services:\n      db:\n        image: postgres@sha256:${'b'.repeat(64)}\n`);
    expect(codes(review(CLEAN, head))).toEqual(['workflow_unpinned_image']);
  });
});
