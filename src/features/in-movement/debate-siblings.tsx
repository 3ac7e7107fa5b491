import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';

import { debatePath, inMovementPath } from '#contract/pages.ts';
import { debateListOptions } from '#src/api/in-movement.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { byPlace } from './debate-order.ts';

/** A horizontal swipe this long (px), clearly more sideways than down, turns the page. */
const SWIPE_MIN = 80;

/** Keys and swipes belong to what is being typed in, played or chosen, not to the page. */
function ownsInput(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('input, textarea, select, video, [role="dialog"], [contenteditable="true"]') !==
      null
  );
}

/**
 * Debates open and turn like stories: "all debates", then the previous and next ones
 * in the springboard's order, by button, by ←/→ and by a sideways swipe.
 */
export function DebateSiblings({ slug }: { slug: string }) {
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

  useEffect(() => {
    const go = (target: string | undefined) => {
      if (target) void navigate(debatePath(target));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownsInput(event.target)) return;
      if (event.key === 'ArrowRight') go(next);
      else if (event.key === 'ArrowLeft') go(previous);
    };
    let start: { x: number; y: number } | null = null;
    const onTouchStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      start =
        event.touches.length === 1 && touch && !ownsInput(event.target)
          ? { x: touch.clientX, y: touch.clientY }
          : null;
    };
    const onTouchEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < 2 * Math.abs(dy)) return;
      go(dx < 0 ? next : previous);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('touchstart', onTouchStart, { passive: true });
    document.addEventListener('touchend', onTouchEnd, { passive: true });
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('touchstart', onTouchStart);
      document.removeEventListener('touchend', onTouchEnd);
    };
  }, [navigate, next, previous]);

  return (
    <nav className="im-siblings" aria-label={t('im.debate.siblings')}>
      <Link to={inMovementPath()} className="im-siblings__all">
        <span aria-hidden="true">←</span> {t('im.debate.back')}
      </Link>
      <span className="im-siblings__turn">
        {previous ? (
          <Link to={debatePath(previous)} className="im-button" aria-keyshortcuts="ArrowLeft">
            <span aria-hidden="true">‹</span> {t('im.debate.previous')}
          </Link>
        ) : null}
        {next ? (
          <Link to={debatePath(next)} className="im-button" aria-keyshortcuts="ArrowRight">
            {t('im.debate.next')} <span aria-hidden="true">›</span>
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
