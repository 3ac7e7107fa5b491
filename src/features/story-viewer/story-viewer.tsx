import './story-viewer.css';
import './cards/cards.css';
import './story-links.css';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { m, useIsPresent, useMotionValue, useReducedMotion, useTransform } from 'framer-motion';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { CARD_SIZES } from '#contract/boot.ts';
import { cachedSummary, storyOptions } from '#src/api/stories.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { useEscapeKey } from '#src/lib/use-escape-key.ts';

import { CloseButton } from './close-button.tsx';
import { growFromTile, SHRINK_MS, shrinkIntoTile } from './cover-flight.ts';
import { Deck } from './deck.tsx';
import { NotFoundCard } from './not-found-card.tsx';

export interface StoryViewerProps {
  slug: string;
  /** The raw `:card` URL segment (1-based), if any. */
  cardParam: string | undefined;
  /** How many history entries this viewer is above the springboard (0: entered directly). */
  depth: number;
  onClose: () => void;
  /** Called once the viewer is interactive: its deck, or its error state, is drawn. */
  onReady?: (() => void) | undefined;
}

/** The viewer's opening (its fade, the cover growing) is over by then. */
const OPENED_AFTER_MS = 600;

/**
 * The viewer's dialog: a modal over the page, grown from the tile's cover, that can
 * be dragged down to close. It shows the story's deck once loaded, else its loading,
 * error or not-found state; the deck (deck.tsx) does the rest.
 */
export function StoryViewer({ slug, cardParam, depth, onClose, onReady }: StoryViewerProps) {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery(storyOptions(slug));
  // While the story loads, what a list already knows of it names the dialog and
  // draws its cover.
  const summary = useMemo(() => cachedSummary(queryClient, slug), [queryClient, slug]);
  const dialogRef = useRef<HTMLDivElement>(null);
  const reduceMotion = useReducedMotion() ?? false;
  const y = useMotionValue(0);
  const panelScale = useTransform(y, [0, 600], [1, 0.8], { clamp: true });
  const backdropOpacity = useTransform(y, [0, 500], [1, 0.2], { clamp: true });
  const title = query.data ? text(query.data.title) : summary ? text(summary.title) : '';
  const cover = (query.data ?? summary)?.cover;

  // After the deck's own effects (a child's run first): it is on screen and listening.
  const settled = query.isSuccess || query.isError;
  useEffect(() => {
    if (settled) onReady?.();
  }, [settled, onReady]);

  // Once it has opened, and while the panel rests (not dragged down), the viewer covers
  // the page behind, which then skips its rendering (story-viewer.css): otherwise every
  // frame of a swipe would also lay out, layer and commit the whole springboard and
  // check its lazy images against the viewport. Closing shows it again at once.
  // A story entered by link (depth 0) has no opening to wait for (no tile grows into
  // it; the server drew it in place): it covers the page from the start, so the
  // springboard drawn behind it later never paints, and never becomes the page's
  // largest contentful paint (it did, on a phone, where its first tile is larger
  // than a card).
  const present = useIsPresent();
  const [opened, setOpened] = useState(depth === 0);
  useEffect(() => {
    if (opened) return;
    const timer = setTimeout(() => setOpened(true), OPENED_AFTER_MS);
    return () => clearTimeout(timer);
  }, [opened]);
  // A layout effect: closing shows the page behind again before the cover measures
  // the tile it shrinks into, below.
  useLayoutEffect(() => {
    if (!opened || !present) return;
    const html = document.documentElement;
    const cover = (offset: number) => html.classList.toggle('viewer-covers', offset === 0);
    cover(y.get());
    const stop = y.on('change', cover);
    return () => {
      stop();
      html.classList.remove('viewer-covers');
    };
  }, [opened, present, y]);

  // The cover grows out of the tapped tile as the viewer opens, once, before its first
  // frame is painted, and shrinks back into it as the viewer fades out (cover-flight.ts).
  // A story entered by link, or past its opening, shows without flying.
  const heroRef = useRef<HTMLDivElement>(null);
  const flown = useRef(false);
  const hasCover = cover !== undefined;
  useLayoutEffect(() => {
    const hero = heroRef.current;
    if (!hero || flown.current) return;
    flown.current = true;
    if (!reduceMotion && !opened) growFromTile(hero, slug);
  }, [hasCover, opened, reduceMotion, slug]);
  // After the covering effect's clean-up above (a commit's clean-ups run first): the
  // page behind, and the tile in it, are drawn again. In the closing commit itself, so
  // the cover shrinks as the viewer starts to fade.
  useLayoutEffect(() => {
    const hero = heroRef.current;
    if (present || reduceMotion || !hero) return;
    shrinkIntoTile(hero, slug);
  }, [present, reduceMotion, slug]);

  // Escape closes from wherever focus is: inside the dialog, or on the body when the
  // visitor tabbed past its last control (the page behind is inert).
  useEscapeKey(onClose);

  // Focus moves into the dialog; the route layer makes everything around it inert. A
  // story page's dialog is the server's, kept by hydration where it was drawn (no
  // portal to move it to: its cover is painted once), and takes focus once running.
  // A layout effect, after the cover's measurement above: the page's style is then
  // up to date, which focusing needs, and is computed once for the tap's first frame,
  // not again after the route layer's changes (decision 045).
  useLayoutEffect(() => {
    dialogRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <m.div
      className="viewer"
      initial={{ opacity: reduceMotion ? 0 : 1 }}
      animate={{ opacity: 1 }}
      exit={{ opacity: 0, transition: { duration: reduceMotion ? 0.15 : SHRINK_MS / 1000 } }}
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
          <div ref={heroRef} className="viewer__hero" aria-hidden="true">
            <ResponsiveImage image={cover} sizes={CARD_SIZES} priority decorative />
          </div>
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
    </m.div>
  );
}
