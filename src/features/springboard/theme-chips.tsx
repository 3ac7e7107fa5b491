import { Link } from 'react-router';

import { homePath } from '#contract/pages.ts';
import type { Theme } from '#contract/schemas.ts';
import { ThemeChip } from '#src/components/ui/theme-chip.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

/** Theme filters are links: the filter lives in the URL (`?theme=`), shareable. */
export function ThemeChips({ themes, selected }: { themes: Theme[]; selected: string | null }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('springboard.themes')} className="theme-chips">
      <ul>
        <li>
          <Link
            to="."
            replace
            preventScrollReset
            className="chip"
            aria-current={selected === null ? 'page' : undefined}
          >
            {t('springboard.allThemes')}
          </Link>
        </li>
        {themes.map((theme) => (
          <li key={theme.slug}>
            <ThemeChip
              theme={theme}
              to={homePath(theme.slug)}
              replace
              preventScrollReset
              current={selected === theme.slug}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}
