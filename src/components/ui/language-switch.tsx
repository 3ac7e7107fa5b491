import { useI18n } from '#src/lib/i18n.tsx';

/**
 * The button that switches between French and English, named in the language it
 * switches to. Every shell (the stories, In Movement, the account pages) draws it
 * with its own class.
 */
export function LanguageSwitch({ className }: { className: string }) {
  const { t, locale, setLocale } = useI18n();
  const other = locale === 'fr' ? 'en' : 'fr';
  return (
    <button
      type="button"
      className={className}
      lang={other}
      aria-label={t('lang.switchLabel')}
      onClick={() => setLocale(other)}
    >
      {t('lang.switch')}
    </button>
  );
}
