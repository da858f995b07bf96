/**
 * The pane in Office's theme: Office asks add-ins to follow `Office.context.officeTheme` (dark
 * and high contrast too). Fluent UI has a theme for each: dark when Office's is dark (its own
 * flag, else the body colour's lightness), high contrast when the system forces its colours.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** What Office says of its theme (the part of Office.OfficeTheme read here). */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
}

export type PaneTheme = "light" | "dark" | "highContrast";

/** A colour as "#RRGGBB" is dark when its relative lightness is under half. */
function isDarkColour(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (match === null) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => parseInt(part ?? "0", 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The pane's theme from Office's (undefined outside Office) and whether colours are forced. */
export function paneThemeOf(office: OfficeThemeColours | undefined, forcedColours: boolean): PaneTheme {
  if (forcedColours) return "highContrast";
  if (office === undefined) return "light";
  if (office.isDarkTheme === true) return "dark";
  return office.bodyBackgroundColor !== undefined && isDarkColour(office.bodyBackgroundColor) ? "dark" : "light";
}

export const FLUENT_THEMES: Readonly<Record<PaneTheme, Theme>> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };
