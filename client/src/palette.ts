// The one palette of the extension: a colour per label (Okabe–Ito hues, colour-blind safe) as theme colours users can override.
import * as vscode from 'vscode';
import type { LabelGroup } from './labelGroups';

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
