// Composes a supergraph from a rover-style supergraph.yaml with @apollo/composition, the same
// composition rover and GraphOS run, without downloading rover. Prints the supergraph SDL, or the
// composition errors and hints.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';

const configPath = process.argv[2] ?? 'examples/federation/supergraph.yaml';
const config = parseYaml(readFileSync(configPath, 'utf8')) as {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
};
const services = Object.entries(config.subgraphs).map(([name, subgraph]) => ({
  name,
  url: subgraph.routing_url,
  typeDefs: parse(readFileSync(resolve(dirname(configPath), subgraph.schema.file), 'utf8')),
}));
const result = composeServices(services);
for (const hint of result.hints ?? []) process.stderr.write(`hint ${hint.definition.code}: ${hint.message}\n`);
if (result.errors) {
  for (const error of result.errors) process.stderr.write(`error: ${error.message}\n`);
  process.exit(1);
}
process.stdout.write(result.supergraphSdl);
