import { useLocation } from 'react-router';

import { themePath } from '#contract/pages.ts';
import type { Theme } from '#contract/schemas.ts';
import { ThemeChip } from '#src/components/ui/theme-chip.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

/**
 * Chips to the other themes' pages. Hopping between themes replaces the page, as the
 * springboard's filter does, and keeps the router state: "back to the story" still
 * returns to the story the visitor branched from, one history step away.
 */
export function ThemeNav({ themes, current }: { themes: Theme[]; current: string }) {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <nav aria-label={t('theme.others')} className="theme-chips theme-page__chips">
      <ul>
        {themes.map((theme) => (
          <li key={theme.slug}>
            <ThemeChip
              theme={theme}
              to={themePath(theme.slug)}
              replace
              state={location.state}
              current={theme.slug === current}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}
