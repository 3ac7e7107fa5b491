import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

import {
  COMMENTARY_MAX,
  CURATED_TITLE_MAX,
  type DebateSummary,
  SIGNAL_KINDS,
  type SignalKind,
} from '#contract/in-movement.ts';
import type { Theme } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';

export interface SignalDraft {
  url: string;
  title: string;
  commentary: string;
  theme: string;
  signal: SignalKind;
  debates: string[];
}

type Field = 'url' | 'title' | 'commentary' | 'theme' | 'debates';

/** The contract's limit on the debates one signal feeds. */
const DEBATES_MAX = 10;

/** Messages that name a limit, and the limit each names. */
const LIMITS = {
  'imCurated.error.titleTooLong': CURATED_TITLE_MAX,
  'imCurated.error.commentaryTooLong': COMMENTARY_MAX,
  'imCurated.error.debatesTooMany': DEBATES_MAX,
} as const;
type LimitKey = keyof typeof LIMITS;
type PlainKey =
  | 'imCurated.error.urlRequired'
  | 'imCurated.error.urlInvalid'
  | 'imCurated.error.titleRequired'
  | 'imCurated.error.commentaryRequired'
  | 'imCurated.error.themeRequired';
type Problems = Partial<Record<Field, LimitKey | PlainKey>>;

function isLimit(key: LimitKey | PlainKey): key is LimitKey {
  return key in LIMITS;
}

const EMPTY: SignalDraft = {
  url: '',
  title: '',
  commentary: '',
  theme: '',
  signal: 'trend',
  debates: [],
};

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The contract's rules (curatedInputSchema), checked before sending, in the curator's words. */
function check(draft: SignalDraft): Problems {
  const problems: Problems = {};
  const url = draft.url.trim();
  if (url === '') problems.url = 'imCurated.error.urlRequired';
  else if (!isWebAddress(url)) problems.url = 'imCurated.error.urlInvalid';
  if (draft.title.trim() === '') problems.title = 'imCurated.error.titleRequired';
  else if (draft.title.length > CURATED_TITLE_MAX) problems.title = 'imCurated.error.titleTooLong';
  if (draft.commentary.trim() === '') problems.commentary = 'imCurated.error.commentaryRequired';
  else if (draft.commentary.length > COMMENTARY_MAX)
    problems.commentary = 'imCurated.error.commentaryTooLong';
  if (draft.theme === '') problems.theme = 'imCurated.error.themeRequired';
  if (draft.debates.length > DEBATES_MAX) problems.debates = 'imCurated.error.debatesTooMany';
  return problems;
}

const FIELD_ORDER: Field[] = ['url', 'title', 'commentary', 'theme', 'debates'];

/**
 * The curators' form to publish a signal in the platform's name. It checks what the
 * server would refuse and says so beside each field; the server's answer decides.
 */
