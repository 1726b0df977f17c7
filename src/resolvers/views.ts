import type {
  AssociatedPartyModel,
  BusinessCustomerModel,
  CustomerModel,
  InformationRequestModel,
  PartyRejectionModel,
  RejectionModel,
} from '../model/customer.js';

// Nested objects carry the customer they belong to, so a request for information can resolve
// the party it names and a party can find its own requests, with no extra call.

export type AssociatedPartyView = AssociatedPartyModel & { readonly owner: BusinessCustomerModel };
export type InformationRequestView = InformationRequestModel & { readonly owner: CustomerModel };
export type RejectionView = RejectionModel & { readonly owner: CustomerModel };
export type PartyRejectionView = PartyRejectionModel & { readonly owner: CustomerModel };

/** A nested object with the customer that owns it (Object.assign: spreads are slow on Node 20). */
export function view<T extends object, O extends CustomerModel>(item: T, owner: O): T & { readonly owner: O } {
  return Object.assign({ owner }, item);
}

export function partyView(owner: CustomerModel, id: string | null): AssociatedPartyView | null {
  if (!id || owner.type !== 'BUSINESS') return null;
  const party = owner.associatedParties.find((p) => p.id === id);
  return party ? view(party, owner) : null;
}
