import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// Output-only in practice (no argument takes them), but input is validated all the same.

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function stringScalar(name: string, description: string, pattern: RegExp) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !pattern.test(value)) {
      throw new GraphQLError(`${name} must be a string such as ${description}.`);
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    serialize: check,
    parseValue: check,
    parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const DateTime = stringScalar('DateTime', '2026-04-15T11:49:27.000Z', ISO_TIMESTAMP);
export const Date = stringScalar('Date', '1990-01-15', ISO_DATE);
