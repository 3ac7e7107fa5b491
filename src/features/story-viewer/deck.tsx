import { type MotionValue, useIsPresent, useMotionValue } from 'framer-motion';
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router';

import { storyPath } from '#contract/pages.ts';
import type { Story } from '#contract/schemas.ts';
import { BackIcon, ForwardIcon } from '#src/components/ui/icons.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { warmStoryMedia } from '#src/lib/media-warmup.ts';
import { navState } from '#src/lib/nav-state.ts';
import { recordStoryVisit } from '#src/lib/visitor-path.ts';
import { whenIdle } from '#src/lib/when-idle.ts';

import { type CardContext, CardView } from './cards/card-view.tsx';
import { CloseButton } from './close-button.tsx';
import { returnPanel } from './deck-motion.ts';
import { DeckProgress } from './deck-progress.tsx';
import { AHEAD_DELAY_MS, slotIndices } from './deck-slots.ts';
import { createDeckTrack } from './deck-track.ts';
import { EndCard } from './end-card.tsx';
import { NotFoundCard } from './not-found-card.tsx';
import { ShareCardButton } from './share-card.tsx';
import { StoryLinks } from './story-links.tsx';
import { useBarHeight } from './use-bar-height.ts';
import { useDeckGesture } from './use-deck-gesture.ts';
import { useDeckKeys } from './use-deck-keys.ts';
import { parseCard, useDeckNavigation } from './use-deck-navigation.ts';
import { useNextStories } from './use-next-stories.ts';
import { useThemeColor } from './use-theme-color.ts';

/**
 * A card re-renders only when what it shows changes: after a move, the two cards
 * that stay in the deck only swap `active`, and the rest of the render is skipped.
 */
const SlotCard = memo(
  CardView,
  (a, b) =>
    a.card === b.card &&
    (Object.keys(a.context) as Array<keyof CardContext>).every(
      (key) => a.context[key] === b.context[key],
    ),
);

interface DeckProps {
  story: Story;
  cardParam: string | undefined;
  depth: number;
  /** The panel's drag-down offset, shared with the dialog around the deck. */
  y: MotionValue<number>;
  onClose: () => void;
  reduceMotion: boolean;
}

/**
 * The cards of a loaded story, one at a time: the bar (progress, title, share,
 * close, links), the stage with the current card between its two neighbours, and
 * the previous / next buttons. The moves are the navigation hook's; this part wires
 * the gestures and keys to it and draws.
 */
