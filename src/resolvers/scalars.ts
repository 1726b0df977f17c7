import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { toTimestamp } from '../model/time.js';

// Output-only in practice (no argument takes them), but input is validated all the same.

// This module exports a scalar named Date, which hides the global inside it.
const JsDate = globalThis.Date;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_EXAMPLE = '2026-04-15T11:49:27.000Z or 2024-05-01T10:00:00.707598Z';

/**
 * RFC 3339 in UTC, at the precision the provider gave (milliseconds at least; µs and ns kept), as
 * model/time.ts normalises provider timestamps; a value in another offset is moved to UTC. A value
 * that is no time (mappers give null instead) is our bug: it fails the field.
 */
function dateTime(value: unknown): string {
  const normalised =
    value instanceof JsDate
      ? toTimestamp(Number.isNaN(value.getTime()) ? null : value.toISOString())
      : typeof value === 'string'
        ? toTimestamp(value)
        : null;
  if (normalised === null) throw new GraphQLError(`DateTime must be a string such as ${DATE_TIME_EXAMPLE}.`);
  return normalised;
}

function date(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError('Date must be a string such as 1990-01-15.');
  }
  return value;
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: dateTime,
  parseValue: dateTime,
  parseLiteral: (ast) => dateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const Date = new GraphQLScalarType({
  name: 'Date',
  serialize: date,
  parseValue: date,
  parseLiteral: (ast) => date(ast.kind === Kind.STRING ? ast.value : undefined),
});
