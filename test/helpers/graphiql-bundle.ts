import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = join(root, 'dist', 'graphiql', 'manifest.json');
const lock = join(root, 'dist', '.graphiql-build.lock');
const sources = join(root, 'web', 'graphiql');
/** A lock older than this was left by a run that died mid-build. */
const STALE_LOCK_MS = 120_000;

/**
 * Makes sure dist/graphiql holds a bundle at least as new as web/graphiql, building it (a few
 * seconds) when not, so tests that load the bundled GraphiQL work on a fresh clone without
 * `npm run build`. Test files running in parallel build it once: one takes a lock file, the others
 * wait for it to go (bounded polling) and find the bundle fresh.
 */
export async function ensureGraphiQLBundle(): Promise<void> {
  const deadline = Date.now() + STALE_LOCK_MS;
  while (!isFresh()) {
    await mkdir(join(root, 'dist'), { recursive: true });
    const held = await open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (held) {
      try {
        const { buildGraphiQL } = await import('../../scripts/build-graphiql.mjs');
        await buildGraphiQL();
      } finally {
        await held.close();
        await rm(lock, { force: true });
      }
      return;
    }
    const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > STALE_LOCK_MS) await rm(lock, { force: true });
    if (Date.now() > deadline) throw new Error(`GraphiQL bundle: ${lock} is held and no bundle appeared`);
    await sleep(200);
  }
}

function isFresh(): boolean {
  return existsSync(manifest) && statSync(manifest).mtimeMs >= newestSource();
}

function newestSource(): number {
  return Math.max(...readdirSync(sources).map((name) => statSync(join(sources, name)).mtimeMs));
}
