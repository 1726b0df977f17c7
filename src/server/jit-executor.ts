import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { graphql } from './graphql-runtime.js';

/** Compiled operations remembered per document (Apollo reuses one DocumentNode per query text). */
const MAX_OPERATIONS_PER_DOCUMENT = 8;

/**
 * Runs operations with graphql-jit instead of graphql-js. Apollo Server accepts an executor only
 * through its gateway interface, so this is a one-schema "gateway": Apollo still parses, validates,
 * runs every plugin and formats errors; only execution changes. Each operation is compiled once
 * and reused; anything graphql-jit cannot compile runs on graphql-js as before.
 */
export function jitExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  settleListItems(schema);
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  function compiledFor(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let byName = compiled.get(document);
    const key = operationName ?? '';
    const cached = byName?.get(key);
    if (cached !== undefined) return cached;
    const result = compileQuery(schema, document, operationName ?? undefined);
    const query = isCompiledQuery(result) ? result : null;
    if (!byName) compiled.set(document, (byName = new Map()));
    if (byName.size < MAX_OPERATIONS_PER_DOCUMENT) byName.set(key, query);
    return query;
  }

  const executor: GatewayExecutor = async (request) => {
    const query = compiledFor(request.document, request.operationName);
    const variables = request.request.variables ?? {};
    if (!query) {
      return graphql.execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: variables,
        operationName: request.operationName,
      });
    }
    const result = (await query.query(undefined, request.context, variables)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSubgraphSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
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
