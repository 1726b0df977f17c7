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

export function partyView(owner: CustomerModel, id: string | null): AssociatedPartyView | null {
  if (!id || owner.type !== 'BUSINESS') return null;
  const party = owner.associatedParties.find((p) => p.id === id);
  return party ? { ...party, owner } : null;
}
