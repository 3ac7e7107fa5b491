import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react';

import { LOCALE_COOKIE } from '#contract/boot.ts';
import type { Locale, Localized } from '#contract/schemas.ts';

import type { MessageArgs } from './message-vars.ts';
import { en } from './messages-en.ts';
import { fr, type MessageKey } from './messages-fr.ts';
import { frameStorageKey } from './mock-frame.ts';
import { useHydrated } from './use-hydrated.ts';

type Catalog = Partial<Record<MessageKey, string>>;

/** An area's strings in both languages, as its catalogue module exports them. */
export interface AreaMessages {
  fr: Catalog;
  en: Catalog;
}

/**
 * The strings `t()` can find: the core's from the first load, then each area's as
 * its route registers them (`message-areas.ts`, decision 026).
 */
const catalogs: Record<Locale, Catalog> = { fr: { ...fr }, en: { ...en } };

/** Adds an area's strings in both languages; registering the same area again changes nothing. */
export function registerMessages(area: AreaMessages): void {
  Object.assign(catalogs.fr, area.fr);
  Object.assign(catalogs.en, area.en);
}

/** Tests start from the core alone, as a first visit does. */
export function resetMessagesForTests(): void {
  catalogs.fr = { ...fr };
  catalogs.en = { ...en };
}

/**
 * A string of the visitor's language. An area's string asked before its catalogue
 * was registered is a bug (its route awaits the catalogue): it throws, so the route's
 * error element shows instead of a raw key.
 */
function template(locale: Locale, key: MessageKey): string {
  const found = catalogs[locale][key];
  if (found === undefined) {
    throw new Error(`No "${key}" message in ${locale}: its area's catalogue is not loaded.`);
  }
  return found;
}

/** Where the visitor's language choice is kept. */
export const LOCALE_STORAGE_KEY = 'parcours.locale';
/** A flow board's frame keeps its own language (decision 031); production, the bare key. */
const localeKey = () =>
  import.meta.env.VITE_MOCK_API ? frameStorageKey(LOCALE_STORAGE_KEY) : LOCALE_STORAGE_KEY;

type Vars = Record<string, string | number>;

/**
 * Intl objects cost far more to build than to use (a springboard of tiles formats
 * hundreds of strings): one of each per language, made on first use.
 */
const intlCache = new Map<Locale, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();
function intlFor(locale: Locale) {
  let intl = intlCache.get(locale);
  if (!intl) {
    intl = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    intlCache.set(locale, intl);
  }
  return intl;
}

/**
 * Formats the small ICU subset the catalogue uses: `{name}` and
 * `{count, plural, =0 {none} one {# x} other {# xs}}` with Intl plural rules (an
 * exact `=N` branch wins over the language's category, as in ICU).
 */
export function format(locale: Locale, template: string, vars: Vars = {}): string {
  // Most strings have nothing to fill in.
  if (!template.includes('{')) return template;
  const { plural: rules, number } = intlFor(locale);
  const withPlurals = template.replace(
    /\{(\w+), plural, ((?:=?\w+ \{[^}]*\}\s*)+)\}/g,
    (_, name: string, branches: string) => {
      const value = Number(vars[name] ?? 0);
      const options = Object.fromEntries(
        [...branches.matchAll(/(=?\w+) \{([^}]*)\}/g)].map((m) => [m[1], m[2]]),
      );
      const branch = options[`=${value}`] ?? options[rules.select(value)] ?? options.other ?? '';
      return branch.replace(/#/g, number.format(value));
    },
  );
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The language the visitor chose on this device, if any. */
function storedLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(localeKey());
    if (stored === 'fr' || stored === 'en') return stored;
  } catch {
    // Storage may be disabled.
  }
  return null;
}

/**
 * Tells the server the language, so the next page it renders is already in it
 * (contract/boot.ts). A year, for the whole site; no secret in it.
 */
function rememberForServer(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

function detectLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const language of navigator.languages ?? [navigator.language]) {
    const base = language.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A message in the visitor's language; its variables are checked by the compiler. */
  t: <K extends MessageKey>(key: K, ...vars: MessageArgs<K>) => string;
  /** Picks the visitor's language from content that carries both. */
  text: (value: Localized) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  children,
  initialLocale,
  serverRendered = false,
}: {
  children: ReactNode;
  initialLocale?: Locale;
  /**
   * The page was rendered by the server in `initialLocale`: hydrate in it, then follow
   * the language stored on this device if it differs (a cookie the server had not).
   */
  serverRendered?: boolean;
}) {
  const [chosen, setLocaleState] = useState<Locale>(() =>
    serverRendered && initialLocale
      ? (storedLocale() ?? initialLocale)
      : (initialLocale ?? detectLocale()),
  );
  // Hydrating, the server's language; from the next render on, the device's choice.
  const hydrated = useHydrated();
  const locale = serverRendered && initialLocale && !hydrated ? initialLocale : chosen;

  useEffect(() => {
    document.documentElement.lang = locale;
    rememberForServer(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(localeKey(), next);
    } catch {
      // Not remembered when storage is unavailable; the switch still applies.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, ...[vars]) => format(locale, template(locale, key), vars),
      text: (localized) => localized[locale],
    }),
    [locale, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
