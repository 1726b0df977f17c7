import cluster from 'node:cluster';
import { isEnvelope } from './envelope.js';

/**
 * In the cluster primary (`WORKERS=N`): forwards every bus message a worker sends to every other
 * worker, so replicas on one host reach each other without Redis. Call once, in the primary.
 */
export function relayBusMessages(): void {
  cluster.on('message', (sender, message: unknown) => {
    if (!isEnvelope(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== sender && worker.isConnected()) worker.send(message);
    }
  });
}
