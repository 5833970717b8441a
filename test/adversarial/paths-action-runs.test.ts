// Action code: every file an action's `runs` points to (node main/pre/post and the bundle beside them,
// a Docker action's image, scripts a composite action's steps run) takes the action's tier, read from
// the action.yml files of the head commit. Real git repositories under the built-in baseline.
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';
import { fileOf, reasonsOf, reviewOnBranch } from '../support/review-scenario.js';

let repo: TestRepo;
let restore: () => void;
beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('action.yml', 'name: root\nruns:\n  using: node24\n  main: dist/index.js\n  post: dist/post.js\n');
  await repo.write('actions/check/action.yml', 'name: check\nruns:\n  using: node24\n  main: ../../dist/check.js\n');
  await repo.write(
    'tools/setup/action.yml',
    [
      'name: setup',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - run: bash "${{ github.action_path }}/../shared/install.sh" --quiet',
      '      shell: bash',
      '    - run: ./scripts/prepare.sh && python hack/gen.py',
      '      shell: bash',
      '    - run: echo "$GITHUB_ACTION_PATH/lib/x.sh is not run" > /dev/null; $GITHUB_ACTION_PATH/bin/run',
      '      shell: bash',
    ].join('\n') + '\n',
  );
  await repo.write('docker/action.yml', 'name: d\nruns:\n  using: docker\n  image: ../images/Dockerfile.action\n');
  for (const f of ['dist/index.js', 'dist/post.js', 'dist/check.js', 'dist/chunks/a.js', 'tools/shared/install.sh', 'scripts/prepare.sh', 'hack/gen.py', 'src/app.js', 'scripts/other.sh'])
    await repo.write(f, '// v1\n');
  await repo.commit('base');
});
afterAll(() => restore());

const change = (paths: string[]) => reviewOnBranch(repo, async (r) => { for (const p of paths) await r.write(p, '// v2\n'); }, { prefix: 'runs' });

describe('attack: code an action runs outside its directory', () => {
  test.each([
    ['dist/index.js', 'action.yml'],
    ['dist/post.js', 'action.yml'],
    ['dist/chunks/a.js', 'action.yml'],
    ['dist/check.js', 'actions/check/action.yml'],
    ['tools/shared/install.sh', 'tools/setup/action.yml'],
    ['scripts/prepare.sh', 'tools/setup/action.yml'],
    ['hack/gen.py', 'tools/setup/action.yml'],
    ['tools/setup/bin/run', 'tools/setup/action.yml'],
    ['images/Dockerfile.action', 'docker/action.yml'],
  ])('%s is high: %s runs it', async (path, action) => {
    const e = await change([path]);
    expect(fileOf(e, path)).toMatchObject({ tier: 'high', decision: 'approval_required' });
    expect(fileOf(e, path).reasons).toContainEqual(expect.objectContaining({ rule: 'paths/action-code', code: 'action_runs', message: expect.stringContaining(action) }));
  });

  test('an action.yml changed to run a new file makes that file high (the head decides what runs)', async () => {
    const e = await reviewOnBranch(
      repo,
      async (r) => {
        await r.write('actions/check/action.yml', 'name: check\nruns:\n  using: node24\n  main: ../../lib/new-entry.mjs\n');
        await r.write('lib/new-entry.mjs', 'export {};\n');
      },
      { prefix: 'runs' },
    );
    expect(fileOf(e, 'lib/new-entry.mjs')).toMatchObject({ tier: 'high' });
    expect(reasonsOf(e, 'lib/new-entry.mjs')).toMatch(/code of the action "actions\/check\/action\.yml".*\[action_runs\]/);
  });
});

describe('files no action runs keep their tier', () => {
  test('source and scripts no runs section names are medium and allowed', async () => {
    const e = await change(['src/app.js', 'scripts/other.sh']);
    for (const p of ['src/app.js', 'scripts/other.sh']) {
      expect(fileOf(e, p)).toMatchObject({ tier: 'medium', decision: 'allow' });
      expect(fileOf(e, p).reasons.some((r) => r.code === 'action_runs')).toBe(false);
    }
  });
});
