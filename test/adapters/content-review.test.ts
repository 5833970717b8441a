// Content review on real git repositories: a dependency file is compared with the base content at the
// same path (a file renamed or copied onto a lockfile path is an added lockfile), and a lockfile that
// becomes a symlink is reviewed through its in-repository target or denied.

import { contentFindings } from '../../src/adapters/content-review.js';
import { computeChangeSet } from '../../src/adapters/git/change-set.js';
import { isolateProcessGitConfig, TestRepo } from '../support/git-repo.js';

const NPM_LOCK = (resolved: string) =>
  `${JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { name: 'app' }, 'node_modules/left-pad': { version: '1.3.0', resolved, integrity: 'sha512-x' } } }, null, 2)}\n`;
const GOOD = NPM_LOCK('https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz');
const EVIL = NPM_LOCK('https://npm.evil.example/left-pad/-/left-pad-1.3.0.tgz');
const ALLOW = ['registry.npmjs.org'];

let repo: TestRepo;
let restore: () => void;
let n = 0;

beforeAll(async () => {
  restore = isolateProcessGitConfig();
  repo = await TestRepo.init();
  await repo.write('README.md', '# app\n');
  await repo.write('package-lock.json', GOOD);
  await repo.write('vendor/notes.txt', EVIL);
  await repo.commit('base');
});

afterAll(async () => {
  await repo.cleanup();
  restore();
});

/** The content findings of a change committed on a branch from main, by path, as "severity code" lines. */
async function findingsOf(change: (r: TestRepo) => Promise<void>): Promise<Map<string, string[]>> {
  const branch = `agent/content${++n}`;
  await repo.checkout(branch, { create: true, from: 'main' });
  await change(repo);
  await repo.commit(`change ${n}`);
  await repo.checkout('main');
  const set = await computeChangeSet(repo.dir, 'main', branch);
  const found = await contentFindings(repo.dir, set, ALLOW);
  return new Map([...found].map(([path, fs]) => [path, fs.map((f) => `${f.severity} ${f.code}`)]));
}

describe('content review compares with the base content at the same path', () => {
  test('an unchanged lockfile edit elsewhere gives no finding', async () => {
    const f = await findingsOf((r) => r.write('README.md', '# app 2\n'));
    expect(f.size).toBe(0);
  });

  test('a file renamed unchanged onto a lockfile path is an added lockfile, its hosts checked', async () => {
    const f = await findingsOf(async (r) => {
      await r.remove('package-lock.json');
      await r.mv('vendor/notes.txt', 'package-lock.json');
    });
    expect(f.get('package-lock.json')).toContain('deny dependency_host_not_allowed');
  });

  test('a lockfile renamed away is reviewed as removed at its old path', async () => {
    const f = await findingsOf((r) => r.mv('package-lock.json', 'docs/old-lock.json'));
    expect([...f.values()].flat()).toContain('high dependency_lockfile_removed');
  });

  test('a copy onto a new lockfile path is reviewed as added', async () => {
    const f = await findingsOf((r) => r.write('app2/package-lock.json', EVIL));
    expect(f.get('app2/package-lock.json')).toEqual(['deny dependency_host_not_allowed']);
  });
});

describe('attack: dependency sources', () => {
  test('a lockfile that becomes a symlink to an in-repository file is reviewed through its target', async () => {
    const f = await findingsOf(async (r) => {
      await r.remove('package-lock.json');
      await r.symlink('package-lock.json', 'vendor/notes.txt');
    });
    expect(f.get('package-lock.json')).toContain('deny dependency_host_not_allowed');
  });

  test('a lockfile symlink to a good in-repository lockfile passes', async () => {
    const f = await findingsOf(async (r) => {
      await r.write('vendor/good.json', GOOD);
      await r.remove('package-lock.json');
      await r.symlink('package-lock.json', 'vendor/good.json');
    });
    expect(f.get('package-lock.json') ?? []).not.toContain('deny dependency_link_not_followed');
    expect((f.get('package-lock.json') ?? []).filter((x) => x.startsWith('deny'))).toEqual([]);
  });

  test('a lockfile symlink that leaves the repository is a deny', async () => {
    const f = await findingsOf(async (r) => {
      await r.remove('package-lock.json');
      await r.symlink('package-lock.json', '../../etc/lock.json');
    });
    expect(f.get('package-lock.json')).toEqual(['deny dependency_link_not_followed']);
  });

  test('a lockfile symlink to a missing file is a deny', async () => {
    const f = await findingsOf(async (r) => {
      await r.remove('package-lock.json');
      await r.symlink('package-lock.json', 'nowhere.json');
    });
    expect(f.get('package-lock.json')).toEqual(['deny dependency_link_not_followed']);
  });

  test('a lockfile symlink to another symlink is a deny (its tool reads through both; the review follows one)', async () => {
    const f = await findingsOf(async (r) => {
      await r.symlink('vendor/hop.json', 'notes.txt');
      await r.remove('package-lock.json');
      await r.symlink('package-lock.json', 'vendor/hop.json');
    });
    expect(f.get('package-lock.json')?.filter((x) => x.startsWith('deny'))).toEqual(['deny dependency_link_not_followed']);
  });

  test('a lockfile symlink to a directory is a deny', async () => {
    const f = await findingsOf(async (r) => {
      await r.remove('package-lock.json');
      await r.symlink('package-lock.json', 'vendor');
    });
    expect(f.get('package-lock.json')?.filter((x) => x.startsWith('deny'))).toEqual(['deny dependency_link_not_followed']);
  });

  test('a change to the file an existing lockfile symlink points to is reviewed as that lockfile', async () => {
    // The link is in the base: only its target changes, under a name no reviewer reads.
    await repo.checkout('linked-base', { create: true, from: 'main' });
    await repo.write('locks/npm.txt', GOOD);
    await repo.remove('package-lock.json');
    await repo.symlink('package-lock.json', 'locks/npm.txt');
    await repo.commit('lockfile through a link');
    await repo.checkout('linked-head', { create: true, from: 'linked-base' });
    await repo.write('locks/npm.txt', EVIL);
    await repo.commit('the target changes');
    await repo.checkout('main');
    const set = await computeChangeSet(repo.dir, 'linked-base', 'linked-head');
    const found = await contentFindings(repo.dir, set, ALLOW);
    const f = found.get('locks/npm.txt') ?? [];
    expect(f.map((x) => `${x.severity} ${x.code}`)).toEqual(['deny dependency_host_not_allowed']);
    expect(f[0]!.message).toBe('"package-lock.json": dependency confusion: resolved host "npm.evil.example" is not in the network allow list (first at "node_modules/left-pad") (read through the link "package-lock.json" to "locks/npm.txt").');
  });
});
