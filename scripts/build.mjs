// Bundles the server into dist/main.js and the standalone simulator (used by `npm run bench`) into
// dist/simulator.js; dependencies stay external, loaded from node_modules. The bundled GraphiQL (the
// landing page's offline fallback) goes to dist/graphiql.
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
};

await Promise.all([
  build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/main.js' }),
  build({ ...common, entryPoints: ['src/simulator/main.ts'], outfile: 'dist/simulator.js' }),
  buildGraphiQL(),
]);

// The onboarding desk (web/desk), bundled for the browser into dist/desk/.
await (await import('./build-desk.mjs')).buildDesk();
