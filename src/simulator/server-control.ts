import type { FastifyInstance } from 'fastify';
import { UserInputError } from '../model/errors.js';
import { parseCustomerId } from '../providers/ids.js';
import type { Simulators } from './index.js';
import { simulatorModuleFor } from './registry.js';
import { parseChange } from './webhooks.js';

/**
 * With the embedded simulator (`npm start`), `POST /__simulator/customers/{id}/changes` on the
 * server's own port, so the README's one `curl` needs no simulator port: the id (global or raw, as
 * `customer(id:)` takes it) names the provider, whose simulator applies the change, serves it from
 * then on and sends its signed webhook back to this server. The same route exists on each simulated
 * provider (webhooks.ts).
 */
export function installSimulatorControl(app: FastifyInstance, sims: Simulators): void {
  app.post<{ Params: { id: string } }>('/__simulator/customers/:id/changes', async (request, reply) => {
    const change = parseChange(typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? {}));
    if (typeof change === 'string') return reply.code(422).send({ error: change });
    let ref;
    try {
      ref = parseCustomerId(request.params.id);
    } catch (err) {
      if (err instanceof UserInputError) return reply.code(422).send({ error: err.message });
      throw err;
    }
    const sim = sims[simulatorModuleFor(ref.provider).key];
    const result = sim.changeCustomer(ref.providerId, change);
    if (!result) return reply.code(404).send({ error: 'No such customer.' });
    if ('invalid' in result) return reply.code(422).send({ error: result.invalid });
    return reply.code(200).send({ provider: ref.provider, customer: result.document });
  });
}
