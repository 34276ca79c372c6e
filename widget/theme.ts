// Theme options a publisher passes to embed.js as data- attributes, which reach
// the frame as query params (?theme=dark&accent=%23c2410c). Pure: used by the
// Worker (server render) and by embed.js.

export type ThemeName = 'light' | 'dark' | 'auto';

export function parseTheme(value: string | null | undefined): ThemeName {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** Accepts "#rgb" or "#rrggbb" (the "#" optional); returns "#rrggbb" lower-case, or null. */
export function parseAccent(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m?.[1]) return null;
  const hex = m[1].toLowerCase();
  return '#' + (hex.length === 3 ? hex.replace(/./g, (d) => d + d) : hex);
}

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour for a button filled with `accent`: whichever of near-black/white reads better. */
export function onAccent(accent: string): string {
  const dark = '#111111';
  return contrastRatio(accent, dark) >= contrastRatio(accent, '#ffffff') ? dark : '#ffffff';
}

/** The one CSS rule an accent needs (custom properties only; values are validated hex). */
export function accentCss(accent: string): string {
  return `:root{--wsi-custom-accent:${accent};--wsi-custom-on-accent:${onAccent(accent)}}`;
}
