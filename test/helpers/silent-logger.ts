import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

/** A logger that writes nothing anywhere (not even to stdout), for code under test that needs one. */
export function silentLogger(): Logger {
  return createLogger({ level: 'silent', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });
}
