// Semantic token legend shared by the server and the manifest's semanticTokenTypes.
export const TOKEN_TYPES = ['person', 'location', 'organization', 'misc', 'date', 'quotation'] as const;
export const TOKEN_MODIFIERS = ['suggested', 'accepted', 'manual', 'speaker'] as const;
