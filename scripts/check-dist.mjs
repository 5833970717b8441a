// Fails when dist/ (or schemas/) differs from a fresh build of the current sources.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundle, writeSchemas } from './build.mjs';

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out.sort();
}

export async function compareTrees(expectedDir, actualDir) {
  const problems = [];
  const exp = (await files(expectedDir)).map((f) => relative(expectedDir, f));
  let act;
  try {
    act = (await files(actualDir)).map((f) => relative(actualDir, f));
  } catch {
    return [`${actualDir} is missing`];
  }
  for (const f of exp) {
    if (!act.includes(f)) problems.push(`missing: ${f}`);
    else if (!(await readFile(join(expectedDir, f))).equals(await readFile(join(actualDir, f)))) problems.push(`differs: ${f}`);
  }
  for (const f of act) if (!exp.includes(f)) problems.push(`unexpected: ${f}`);
  return problems;
}

const root = process.argv[2] ?? process.cwd();
const tmp = await mkdtemp(join(tmpdir(), 'agent-guard-dist-'));
try {
  await bundle(join(tmp, 'dist'));
  await writeSchemas(join(tmp, 'schemas'));
  const problems = [
    ...(await compareTrees(join(tmp, 'dist'), join(root, 'dist'))).map((p) => `dist/ ${p}`),
    ...(await compareTrees(join(tmp, 'schemas'), join(root, 'schemas'))).map((p) => `schemas/ ${p}`),
  ];
  if (problems.length > 0) {
    console.error('dist/ is stale: run `npm run build` and commit the result.');
    for (const p of problems) console.error(`  ${p}`);
    process.exitCode = 1;
  } else {
    console.log('dist/ and schemas/ match a fresh build');
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
