import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  animate,
  m,
  useIsPresent,
  useMotionValue,
  useReducedMotion,
  useTransform,
} from 'framer-motion';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { CARD_SIZES } from '#contract/boot.ts';
import { storyPath } from '#contract/pages.ts';
import type { Person, Story, StorySummary } from '#contract/schemas.ts';
import { personOptions } from '#src/api/people.ts';
import { cachedSummaries, cachedSummary, storyOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { sharedCoverId } from '#src/components/ui/shared-cover.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { warmStoryMedia } from '#src/lib/media-warmup.ts';
import { readPath, recordStoryVisit, visitedStorySlugs } from '#src/lib/visitor-path.ts';
import { CardView, type CardContext } from './cards/card-view.tsx';
import { settleOnCompositor, supportsLinearEasing } from './compositor-settle.ts';
import { EndCard } from './end-card.tsx';
import { pickSurprise, rankNextStories } from './next-stories.ts';
import { ShareCardButton } from './share-card.tsx';
import { StoryLinks } from './story-links.tsx';
import { useDeckGesture, type Direction } from './use-deck-gesture.ts';
import { BackIcon, CloseIcon, ForwardIcon } from '#src/components/ui/icons.tsx';

export interface StoryViewerProps {
  slug: string;
  /** The raw `:card` URL segment (1-based), if any. */
  cardParam: string | undefined;
  /** How many history entries this viewer is above the springboard (0: entered directly). */
  depth: number;
  onClose: () => void;
}

const SPRING = { type: 'spring', stiffness: 320, damping: 34, mass: 0.9, restDelta: 0.5 } as const;

/** Parses the 1-based card segment; null when it names no card of this story. */
function parseCard(param: string | undefined, total: number): number | null {
  if (param === undefined) return 0;
  if (!/^\d{1,4}$/.test(param)) return null;
  const n = Number(param);
  return n >= 1 && n <= total + 1 ? n - 1 : null;
}

export function StoryViewer({ slug, cardParam, depth, onClose }: StoryViewerProps) {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery(storyOptions(slug));
  const summary = useMemo(() => cachedSummary(queryClient, slug), [queryClient, slug]);
  const dialogRef = useRef<HTMLDivElement>(null);
  const reduceMotion = useReducedMotion() ?? false;
  const y = useMotionValue(0);
  const panelScale = useTransform(y, [0, 600], [1, 0.8], { clamp: true });
  const backdropOpacity = useTransform(y, [0, 500], [1, 0.2], { clamp: true });
  const title = query.data ? text(query.data.title) : summary ? text(summary.title) : '';

  // Focus moves into the dialog (the route layer makes everything behind it inert).
  useEffect(() => {
    dialogRef.current?.focus({ preventScroll: true });
  }, []);

  const cover = (query.data ?? summary)?.cover;

  // Escape closes from wherever focus is: inside the dialog, or on the body when the
  // visitor tabbed past its last control (the page behind is inert).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return createPortal(
    <m.div
      className="viewer"
      initial={{ opacity: reduceMotion ? 0 : 1 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0, transition: { duration: reduceMotion ? 0.15 : 0.25 } }}
      transition={{ duration: 0.2 }}
    >
      <m.div className="viewer__backdrop" style={{ opacity: backdropOpacity }} aria-hidden="true" />
      <m.div
        ref={dialogRef}
        className="viewer__panel"
        role="dialog"
        aria-modal="true"
        aria-label={title || t('viewer.loading')}
        tabIndex={-1}
        style={{ y, scale: panelScale }}
      >
        {cover ? (
          <m.div
            className="viewer__hero"
            layoutId={reduceMotion ? undefined : sharedCoverId(slug)}
            // Measured when it opens and closes, not on every card change below it.
            layoutDependency={slug}
            transition={{ type: 'spring', stiffness: 380, damping: 38 }}
            aria-hidden="true"
          >
            <ResponsiveImage image={cover} sizes={CARD_SIZES} priority decorative />
          </m.div>
        ) : null}
        {query.isSuccess ? (
          <Deck
            story={query.data}
            cardParam={cardParam}
            depth={depth}
            y={y}
            onClose={onClose}
            reduceMotion={reduceMotion}
          />
        ) : query.isError ? (
          query.error instanceof ApiError && query.error.isNotFound ? (
            <NotFoundCard kind="story" onClose={onClose} />
          ) : (
            <div className="viewer__center">
              <ErrorState error={query.error} onRetry={() => void query.refetch()} />
              <CloseButton onClose={onClose} />
            </div>
          )
        ) : (
          <div className="viewer__center" role="status">
            <span className="spinner" aria-hidden="true" />
            <span className="visually-hidden">{t('viewer.loading')}</span>
            <CloseButton onClose={onClose} />
          </div>
        )}
      </m.div>
    </m.div>,
    document.body,
  );
}

