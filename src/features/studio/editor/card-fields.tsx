import { useId } from 'react';

import type { Locale } from '#contract/schemas.ts';
import type { DraftCard } from '#contract/studio.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { MediaField } from './media-field.tsx';
import type { MediaLibrary } from './media-library.ts';
import { PairField } from './pair-field.tsx';

const blank = () => ({ fr: '', en: '' });

/** A new, empty card of a kind, with an id no other card of the story has. */
export function newCard(kind: DraftCard['kind'], taken: ReadonlySet<string>): DraftCard {
  let id: string;
  do id = `${kind}-${Math.random().toString(36).slice(2, 8)}`;
  while (taken.has(id));
  switch (kind) {
    case 'video':
      return { id, kind, title: blank(), video: null };
    case 'image':
      return { id, kind, image: null, caption: blank(), credit: '' };
    case 'quote':
      return { id, kind, text: blank(), person: '' };
    case 'text':
      return { id, kind, title: blank(), body: blank() };
  }
}

/** One line saying what a card holds, in the interface's language when written. */
export function cardSummary(card: DraftCard, locale: Locale): string {
  const pick = (text: { fr: string; en: string }) => text[locale] || text.fr || text.en;
  switch (card.kind) {
    case 'video':
      return pick(card.title);
    case 'image':
      return pick(card.caption);
    case 'quote':
      return pick(card.text);
    case 'text':
      return pick(card.title);
  }
}

/** The fields of one card, by kind (the viewer's card schemas, contract/schemas.ts). */
export function CardFields({
  card,
  onChange,
  people,
  library,
}: {
  card: DraftCard;
  onChange: (card: DraftCard) => void;
  people: string[];
  library: MediaLibrary;
}) {
  const { t } = useI18n();
  const personId = useId();
  const creditId = useId();
  switch (card.kind) {
    case 'video':
      return (
        <div className="studio-card__fields">
          <PairField
            label={t('studio.card.title')}
            value={card.title}
            onChange={(title) => onChange({ ...card, title })}
          />
          <MediaField
            kind="video"
            label={t('studio.card.film')}
            value={card.video}
            library={library}
            onChange={(video) => onChange({ ...card, video })}
          />
        </div>
      );
    case 'image':
      return (
        <div className="studio-card__fields">
          <MediaField
            kind="image"
            label={t('studio.card.picture')}
            value={card.image}
            library={library}
            onChange={(image) => onChange({ ...card, image })}
          />
          <PairField
            long
            label={t('studio.card.caption')}
            value={card.caption}
            onChange={(caption) => onChange({ ...card, caption })}
          />
          <div className="studio-field">
            <label htmlFor={creditId}>{t('studio.card.credit')}</label>
            <input
              id={creditId}
              value={card.credit}
              onChange={(e) => onChange({ ...card, credit: e.target.value })}
            />
          </div>
        </div>
      );
    case 'quote':
      return (
        <div className="studio-card__fields">
          <PairField
            long
            label={t('studio.card.quoteText')}
            value={card.text}
            onChange={(text) => onChange({ ...card, text })}
          />
          <div className="studio-field">
            <label htmlFor={personId}>{t('studio.card.person')}</label>
            <select
              id={personId}
              value={card.person}
              onChange={(e) => onChange({ ...card, person: e.target.value })}
            >
              <option value="">{t('studio.card.noPerson')}</option>
              {people.map((person) => (
                <option key={person} value={person}>
                  {library.people.find((known) => known.slug === person)?.name ?? person}
                </option>
              ))}
            </select>
          </div>
        </div>
      );
    case 'text':
      return (
        <div className="studio-card__fields">
          <PairField
            label={t('studio.card.title')}
            value={card.title}
            onChange={(title) => onChange({ ...card, title })}
          />
          <PairField
            long
            label={t('studio.card.body')}
            value={card.body}
            onChange={(body) => onChange({ ...card, body })}
          />
        </div>
      );
  }
}
