import { useInfiniteQuery } from '@tanstack/react-query';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';

import { debatePath, inMovementPath } from '#contract/pages.ts';
import { debateListOptions } from '#src/api/in-movement.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { byPlace } from './debate-order.ts';
import { markTurn, ownsInput, type TurnDirection, usePageSwipe } from './use-page-swipe.ts';

/**
 * Debates open and turn like stories: "all debates", then the previous and next ones
 * in the springboard's order, by button, by ←/→ and by a sideways swipe that moves
 * the page under the finger; the next page slides in from the side it was turned to.
 */
export function DebateSiblings({
  slug,
  surface,
}: {
  slug: string;
  /** The page that moves under the finger. */
  surface: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const list = useInfiniteQuery(debateListOptions());
  const order = useMemo(
    () => byPlace(list.data?.pages.flatMap((page) => page.items) ?? []).map((d) => d.slug),
    [list.data],
  );
  const index = order.indexOf(slug);
  const previous = index > 0 ? order[index - 1] : undefined;
  const next = index >= 0 ? order[index + 1] : undefined;

  const target = (direction: TurnDirection) => (direction === 1 ? next : previous);
  const turn = (direction: TurnDirection) => {
    const slug = target(direction);
    if (!slug) return;
    markTurn(direction);
    void navigate(debatePath(slug));
  };
  usePageSwipe(surface, (direction) => target(direction) !== undefined, turn);
  const turnRef = useRef(turn);
  turnRef.current = turn;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsInput(event.target)) return;
      if (event.key === 'ArrowRight') turnRef.current(1);
      else if (event.key === 'ArrowLeft') turnRef.current(-1);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <nav className="im-siblings" aria-label={t('im.debate.siblings')}>
      <Link to={inMovementPath()} className="im-siblings__all">
        <span aria-hidden="true">←</span> {t('im.debate.back')}
      </Link>
      <span className="im-siblings__turn">
        {previous ? (
          <Link
            to={debatePath(previous)}
            className="im-button"
            aria-keyshortcuts="ArrowLeft"
            onClick={() => markTurn(-1)}
          >
            <span aria-hidden="true">‹</span> {t('im.debate.previous')}
          </Link>
        ) : null}
        {next ? (
          <Link
            to={debatePath(next)}
            className="im-button"
            aria-keyshortcuts="ArrowRight"
            onClick={() => markTurn(1)}
          >
            {t('im.debate.next')} <span aria-hidden="true">›</span>
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
