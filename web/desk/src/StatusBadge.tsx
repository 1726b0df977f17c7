import type { OnboardingStatus } from './gql/graphql.js';
import { STATUS_LABEL } from './logic/status.js';

/** A status in words, coloured by urgency (the colour repeats what the words say, never replaces them). */
export function StatusBadge({ status }: { readonly status: OnboardingStatus }) {
  return (
    <span className="status" data-status={status}>
      {STATUS_LABEL[status]}
    </span>
  );
}