export function Deck({ story, cardParam, depth, y, onClose, reduceMotion }: DeckProps) {
  const { t, text } = useI18n();
  const navigate = useNavigate();
  const total = story.cards.length;
  const stageRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLElement>(null);
  // The track's position lives outside React: a move or a settle renders nothing.
  const [track] = useState(createDeckTrack);
  const progress = useMotionValue(0);
  const [held, setHeld] = useState(false);
  const [muted, setMuted] = useState(true);
  // While the closed viewer animates out, its keys and gestures must not reopen it.
  const present = useIsPresent();

  const goToIndex = useCallback(
    (next: number) => {
      void navigate(storyPath(story.slug, next + 1), {
        replace: true,
        preventScrollReset: true,
        // No way back (depth 0) is no state at all: closing then goes home.
        state: depth > 0 ? navState('springboard', depth) : null,
      });
    },
    [navigate, story.slug, depth],
  );
  const { index, canGo, go, grab, springBack } = useDeckNavigation({
    cardParam,
    total,
    track,
    stageRef,
    reduceMotion,
    enabled: present,
    onNavigate: goToIndex,
  });
  // A new card's video starts from an empty segment.
  useLayoutEffect(() => progress.set(0), [index, progress]);

  useDeckGesture(stageRef, track, y, {
    canGo,
    onGrab: grab,
    onSwipe: (direction, velocity) => go(direction, velocity),
    onCancelX: springBack,
    onTap: (direction) => go(direction),
    onHold: setHeld,
    onDismiss: () => onClose(),
    onCancelY: (velocity) => returnPanel(y, velocity, reduceMotion),
  });
  useBarHeight(barRef);
  useDeckKeys(go);
  const nextCard = useCallback(() => go(1), [go]);

  // Every card the URL names moves this story's step on the visitor's path: after
  // the landing, as the URL. Only a story that exists gets here, so a mistyped link
  // never joins the path.
  const named = parseCard(cardParam, total);
  useEffect(() => {
    if (named !== null) recordStoryVisit(story, named + 1);
  }, [story, named]);
  // Offline later, every card of a story opened once still shows (decision 007).
  useEffect(() => warmStoryMedia(story), [story]);

  // The cards mounted beyond the neighbours: once the deck rests and the browser is
  // idle, the cards two away join the track too (their DOM, style, layout and image
  // request done then, in a render that yields), so a landing's render only re-centres
  // cards that are already drawn instead of mounting one in the landing's wake.
  const [ahead, setAhead] = useState<number | null>(null);
  useEffect(() => {
    if (index === null || ahead === index) return;
    let cancel = () => {};
    const attempt = () => {
      if (track.animating || track.held) {
        cancel = whenIdle(attempt, AHEAD_DELAY_MS);
        return;
      }
      startTransition(() => setAhead(index));
    };
    cancel = whenIdle(attempt, AHEAD_DELAY_MS);
    return () => cancel();
  }, [index, ahead, track]);

  const nearEnd = index !== null && index >= total - 1;
  const { next, surprise, visited } = useNextStories(story, nearEnd);
  const themeColor = useThemeColor(story.themes[0]);

  if (index === null) {
    return (
      <NotFoundCard
        kind="card"
        card={cardParam}
        onClose={onClose}
        firstCardHref={storyPath(story.slug)}
      />
    );
  }

  const context = (active: boolean): CardContext => ({
    active,
    held,
    muted,
    onMutedChange: setMuted,
    progress,
    onVideoEnded: nextCard,
    people: story.people,
    themeColor,
  });
  const atEnd = index === total;
  const position = t('viewer.position', { current: Math.min(index + 1, total), total });

  return (
    // Fades in once, by CSS: a motion component here would diff its animation on
    // every render after a move.
    <div className="deck">
      <header ref={barRef} className="deck__bar">
        <DeckProgress cards={story.cards} index={index} progress={progress} />
        <div className="deck__titlebar">
          <h2 className="deck__title">{text(story.title)}</h2>
          <ShareCardButton
            key={index}
            title={text(story.title)}
            path={storyPath(story.slug, Math.min(index + 1, total))}
          />
          <CloseButton onClose={onClose} />
        </div>
        <StoryLinks story={story} />
      </header>

      <div
        ref={stageRef}
        className="deck__stage"
        aria-roledescription="carousel"
        aria-label={text(story.title)}
      >
        {/* No style from React here: the track's transform is deck-track.ts's alone. */}
        <div ref={track.attach} className="deck__track">
          {slotIndices(index, ahead, story.cards).map((i) => {
            const offset = i - index;
            const card = story.cards[i];
            const isCurrent = offset === 0;
            return (
              <div
                key={card?.id ?? 'end'}
                className="deck__slot"
                style={{ left: `${offset * 100}%` }}
                role="group"
                aria-roledescription="slide"
                aria-label={
                  card ? t('viewer.position', { current: i + 1, total }) : t('viewer.endLabel')
                }
                inert={!isCurrent}
                aria-hidden={!isCurrent || undefined}
              >
                {card ? (
                  <SlotCard card={card} context={context(isCurrent)} />
                ) : (
                  <EndCard
                    next={next}
                    surprise={surprise}
                    related={new Set(story.related.map((r) => r.slug))}
                    visited={visited}
                    depth={depth}
                    firstCardHref={storyPath(story.slug)}
                    onClose={onClose}
                  />
                )}
              </div>
            );
          })}
        </div>
        {held ? (
          <p className="deck__paused" role="status">
            {t('viewer.paused')}
          </p>
        ) : null}
      </div>

      <div className="deck__nav">
        <button
          type="button"
          className="icon-button deck__prev"
          onClick={() => go(-1)}
          aria-disabled={index === 0}
        >
          <BackIcon />
          <span className="visually-hidden">{t('viewer.previous')}</span>
        </button>
        <p className="deck__position" aria-live="polite">
          {atEnd ? t('viewer.endLabel') : position}
        </p>
        <button
          type="button"
          className="icon-button deck__next"
          onClick={() => go(1)}
          aria-disabled={atEnd}
        >
          <ForwardIcon />
          <span className="visually-hidden">{t('viewer.next')}</span>
        </button>
      </div>
    </div>
  );
}
