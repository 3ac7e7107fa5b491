import { Link, useLocation } from 'react-router';
import type { Theme } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

/**
 * Chips to the other themes' pages. Hopping between themes replaces the page, as the
 * springboard's filter does, and keeps the router state: "back to the story" still
 * returns to the story the visitor branched from, one history step away.
 */
export function ThemeNav({ themes, current }: { themes: Theme[]; current: string }) {
  const { t, text } = useI18n();
  const location = useLocation();
  return (
    <nav aria-label={t('theme.others')} className="theme-chips theme-page__chips">
      <ul>
        {themes.map((theme) => (
          <li key={theme.slug}>
            <Link
              to={`/themes/${theme.slug}`}
              replace
              state={location.state}
              className="chip"
              style={{ '--chip-color': theme.color } as React.CSSProperties}
              aria-current={theme.slug === current ? 'page' : undefined}
            >
              <span className="chip__dot" aria-hidden="true" />
              {text(theme.name)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
