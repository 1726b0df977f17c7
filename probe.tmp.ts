import { getIntrospectionQuery, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { createSchema } from './src/server/create-server.js';
import { operationCost } from './src/server/cost.js';
import { COST_OPTIONS } from './src/server/limits.js';
import { CAPABILITIES, CUSTOMER_FIELDS } from './test/helpers/queries.js';
const schema = createSchema();
function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return operationCost(schema, operation, fragments, variables, COST_OPTIONS);
}
const page = (fields: string) => `{ customers(provider: FIN, first: 512) { edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } totalCount } }`;
const intro = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
for (let round = 0; round < 3; round++)
for (const [name, q, v] of [['page', page(CUSTOMER_FIELDS)], ['page+caps', page(CUSTOMER_FIELDS + CAPABILITIES)], ['intro', intro],
  ['nodes512', `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Customer { provider providerId status } } }`, { ids: Array.from({ length: 512 }, (_, i) => `c${i}`) }]] as [string, string, any][]) {
  let t = performance.now(); let c = 0;
  for (let i = 0; i < 100; i++) c = cost(q, v);
  if (round == 2) console.log(name, c, ((performance.now() - t) / 100).toFixed(2), 'ms');
}
for (const q of [page(CUSTOMER_FIELDS), intro]) { cost(q); console.log('nodes', (globalThis as any).lastNodes.evaluatedNodes); }
