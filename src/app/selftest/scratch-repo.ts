// Temporary git repositories the self-test commits its scenarios into. Git runs with the machine's
// global and system configuration shut out, no hooks, no signing and fixed dates, so the same pack
// gives the same commits everywhere. Removed by `dispose`.

import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { childEnvironment } from '../../core/child-environment.js';
import type { ChangeSpec, FileSpec } from '../../core/selftest/scenario.js';

export interface Identity {
  name: string;
  email: string;
}

export class ScratchRepo {
  private commits = 0;
  private constructor(readonly dir: string) {}

  static async create(prefix = 'agent-guard-selftest-'): Promise<ScratchRepo> {
    const dir = realpathSync(await mkdtemp(join(tmpdir(), prefix)));
    const repo = new ScratchRepo(dir);
    await repo.git(['init', '-q', '-b', 'main', '.']);
    return repo;
  }

  /** Run git; throws with its stderr when it fails (a broken setup is an error, never a verdict). */
  git(args: readonly string[], identity?: Identity): Promise<string> {
    const who = identity ?? { name: 'agent-guard selftest', email: 'selftest@agent-guard.invalid' };
    // Each commit a second later: reviews and approvals keep their order.
    const date = new Date(Date.UTC(2025, 0, 1) + this.commits * 1000).toISOString();
    const env = childEnvironment(process.env, {
      set: {
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        LC_ALL: 'C',
      },
    });
    const full = ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.symlinks=true', ...args];
    return new Promise((resolve, reject) => {
      const child = spawn('git', full, { cwd: this.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) resolve(Buffer.concat(out).toString('utf8').trim());
        else reject(new Error(`git ${args[0]} failed in the self-test repository: ${Buffer.concat(err).toString('utf8').trim().slice(0, 500)}`));
      });
    });
  }

  async write(files: Record<string, FileSpec>): Promise<void> {
    for (const [path, spec] of Object.entries(files)) {
      const file = join(this.dir, path);
      await mkdir(dirname(file), { recursive: true });
      await rm(file, { force: true, recursive: true });
      if (typeof spec === 'string') await writeFile(file, spec);
      else if ('symlink' in spec) await symlink(spec.symlink, file);
      else {
        await writeFile(file, spec.content);
        if (spec.executable) await chmod(file, 0o755);
      }
    }
  }

  async apply(change: ChangeSpec): Promise<void> {
    await this.write(change.files);
    for (const path of change.delete) await unlink(join(this.dir, path));
  }

  /** Stage everything and commit; returns the new commit's SHA. */
  async commit(message: string, identity?: Identity): Promise<string> {
    await this.git(['add', '-A']);
    await this.git(['commit', '-q', '--allow-empty', '-m', message], identity);
    this.commits += 1;
    return this.git(['rev-parse', 'HEAD']);
  }

  async branch(name: string, from = 'main'): Promise<void> {
    await this.git(['checkout', '-q', '-B', name, from]);
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
