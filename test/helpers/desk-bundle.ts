import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the onboarding desk (scripts/build-desk.mjs) when `dist/desk` is missing or older than any
 * file it is built from, so the browser test runs on a fresh clone and after every edit of web/desk.
 */
export function ensureDeskBuilt(): void {
  const built = mtime(`${ROOT}dist/desk/desk.js`);
  const sources = [...files(`${ROOT}web/desk`), `${ROOT}scripts/build-desk.mjs`, `${ROOT}package-lock.json`];
  if (built !== null && sources.every((f) => (mtime(f) ?? 0) <= built)) return;
  const run = spawnSync(process.execPath, ['scripts/build-desk.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`building the desk failed:\n${run.stderr}${run.stdout}`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
  );
}

function mtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}
