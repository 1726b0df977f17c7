import type { Harness } from '../helpers/harness.js';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, `undefined` when it is not JSON. */
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/** Any HTTP request to the server under test (through `h.http`, so it joins the harness's secret scan), JSON parsed. */
export async function raw(
  h: Harness,
  method: 'GET' | 'POST' | 'OPTIONS' | 'PUT',
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const res = await h.http(path, { method, headers: options.headers, body: options.body });
  let json: RawResponse['json'];
  try {
    json = JSON.parse(res.text) as RawResponse['json'];
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text: res.text, json };
}

/** A JSON POST of one operation to /graphql. */
export function postGraphQL(h: Harness, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return raw(h, 'POST', '/graphql', {
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The whole response as text, the message of an `expect` so a failing case shows what came back. */
export function describeResponse(res: RawResponse): string {
  return `HTTP ${res.status}\n${res.text.slice(0, 4000)}`;
}
