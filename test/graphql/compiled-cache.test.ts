import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { describe, expect, it, vi } from 'vitest';
import { boundedDocumentStore, MAX_CACHED_DOCUMENTS } from '../../src/server/document-store.js';
import { createSchema } from '../../src/server/create-server.js';
import { graphql } from '../../src/server/graphql-runtime.js';
import { jitExecutionGateway, MAX_COMPILED_DOCUMENTS } from '../../src/server/jit-executor.js';

// Compiled code is bounded by count and leaves with its document (test/security/distinct-documents
// measures what that does to memory).

async function executorFor() {
  const gateway = jitExecutionGateway(createSchema());
  const { executor } = await gateway.load({ apollo: { keyHash: '', graphRef: '' } });
  if (!executor) throw new Error('the gateway has no executor');
  const run = async (document: ReturnType<typeof graphql.parse>) => {
    const result = await executor({
      document,
      request: {},
      context: {},
      operationName: null,
    } as unknown as GatewayGraphQLRequestContext);
    expect(result).toEqual({ data: { __typename: 'Query' } });
  };
  return { gateway, run };
}

describe('compiled operations', () => {
  it("are compiled from a document's second run, and forgotten with it", async () => {
    const { gateway, run } = await executorFor();
    const document = graphql.parse('{ __typename }');
    await run(document);
    expect(gateway.compiledDocuments()).toBe(0);
    await run(document);
    expect(gateway.compiledDocuments()).toBe(1);
    gateway.forget(document);
    expect(gateway.compiledDocuments()).toBe(0);
  });

  it(`are kept for at most ${MAX_COMPILED_DOCUMENTS} documents`, async () => {
    const { gateway, run } = await executorFor();
    for (let n = 0; n < MAX_COMPILED_DOCUMENTS + 20; n++) {
      const document = graphql.parse(`query Q${n} { __typename }`);
      await run(document);
      await run(document);
    }
    expect(gateway.compiledDocuments()).toBe(MAX_COMPILED_DOCUMENTS);
  });
});

describe('the document store', () => {
  it(`keeps ${MAX_CACHED_DOCUMENTS} documents and reports each one it lets go`, async () => {
    const onEvict = vi.fn();
    const store = boundedDocumentStore({ onEvict });
    const documents = Array.from({ length: MAX_CACHED_DOCUMENTS + 1 }, (_, n) =>
      graphql.parse(`query Q${n} { __typename }`),
    );
    for (const [n, document] of documents.entries()) await store.set(`k${n}`, document);
    expect(onEvict.mock.calls).toEqual([[documents[0]]]);
    expect(await store.get('k0')).toBeUndefined();
    expect(await store.get(`k${MAX_CACHED_DOCUMENTS}`)).toBe(documents[MAX_CACHED_DOCUMENTS]);
  });
});
