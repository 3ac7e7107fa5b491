/**
 * Text on a theme's colour must stay readable whatever colour the editors pick
 * (WCAG AA: 4.5:1). Pure black or pure white always reaches it on one side: the
 * worst colour (relative luminance ≈ 0.18) still gives ~4.58:1 with either.
 */

/** WCAG relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

export const LIGHT_INK = '#ffffff';
export const DARK_INK = '#000000';

/** The text colour that reads best on `background`. */
export function inkOn(background: string): typeof LIGHT_INK | typeof DARK_INK {
  return contrastRatio(background, LIGHT_INK) >= contrastRatio(background, DARK_INK)
    ? LIGHT_INK
    : DARK_INK;
}
