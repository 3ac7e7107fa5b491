import { homePath } from '#contract/pages.ts';
import type { Theme } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { QuietLink } from './quiet-link.tsx';

/**
 * Theme filters are links: the filter lives in the URL (`?theme=`), shareable. Drawn
 * as the shared theme chip (components/ui/theme-chip.tsx) draws them, with links that
 * do not follow the address (quiet-link.tsx): a story's card changes above the
 * springboard re-render none of them.
 */
export function ThemeChips({ themes, selected }: { themes: Theme[]; selected: string | null }) {
  const { t, text } = useI18n();
  return (
    <nav aria-label={t('springboard.themes')} className="theme-chips">
      <ul>
        <li>
          <QuietLink
            to={homePath()}
            replace
            preventScrollReset
            className="chip"
            aria-current={selected === null ? 'page' : undefined}
          >
            {t('springboard.allThemes')}
          </QuietLink>
        </li>
        {themes.map((theme) => (
          <li key={theme.slug}>
            <QuietLink
              to={homePath(theme.slug)}
              replace
              preventScrollReset
              className="chip"
              style={{ '--chip-color': theme.color } as React.CSSProperties}
              aria-current={selected === theme.slug ? 'page' : undefined}
            >
              <span className="chip__dot" aria-hidden="true" />
              {text(theme.name)}
            </QuietLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
