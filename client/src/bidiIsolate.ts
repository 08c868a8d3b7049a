// Keeps right-to-left text in one piece inside a left-to-right list row (tree views, outline, quick picks).

/** Wraps text holding Hebrew or Arabic letters in first-strong isolates (FSI … PDI); other text is returned as is. */
export function isolate(s: string): string {
  return /[\u0590-\u08FF]/.test(s) && !s.startsWith('\u2068') ? `\u2068${s}\u2069` : s;
}
