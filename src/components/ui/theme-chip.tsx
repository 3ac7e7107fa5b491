import { Link, type LinkProps } from 'react-router';

import type { Theme } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

type Props = Omit<LinkProps, 'className' | 'style' | 'children'> & {
  theme: Theme;
  /** This chip names the page or filter shown now. */
  current?: boolean;
};

/** A theme as a chip: its colour dot and name, linking wherever the caller says. */
export function ThemeChip({ theme, current = false, ...link }: Props) {
  const { text } = useI18n();
  return (
    <Link
      {...link}
      className="chip"
      style={{ '--chip-color': theme.color } as React.CSSProperties}
      aria-current={current ? 'page' : undefined}
    >
      <span className="chip__dot" aria-hidden="true" />
      {text(theme.name)}
    </Link>
  );
}
