import { useI18n } from '#src/lib/i18n.tsx';
import { useTabTitle } from '#src/lib/use-document-title.ts';

/**
 * Names the tab after the page and the platform ("Page — In Movement"): never the
 * group's brand, which the stories' titles carry. On a page the server draws, its
 * HTML's `<title>` already says so.
 */
export function useImTitle(title: string | null): void {
  const { t } = useI18n();
  const name = t('im.name');
  useTabTitle(title ? `${title} — ${name}` : name);
}
