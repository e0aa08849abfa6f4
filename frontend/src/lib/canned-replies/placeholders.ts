/** What a canned reply's placeholders are filled with when it is inserted. */
export interface PlaceholderValues {
  contactName: string | null;
  contactPhone: string | null;
  agentName: string;
}

const PLACEHOLDER = /\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/gi;

/**
 * The reply's text with `{{contact.name}}`, `{{contact.phone}}` and `{{agent.name}}` filled in (a
 * value the contact lacks becomes empty); any other `{{…}}` stays as typed, so a typo is seen, not lost.
 */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  const known: Record<string, string> = {
    'contact.name': values.contactName ?? '',
    'contact.phone': values.contactPhone ?? '',
    'agent.name': values.agentName,
  };
  return body.replace(PLACEHOLDER, (whole, name: string) => known[name.toLowerCase()] ?? whole);
}
