// Writes the subgraph SDL (what a router composes) to schema.graphql, or to the path given.
import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { createSchema } from '../src/server/create-server.js';

const out = process.argv[2] ?? 'schema.graphql';
writeFileSync(out, printSubgraphSchema(createSchema()));
process.stdout.write(`wrote ${out}\n`);
