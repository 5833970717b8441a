// The child environment: an allow-list plus the variables granted capabilities name.
import { childEnvironment } from '../../../src/core/commands/environment.js';

const parent = {
  PATH: '/usr/bin',
  HOME: '/home/agent',
  LANG: 'C.UTF-8',
  GITHUB_TOKEN: 'ghs_0123456789abcdefghijklmnop',
  ACTIONS_RUNTIME_TOKEN: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9',
  NODE_OPTIONS: '--require ./evil.js',
  NPM_TOKEN: 'npm_abcdefghijklmnopqrstuvwxyz',
  GITHUB_WORKSPACE: '/home/runner/work/x/x',
};

test('only allow-listed variables pass', () => {
  const c = childEnvironment(parent, []);
  expect(c.env).toEqual({ PATH: '/usr/bin', HOME: '/home/agent', LANG: 'C.UTF-8' });
  expect(c.passed).toEqual(['HOME', 'LANG', 'PATH']);
});

test('a granted variable passes, and its value is a secret for everything kept', () => {
  const c = childEnvironment(parent, ['NPM_TOKEN']);
  expect(c.env.NPM_TOKEN).toBe(parent.NPM_TOKEN);
  expect(c.secrets).toContain(parent.NPM_TOKEN);
});

test('token-shaped values held back are secrets; paths are not', () => {
  const c = childEnvironment(parent, []);
  expect(c.secrets).toEqual(expect.arrayContaining([parent.GITHUB_TOKEN, parent.ACTIONS_RUNTIME_TOKEN, parent.NPM_TOKEN]));
  expect(c.secrets).not.toContain(parent.GITHUB_WORKSPACE);
  expect(c.env.NODE_OPTIONS).toBeUndefined();
});
