import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { createDeskClient, sameOriginEndpoints, type LiveState } from './apollo.js';
import { Desk } from './Desk.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import './desk.css';

// The socket's state lives outside React (graphql-ws reports it); components read it as a store.
let liveState: LiveState = 'idle';
const listeners = new Set<() => void>();
const client = createDeskClient(sameOriginEndpoints(window.location), (state) => {
  liveState = state;
  listeners.forEach((l) => l());
});
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function App() {
  const state = useSyncExternalStore(subscribe, () => liveState);
  return <Desk liveState={state} />;
}

const container = document.getElementById('desk');
if (!container) throw new Error('index.html lacks <div id="desk">');
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary scope="The desk">
      <ApolloProvider client={client}>
        <App />
      </ApolloProvider>
    </ErrorBoundary>
  </StrictMode>,
);
