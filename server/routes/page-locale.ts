import { LOCALE_COOKIE } from '../../contract/boot.ts';
import type { Locale } from '../../contract/schemas.ts';

/**
 * The language the server renders a page in: the one the visitor chose (the cookie
 * the client writes), else the first of their browser's languages we speak, else
 * French, as the client would pick it (src/lib/i18n.tsx).
 */
export function pageLocale(headers: Headers): Locale {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === LOCALE_COOKIE && (value === 'fr' || value === 'en')) return value;
  }
  const languages = (headers.get('accept-language') ?? '')
    .split(',')
    .map((entry) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { base: tag.toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { base } of languages) if (base === 'fr' || base === 'en') return base;
  return 'fr';
}
