// gh-aw frontmatter: read-only permissions, the manifest's hosts, granted commands as tools.bash,
// pull requests held off protected files.
import { frontmatterOf, renderGhAw } from '../../../src/core/exports/gh-aw.js';
import { parseWorkflowYaml } from '../../../src/core/yaml.js';
import { exportInput } from '../../support/exports.js';

const rendering = renderGhAw(exportInput());
const file = rendering.files[0]!;
const fm = (text: string) => {
  const r = parseWorkflowYaml(frontmatterOf(text)!);
  if (!r.ok) throw new Error(r.reason);
  return r.value as Record<string, any>;
};

describe('export --target gh-aw', () => {
  test('the frontmatter holds what the documentation names, with no write permission', () => {
    const v = fm(file.content);
    expect(Object.keys(v)).toEqual(['on', 'permissions', 'network', 'tools', 'safe-outputs']);
    expect(Object.values(v.permissions).every((level) => level === 'read')).toBe(true);
    expect(v.network).toEqual({ allowed: ['package-registry.internal', 'security-scanner.internal'] });
    expect(v.tools.bash).toEqual(['npm test', 'npm run lint', 'npx jest:*']);
    expect(v['safe-outputs']['create-pull-request']).toMatchObject({ 'protected-files': 'blocked', 'allowed-files': expect.arrayContaining(['src/**']) });
  });

  test("drift: none for the rendering; the author's on: and prompt do not count", () => {
    expect(file.drift(file.content)).toEqual([]);
    expect(file.drift(file.content.replace('  workflow_dispatch:', '  issues:\n    types: [opened]').replace('Describe the task here.', 'Fix the bug.'))).toEqual([]);
  });

  test.each([
    ['a write permission', (t: string) => t.replace('contents: read', 'contents: write'), /permissions/],
    ['unrestricted bash', (t: string) => t.replace('    - npm test\n', '    - ":*"\n'), /tools.bash/],
    ['a host added', (t: string) => t.replace('    - security-scanner.internal', '    - security-scanner.internal\n    - evil.example'), /network.allowed/],
    ['protected files allowed', (t: string) => t.replace('protected-files: blocked', 'protected-files: allowed'), /protected-files/],
  ])('drift: %s', (_, edit, message) => {
    expect(file.drift(edit(file.content)).join('\n')).toMatch(message);
  });

  test('a file without frontmatter is drift', () => {
    expect(file.drift('# just markdown\n')).toEqual(['the workflow has no --- frontmatter']);
  });
});
