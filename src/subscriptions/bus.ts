import { EventEmitter } from 'node:events';

/**
 * A publish/subscribe channel between replicas. The interface the cache branch's `src/bus/` offers
 * (`createBus(...)`): this file holds only the in-process implementation, used when no shared bus
 * is given (tests, one process without `REDIS_URL`).
 */
export interface Bus {
  /** Delivers `message` (JSON-serialisable) to every subscriber of `channel`, in every replica the bus spans. */
  publish(channel: string, message: unknown): Promise<void>;
  /** Calls `handler` for each message on `channel` until the returned function is called. */
  subscribe(channel: string, handler: (message: unknown) => void): () => void;
  close(): Promise<void>;
}

/** An in-process bus: publish reaches this process's subscribers only. */
export function createLocalBus(): Bus & { listenerCount(channel: string): number } {
  const emitter = new EventEmitter();
  // One listener per open subscription; thousands are expected, so no "possible leak" warning.
  emitter.setMaxListeners(0);
  return {
    async publish(channel, message) {
      emitter.emit(channel, message);
    },
    subscribe(channel, handler) {
      emitter.on(channel, handler);
      return () => emitter.off(channel, handler);
    },
    listenerCount: (channel) => emitter.listenerCount(channel),
    async close() {
      emitter.removeAllListeners();
    },
  };
}
