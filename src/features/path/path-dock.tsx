import { animate, useMotionValue, useReducedMotion } from 'framer-motion';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { useMediaQuery } from '#src/lib/use-media-query.ts';
import { storyToResume, usePath } from '#src/lib/visitor-path.ts';
import { stepHref, toTrailItems } from './steps.ts';
import { CloseIcon, PathIcon } from '#src/components/ui/icons.tsx';

/** Visible height of the closed sheet: its handle and one line. */
const PEEK = 64;
/** A flick faster than this (px/s) opens or closes whatever the distance. */
const FLICK = 400;
const SPRING = { type: 'spring', stiffness: 420, damping: 40 } as const;

/**
 * The path, reachable from any page: a bottom sheet on a tablet (drag its handle up
 * or down, or tap it), a side panel on a desktop. It is not modal: the page stays
 * usable around it.
 */
export function PathDock() {
  const desktop = useMediaQuery('(min-width: 1100px) and (hover: hover)');
  const { pathname } = useLocation();
  // The path page shows all of it already.
  if (pathname === '/parcours') return null;
  return desktop ? <SidePanel /> : <BottomSheet />;
}

function DockContents({ onNavigate }: { onNavigate: () => void }) {
  const { t, text } = useI18n();
  const { steps } = usePath();
  const resume = storyToResume(steps);
  const items = toTrailItems(steps);
  return (
    <div className="dock__contents">
      {steps.length === 0 ? <p className="dock__empty">{t('path.dockEmpty')}</p> : null}
      {resume ? (
        <Link
          to={stepHref(resume)}
          state={{ from: 'dock' }}
          className="button button--primary dock__resume"
          onClick={onNavigate}
        >
          {t('path.continue')} · {text(resume.snapshot.title)}
        </Link>
      ) : null}
      {items.length > 0 ? (
        <ol className="dock__steps" aria-label={t('path.trailTitle')}>
          {items.map((item, i) => (
            <li key={`${item.kind}:${item.slug}`}>
              <Link
                to={item.href}
                state={{ from: 'dock' }}
                className="dock__step"
                onClick={onNavigate}
              >
                <span className="dock__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="dock__thumb" style={{ backgroundColor: item.color }}>
                  {item.image ? (
                    <ResponsiveImage image={item.image} sizes="48px" decorative />
                  ) : null}
                </span>
                <span className="dock__name">
                  {text(item.title)}
                  {item.seen ? (
                    <small>
                      {item.seen.cards >= item.seen.of
                        ? t('path.finished')
                        : t('path.cardsSeen', { count: item.seen.cards, total: item.seen.of })}
                    </small>
                  ) : null}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
      <Link to="/parcours" className="button dock__all" onClick={onNavigate}>
        {t('path.dockSeeMap')}
      </Link>
    </div>
  );
}

function DockTitle({ id }: { id: string }) {
  const { t } = useI18n();
  const { steps } = usePath();
  return (
    <span id={id} className="dock__title">
      {t('path.dock')}{' '}
      <span className="dock__count">· {t('path.dockCount', { count: steps.length })}</span>
    </span>
  );
}

function SidePanel() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    toggle.current?.focus();
  }, []);
  // Opening moves focus into the panel, so a keyboard or screen reader user lands
  // there; Escape closes it from anywhere.
  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close]);
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="button dock-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <PathIcon className="dock__icon" />
        <DockTitle id={`${titleId}-toggle`} />
      </button>
      <aside
        ref={panel}
        tabIndex={-1}
        id={panelId}
        className="side-panel"
        aria-labelledby={titleId}
        data-open={open || undefined}
        hidden={!open}
      >
        <div className="side-panel__head">
          <h2 className="side-panel__title">
            <DockTitle id={titleId} />
          </h2>
          <button
            type="button"
            className="icon-button"
            onClick={close}
            aria-label={t('path.dockClose')}
          >
            <CloseIcon />
          </button>
        </div>
        <DockContents onNavigate={() => setOpen(false)} />
      </aside>
    </>
  );
}

