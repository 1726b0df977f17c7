/** The IPC message type the cluster primary relays between workers (cluster-relay.ts). */
export const BUS_IPC_TYPE = 'customer-graph:bus';

/** One bus message as it travels between processes (IPC and Redis pub/sub carry the same shape). */
export interface BusEnvelope {
  readonly type: typeof BUS_IPC_TYPE;
  /** Unique per message: a replica that hears it twice (IPC and Redis) delivers it once. */
  readonly id: string;
  /** The publishing process: it never re-delivers its own message when Redis echoes it back. */
  readonly origin: string;
  readonly channel: string;
  /** JSON text of the published value. */
  readonly payload: string;
}

/** Whether `value` is a bus envelope (IPC and Redis bring untyped data). */
export function isEnvelope(value: unknown): value is BusEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.type === BUS_IPC_TYPE &&
    typeof v.id === 'string' &&
    typeof v.origin === 'string' &&
    typeof v.channel === 'string' &&
    typeof v.payload === 'string'
  );
}
