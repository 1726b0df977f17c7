import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';

export type Logger = PinoLogger;

/**
 * Paths pino blanks out wherever they appear in a log object. Secrets and PII never belong in a
 * log line; this is the safety net behind not logging them in the first place. pino's `*` spans
 * exactly one level, so each key is listed at the top level and one level down; request headers
 * also two levels down (`{ upstream: { headers } }`).
 */
const SECRET_KEYS = [
  'authorization',
  'Authorization',
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
  '"x-signature"',
  '"x-api-key"',
];
// Customer data (contract: never an email, phone, date of birth or document URI in a log line),
// and whatever holds it wholesale: provider bodies and GraphQL variables.
const PII_KEYS = [
  'email',
  'phone',
  'phoneNumber',
  'phone_number',
  'dateOfBirth',
  'date_of_birth',
  'uri',
  'documents',
  'body',
  'variables',
];
const REDACT = [
  ...[...SECRET_KEYS, ...PII_KEYS].flatMap((key) =>
    key.startsWith('"') ? [`[${key}]`, `*[${key}]`] : [key, `*.${key}`],
  ),
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-signature"]',
  '*.headers["x-api-key"]',
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
