import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';

export type Logger = PinoLogger;

/**
 * Keys pino blanks out in a log object. Secrets and PII never belong in a log line; this is the
 * safety net behind not logging them in the first place. Only top-level keys and `headers.*` are
 * listed: every line this service writes is flat, or nests only known-safe facts (`upstream`), and
 * pino's wildcard paths (`*.email`) cost ~10 µs per line and per child logger, which is most of a
 * request's budget (measured: 15 µs vs 1.6 µs per line).
 */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'clientSecret',
  'client_secret',
  'apiKey',
  'api_key',
  'apiKeys',
  'privateKey',
  'private_key',
  'signature',
  'password',
];
// Customer data (contract: never an email, phone, date of birth or document URI in a log line),
// and whatever holds it wholesale: provider bodies and GraphQL variables.
const PII_KEYS = ['email', 'phone', 'dateOfBirth', 'date_of_birth', 'uri', 'documents', 'body', 'variables'];
const REDACT = [
  ...SECRET_KEYS,
  ...PII_KEYS,
  'headers.authorization',
  'headers.cookie',
  'headers["x-signature"]',
  'headers["x-api-key"]',
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