export function PublishForm({
  themes,
  debates,
  sending,
  error,
  onPublish,
}: {
  themes: Theme[];
  debates: DebateSummary[];
  sending: boolean;
  /** Why the last attempt failed (nothing was published). */
  error: MessageKey | null;
  /** Resolves true once published: the form then empties. */
  onPublish: (draft: SignalDraft) => Promise<boolean>;
}) {
  const { t, text } = useI18n();
  const ids = useId();
  const [draft, setDraft] = useState<SignalDraft>(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const set = <K extends keyof SignalDraft>(key: K, value: SignalDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft);
    setProblems(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      const target = formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`);
      target?.focus();
      return;
    }
    const published = await onPublish({ ...draft, url: draft.url.trim() });
    if (published) setDraft(EMPTY);
  };

  // A refusal is said at the top of the form, and focus goes there.
  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const fieldProps = (field: Field) => ({
    'data-field': field,
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby':
      [field === 'url' ? `${ids}-url-hint` : '', problems[field] ? `${ids}-${field}-error` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });
  const problem = (field: Field) => {
    const found = problems[field];
    if (!found) return null;
    return (
      <p id={`${ids}-${field}-error`} className="im-field-error">
        {isLimit(found) ? t(found, { max: LIMITS[found] }) : t(found)}
      </p>
    );
  };
  const problemCount = Object.keys(problems).length;

  return (
    <section className="im-signal-form" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('imCurated.form.title')}</h2>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        {problemCount > 0 ? (
          <p role="alert" className="im-field-error">
            {t('imCurated.form.errors', { count: problemCount })}
          </p>
        ) : null}
        {error ? (
          <p ref={summaryRef} role="alert" tabIndex={-1} className="im-field-error">
            {t(error)}
          </p>
        ) : null}
        <div className="im-signal-form__field">
          <label htmlFor={`${ids}-url`}>{t('imCurated.form.url')}</label>
          <p id={`${ids}-url-hint`} className="im-signal-form__hint">
            {t('imCurated.form.urlHint')}
          </p>
          <input
            id={`${ids}-url`}
            type="url"
            inputMode="url"
            autoComplete="off"
            value={draft.url}
            onChange={(event) => set('url', event.target.value)}
            {...fieldProps('url')}
          />
          {problem('url')}
        </div>
        <div className="im-signal-form__field">
          <label htmlFor={`${ids}-title-field`}>{t('imCurated.form.titleField')}</label>
          <input
            id={`${ids}-title-field`}
            type="text"
            value={draft.title}
            onChange={(event) => set('title', event.target.value)}
            {...fieldProps('title')}
          />
          {problem('title')}
        </div>
        <div className="im-signal-form__field">
          <label htmlFor={`${ids}-commentary`}>{t('imCurated.form.commentary')}</label>
          <textarea
            id={`${ids}-commentary`}
            rows={5}
            value={draft.commentary}
            onChange={(event) => set('commentary', event.target.value)}
            {...fieldProps('commentary')}
          />
          <p className="im-signal-form__hint" aria-live="polite">
            {t('imCurated.form.count', { count: draft.commentary.length, max: COMMENTARY_MAX })}
          </p>
          {problem('commentary')}
        </div>
        <div className="im-signal-form__row">
          <div className="im-signal-form__field">
            <label htmlFor={`${ids}-theme`}>{t('imCurated.form.theme')}</label>
            <select
              id={`${ids}-theme`}
              value={draft.theme}
              onChange={(event) => set('theme', event.target.value)}
              {...fieldProps('theme')}
            >
              <option value="">{t('imCurated.form.chooseTheme')}</option>
              {themes.map((theme) => (
                <option key={theme.slug} value={theme.slug}>
                  {text(theme.name)}
                </option>
              ))}
            </select>
            {problem('theme')}
          </div>
          <div className="im-signal-form__field">
            <label htmlFor={`${ids}-signal`}>{t('imCurated.form.signal')}</label>
            <select
              id={`${ids}-signal`}
              value={draft.signal}
              onChange={(event) => set('signal', event.target.value as SignalKind)}
            >
              {SIGNAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`imCurated.signal.${kind}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {debates.length > 0 ? (
          <fieldset
            className="im-signal-form__debates"
            aria-describedby={problems.debates ? `${ids}-debates-error` : undefined}
          >
            <legend>{t('imCurated.form.debates')}</legend>
            {debates.map((debate, index) => (
              <label key={debate.slug} className="im-signal-form__check">
                <input
                  type="checkbox"
                  {...(index === 0 ? { 'data-field': 'debates' } : {})}
                  checked={draft.debates.includes(debate.slug)}
                  onChange={(event) =>
                    set(
                      'debates',
                      event.target.checked
                        ? [...draft.debates, debate.slug]
                        : draft.debates.filter((slug) => slug !== debate.slug),
                    )
                  }
                />
                <span lang={debate.lang}>{debate.question}</span>
              </label>
            ))}
            {problem('debates')}
          </fieldset>
        ) : null}
        <button type="submit" className="im-mod-button im-mod-button--primary" disabled={sending}>
          {sending ? t('imCurated.form.sending') : t('imCurated.form.submit')}
        </button>
      </form>
    </section>
  );
}
