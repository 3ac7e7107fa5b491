import { describe, expect, it, vi } from 'vitest';

import { format } from './i18n.tsx';
import * as account from './messages-account.ts';
import { en } from './messages-en.ts';
import { fr } from './messages-fr.ts';
import * as inMovement from './messages-in-movement.ts';
import * as pages from './messages-pages.ts';

const catalogues = { core: { fr, en }, inMovement, account, pages };

describe('messages', () => {
  it('has every key in both languages, none empty', () => {
    for (const [name, { fr: french, en: english }] of Object.entries(catalogues)) {
      expect(Object.keys(english).sort(), name).toEqual(Object.keys(french).sort());
      for (const [key, value] of [...Object.entries(french), ...Object.entries(english)]) {
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('keeps In Movement’s and the account pages’ strings out of the core, the first load’s', () => {
    const areaKey = /^(im|imModeration|imCurated|signIn|verify|account)\./;
    expect(Object.keys(fr).filter((key) => areaKey.test(key))).toEqual([]);
    expect(Object.keys(en).filter((key) => areaKey.test(key))).toEqual([]);
    expect(Object.keys(inMovement.fr).every((key) => /^im(Moderation|Curated)?\./.test(key))).toBe(
      true,
    );
    expect(Object.keys(account.fr).every((key) => /^(signIn|verify|account)\./.test(key))).toBe(
      true,
    );
  });
});

describe('format', () => {
  it('fills variables and picks plural forms by language rules', () => {
    expect(format('fr', fr['springboard.count'], { count: 0 })).toBe('0 histoire');
    expect(format('fr', fr['springboard.count'], { count: 1 })).toBe('1 histoire');
    expect(format('fr', fr['springboard.count'], { count: 24 })).toBe('24 histoires');
    expect(format('en', en['springboard.count'], { count: 0 })).toBe('0 stories');
    expect(format('en', en['springboard.count'], { count: 1 })).toBe('1 story');
    expect(format('en', en['viewer.position'], { current: 2, total: 5 })).toBe('2 of 5');
  });

  it('prefers an exact =N branch to the plural category, and leaves a placeholder-free text alone', () => {
    expect(format('fr', fr['path.dockCount'], { count: 0 })).toBe('vide');
    expect(format('fr', fr['path.dockCount'], { count: 1 })).toBe('1 étape');
    expect(format('en', en['path.dockCount'], { count: 0 })).toBe('empty');
    expect(format('en', en['path.dockCount'], { count: 3 })).toBe('3 steps');
    expect(format('fr', fr['path.cardsSeen'], { count: 2, total: 6 })).toBe('2 cartes vues sur 6');
  });

  it('formats numbers the local way', () => {
    expect(format('fr', fr['springboard.count'], { count: 2000 })).toBe('2\u202f000 histoires');
    expect(format('en', en['springboard.count'], { count: 2000 })).toBe('2,000 stories');
    expect(format('fr', fr['springboard.count'], { count: -1500 })).toBe('-1\u202f500 histoires');
    expect(format('en', en['springboard.count'], { count: 2.5 })).toBe('2.5 stories');
    expect(format('fr', fr['springboard.count'], { count: 2.5 })).toBe('2,5 histoires');
  });

  it('writes a whole number under a thousand without building a number format (the dearest Intl object)', async () => {
    // A fresh module: the cases above have filled its caches.
    vi.resetModules();
    const { format: freshFormat } = await import('./i18n.tsx');
    const built = vi.spyOn(Intl, 'NumberFormat');
    try {
      expect(freshFormat('fr', fr['springboard.count'], { count: 999 })).toBe('999 histoires');
      expect(freshFormat('en', en['springboard.count'], { count: 12 })).toBe('12 stories');
      expect(freshFormat('en', en['springboard.count'], { count: -7 })).toBe('-7 stories');
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });
});
