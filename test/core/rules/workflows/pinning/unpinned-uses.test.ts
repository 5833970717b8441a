import { SHA, SHA2, codes, review as reviewAll, CLEAN } from '../fixtures.js';

// ./ local actions are also reported by workflows/self-repository; these tests are about other rules.
const review = (base: string | null, head: string | null) => reviewAll(base, head).filter((f) => f.rule !== 'workflows/self-repository');

describe('attack: actions used by a movable ref', () => {
  test('a new tag-pinned action is unpinned', () => {
    const head = CLEAN.replace('run: npm test', 'uses: tj-actions/changed-files@v45');
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_unpinned_uses']);
    expect(f[0]!.message).toContain('tj-actions/changed-files@v45');
  });

  test('changing a SHA pin to a tag is reported specially', () => {
    const base = CLEAN.replace('run: npm test', `uses: org/x@${SHA2}`);
    const head = CLEAN.replace('run: npm test', 'uses: org/x@v1');
    const f = review(base, head);
    expect(codes(f)).toEqual(['workflow_uses_unpinned_from_sha']);
    expect(f[0]!.message).toContain(SHA2);
    expect(f[0]!.message).toContain('"v1"');
  });

  test('moving a SHA pin to another SHA is reported (impostor commits)', () => {
    const head = CLEAN.replace(SHA, SHA2);
    expect(codes(review(CLEAN, head))).toEqual(['workflow_uses_repinned']);
  });

  test('local actions and digest-pinned docker images are excepted; docker tags and reusable workflows at a tag are not', () => {
    const head = CLEAN.replace(
      '      - name: Test\n        run: npm test\n',
      `      - uses: ./.github/actions/setup\n      - uses: docker://alpine@sha256:${'a'.repeat(64)}\n      - uses: docker://alpine:3.20\n  call:\n    uses: org/repo/.github/workflows/release.yml@main\n  local:\n    uses: ./.github/workflows/lint.yml\n`,
    );
    const f = review(CLEAN, head);
    expect(codes(f)).toEqual(['workflow_unpinned_uses', 'workflow_unpinned_uses']);
    expect(f[0]!.message).toContain('docker://alpine:3.20');
    expect(f[1]!.message).toContain('job "call"');
  });

  test('a second copy of an unpinned action is new even though one existed', () => {
    const base = CLEAN.replace('run: npm test', 'uses: actions/setup-node@v4');
    const head = base.replace('        uses: actions/setup-node@v4\n', '        uses: actions/setup-node@v4\n      - uses: actions/setup-node@v4\n');
    expect(codes(review(base, head))).toEqual(['workflow_unpinned_uses']);
  });
});
