import type { DeskRequestFragment } from '../gql/graphql.js';

/** One requested value, with whom it concerns. */
export interface MissingField {
  /** The party it is about, `null` when it is about the customer itself. */
  readonly party: { readonly id: string; readonly email?: string | null } | null;
  /** The document asked for, `null` for a plain data field. */
  readonly documentType: string | null;
  readonly name: string;
  readonly status: string;
  /** Why the value is not accepted; `null` when it is simply missing. */
  readonly reason: string | null;
  readonly side: string | null;
}

/** The requests for information of one section, flattened to their fields. */
export interface RequestSection {
  /** The provider's section name, e.g. `proof_of_identity`. */
  readonly section: string;
  /** The same in words, e.g. `Proof of identity`. */
  readonly title: string;
  readonly fields: readonly MissingField[];
}

/**
 * Groups requests for information by section, in the order sections first appear, merging the
 * requests that share a section (one per associated party, say) so each section is listed once with
 * every field still missing and its reason.
 */
export function groupRequestsBySection(requests: readonly DeskRequestFragment[]): RequestSection[] {
  const sections = new Map<string, MissingField[]>();
  for (const request of requests) {
    const fields = sections.get(request.section) ?? [];
    sections.set(request.section, fields);
    const party = request.associatedParty ?? null;
    for (const category of request.categories) {
      for (const field of category.fields) {
        fields.push({
          party,
          documentType: category.documentType ?? null,
          name: field.name,
          status: field.status,
          reason: field.reason ?? null,
          side: field.side ?? null,
        });
      }
    }
  }
  return [...sections].map(([section, fields]) => ({ section, title: humanize(section), fields }));
}

/** `proof_of_identity` or `PROOF_OF_ADDRESS` → `Proof of identity` / `Proof of address`. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}
