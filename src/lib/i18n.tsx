import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { LOCALE_COOKIE } from '#contract/boot.ts';
import type { Locale, Localized } from '#contract/schemas.ts';

import type { MessageArgs } from './message-vars.ts';
import { fr, type MessageKey } from './messages-fr.ts';
import { frameStorageKey } from './mock-frame.ts';
import { showNotice } from './notice.ts';
import { useHydrated } from './use-hydrated.ts';

type Catalog = Partial<Record<MessageKey, string>>;

/** An area's strings in both languages, as its catalogue module exports them. */
export interface AreaMessages {
  fr: Catalog;
  en: Catalog;
}

/**
 * The strings `t()` can find: the core's (French from the first load, English once
 * asked for, decision 041), then each area's as its route registers them
 * (`message-areas.ts`, decision 026).
 */
const catalogs: Record<Locale, Catalog> = { fr: { ...fr }, en: {} };

/**
 * The core strings each visitor downloads in one language only: French comes with the
 * first load (the site's default), English is its own chunk, loaded before the app
 * draws in it (`main.tsx`; the server preloads it for a page it draws in English) or
 * when the visitor switches to it. The entry says how it comes
 * (`english-messages.ts`): its dynamic import stays in the entry's chunk.
 */
const coreLoaders: Partial<Record<Locale, () => Promise<Catalog>>> = {};

/** How a language's core strings come when asked for. */
export function setCoreMessagesLoader(locale: Locale, load: () => Promise<Catalog>): void {
  coreLoaders[locale] = load;
}
const coreLoaded = new Set<Locale>(['fr']);

/** The language's core strings are here: `t()` can draw in it. */
export function hasCoreMessages(locale: Locale): boolean {
  return coreLoaded.has(locale);
}

/** Adds a language's core strings (the server's renderer and tests have them at hand). */
export function provideCoreMessages(locale: Locale, catalog: Catalog): void {
  // Areas registered before keep their strings: the core only adds its own.
  catalogs[locale] = { ...catalog, ...catalogs[locale] };
  coreLoaded.add(locale);
}

/** Loads a language's core strings if they are not here yet; rejects when the chunk cannot come. */
export async function loadCoreMessages(locale: Locale): Promise<void> {
  if (coreLoaded.has(locale)) return;
  const load = coreLoaders[locale];
  if (!load) throw new Error(`No way to load the ${locale} strings`);
  provideCoreMessages(locale, await load());
}

/** Adds an area's strings in both languages; registering the same area again changes nothing. */
export function registerMessages(area: AreaMessages): void {
  Object.assign(catalogs.fr, area.fr);
  Object.assign(catalogs.en, area.en);
}

/**
 * Tests start from the core alone, as a first visit does: with English at hand when
 * given, else as the first load has it (French only).
 */
export function resetMessagesForTests(english?: Catalog): void {
  catalogs.fr = { ...fr };
  catalogs.en = {};
  coreLoaded.clear();
  coreLoaded.add('fr');
  if (english) provideCoreMessages('en', english);
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
 * hundreds of strings): one of each per language, made on first use. A number
 * format is the dearest by far: the first one a page builds loads the language's
 * number data, 30–60 ms of a tablet's main thread in the first render (126–255 ms at
 * 4× CPU in Chromium). A whole number under a thousand is written the same in
 * every language the app speaks, so the first screen's counts ("12 cards") never
 * build one.
 */
const pluralCache = new Map<Locale, Intl.PluralRules>();
const numberCache = new Map<Locale, Intl.NumberFormat>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralCache.set(locale, rules);
  }
  return rules;
}
function formatNumber(locale: Locale, value: number): string {
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  let number = numberCache.get(locale);
  if (!number) {
    number = new Intl.NumberFormat(locale);
    numberCache.set(locale, number);
  }
  return number.format(value);
}

/**
 * Formats the small ICU subset the catalogue uses: `{name}` and
 * `{count, plural, =0 {none} one {# x} other {# xs}}` with Intl plural rules (an
 * exact `=N` branch wins over the language's category, as in ICU).
 */
export function format(locale: Locale, template: string, vars: Vars = {}): string {
  // Most strings have nothing to fill in.
  if (!template.includes('{')) return template;
  const withPlurals = template.replace(
    /\{(\w+), plural, ((?:=?\w+ \{[^}]*\}\s*)+)\}/g,
    (_, name: string, branches: string) => {
      const value = Number(vars[name] ?? 0);
      const options = Object.fromEntries(
        [...branches.matchAll(/(=?\w+) \{([^}]*)\}/g)].map((m) => [m[1], m[2]]),
      );
      const branch =
        options[`=${value}`] ?? options[pluralRules(locale).select(value)] ?? options.other ?? '';
      return branch.replace(/#/g, formatNumber(locale, value));
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

/**
 * The languages the app may draw in as it starts: the page's (`<html lang>`, which the
 * server sets on a page it drew) and the device's (chosen here before, or the
 * browser's). `main.tsx` loads both before the first render.
 */
export function startingLocales(): Locale[] {
  const page: Locale = document.documentElement.lang === 'en' ? 'en' : 'fr';
  return [...new Set([page, detectLocale()])];
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
  const wanted = serverRendered && initialLocale && !hydrated ? initialLocale : chosen;
  // A language whose strings could not come (offline, its chunk never cached): French,
  // which the first load always has, rather than a page of missing strings.
  const locale = hasCoreMessages(wanted) ? wanted : 'fr';
  // Asked for before its strings came (the flow board's own page, a language set after
  // the app started): fetched, then drawn in it.
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (hasCoreMessages(wanted)) return;
    let live = true;
    loadCoreMessages(wanted).then(
      () => live && setArrived((count) => count + 1),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted]);

  const shownLocale = useRef(locale);
  useEffect(() => {
    shownLocale.current = locale;
    document.documentElement.lang = locale;
    rememberForServer(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    const apply = () => {
      setLocaleState(next);
      try {
        window.localStorage.setItem(localeKey(), next);
      } catch {
        // Not remembered when storage is unavailable; the switch still applies.
      }
    };
    if (hasCoreMessages(next)) {
      apply();
      return;
    }
    // The other language's strings are a chunk of their own: switch once they came.
    // Offline without them (an app never installed), the page stays in its language
    // and says why, in it.
    loadCoreMessages(next).then(apply, () => {
      const shown = shownLocale.current;
      showNotice(format(shown, template(shown, 'error.network')));
    });
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
