import { createClient } from 'redis';
import { afterAll, describe, expect, it } from 'vitest';
import { startRedis } from '../helpers/redis-server.js';

describe('redis test helper', () => {
  const servers: Awaited<ReturnType<typeof startRedis>>[] = [];
  afterAll(async () => Promise.all(servers.map((s) => s.stop())));

  it('starts a real redis-server that answers, goes down and comes back on the same port', async () => {
    const server = await startRedis();
    servers.push(server);
    const client = createClient({ url: server.url });
    await client.connect();
    expect(await client.ping()).toBe('PONG');
    await client.quit();
    await server.down();
    await server.up();
    const again = createClient({ url: server.url });
    await again.connect();
    expect(await again.ping()).toBe('PONG');
    await again.quit();
  });
});
