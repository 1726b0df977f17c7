import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What scripts/build-graphiql.mjs writes as dist/graphiql/manifest.json: paths relative to the bundle. */
export interface GraphiQLManifest {
  readonly script: string;
  readonly style: string;
  readonly workers: { readonly editor: string; readonly json: string; readonly graphql: string };
}

/** One built file, ready to send. `gzip` is the precompressed body when the build wrote one. */
export interface BundleFile {
  readonly contentType: string;
  readonly body: Buffer;
  readonly gzip: Buffer | undefined;
}

/** The built GraphiQL: its manifest and a reader for the files under assets/ (and no others). */
export interface GraphiQLBundle {
  readonly manifest: GraphiQLManifest;
  /** A file of assets/ by its bare name, or undefined for any other name (no path ever reaches the disk). */
  read(name: string): Promise<BundleFile | undefined>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/**
 * Where the bundle lives: beside dist/main.js when running the build, dist/graphiql at the repository
 * root when running from source (tsx, vitest).
 */
export const DEFAULT_BUNDLE_DIRS: readonly string[] = [
  fileURLToPath(new URL('./graphiql/', import.meta.url)),
  fileURLToPath(new URL('../../../dist/graphiql/', import.meta.url)),
];

/**
 * Opens the first built bundle among `dirs`, or returns undefined when none is built (`npm run build`
 * writes it). The file list is read once; each file is read on first request and kept in memory
 * (except source maps).
 */
export function openGraphiQLBundle(dirs: readonly string[] = DEFAULT_BUNDLE_DIRS): GraphiQLBundle | undefined {
  const dir = dirs.find((candidate) => existsSync(join(candidate, 'manifest.json')));
  if (!dir) return undefined;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as GraphiQLManifest;
  const assets = join(dir, 'assets');
  const names = new Set(readdirSync(assets));
  const cache = new Map<string, Promise<BundleFile>>();
  const load = async (name: string): Promise<BundleFile> => {
    const gzipName = `${name}.gz`;
    return {
      contentType: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
      body: await readFile(join(assets, name)),
      gzip: names.has(gzipName) ? await readFile(join(assets, gzipName)) : undefined,
    };
  };
  return {
    manifest,
    read(name) {
      // Only names the build wrote; a `.gz` sibling is an encoding of its file, not a file of its own.
      if (!names.has(name) || name.endsWith('.gz')) return Promise.resolve(undefined);
      // Source maps (tens of MB, read only by developer tools) are not kept in memory.
      if (name.endsWith('.map')) return load(name);
      let file = cache.get(name);
      if (!file) {
        file = load(name);
        cache.set(name, file);
      }
      return file;
    },
  };
}
