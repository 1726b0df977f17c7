import type {
  AssociatedPartyResolvers,
  InformationRequestResolvers,
  PartyRejectionResolvers,
  RejectionResolvers,
} from '../generated/resolvers.js';
import { partyView, view } from './views.js';

// Nested objects resolve against the customer that owns them (see views.ts): no extra calls.

export const AssociatedParty: AssociatedPartyResolvers = {
  requestForInformation: (party) =>
    party.owner.requestForInformation.filter((r) => r.associatedPartyId === party.id).map((r) => view(r, party.owner)),
  rejection: (party) => {
    const own = party.owner.rejection?.associatedParties.find((r) => r.associatedPartyId === party.id);
    return own ? view(own, party.owner) : null;
  },
};

export const InformationRequest: InformationRequestResolvers = {
  associatedParty: (request) => partyView(request.owner, request.associatedPartyId),
};

export const Rejection: RejectionResolvers = {
  associatedParties: (rejection) => rejection.associatedParties.map((r) => view(r, rejection.owner)),
};

export const PartyRejection: PartyRejectionResolvers = {
  associatedParty: (rejection) => partyView(rejection.owner, rejection.associatedPartyId),
};
