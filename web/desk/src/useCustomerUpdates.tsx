import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from './gql/index.js';
import type { DeskRowFragment } from './gql/graphql.js';

// Every customer the providers signal a change for. The payload is a table row's fragment: the
// normalised cache writes it over the row (same `id`), which is what updates the table in place.
const DeskCustomerUpdatedSubscription = graphql(`
  subscription DeskCustomerUpdated {
    customerUpdated {
      ...DeskRow
    }
  }
`);

/**
 * Subscribes to `customerUpdated` for as long as the desk is open and calls `onUpdate` with each
 * changed customer (after the cache has it). Errors are left to the socket's reconnect loop and the
 * live indicator; the tables keep working without live updates.
 */
export function useCustomerUpdates(onUpdate: (customer: DeskRowFragment) => void): void {
  const latest = useRef(onUpdate);
  latest.current = onUpdate;
  useSubscription(DeskCustomerUpdatedSubscription, {
    onData: ({ data }) => {
      const customer = data.data?.customerUpdated;
      if (customer) latest.current(customer);
    },
  });
}
