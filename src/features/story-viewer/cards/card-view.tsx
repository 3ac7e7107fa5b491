import type { MotionValue } from 'framer-motion';
import { Link } from 'react-router';

import { CARD_SIZES } from '#contract/boot.ts';
import { personPath } from '#contract/pages.ts';
import type { Card, PersonSummary } from '#contract/schemas.ts';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';

import { VideoCardView } from './video-card.tsx';

export interface CardContext {
  active: boolean;
  held: boolean;
  muted: boolean;
  onMutedChange: (muted: boolean) => void;
  progress: MotionValue<number>;
  onVideoEnded: () => void;
  people: PersonSummary[];
  themeColor: string;
}

export function CardView({ card, context }: { card: Card; context: CardContext }) {
  const { text } = useI18n();
  switch (card.kind) {
    case 'video':
      return (
        <VideoCardView
          card={card}
          active={context.active}
          held={context.held}
          muted={context.muted}
          onMutedChange={context.onMutedChange}
          progress={context.progress}
          onEnded={context.onVideoEnded}
        />
      );
    case 'image':
      return (
        <figure className="card card--image">
          <div
            className="card__backdrop"
            aria-hidden="true"
            style={{
              backgroundColor: card.image.color,
              backgroundImage: card.image.placeholder
                ? `url("${card.image.placeholder}")`
                : undefined,
            }}
          />
          <ResponsiveImage
            image={card.image}
            sizes={CARD_SIZES}
            priority
            className="card__picture"
          />
          <figcaption className="card__caption">
            <span>{text(card.caption)}</span>
            <small className="card__credit">{card.credit}</small>
          </figcaption>
        </figure>
      );
    case 'quote': {
      const person = context.people.find((p) => p.slug === card.person);
      return (
        <figure
          className="card card--quote"
          style={{ '--theme-color': context.themeColor } as React.CSSProperties}
        >
          <blockquote className="quote__text">
            <p>{text(card.text)}</p>
          </blockquote>
          {person ? (
            <figcaption className="quote__person">
              <ResponsiveImage
                image={person.portrait}
                sizes="96px"
                className="quote__portrait"
                decorative
              />
              <span>
                <Link to={personPath(person.slug)} state={navState('story')}>
                  <strong>{person.name}</strong>
                </Link>
                <span>{text(person.role)}</span>
              </span>
            </figcaption>
          ) : null}
        </figure>
      );
    }
    case 'text':
      return (
        <article
          className="card card--text"
          style={{ '--theme-color': context.themeColor } as React.CSSProperties}
        >
          <h3 className="text-card__title">{text(card.title)}</h3>
          <p className="text-card__body">{text(card.body)}</p>
        </article>
      );
  }
}
