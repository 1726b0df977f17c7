// Bundles the server into dist/main.js and the standalone simulator (used by `npm run bench`) into
// dist/simulator.js; dependencies stay external, loaded from node_modules. The bundled GraphiQL (the
// landing page's offline fallback) goes to dist/graphiql.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { buildGraphiQL } from './build-graphiql.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  write: false,
};

const results = await Promise.all([
  build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/main.js' }),
  build({ ...common, entryPoints: ['src/simulator/main.ts'], outfile: 'dist/simulator.js' }),
]);
// Each file is written beside its target and renamed over it, so a server starting from dist/ while
// another build runs (tests, `npm start` twice) reads the old or the new bundle, never half of one.
for (const file of results.flatMap((r) => r.outputFiles)) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
// GraphiQL builds into a scratch folder of its own and renames it into place (build-graphiql.mjs).
await buildGraphiQL();

// The onboarding desk (web/desk), bundled for the browser into dist/desk/.
await (await import('./build-desk.mjs')).buildDesk();
