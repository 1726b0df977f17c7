import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = join(root, 'dist', 'graphiql', 'manifest.json');
const sources = join(root, 'web', 'graphiql');

/**
 * Makes sure dist/graphiql holds a bundle at least as new as web/graphiql, building it (about 3 s)
 * when not, so tests that load the bundled GraphiQL work on a fresh clone without `npm run build`.
 * The build swaps the folder in atomically, so concurrent test files never see half a bundle.
 */
export async function ensureGraphiQLBundle(): Promise<void> {
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestSource()) return;
  const { buildGraphiQL } = await import('../../scripts/build-graphiql.mjs');
  await buildGraphiQL();
}

function newestSource(): number {
  return Math.max(...readdirSync(sources).map((name) => statSync(join(sources, name)).mtimeMs));
}