function BottomSheet() {
  const reduceMotion = useReducedMotion() ?? false;
  const [open, setOpen] = useState(false);
  const [height, setHeight] = useState(0);
  const sheet = useRef<HTMLElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const y = useMotionValue(0);
  const closedY = Math.max(0, height - PEEK);
  const drag = useRef<{
    id: number;
    startY: number;
    from: number;
    samples: [number, number][];
  } | null>(null);
  const moved = useRef(false);

  // The sheet's position is written straight to its style, in the same frame as the
  // value changes: no render per frame while dragging, and no chance for a first
  // paint to show the sheet anywhere but where the value says.
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element) return;
    const place = (value: number) => {
      element.style.transform = `translate3d(0, ${value}px, 0)`;
    };
    place(y.get());
    return y.on('change', place);
  }, [y]);

  // The sheet's height follows the viewport (rotation, keyboard): measure it.
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element) return;
    const measure = () => setHeight(element.offsetHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const settle = useCallback(
    (target: number, velocity = 0) => {
      if (reduceMotion) y.set(target);
      else animate(y, target, { ...SPRING, velocity });
    },
    [y, reduceMotion],
  );

  // The first measure places the sheet without motion: a page load must not show it
  // sliding shut. Later changes (open, close, a new height) animate.
  const placed = useRef(false);
  useLayoutEffect(() => {
    if (height === 0 || drag.current) return;
    if (!placed.current) {
      placed.current = true;
      y.set(open ? 0 : closedY);
      return;
    }
    settle(open ? 0 : closedY);
  }, [open, closedY, height, settle, y]);

  // Escape closes the open sheet from anywhere, and focus goes back to its handle.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      sheet.current?.querySelector<HTMLButtonElement>('.sheet__handle')?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const onPointerDown = (event: React.PointerEvent) => {
    if (event.button !== 0) return;
    moved.current = false;
    drag.current = {
      id: event.pointerId,
      startY: event.clientY,
      from: y.get(),
      samples: [[event.timeStamp, event.clientY]],
    };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: React.PointerEvent) => {
    const current = drag.current;
    if (!current || current.id !== event.pointerId) return;
    const dy = event.clientY - current.startY;
    if (Math.abs(dy) > 6) moved.current = true;
    // Past either end the sheet resists, like the rest of the app's surfaces.
    let next = current.from + dy;
    if (next < 0) next = next / 4;
    if (next > closedY) next = closedY + (next - closedY) / 4;
    y.set(next);
    current.samples.push([event.timeStamp, event.clientY]);
    if (current.samples.length > 6) current.samples.shift();
  };
  const onPointerUp = (event: React.PointerEvent) => {
    const current = drag.current;
    if (!current || current.id !== event.pointerId) return;
    drag.current = null;
    if (!moved.current) return; // A tap: the button's click toggles.
    const first = current.samples[0]!;
    const last = current.samples[current.samples.length - 1]!;
    const velocity = last[0] > first[0] ? ((last[1] - first[1]) / (last[0] - first[0])) * 1000 : 0;
    const nextOpen = velocity < -FLICK ? true : velocity > FLICK ? false : y.get() < closedY / 2;
    setOpen(nextOpen);
    settle(nextOpen ? 0 : closedY, velocity);
  };

  return (
    <aside
      ref={sheet}
      className="sheet"
      aria-labelledby={titleId}
      data-open={open || undefined}
      style={{ visibility: height === 0 ? 'hidden' : undefined }}
    >
      <button
        type="button"
        className="sheet__handle"
        aria-expanded={open}
        aria-controls={bodyId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClick={() => {
          if (moved.current) {
            moved.current = false;
            return;
          }
          setOpen((value) => !value);
        }}
      >
        <span className="sheet__grip" aria-hidden="true" />
        <PathIcon className="dock__icon" />
        <DockTitle id={titleId} />
      </button>
      <div id={bodyId} className="sheet__body" inert={!open}>
        <DockContents onNavigate={() => setOpen(false)} />
      </div>
    </aside>
  );
}
