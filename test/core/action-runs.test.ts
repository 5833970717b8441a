// actionRunPaths: the files an action.yml's runs section names, as repository paths.
import { actionRunPaths, joinRepoPath } from '../../src/core/action-runs.js';

describe('actionRunPaths', () => {
  test('node entry points resolve against the action directory; their directory is the action code', () => {
    expect(actionRunPaths('actions/x/action.yml', 'runs:\n  using: node24\n  main: ../../dist/x.js\n  pre: setup.js\n')).toEqual({ files: ['actions/x/setup.js', 'dist/x.js'], dirs: ['actions/x', 'dist'] });
  });
  test('a path that leaves the repository, a docker:// image and an unreadable document name nothing', () => {
    expect(actionRunPaths('a/action.yml', 'runs:\n  using: node24\n  main: ../../../etc/x.js\n')).toEqual({ files: [], dirs: [] });
    expect(actionRunPaths('a/action.yml', 'runs:\n  using: docker\n  image: docker://alpine:3\n')).toEqual({ files: [], dirs: [] });
    expect(actionRunPaths('a/action.yml', 'runs: [\n')).toEqual({ files: [], dirs: [] });
  });
  test('composite steps: the action path and relative script paths (both readings)', () => {
    const r = actionRunPaths('t/action.yml', 'runs:\n  using: composite\n  steps:\n    - run: ${{ github.action_path }}/go.sh && ./x/y.sh\n      shell: bash\n    - uses: actions/checkout@v4\n');
    expect(r.files).toEqual(['t/go.sh', 't/x/y.sh', 'x/y.sh']);
  });
  test('joinRepoPath', () => {
    expect(joinRepoPath('a/b', '../c/./d')).toBe('a/c/d');
    expect(joinRepoPath('', '/etc/passwd')).toBeNull();
    expect(joinRepoPath('a', '../..')).toBeNull();
  });
});
