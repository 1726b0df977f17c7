// Bundles the onboarding desk (web/desk, React + Apollo Client) into dist/desk/ for the server's
// /desk route: one ES module, one stylesheet and index.html, everything local (no CDN at run time).
// Run by `npm run build`; the browser test runs it too when dist/desk is missing or older than web/desk.
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the desk into `dist/desk/` (desk.js, desk.css, their source maps, index.html). */
export async function buildDesk() {
  const outdir = `${root}dist/desk`;
  await mkdir(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    write: false,
    entryPoints: { desk: 'web/desk/src/main.tsx' },
    outdir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    // Evergreen browsers of the last two years; nothing older can run a desk like this anyway.
    target: ['chrome120', 'edge120', 'firefox120', 'safari17'],
    tsconfig: 'web/desk/tsconfig.json',
    jsx: 'automatic',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  // Each file is written beside its target and renamed over it: test files build concurrently while
  // others serve dist/desk, which must never hold half a bundle.
  const temporary = (path) => `${path}.${process.pid}.tmp`;
  for (const file of result.outputFiles) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(temporary(file.path), file.contents);
    await rename(temporary(file.path), file.path);
  }
  const page = `${outdir}/index.html`;
  await copyFile(`${root}web/desk/index.html`, temporary(page));
  await rename(temporary(page), page);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDesk();
