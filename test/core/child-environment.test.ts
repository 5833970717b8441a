// The allow-listed environment of child processes: what a child inherits, what it never does, and the
// extras a caller may (and may not) ask for.

import { BASE_NAMES, childEnvironment, neverInherited, NO_HOME, WINDOWS_NAMES } from '../../src/core/child-environment.js';

/** A runner's environment after an earlier step wrote GITHUB_ENV: the job's secrets and an attacker's settings. */
const PARENT: Record<string, string> = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/home/runner',
  TMPDIR: '/tmp',
  LANG: 'C.UTF-8',
  TZ: 'UTC',
  INPUT_GITHUB_TOKEN: 'ghs_fakeinputtoken0123456789',
  'INPUT_APP-PRIVATE-KEY': '-----BEGIN RSA PRIVATE KEY-----',
  GITHUB_TOKEN: 'ghs_faketoken',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/',
  NPM_TOKEN: 'npm_x',
  AWS_SECRET_ACCESS_KEY: 'aws',
  GIT_TRACE2_EVENT: '/tmp/trace',
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'trace2.eventTarget',
  GIT_CONFIG_VALUE_0: '/tmp/trace',
  GIT_CONFIG_GLOBAL: '/tmp/evil.gitconfig',
  GIT_CONFIG_PARAMETERS: "'core.fsmonitor'='touch /tmp/x'",
  GIT_DIR: '/tmp/other/.git',
  GIT_EXEC_PATH: '/tmp/evil-exec',
  GIT_SSH_COMMAND: 'touch /tmp/x',
  XDG_CONFIG_HOME: '/tmp/xdg',
  HTTPS_PROXY: 'http://proxy.evil:8080',
  https_proxy: 'http://proxy.evil:8080',
  NO_PROXY: '*',
  NODE_EXTRA_CA_CERTS: '/tmp/evil-ca.pem',
  SSL_CERT_FILE: '/tmp/evil-ca.pem',
  NODE_OPTIONS: '--require /tmp/evil.js',
  LD_PRELOAD: '/tmp/evil.so',
  GITHUB_OUTPUT: '/home/runner/work/_temp/_runner_file_commands/set_output',
  GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
  CI: 'true',
};

