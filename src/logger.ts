import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';

export type Logger = PinoLogger;

/**
 * Paths pino blanks out wherever they appear in a log object. Secrets and PII never belong in a
 * log line; this is the safety net behind not logging them in the first place.
 */
const REDACT = [
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  '*.token',
  '*.access_token',
  '*.refresh_token',
  '*.client_secret',
  '*.apiKey',
  '*.privateKey',
  '*.signature',
  '*.email',
  '*.phone',
  '*.dateOfBirth',
  '*.body',
  'body',
];

/** Creates the process logger (JSON lines). `destination` lets tests capture every line. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'customer-graph' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
