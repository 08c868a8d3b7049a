// The six colour groups annotations are drawn in (all time types share one): pure, so the webview uses it too.

export type LabelGroup = 'person' | 'location' | 'organization' | 'misc' | 'date' | 'quote';

export const GROUPS: LabelGroup[] = ['person', 'location', 'organization', 'misc', 'date', 'quote'];

export const GROUP_TITLES: Record<LabelGroup, string> = {
  person: 'Person', location: 'Location', organization: 'Organization', misc: 'Miscellaneous', date: 'Date / time', quote: 'Quotation',
};

export function groupOf(label: string): LabelGroup {
  switch (label) {
    case 'PERSON': return 'person';
    case 'LOCATION': return 'location';
    case 'ORGANIZATION': return 'organization';
    case 'MISC': return 'misc';
    case 'QUOTE': return 'quote';
    default: return 'date';
  }
}
