// Bundles the local GraphiQL (web/graphiql) into dist/graphiql: hashed assets under assets/ and a
// manifest.json naming them, which the server reads to write /graphiql's page. Nothing is fetched at
// run time. GraphiQL 5's Monaco workers are built as three separate classic-worker bundles.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the server looks for the bundle (src/server/landing-page/graphiql-assets.ts). */
export const GRAPHIQL_DIR = join(root, 'dist', 'graphiql');

const WORKERS = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};

const browser = {
  absWorkingDir: root,
  bundle: true,
  platform: 'browser',
  target: ['chrome120', 'firefox120', 'safari17'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
};

/**
 * Builds the bundle into a scratch folder beside `outdir`, then swaps it in, so a server (or a
 * concurrent test run) never reads a half-written bundle.
 * @param {string} [outdir] default dist/graphiql
 * @returns {Promise<string>} the folder written
 */
export async function buildGraphiQL(outdir = GRAPHIQL_DIR) {
  const scratch = `${outdir}.tmp-${process.pid}-${Date.now()}`;
  const assets = join(scratch, 'assets');
  await mkdir(assets, { recursive: true });
  try {
    const app = await build({
      ...browser,
      entryPoints: { graphiql: 'web/graphiql/main.tsx' },
      outdir: assets,
      format: 'esm',
      jsx: 'automatic',
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    });
    const workers = await build({
      ...browser,
      entryPoints: Object.fromEntries(Object.entries(WORKERS).map(([label, path]) => [`${label}.worker`, path])),
      outdir: assets,
      format: 'iife',
    });
    const entry = (result, name) =>
      outputOf(result, scratch, (out) => out.entryPoint && basename(out.file).startsWith(`${name}-`));
    const manifest = {
      script: entry(app, 'graphiql'),
      style: outputOf(app, scratch, (out) => out.file.endsWith('.css') && basename(out.file).startsWith('graphiql-')),
      workers: Object.fromEntries(Object.keys(WORKERS).map((label) => [label, entry(workers, `${label}.worker`)])),
    };
    await precompress(assets);
    await writeFile(join(scratch, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const previous = `${scratch}.old`;
    await rename(outdir, previous).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
    // Another build (a concurrent test file) may have swapped its own bundle in meanwhile: keep that one.
    await rename(scratch, outdir).catch((error) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
    await rm(previous, { recursive: true, force: true });
    return outdir;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Writes a gzip sibling (`x.js.gz`) of every script and style sheet, which the server sends when accepted. */
async function precompress(folder) {
  const names = (await readdir(folder)).filter((name) => /\.(js|css)$/.test(name));
  await Promise.all(
    names.map(async (name) =>
      writeFile(join(folder, `${name}.gz`), await promisify(gzip)(await readFile(join(folder, name)), { level: 9 })),
    ),
  );
}

/** The path, relative to the bundle folder, of the one output `pick` selects. */
function outputOf(result, folder, pick) {
  const found = Object.entries(result.metafile.outputs)
    .map(([file, out]) => ({ file: resolve(root, file), entryPoint: out.entryPoint }))
    .filter(pick);
  if (found.length !== 1) throw new Error(`GraphiQL build: expected one output, found ${found.length}`);
  return relative(folder, found[0].file).split('\\').join('/');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildGraphiQL();
}
