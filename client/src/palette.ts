// The one palette of the extension: a colour per label (Okabe–Ito hues, colour-blind safe) as theme colours users can override.
import * as vscode from 'vscode';

export type LabelGroup = 'person' | 'location' | 'organization' | 'misc' | 'date' | 'quote';

export const GROUPS: LabelGroup[] = ['person', 'location', 'organization', 'misc', 'date', 'quote'];

export const GROUP_TITLES: Record<LabelGroup, string> = {
  person: 'Person', location: 'Location', organization: 'Organization', misc: 'Miscellaneous', date: 'Date / time', quote: 'Quotation',
};

/** The label an annotation carries, mapped to the colour group it is drawn in (all time types share one). */
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

/** Theme colour ids contributed in package.json (`contributes.colors`); `workbench.colorCustomizations` overrides them. */
export function borderColor(g: LabelGroup): vscode.ThemeColor {
  return new vscode.ThemeColor(`arabicNews.${g}Border`);
}

export function backgroundColor(g: LabelGroup): vscode.ThemeColor {
  return new vscode.ThemeColor(`arabicNews.${g}Background`);
}

interface ColourContribution { id: string; defaults: Record<string, string> }
let contributed: ColourContribution[] = [];

/** The manifest's `contributes.colors`: the one place the default colours are written down. */
export function usePaletteFrom(packageJSON: { contributes?: { colors?: ColourContribution[] } }): void {
  contributed = packageJSON.contributes?.colors ?? [];
}

/** A literal colour for places that cannot take a theme colour (the hover's swatch): the default for the theme kind. */
export function swatchColor(g: LabelGroup, kind: vscode.ColorThemeKind): string {
  const k = kind === vscode.ColorThemeKind.Light ? 'light' : kind === vscode.ColorThemeKind.HighContrastLight ? 'highContrastLight'
    : kind === vscode.ColorThemeKind.HighContrast ? 'highContrast' : 'dark';
  return contributed.find((c) => c.id === `arabicNews.${g}Border`)?.defaults[k] ?? '#888888';
}
