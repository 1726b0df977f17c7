import { createLogger } from '../../../src/logger.js';
import type { CallContext } from '../../../src/providers/types.js';

/** A log line as pino writes it. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A CallContext whose logger captures every line (debug and up), for asserting what gets logged. */
export function capturingCall(requestId = 'req-spherepay-test'): { call: CallContext; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => lines.push(JSON.parse(s)) } });
  return { call: { requestId, logger }, lines };
}

/** A CallContext with a silent logger. */
export function silentCall(requestId = 'req-spherepay-test'): CallContext {
  return { requestId, logger: createLogger({ level: 'silent' }) };
}
