import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

// The README's table of example ids states what each answers; it must stay what the simulator says.

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** Rows `| provider | `id` | STATUS (`providerStatus`) | … |` of the example-id table. */
const rows = [...README.matchAll(/^\| [A-Za-z.]+ +\| `([^`]+)` +\| ([A-Z_]+)(?: \(`([^`]+)`\))? +\|/gm)].map(
  ([, id, status, providerStatus]) => ({
    id: id as string,
    status: status as string,
    providerStatus: providerStatus ?? status,
  }),
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe("README's example ids", () => {
  it('lists seven', () => {
    expect(rows).toHaveLength(7);
  });

  it.each(rows)('$id answers $status ($providerStatus)', async ({ id, status, providerStatus }) => {
    const data = await h.data<{ customer: { status: string; providerStatus: string } }>(
      `{ customer(id: "${id}") { status providerStatus } }`,
    );
    expect(data.customer).toEqual({ status, providerStatus });
  });
});
