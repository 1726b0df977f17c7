import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { graphql } from './graphql-runtime.js';

/**
 * Documents whose compiled operations are kept, least recently used first out. Compiled code is
 * large: a 1 KB document of 15 aliased fragment spreads compiles to ~1.6 MB of heap (measured), and
 * nothing else bounds it (Apollo's document cache sizes entries by their AST, not by compiled code).
 * 100 keeps the worst case near 200 MB while an application's own operations (tens) all stay compiled.
 */
export const MAX_COMPILED_DOCUMENTS = 100;
/** Compiled operations kept per document (a document may hold several named operations). */
const MAX_OPERATIONS_PER_DOCUMENT = 8;
/**
 * Executions a document gets on graphql-js before it is compiled. Compiling that 15-alias document
 * costs ~17 ms, more than graphql-js takes to run it once, so a document sent once (most hostile
 * traffic, and any one-off query) is never compiled; a document that repeats is compiled on its 2nd run.
 */
export const RUNS_BEFORE_COMPILING = 1;

export interface JitGatewayOptions {
  /** Documents kept compiled (LRU); default MAX_COMPILED_DOCUMENTS. */
  readonly maxCompiledDocuments?: number;
}

/** The executor as a gateway, plus the hooks its document cache and tests need. */
export interface JitGateway extends GatewayInterface {
  /** Drops what was compiled for `document`: call it when the document leaves the document cache. */
  forget(document: DocumentNode): void;
  /** Documents with compiled operations held right now. */
  compiledDocuments(): number;
}

/**
 * Runs operations with graphql-jit instead of graphql-js. Apollo Server accepts an executor only
 * through its gateway interface, so this is a one-schema "gateway": Apollo still parses, validates,
 * runs every plugin and formats errors; only execution changes. A document is compiled once it
 * repeats and kept in a bounded LRU; anything graphql-jit cannot compile, and every request whose
 * variables fail coercion, runs on graphql-js, so those answers (and their errors) are graphql-js's own.
 */
export function jitExecutionGateway(schema: GraphQLSchema, options: JitGatewayOptions = {}): JitGateway {
  settleListItems(schema);
  const compiled = new LRUCache<DocumentNode, Map<string, CompiledQuery | null>>({
    max: options.maxCompiledDocuments ?? MAX_COMPILED_DOCUMENTS,
  });
  // Weak: a count must not keep a document (or a hostile caller's millionth one) alive.
  const runs = new WeakMap<DocumentNode, number>();

  function compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    const key = operationName ?? '';
    let byName = compiled.get(document);
    const cached = byName?.get(key);
    if (cached !== undefined) return cached;
    if (!byName) {
      const seen = runs.get(document) ?? 0;
      if (seen < RUNS_BEFORE_COMPILING) {
        runs.set(document, seen + 1);
        return null;
      }
      compiled.set(document, (byName = new Map()));
    }
    const result = compileQuery(schema, document, operationName ?? undefined);
    const query = isCompiledQuery(result) ? result : null;
    if (byName.size < MAX_OPERATIONS_PER_DOCUMENT) byName.set(key, query);
    return query;
  }

  function referenceExecute(request: GatewayGraphQLRequestContext) {
    return graphql.execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      operationName: request.request.operationName,
    });
  }

  const executor: GatewayExecutor = async (request) => {
    // The name the client asked for: `request.operationName` is the name Apollo resolved, null when
    // none matched, and running the document's only operation then would answer a missing one.
    const query = compiledFor(request.document, request.request.operationName ?? null);
    if (!query) return referenceExecute(request);
    const result = (await query.query(undefined, request.context, request.request.variables ?? {})) as ExecutionResult;
    // No `data` at all: the variables failed coercion. graphql-jit words those errors its own way and
    // without the variable's AST node, which Apollo needs to answer BAD_USER_INPUT; graphql-js
    // coerces again and reports them exactly as Apollo Server without graphql-jit would.
    if (!('data' in result)) return referenceExecute(request);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSubgraphSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
    forget: (document) => void compiled.delete(document),
    compiledDocuments: () => compiled.size,
  };
}

/**
 * graphql-jit reports errors with its own GraphQLError, whose `extensions` is undefined unless the
 * thrown error had some; Apollo's error pipeline (and formatError) expect graphql-js's own class.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  // A field error wraps what the resolver threw; keep that as the original, so formatError sees it.
  const converted = new graphql.GraphQLError(error.message, {
    path: error.path,
    originalError: original ?? undefined,
    extensions: error.extensions ?? (original as GraphQLError | undefined)?.extensions,
  });
  if (error.locations) Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: true });
  return converted;
}

/**
 * graphql-jit drops a list entry whose promise rejects (found by test/graphql/executor.test.ts with
 * `_entities`), where graphql-js nulls that entry and reports its error. Every list resolver of the
 * schema is wrapped once so its entries arrive settled: a rejection becomes the entry's Error,
 * which both executors report at the entry's path.
 */
function settleListItems(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!graphql.isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || !graphql.isListType(graphql.getNullableType(field.type))) continue;
      const resolve = field.resolve;
      field.resolve = (source, args, context, info) => {
        const result: unknown = resolve(source, args, context, info);
        return isThenable(result) ? Promise.resolve(result).then(settle) : settle(result);
      };
    }
  }
}

function settle(list: unknown): unknown {
  if (!Array.isArray(list) || !list.some(isThenable)) return list;
  return Promise.all(
    list.map((entry) =>
      isThenable(entry)
        ? Promise.resolve(entry).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))))
        : entry,
    ),
  );
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
