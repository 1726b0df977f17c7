import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('createLogger', () => {
  it('writes JSON lines by default', () => {
    const out = capture();
    createLogger({ destination: out.stream }).info({ requestId: 'r1' }, 'hello');
    expect(JSON.parse(out.text())).toMatchObject({ level: 30, msg: 'hello', requestId: 'r1' });
  });

  it('pretty-prints for people with `pretty`, still redacting secrets', () => {
    const out = capture();
    createLogger({ pretty: true, destination: out.stream }).info({ requestId: 'r1', token: 'tok-secret' }, 'hello');
    const text = out.text();
    expect(text).toMatch(/INFO.*hello/);
    expect(text).toContain('requestId: "r1"');
    expect(text).not.toContain('tok-secret');
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('is what `npm run dev` asks for, and not `npm start`', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.dev).toMatch(/^LOG_FORMAT=pretty /);
    expect(scripts.start).not.toContain('LOG_FORMAT');
  });
});
