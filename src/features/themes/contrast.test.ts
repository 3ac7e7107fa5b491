import { describe, expect, it } from 'vitest';

import { demoDataset } from '#mocks/data.ts';

import { contrastRatio, DARK_INK, inkOn, LIGHT_INK } from './contrast.ts';

describe('ink on a theme colour', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('picks white on dark colours and black on light ones', () => {
    expect(inkOn('#1a1a1a')).toBe(LIGHT_INK);
    expect(inkOn('#f4e04d')).toBe(DARK_INK);
  });

  it('reaches 4.5:1 on every demo theme', () => {
    for (const theme of demoDataset.themes) {
      expect(contrastRatio(theme.color, inkOn(theme.color))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('reaches 4.5:1 on any colour', () => {
    // A coarse sweep of the RGB cube, mid-greys included: the worst case for both inks.
    const steps = [0, 0x33, 0x66, 0x76, 0x77, 0x78, 0x99, 0xcc, 0xff];
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    for (const r of steps)
      for (const g of steps)
        for (const b of steps) {
          const color = `#${hex(r)}${hex(g)}${hex(b)}`;
          expect(contrastRatio(color, inkOn(color)), color).toBeGreaterThanOrEqual(4.5);
        }
  });
});
