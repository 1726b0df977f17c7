/** Where the server listens and how the benchmark authenticates to it. */
export interface ServerTarget {
  /** e.g. `http://127.0.0.1:4123` */
  readonly origin: string;
  readonly apiKey: string;
}

/** Headers of every GraphQL request the benchmark sends. */
export function graphqlHeaders(target: ServerTarget): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${target.apiKey}` };
}

/** The body of a GraphQL POST. */
export function graphqlBody(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

/**
 * Runs one operation outside the load (start-up and checks). Throws with the whole response when it
 * is not a 200 without `errors`, so a broken scenario stops the benchmark instead of measuring errors.
 */
export async function gql<T>(target: ServerTarget, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${target.origin}/graphql`, {
    method: 'POST',
    headers: graphqlHeaders(target),
    body: graphqlBody(query, variables),
  });
  const text = await res.text();
  let body: { data?: T; errors?: unknown[] } | undefined;
  try {
    body = JSON.parse(text) as { data?: T; errors?: unknown[] };
  } catch {
    // reported below with the raw text
  }
  if (res.status !== 200 || !body?.data || body.errors?.length) {
    throw new Error(`GraphQL ${res.status} for ${JSON.stringify(variables)}:\n${text.slice(0, 4000)}`);
  }
  return body.data;
}
