// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { BOOT_ELEMENT_ID } from '../../contract/boot.ts';
import type { StoryList } from '../../contract/schemas.ts';
import { pageBootKey, pageBootMarkup, pageDataVersion, preparePage } from './page-boot.ts';
import { pageLocale } from './page-locale.ts';

const hostileTitle = '</script><script>alert(1)</script><!-- \u2028';
const list: StoryList = {
  items: [
    {
      slug: 'a',
      title: { fr: hostileTitle, en: hostileTitle },
      summary: { fr: 's', en: 's' },
      kind: 'visual',
      themes: [],
      cover: {
        src: '/media/a.webp',
        sources: [{ type: 'image/avif', srcset: '/media/a-480.avif 480w' }],
        width: 10,
        height: 10,
        alt: { fr: 'a', en: 'a' },
        color: '#000000',
      },
      tile: 'large',
      publishedAt: '2024-01-01',
      cardCount: 1,
    },
  ],
  nextCursor: null,
};

describe('page boot markup', () => {
  it('keeps hostile content inside its JSON: nothing closes the element or runs', async () => {
    const markup = await pageBootMarkup(new URL('http://x/'), async (url) =>
      url === '/api/stories' ? list : undefined,
    );
    const open = `<script type="application/json" id="${BOOT_ELEMENT_ID}">`;
    const body = markup.slice(markup.indexOf(open) + open.length, markup.lastIndexOf('</script>'));
    expect(body).not.toContain('<');
    expect(JSON.parse(body)).toEqual({ '/api/stories': list });
    expect(markup.match(/<script/g)).toHaveLength(1);
  });

  it('carries nothing for pages other than the springboard and stories', async () => {
    const fetchApi = async () => list;
    expect(await pageBootMarkup(new URL('http://x/search?q=a'), fetchApi)).toBe('');
    expect(pageBootKey(new URL('http://x/parcours/abc'))).toBeNull();
    expect(pageBootKey(new URL('http://x/stories/%E0%A4%A/1'))).toBeNull();
    expect(pageBootKey(new URL('http://x/stories/a/1'))).not.toBe(
      pageBootKey(new URL('http://x/stories/a/2')),
    );
  });

  it('treats a story without a card as its first card, the canonical page (decision 009)', () => {
    expect(pageBootKey(new URL('http://x/stories/a'))).toBe(
      pageBootKey(new URL('http://x/stories/a/1')),
    );
  });

  it('serves the shell alone when the API answers nothing', async () => {
    expect(await pageBootMarkup(new URL('http://x/'), async () => undefined)).toBe('');
  });

  it('keeps the path page apart from the springboard, though they carry the same answers', () => {
    expect(pageBootKey(new URL('http://x/parcours'))).not.toBe(pageBootKey(new URL('http://x/')));
  });
});

describe('what a page’s cached markup depends on', () => {
  const contentVersion = async () => 7;

  it('is the content version for the visitors’ pages', async () => {
    const fetchApi = async () => list;
    for (const path of ['/', '/stories/a/1', '/parcours']) {
      expect(await pageDataVersion(new URL(`http://x${path}`), fetchApi, contentVersion)).toBe('7');
    }
  });

  it('is In Movement’s answers themselves, which move with every contribution', async () => {
    const url = new URL('http://x/in-movement');
    let debates: unknown = { items: [], nextCursor: null };
    const asked: string[] = [];
    const fetchApi = async (path: string) => {
      asked.push(path);
      return path === '/api/in-movement/debates' ? debates : { items: [] };
    };
    const before = await pageDataVersion(url, fetchApi, contentVersion);
    expect(await pageDataVersion(url, fetchApi, contentVersion)).toBe(before);
    debates = { items: [{ slug: 'new' }], nextCursor: null };
    expect(await pageDataVersion(url, fetchApi, contentVersion)).not.toBe(before);
    expect(asked).toContain('/api/in-movement/themes');
    expect(pageBootKey(new URL('http://x/in-movement?theme=a'))).not.toBe(pageBootKey(url));
  });
});

describe('one page request', () => {
  it('reads each of In Movement’s answers once, for its key and its markup alike', async () => {
    const asked: string[] = [];
    const fetchApi = async (path: string) => {
      asked.push(path);
      return { items: [], nextCursor: null };
    };
    const page = await preparePage(new URL('http://x/in-movement'), new Headers(), {
      fetchApi,
      contentVersion: async () => 7,
      renderer: null,
      onRenderError: () => undefined,
    });
    expect(page?.key).toContain('/api/in-movement/debates');
    expect(await page?.markup()).toMatchObject({ head: expect.stringContaining('debates') });
    expect(asked.sort()).toEqual(['/api/in-movement/debates', '/api/in-movement/themes']);
  });

  it('is the plain shell for a page that carries and preloads nothing', async () => {
    const page = await preparePage(new URL('http://x/search'), new Headers(), {
      fetchApi: async () => undefined,
      contentVersion: async () => 7,
      renderer: null,
      onRenderError: () => undefined,
    });
    expect(page).toBeNull();
  });
});

describe('the language a page is rendered in', () => {
  const locale = (headers: Record<string, string>) => pageLocale(new Headers(headers));

  it('is the visitor’s choice, else their browser’s first language we speak, else French', () => {
    expect(locale({ cookie: 'a=1; parcours.locale=en', 'accept-language': 'fr' })).toBe('en');
    expect(locale({ cookie: 'parcours.locale=de', 'accept-language': 'en-GB,fr;q=0.9' })).toBe(
      'en',
    );
    expect(locale({ 'accept-language': 'de-DE, fr;q=0.4, en;q=0.8' })).toBe('en');
    expect(locale({ 'accept-language': 'de-DE, en;q=0' })).toBe('fr');
    expect(locale({})).toBe('fr');
  });
});