/** For each story, how many of these people appear in it. Stable, so `useQueries` memoizes it. */
function countSharedPeople(results: { data?: Person | undefined }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const result of results) {
    for (const s of result.data?.stories ?? []) counts.set(s.slug, (counts.get(s.slug) ?? 0) + 1);
  }
  return counts;
}

function CloseButton({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="icon-button viewer__close" onClick={onClose}>
      <CloseIcon />
      <span className="visually-hidden">{t('viewer.close')}</span>
    </button>
  );
}

function NotFoundCard({
  kind,
  onClose,
  card,
  firstCardHref,
}: {
  kind: 'story' | 'card';
  onClose: () => void;
  card?: string;
  firstCardHref?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="viewer__center">
      <div className="not-found" role="alert">
        <h2>{t('notFound.title')}</h2>
        <p>{kind === 'story' ? t('notFound.story') : t('notFound.card', { card: card ?? '' })}</p>
        <div className="not-found__actions">
          {firstCardHref ? (
            <Link to={firstCardHref} replace className="button button--primary">
              {t('notFound.firstCard')}
            </Link>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t('notFound.back')}
          </button>
        </div>
      </div>
      <CloseButton onClose={onClose} />
    </div>
  );
}

interface DeckProps {
  story: Story;
  cardParam: string | undefined;
  depth: number;
  y: ReturnType<typeof useMotionValue<number>>;
  onClose: () => void;
  reduceMotion: boolean;
}

function Deck({ story, cardParam, depth, y, onClose, reduceMotion }: DeckProps) {
  const { t, text } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const total = story.cards.length;
  const index = parseCard(cardParam, total);
  const deckRef = useRef<HTMLDivElement>(null);
  const x = useMotionValue(0);
  const progress = useMotionValue(0);
  const trackRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLElement>(null);
  /** The running settle or nudge, whichever engine runs it. */
  const animation = useRef<{ stop: () => void } | null>(null);
  /** The card a running settle animation will land on, if any. */
  const pending = useRef<number | null>(null);
  const [held, setHeld] = useState(false);
  const [muted, setMuted] = useState(true);
  // While the closed viewer animates out, its keys and gestures must not reopen it.
  const present = useIsPresent();

  const goToIndex = useCallback(
    (next: number) => {
      void navigate(storyPath(story.slug, next + 1), {
        replace: true,
        preventScrollReset: true,
        state: { from: depth > 0 ? 'springboard' : undefined, depth },
      });
    },
    [navigate, story.slug, depth],
  );

  // The new card is now in the centre slot: the track returns to rest in the same frame.
  useLayoutEffect(() => {
    animation.current?.stop();
    pending.current = null;
    x.set(0);
    progress.set(0);
  }, [index, x, progress]);

  const canGo = useCallback(
    (direction: Direction) =>
      index !== null && index + direction >= 0 && index + direction <= total,
    [index, total],
  );

  const settle = useCallback(
    (target: number, velocity: number, onComplete?: () => void) => {
      animation.current?.stop();
      if (reduceMotion) {
        x.set(target);
        onComplete?.();
        return;
      }
      const track = trackRef.current;
      if (track && supportsLinearEasing()) {
        // Off the main thread (compositor-settle.ts); x follows once it has landed.
        const run = settleOnCompositor(track, x.get(), target, velocity, SPRING, () => {
          animation.current = null;
          x.set(target);
          onComplete?.();
        });
        animation.current = { stop: () => x.set(run.stop()) };
        return;
      }
      animation.current = animate(x, target, { ...SPRING, velocity, onComplete });
    },
    [reduceMotion, x],
  );

  const go = useCallback(
    (direction: Direction, velocity = 0) => {
      if (index === null || !present) return;
      if (pending.current !== null) {
        // Asked again mid-move (a second tap, a held key): land the first move now.
        animation.current?.stop();
        goToIndex(pending.current);
        pending.current = null;
        return;
      }
      const width = deckRef.current?.clientWidth ?? window.innerWidth;
      if (!canGo(direction)) {
        // A nudge that says "this is the end" without moving anywhere.
        if (!reduceMotion) {
          animation.current?.stop();
          animation.current = animate(x, [0, -direction * 28, 0], { duration: 0.32 });
        }
        return;
      }
      const target = index + direction;
      pending.current = target;
      settle(-direction * width, velocity, () => {
        pending.current = null;
        goToIndex(target);
      });
    },
    [index, present, canGo, settle, x, goToIndex, reduceMotion],
  );

  useDeckGesture(deckRef, x, y, {
    canGo,
    onGrab: () => {
      animation.current?.stop();
      // Caught mid-move: land on the card it was heading to, and drag from there.
      if (pending.current !== null) {
        goToIndex(pending.current);
        pending.current = null;
      }
    },
    onSwipe: (direction, velocity) => go(direction, velocity),
    onCancelX: (velocity) => settle(0, velocity),
    onTap: (direction) => go(direction),
    onHold: setHeld,
    onDismiss: () => onClose(),
    onCancelY: (velocity) => {
      if (reduceMotion) y.set(0);
      else animate(y, 0, { ...SPRING, velocity });
    },
  });

  // The cards keep their text clear of the bar above them, however tall larger text
  // or a long title makes it (--deck-bar-height, read by the card styles).
  useLayoutEffect(() => {
    const bar = barRef.current;
    const deck = bar?.parentElement;
    if (!bar || !deck || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      deck.style.setProperty('--deck-bar-height', `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  // The dialog is modal: arrow keys anywhere in the page move the deck.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      if (event.defaultPrevented || event.altKey || event.metaKey || event.ctrlKey) return;
      // Keys inside a form control keep their own meaning.
      if ((event.target as Element | null)?.closest?.('input, textarea, select')) return;
      event.preventDefault();
      go(event.key === 'ArrowRight' ? 1 : -1);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [go]);

  // Every card shown moves this story's step on the visitor's path. Only a story
  // that exists gets here, so a mistyped link never joins the path.
  useEffect(() => {
    if (index !== null) recordStoryVisit(story, index + 1);
  }, [story, index]);

  // Offline later, every card of a story opened once still shows (decision 007).
  useEffect(() => warmStoryMedia(story), [story]);

  // What the visitor had seen when the story opened (this story included).
  const [visited] = useState(() => visitedStorySlugs(readPath().steps));
  // Near the end, who appears in this story tells which other stories are close to it.
  const nearEnd = index !== null && index >= total - 1;
  const sharedPeople = useQueries({
    queries: story.people.map((person) => ({ ...personOptions(person.slug), enabled: nearEnd })),
    combine: countSharedPeople,
  });
  const known = cachedSummaries(queryClient);
  const next = useMemo<StorySummary[]>(
    () => rankNextStories(story, known, visited, { sharedPeople }),
    // `known` is read from the cache each render; its size is what changes the ranking.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [story, known.length, visited, sharedPeople],
  );
  const [roll] = useState(() => Math.random());
  const surprise = useMemo(
    () => pickSurprise(story.slug, known, next, visited, () => roll),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [story.slug, known.length, next, visited, roll],
  );
  // Near the end, the likely next stories' data are fetched ahead of the visitor.
  useEffect(() => {
    if (nearEnd) {
      for (const s of next.slice(0, 3)) void queryClient.prefetchQuery(storyOptions(s.slug));
    }
  }, [nearEnd, next, queryClient]);

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

  const themeColor =
    queryClient
      .getQueryData(themeListOptions().queryKey)
      ?.items.find((theme) => theme.slug === story.themes[0])?.color ?? '#3a4250';
  const context = (active: boolean): CardContext => ({
    active,
    held,
    muted,
    onMutedChange: setMuted,
    progress,
    onVideoEnded: () => go(1),
    people: story.people,
    themeColor,
  });
  const atEnd = index === total;
  const position = t('viewer.position', { current: Math.min(index + 1, total), total });

  return (
    <m.div
      className="deck"
      initial={{ opacity: 0 }}
      animate={{ opacity: 1 }}
      transition={{ delay: reduceMotion ? 0 : 0.18, duration: 0.25 }}
    >
      <header ref={barRef} className="deck__bar">
        <ol
          className="progress"
          aria-label={t('viewer.progress', { current: Math.min(index + 1, total), total })}
        >
          {story.cards.map((card, i) => (
            <li key={card.id} className="progress__segment">
              <m.span
                className="progress__fill"
                style={{
                  scaleX:
                    i < index
                      ? 1
                      : i === index && !atEnd
                        ? card.kind === 'video'
                          ? progress
                          : 1
                        : 0,
                }}
              />
            </li>
          ))}
        </ol>
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
        ref={deckRef}
        className="deck__stage"
        aria-roledescription="carousel"
        aria-label={text(story.title)}
      >
        <m.div ref={trackRef} className="deck__track" style={{ x }}>
          {[-1, 0, 1].map((offset) => {
            const i = index + offset;
            if (i < 0 || i > total) return null;
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
                  <CardView card={card} context={context(isCurrent)} />
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
        </m.div>
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
    </m.div>
  );
}
