// The bundled GraphiQL: what /graphql falls back to when Apollo Sandbox (from Apollo's CDN) cannot
// load, and what /graphiql always serves. Built by scripts/build-graphiql.mjs; no CDN at run time.
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { readConfig } from './config.js';
import { createFetcher } from './fetcher.js';
import { setUpMonacoWorkers } from './workers.js';

const config = readConfig(document);
setUpMonacoWorkers(config.workers);

const root = document.getElementById('graphiql');
if (!root) throw new Error('GraphiQL: the page has no #graphiql element');

createRoot(root).render(
  <GraphiQL
    fetcher={createFetcher(config.endpoint, window.location)}
    defaultQuery={config.query}
    initialQuery={config.query}
    initialVariables={config.variables}
    initialHeaders={config.authRequired ? '{\n  "Authorization": "Bearer "\n}' : undefined}
    defaultEditorToolsVisibility={config.authRequired ? 'headers' : 'variables'}
    shouldPersistHeaders={false}
  />,
);
