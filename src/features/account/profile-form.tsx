import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';

import {
  type Account,
  type Affiliation,
  BIO_MAX,
  DISPLAY_NAME_MAX,
  type Locale,
} from '#contract/schemas.ts';
import { updateProfileOptions } from '#src/api/account.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { minutesToWait } from './account-errors.ts';

type Field = 'displayName' | 'bio';

/** The first field the person must fix, checked as the server will check it. */
function invalidField(displayName: string, bio: string): Field | null {
  const name = displayName.trim();
  if (name.length < 1 || name.length > DISPLAY_NAME_MAX) return 'displayName';
  if (bio.length > BIO_MAX) return 'bio';
  return null;
}

/** Display name, bio, affiliation and language; a save says how it went. */
export function ProfileForm({ account }: { account: Account }) {
  const { t, locale: uiLocale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [bio, setBio] = useState(account.bio);
  const [affiliation, setAffiliation] = useState<Affiliation | null>(account.affiliation);
  const [locale, setAccountLocale] = useState<Locale>(account.locale);
  const [checked, setChecked] = useState<Field | null>(null);
  const ids = { name: useId(), nameHint: useId(), bio: useId(), bioHint: useId(), error: useId() };
  const save = useMutation({
    ...updateProfileOptions(queryClient),
    onSuccess: (saved, ...rest) => {
      updateProfileOptions(queryClient).onSuccess?.(saved, ...rest);
      // The pages follow the language the person just chose for themselves.
      if (saved.locale !== uiLocale) setLocale(saved.locale);
    },
  });

  const serverField =
    save.error instanceof ApiError && save.error.status === 400 ? save.error.field : null;
  const wrong =
    checked ?? (serverField === 'displayName' || serverField === 'bio' ? serverField : null);
  const fieldError = (field: Field) =>
    wrong === field
      ? field === 'displayName'
        ? t('account.invalid.displayName', { max: DISPLAY_NAME_MAX })
        : t('account.invalid.bio', { max: BIO_MAX })
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = invalidField(displayName, bio);
    setChecked(invalid);
    if (invalid) return;
    save.mutate({ displayName: displayName.trim(), bio, affiliation, locale });
  };

  const minutes = minutesToWait(save.error);
  const failure =
    save.isError && !wrong
      ? minutes !== null
        ? t('account.rateLimited', { minutes })
        : save.error instanceof ApiError && save.error.status === 403
          ? t('account.blocked')
          : t('account.saveFailed')
      : null;

  const described = (hint: string, field: Field) =>
    wrong === field ? `${ids.error} ${hint}` : hint;

  return (
    <section className="account-panel" aria-labelledby={`${ids.name}-title`}>
      <h2 id={`${ids.name}-title`}>{t('account.profile')}</h2>
      <form className="account-form" noValidate onSubmit={submit}>
        <div className="account-field">
          <label htmlFor={ids.name}>{t('account.displayName')}</label>
          <input
            id={ids.name}
            type="text"
            autoComplete="nickname"
            value={displayName}
            maxLength={DISPLAY_NAME_MAX}
            aria-invalid={wrong === 'displayName' || undefined}
            aria-describedby={described(ids.nameHint, 'displayName')}
            onChange={(event) => setDisplayName(event.target.value)}
          />
          {fieldError('displayName') ? (
            <p id={ids.error} className="account-field__error">
              {fieldError('displayName')}
            </p>
          ) : null}
          <p id={ids.nameHint} className="account-field__hint">
            {t('account.displayNameHint')}
          </p>
        </div>
        <div className="account-field">
          <label htmlFor={ids.bio}>{t('account.bio')}</label>
          <textarea
            id={ids.bio}
            value={bio}
            aria-invalid={wrong === 'bio' || undefined}
            aria-describedby={described(ids.bioHint, 'bio')}
            onChange={(event) => setBio(event.target.value)}
          />
          {fieldError('bio') ? (
            <p id={ids.error} className="account-field__error">
              {fieldError('bio')}
            </p>
          ) : null}
          <p id={ids.bioHint} className="account-field__hint">
            {t('account.bioCount', { count: bio.length, max: BIO_MAX })}
          </p>
        </div>
        <div className="account-field">
          <fieldset>
            <legend>{t('account.affiliation')}</legend>
            {(['internal', 'external', null] as const).map((value) => (
              <label key={value ?? 'none'} className="account-choice">
                <input
                  type="radio"
                  name="affiliation"
                  checked={affiliation === value}
                  onChange={() => setAffiliation(value)}
                />
                {t(`account.affiliation.${value ?? 'none'}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="account-field">
          <fieldset>
            <legend>{t('account.locale')}</legend>
            {(['fr', 'en'] as const).map((value) => (
              <label key={value} className="account-choice" lang={value}>
                <input
                  type="radio"
                  name="locale"
                  checked={locale === value}
                  onChange={() => setAccountLocale(value)}
                />
                {t(`account.locale.${value}`)}
              </label>
            ))}
          </fieldset>
        </div>
        {failure ? (
          <p className="account-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="account-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('account.saving') : t('account.save')}
          </button>
          <p role="status" className="account-muted">
            {save.isSuccess && !save.isPending ? t('account.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
