// One bundle step: every action entry and the CLI into dist/, deterministically (two builds give
// identical bytes). The policy and manifest validators are compiled here (ajv standalone code in place
// of src/core/schema-validators*.ts), so the bundle compiles no schema at run time. Also regenerates
// schemas/*.schema.json from src/core/schemas.ts.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRIES = {
  cli: 'src/cli/bin.ts',
  'guard-diff': 'src/actions/guard-diff.ts',
  'approval-gate': 'src/actions/approval-gate.ts',
  'request-capability': 'src/actions/request-capability.ts',
  'request-capability-post': 'src/actions/request-capability-post.ts',
  'agent-guard': 'src/actions/agent-guard.ts',
};

export async function bundle(outdir) {
  const { existsSync } = await import('node:fs');
  const entryPoints = Object.fromEntries(Object.entries(ENTRIES).filter(([, src]) => existsSync(join(root, src))));
  // Build next to the target and swap it in, so nobody ever sees a half-written dist/.
  const staging = `${outdir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const compiler = await loadTs('src/core/schema-compiler.ts');
  const validators = { 'schema-validators': compiler.standaloneValidatorCode('esm', 'config'), 'schema-validators-evidence': compiler.standaloneValidatorCode('esm', 'evidence') };
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    minify: false,
    sourcemap: false,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [precompiledValidators(validators)],
    // CommonJS dependencies (yaml, ajv, ...) call require(); give ESM chunks a real one.
    banner: { js: "import { createRequire as __agentGuardCreateRequire } from 'node:module';\nconst require = __agentGuardCreateRequire(import.meta.url);" },
  });
  await writeFile(join(staging, 'package.json'), '{\n  "type": "module"\n}\n');
  const old = `${outdir}.old-${process.pid}`;
  await rename(outdir, old).catch(() => {});
  await rename(staging, outdir);
  await rm(old, { recursive: true, force: true });
}

/**
 * The sources' schema-validators.ts and schema-validators-evidence.ts (which compile at first use) replaced
 * by `code` (module name -> source), validators compiled already. Two modules, so a check loads only the
 * policy's and manifest's.
 */
function precompiledValidators(code) {
  const dir = join(root, 'src', 'core');
  return {
    name: 'precompiled-schema-validators',
    // The path is relative: esbuild names it in a comment, and the bundle must not depend on where the clone is.
    setup(b) {
      b.onResolve({ filter: /^\.\/schema-validators(-evidence)?\.js$/ }, (args) => {
        const name = args.path.slice(2, -3);
        return args.resolveDir === dir ? { path: relative(root, join(dir, `${name}.ts`)), namespace: 'precompiled' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'precompiled' }, (args) => ({ contents: code[args.path.slice('src/core/'.length, -3)], loader: 'js', resolveDir: dir }));
      // ajv says it has no side effects (package.json) and ajv-formats does not, though its entry only defines
      // the plugin: without this the unused schema compiler stayed in the bundle through that import.
      b.onResolve({ filter: /^ajv-formats$/ }, () => ({ path: createRequire(import.meta.url).resolve('ajv-formats'), sideEffects: false }));
    },
  };
}

/** A module of the sources, bundled with its dependencies into a temporary file and imported. */
async function loadTs(file) {
  const out = await build({ absWorkingDir: root, entryPoints: [file], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning', banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" } });
  const dir = mkdtempSync(join(tmpdir(), 'agent-guard-build-'));
  try {
    const path = join(dir, 'module.mjs');
    writeFileSync(path, out.outputFiles[0].text);
    return await import(pathToFileURL(path).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function writeSchemas(dir) {
  const { build: b } = await import('esbuild');
  const load = async (file) => {
    const out = await b({ absWorkingDir: root, entryPoints: [file], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
    return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  };
  const mod = await load('src/core/schemas.ts');
  const evidence = await load('src/core/evidence-schema.ts');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'policy.schema.json'), JSON.stringify(mod.policySchema, null, 2) + '\n');
  await writeFile(join(dir, 'manifest.schema.json'), JSON.stringify(mod.manifestSchema, null, 2) + '\n');
  await writeFile(join(dir, 'evidence.schema.json'), JSON.stringify(evidence.evidenceSchema, null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdir = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist');
  await bundle(outdir);
  if (!process.argv[2]) await writeSchemas(join(root, 'schemas'));
  console.log(`built ${outdir}`);
}
