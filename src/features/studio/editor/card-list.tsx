import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useMemo, useState } from 'react';

import { type DraftCard, type StoryDocument, STUDIO_CARDS_MAX } from '#contract/studio.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';

import { CardFields, cardSummary, newCard } from './card-fields.tsx';
import type { MediaLibrary } from './media-library.ts';

type SetDraft = (update: (doc: StoryDocument) => StoryDocument) => void;

export const CARD_KIND_WORDS: Record<DraftCard['kind'], MessageKey> = {
  video: 'studio.card.video',
  image: 'studio.card.image',
  quote: 'studio.card.quote',
  text: 'studio.card.text',
};

/**
 * The story's cards, in the order the viewer shows them: dragged by their handle on a
 * tablet (a short hold, so a swipe still scrolls the page) or with a mouse, moved with
 * the keyboard (space on the handle, arrows, space), or with the up and down buttons.
 * Screen readers hear each move in the interface's language.
 */
export function CardList({
  draft,
  setDraft,
  library,
}: {
  draft: StoryDocument;
  setDraft: SetDraft;
  library: MediaLibrary;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const cards = draft.cards;
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // Held still for a moment before it lifts: a finger that moves at once scrolls.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const position = (id: UniqueIdentifier) => cards.findIndex((card) => card.id === id) + 1;
  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) =>
        t('studio.dnd.picked', { position: position(active.id), total: cards.length }),
      onDragOver: ({ active, over }) =>
        over
          ? t('studio.dnd.over', { position: position(over.id), total: cards.length })
          : t('studio.dnd.outside', { position: position(active.id) }),
      onDragEnd: ({ over }) =>
        over
          ? t('studio.dnd.dropped', { position: position(over.id), total: cards.length })
          : t('studio.dnd.cancelled'),
      onDragCancel: ({ active }) => t('studio.dnd.cancelledAt', { position: position(active.id) }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `position` reads `cards`, listed
    [t, cards],
  );

  const move = (from: number, to: number) => {
    if (to < 0 || to >= cards.length) return;
    setDraft((doc) => ({ ...doc, cards: arrayMove(doc.cards, from, to) }));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setDraft((doc) => {
      const from = doc.cards.findIndex((card) => card.id === active.id);
      const to = doc.cards.findIndex((card) => card.id === over.id);
      return from < 0 || to < 0 ? doc : { ...doc, cards: arrayMove(doc.cards, from, to) };
    });
  };
  const add = (kind: DraftCard['kind']) => {
    const card = newCard(kind, new Set(cards.map((c) => c.id)));
    setDraft((doc) => ({ ...doc, cards: [...doc.cards, card] }));
    setOpen(card.id);
  };
  const update = (id: string, next: DraftCard) =>
    setDraft((doc) => ({ ...doc, cards: doc.cards.map((c) => (c.id === id ? next : c)) }));
  const remove = (id: string) =>
    setDraft((doc) => ({ ...doc, cards: doc.cards.filter((c) => c.id !== id) }));

  return (
    <section className="studio-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('studio.cards', { count: cards.length })}</h2>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('studio.dnd.instructions') },
        }}
      >
        <SortableContext items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
          <ol className="studio-cards" aria-labelledby={headingId}>
            {cards.map((card, index) => (
              <SortableCard
                key={card.id}
                card={card}
                index={index}
                total={cards.length}
                open={open === card.id}
                onToggle={() => setOpen((current) => (current === card.id ? null : card.id))}
                onMove={(to) => move(index, to)}
                onChange={(next) => update(card.id, next)}
                onRemove={() => remove(card.id)}
                people={draft.people}
                library={library}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className="studio-actions" role="group" aria-label={t('studio.addCard')}>
        {(['image', 'video', 'quote', 'text'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            disabled={cards.length >= STUDIO_CARDS_MAX}
            onClick={() => add(kind)}
          >
            {t('studio.add', { what: t(CARD_KIND_WORDS[kind]) })}
          </button>
        ))}
      </div>
    </section>
  );
}

function SortableCard({
  card,
  index,
  total,
  open,
  onToggle,
  onMove,
  onChange,
  onRemove,
  people,
  library,
}: {
  card: DraftCard;
  index: number;
  total: number;
  open: boolean;
  onToggle: () => void;
  onMove: (to: number) => void;
  onChange: (card: DraftCard) => void;
  onRemove: () => void;
  people: string[];
  library: MediaLibrary;
}) {
  const { t, locale } = useI18n();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: card.id });
  const name = t('studio.cardName', {
    position: index + 1,
    kind: t(CARD_KIND_WORDS[card.kind]),
  });
  return (
    <li
      ref={setNodeRef}
      className={`studio-card${isDragging ? ' studio-card--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-label={name}
    >
      <div className="studio-card__bar">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="studio-card__handle"
          {...attributes}
          {...listeners}
          aria-label={t('studio.dragCard', { name })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="studio-card__summary">
          <strong>{name}</strong>
          <span className="studio-muted">{cardSummary(card, locale)}</span>
        </span>
        <button
          type="button"
          className="studio-icon"
          aria-label={t('studio.moveUp', { name })}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="studio-icon"
          aria-label={t('studio.moveDown', { name })}
          disabled={index === total - 1}
          onClick={() => onMove(index + 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="button" aria-expanded={open} onClick={onToggle}>
          {open ? t('studio.closeCard') : t('studio.editCard')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="studio-icon studio-icon--danger"
          aria-label={t('studio.removeCard', { name })}
          onClick={onRemove}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {open ? (
        <CardFields card={card} onChange={onChange} people={people} library={library} />
      ) : null}
    </li>
  );
}
