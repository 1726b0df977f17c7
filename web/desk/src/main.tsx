import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDeskClient, sameOriginEndpoints, type LiveState } from './apollo.js';
import { Desk } from './Desk.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { createStore, useStore } from './store.js';
import './desk.css';

// The key lives in this tab's sessionStorage: gone when the tab closes, never in a URL or a cookie.
const KEY_ITEM = 'customer-graph.desk.apiKey';
const liveState = createStore<LiveState>('idle');
/** `none`: no key needed so far; `needed`: the server asked for one; `refused`: the given one failed. */
const keyState = createStore<'none' | 'needed' | 'refused'>('none');

const { client, socket } = createDeskClient(sameOriginEndpoints(window.location), {
  apiKey: () => sessionStorage.getItem(KEY_ITEM),
  onUnauthenticated: () => keyState.set(sessionStorage.getItem(KEY_ITEM) ? 'refused' : 'needed'),
  onLiveState: (state) => liveState.set(state),
});

async function applyKey(key: string) {
  sessionStorage.setItem(KEY_ITEM, key);
  keyState.set('none');
  // Reopen the socket with the new key and run every query again.
  socket.terminate();
  await client.resetStore().catch(() => undefined);
}

function App() {
  return <Desk liveState={useStore(liveState)} keyState={useStore(keyState)} onApiKey={(key) => void applyKey(key)} />;
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
