import { useId, useState } from 'react';

import type { StoryField } from '#contract/studio.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { FIELD_WORDS, formatWhen } from '../studio-words.ts';
import type { Side } from './merge.ts';
import type { Conflict } from './use-studio-draft.ts';

/**
 * Someone else saved since this draft's version (the API's 409): who, when, what they
 * changed, what this editor changed; the fields both changed are chosen one by one.
 * Nothing is saved until the editor has chosen.
 */
export function ConflictPanel({
  conflict,
  onResolve,
}: {
  conflict: Conflict;
  /** `dropMine`: their version as it is, my changes discarded. */
  onResolve: (choices: Partial<Record<StoryField, Side>>, dropMine: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const { theirs, fields } = conflict;
  const [choices, setChoices] = useState<Partial<Record<StoryField, Side>>>({});
  const all = (side: Side) => Object.fromEntries(fields.both.map((f) => [f, side]));
  const words = (list: StoryField[]) => list.map((f) => t(FIELD_WORDS[f])).join(', ');

  return (
    <section
      className="studio-panel studio-conflict"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('studio.conflictTitle')}</h2>
      <p>
        {t('studio.conflictWho', {
          name: theirs.updatedBy?.name ?? t('studio.nobody'),
          when: formatWhen(theirs.updatedAt, locale),
          version: theirs.version,
        })}
      </p>
      {fields.theirs.length > 0 ? (
        <p>{t('studio.conflictTheirs', { fields: words(fields.theirs) })}</p>
      ) : null}
      {fields.mine.length > 0 ? (
        <p>{t('studio.conflictMine', { fields: words(fields.mine) })}</p>
      ) : null}
      {fields.both.length > 0 ? (
        <fieldset className="studio-choices">
          <legend>{t('studio.conflictBoth')}</legend>
          {fields.both.map((field) => (
            <div
              key={field}
              className="studio-conflict__field"
              role="radiogroup"
              aria-label={t(FIELD_WORDS[field])}
            >
              <span>{t(FIELD_WORDS[field])}</span>
              {(['theirs', 'mine'] as const).map((side) => (
                <label key={side} className="studio-choice">
                  <input
                    type="radio"
                    name={`conflict-${field}`}
                    checked={(choices[field] ?? 'mine') === side}
                    onChange={() => setChoices((c) => ({ ...c, [field]: side }))}
                  />
                  {side === 'mine' ? t('studio.keepMine') : t('studio.takeTheirs')}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="studio-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => onResolve({ ...all('mine'), ...choices }, false)}
        >
          {fields.both.length > 0 ? t('studio.mergeChosen') : t('studio.mergeBoth')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onResolve({}, true)}>
          {t('studio.reloadTheirs')}
        </button>
      </div>
    </section>
  );
}
