import { useEffect } from 'react';

import { useI18n } from '#src/lib/i18n.tsx';

/**
 * Names the tab after the page and the platform ("Page — In Movement"): never the
 * group's brand, which the stories' titles carry.
 */
export function useImTitle(title: string | null): void {
  const { t } = useI18n();
  const name = t('im.name');
  useEffect(() => {
    document.title = title ? `${title} — ${name}` : name;
  }, [title, name]);
}