describe('childEnvironment', () => {
  test('inherits exactly the base names present in the parent, nothing else', () => {
    expect(childEnvironment(PARENT)).toEqual({ PATH: PARENT.PATH, HOME: PARENT.HOME, TMPDIR: '/tmp', LANG: 'C.UTF-8', TZ: 'UTC' });
  });

  test('set values replace inherited ones and are added as given', () => {
    const env = childEnvironment(PARENT, { set: { HOME: NO_HOME, LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1' } });
    expect(env.HOME).toBe(NO_HOME);
    expect(env.LC_ALL).toBe('C');
    expect(env.GIT_CONFIG_NOSYSTEM).toBe('1');
    expect(env.GIT_CONFIG_GLOBAL).toBeUndefined();
  });

  test('listed extras are inherited when present, absent ones stay absent', () => {
    const env = childEnvironment(PARENT, { inherit: ['CI', 'GITHUB_WORKSPACE', 'RUNNER_TEMP'] });
    expect(env.CI).toBe('true');
    expect(env.GITHUB_WORKSPACE).toBe(PARENT.GITHUB_WORKSPACE);
    expect('RUNNER_TEMP' in env).toBe(false);
  });

  test('undefined values are not passed', () => {
    expect(childEnvironment({ PATH: undefined, HOME: '/h' })).toEqual({ HOME: '/h' });
  });

  test('names are exact on POSIX and case-insensitive on Windows, where the system variables are inherited too', () => {
    const parent = { Path: 'C:\\Windows', SystemRoot: 'C:\\Windows', ComSpec: 'cmd.exe', PATHEXT: '.EXE', home: '/h', Input_Github_Token: 't' };
    expect(childEnvironment(parent)).toEqual({});
    expect(childEnvironment(parent, { platform: 'win32' })).toEqual({ Path: 'C:\\Windows', SystemRoot: 'C:\\Windows', ComSpec: 'cmd.exe', PATHEXT: '.EXE', home: '/h' });
    // A set value replaces the parent's spelling of the same name.
    expect(childEnvironment(parent, { platform: 'win32', set: { HOME: NO_HOME } })).toMatchObject({ HOME: NO_HOME });
    expect('home' in childEnvironment(parent, { platform: 'win32', set: { HOME: NO_HOME } })).toBe(false);
    expect(WINDOWS_NAMES).toContain('SYSTEMROOT');
  });

  test('the parent object is not changed', () => {
    const parent = { ...PARENT };
    childEnvironment(parent, { set: { HOME: NO_HOME }, inherit: ['CI'] });
    expect(parent).toEqual(PARENT);
  });
});

describe('attack: child environment', () => {
  test('no secret of the job reaches a child: INPUT_*, tokens, keys, the runtime and OIDC credentials', () => {
    const env = childEnvironment(PARENT, { inherit: ['CI'], platform: 'linux' });
    const values = Object.values(env).join('\n');
    for (const secret of ['ghs_fakeinputtoken0123456789', 'PRIVATE KEY', 'ghs_faketoken', 'runtime', 'oidc', 'npm_x', 'aws']) {
      expect(values).not.toContain(secret);
    }
    expect(Object.keys(env).filter((k) => /^INPUT_|TOKEN|KEY|SECRET/i.test(k))).toEqual([]);
  });

  test('no GIT_* variable, XDG config home, proxy, CA, preload or output file of the parent reaches a child', () => {
    const env = childEnvironment(PARENT, { inherit: ['CI'], platform: 'linux' });
    expect(Object.keys(env).filter((k) => /^GIT_|^XDG_|PROXY|CA_CERT|SSL_|NODE_OPTIONS|^LD_|^GITHUB_OUTPUT$/i.test(k))).toEqual([]);
  });

  test.each([
    'INPUT_GITHUB_TOKEN',
    'input_token',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_CACHE_URL',
    'NPM_TOKEN',
    'NODE_AUTH_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_ACCESS_KEY_ID',
    'APP_PRIVATE_KEY',
    'DB_PASSWORD',
    'GITHUB_PAT',
    'SSH_AUTH_SOCK',
    'GIT_CONFIG_GLOBAL',
    'GIT_TRACE2_EVENT',
    'git_dir',
    'HTTPS_PROXY',
    'no_proxy',
    'NODE_EXTRA_CA_CERTS',
    'SSL_CERT_FILE',
    'CURL_CA_BUNDLE',
    'NODE_TLS_REJECT_UNAUTHORIZED',
    'NODE_OPTIONS',
    'LD_PRELOAD',
    'DYLD_INSERT_LIBRARIES',
    'BASH_ENV',
    'GITHUB_ENV',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
  ])('an extra named %s is refused, with a message that names it', (name) => {
    expect(neverInherited(name)).toBe(true);
    expect(() => childEnvironment(PARENT, { inherit: [name] })).toThrow(new RegExp(`Refusing to pass the variable "${name}"`));
  });

  test('an extra that is not a plain variable name is refused, and shown escaped', () => {
    expect(() => childEnvironment(PARENT, { inherit: [''] })).toThrow(/Refusing/);
    expect(() => childEnvironment(PARENT, { inherit: ['A=B'] })).toThrow(/Refusing/);
    expect(() => childEnvironment(PARENT, { inherit: ['X\n::error::forged'] })).toThrow(/"X\\n::error::forged"/);
  });

  test('ordinary names a caller may list are not refused', () => {
    for (const name of ['CI', 'GITHUB_WORKSPACE', 'GITHUB_SHA', 'RUNNER_TEMP', 'RUNNER_OS', 'TERM', 'USER']) expect(neverInherited(name)).toBe(false);
    for (const name of BASE_NAMES) expect(neverInherited(name)).toBe(false);
  });
});
