// The bundled GraphiQL: what /graphql falls back to when Apollo Sandbox (from Apollo's CDN) cannot
// load, and what /graphiql always serves. Built by scripts/build-graphiql.mjs; no CDN at run time.
import { GraphiQL } from 'graphiql';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { readConfig, type GraphiQLPageConfig } from './config.js';
import { createFetcher } from './fetcher.js';
import { SchemaFollowsHeaders } from './schema-follows-headers.js';
import { setUpMonacoWorkers } from './workers.js';

const config = readConfig(document);
setUpMonacoWorkers(config.workers);
const fetcher = createFetcher(config.endpoint, window.location);
// With API keys on, the headers editor opens on the line to complete.
const initialHeaders = config.authRequired ? '{\n  "Authorization": "Bearer "\n}' : '';

function App({ config }: { config: GraphiQLPageConfig }) {
  const [headers, setHeaders] = useState(initialHeaders);
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={config.query}
      initialQuery={config.query}
      initialVariables={config.variables}
      initialHeaders={initialHeaders}
      defaultHeaders={initialHeaders}
      defaultEditorToolsVisibility={config.authRequired ? 'headers' : 'variables'}
      shouldPersistHeaders={false}
      onEditHeaders={setHeaders}
    >
      <GraphiQL.Footer>
        <SchemaFollowsHeaders headers={headers} />
      </GraphiQL.Footer>
    </GraphiQL>
  );
}

const root = document.getElementById('graphiql');
if (!root) throw new Error('GraphiQL: the page has no #graphiql element');
createRoot(root).render(<App config={config} />);
