import { describe, expect, it } from 'vitest';
import { operationLabel, operationOutcome } from '../../src/server/observability.js';

describe('operationLabel', () => {
  it('keeps well-formed names of up to 64 characters and calls everything else anonymous', () => {
    const seen = new Set<string>();
    expect(operationLabel('CustomerPage', seen)).toBe('CustomerPage');
    expect(operationLabel('_x', seen)).toBe('_x');
    expect(operationLabel('A'.repeat(64), seen)).toBe('A'.repeat(64));
    for (const bad of [undefined, null, '', 'A'.repeat(65), '1abc', 'a-b', 'a b', 'é', 'x\n']) {
      expect(operationLabel(bad, seen), String(bad)).toBe('anonymous');
    }
  });

  it('bounds the label set: after 200 distinct names new ones share "other", known ones keep theirs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) expect(operationLabel(`Op${i}`, seen)).toBe(`Op${i}`);
    expect(operationLabel('Op200', seen)).toBe('other');
    expect(operationLabel('Op7', seen)).toBe('Op7');
    expect(seen.size).toBe(200);
  });
});

describe('operationOutcome', () => {
  const error = { message: 'x', extensions: { code: 'NOT_FOUND' } };
  it('is ok without errors, partial with some answered root field, error with none', () => {
    expect(operationOutcome({ data: { a: null } })).toBe('ok');
    expect(operationOutcome({ data: { a: { id: '1' }, b: null }, errors: [error] })).toBe('partial');
    expect(operationOutcome({ data: { a: null, b: null }, errors: [error] })).toBe('error');
    expect(operationOutcome({ data: null, errors: [error] })).toBe('error');
    expect(operationOutcome({ errors: [error] })).toBe('error');
  });
});
