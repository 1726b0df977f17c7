import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Parsed and validated documents Apollo keeps, at most (besides its default 30 MiB size bound). */
export const MAX_CACHED_DOCUMENTS = 1000;
const MAX_CACHED_BYTES = 30 * 2 ** 20;

/**
 * Apollo Server's cache of parsed, validated documents, bounded by count as well as by size (Apollo's
 * default sizes entries by their JSON only), telling `onEvict` about every document it lets go, so
 * whatever was derived from a document (its compiled code) leaves with it.
 */
export function boundedDocumentStore(options: { onEvict: (document: DocumentNode) => void }): DocumentStore {
  const cache = new LRUCache<string, DocumentNode>({
    max: MAX_CACHED_DOCUMENTS,
    maxSize: MAX_CACHED_BYTES,
    // Apollo's own measure (InMemoryLRUCache.sizeCalculation).
    sizeCalculation: (document) => Buffer.byteLength(JSON.stringify(document), 'utf8'),
    dispose: (document) => options.onEvict(document),
  });
  return {
    get: async (key) => cache.get(key),
    set: async (key, value) => void cache.set(key, value),
    delete: async (key) => cache.delete(key),
  };
}
