import type { GraphiQLPageConfig } from './config.js';

/**
 * Tells Monaco where its web workers are. GraphiQL's own setup-workers modules rely on a bundler's
 * `new URL(..., import.meta.url)` rewriting (webpack/vite) or on esm.sh (a CDN); esbuild builds the
 * three workers as separate hashed bundles instead, and the server passes their URLs in the page.
 */
export function setUpMonacoWorkers(workers: GraphiQLPageConfig['workers']): void {
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      switch (label) {
        case 'json':
          return new Worker(workers.json, { name: label });
        case 'graphql':
          return new Worker(workers.graphql, { name: label });
        default:
          return new Worker(workers.editor, { name: label });
      }
    },
  };
}
