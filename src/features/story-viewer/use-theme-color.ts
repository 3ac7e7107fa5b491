import { useQuery } from '@tanstack/react-query';

import { themeListOptions } from '#src/api/themes.ts';

/** Shown until the themes are known, and for a theme without a colour. */
const FALLBACK = '#3a4250';

/** The colour of a theme (a story's first), read through the themes query. */
export function useThemeColor(slug: string | undefined): string {
  const { data } = useQuery({
    ...themeListOptions(),
    select: (list) => list.items.find((theme) => theme.slug === slug)?.color,
  });
  return data ?? FALLBACK;
}
