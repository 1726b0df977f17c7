/**
 * "A, B or C", as refusal messages list alternatives. Written out rather than `Intl.ListFormat`,
 * whose punctuation depends on the ICU data a Node build carries, and these messages are contract.
 */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
