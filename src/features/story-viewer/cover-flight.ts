/**
 * The story's cover flying between its tile and the open viewer (decision 045): a
 * hand-made FLIP. Each way measures two boxes once (the tile's cover, the viewer's)
 * and runs one Web Animation of `transform` (on the compositor where the engine has
 * one), instead of a shared-layout projection that measured the page behind on
 * every layout update. No tile in view (a story entered by link, a tile scrolled
 * away or not drawn yet): no flight, the viewer simply shows, as before.
 */
import { tileCoverSelector } from '#src/components/ui/shared-cover.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How long the cover takes to grow out of its tile (the old spring's settling time). */
const GROW_MS = 420;
/** How long it takes to shrink back: the viewer's fade out lasts as long (story-viewer.tsx). */
export const SHRINK_MS = 250;
/** A fast start and a long soft landing, close to a critically damped spring. */
const EASE = 'cubic-bezier(0.2, 0.9, 0.25, 1)';

/**
 * The transform that draws an element whose box on screen is `from` over the box
 * `to`, its origin at its top left corner (story-viewer.css). `ancestorScale` is the
 * scale its ancestors apply (a panel dragged down shrinks): a translation inside it
 * moves that much less on screen. Null when a box is empty (nothing to fly from).
 */
export function flipTransform(from: Box, to: Box, ancestorScale = 1): string | null {
  if (from.width <= 0 || from.height <= 0 || to.width <= 0 || to.height <= 0) return null;
  if (!(ancestorScale > 0)) return null;
  const dx = (to.x - from.x) / ancestorScale;
  const dy = (to.y - from.y) / ancestorScale;
  const sx = to.width / from.width;
  const sy = to.height / from.height;
  return `translate(${round(dx)}px, ${round(dy)}px) scale(${round(sx, 4)}, ${round(sy, 4)})`;
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Whether a box shows at least in part in the viewport. */
function inView(box: DOMRect): boolean {
  return (
    box.width > 0 &&
    box.height > 0 &&
    box.bottom > 0 &&
    box.right > 0 &&
    box.top < window.innerHeight &&
    box.left < window.innerWidth
  );
}

/** The story's tile cover on screen, if its tile is drawn and in view. */
function tileCoverBox(slug: string): DOMRect | null {
  const cover = document.querySelector(tileCoverSelector(slug));
  if (!cover) return null;
  const box = cover.getBoundingClientRect();
  return inView(box) ? box : null;
}

/** The hero's box on screen and the scale its ancestors draw it at. */
function measure(hero: HTMLElement): { box: DOMRect; scale: number } {
  const box = hero.getBoundingClientRect();
  return { box, scale: hero.offsetWidth > 0 ? box.width / hero.offsetWidth : 1 };
}

/** Web Animations are missing in some test environments (jsdom): no flight there. */
function canAnimate(element: HTMLElement): boolean {
  return typeof element.animate === 'function';
}

/**
 * Grows the viewer's cover out of its tile: called as the viewer is first laid out,
 * before its first frame is painted, so that frame already draws the cover in the
 * tile's place. Returns the animation, or null when there is no tile to grow from.
 */
export function growFromTile(hero: HTMLElement, slug: string): Animation | null {
  if (!canAnimate(hero)) return null;
  const tile = tileCoverBox(slug);
  if (!tile) return null;
  const { box, scale } = measure(hero);
  const from = flipTransform(box, tile, scale);
  if (!from) return null;
  return hero.animate([{ transform: from }, { transform: 'none' }], {
    duration: GROW_MS,
    easing: EASE,
  });
}

/**
 * Shrinks the closing viewer's cover back into its tile while the viewer fades out;
 * the tile's own cover shows again beneath it. Null when the tile is not in view.
 */
export function shrinkIntoTile(hero: HTMLElement, slug: string): Animation | null {
  if (!canAnimate(hero)) return null;
  const tile = tileCoverBox(slug);
  if (!tile) return null;
  // A grow still running is replaced, from where it has got to.
  const running = hero.getAnimations();
  const midway = running.length > 0 ? hero.getBoundingClientRect() : null;
  for (const animation of running) animation.cancel();
  const { box, scale } = measure(hero);
  const to = flipTransform(box, tile, scale);
  if (!to) return null;
  const from = (midway && flipTransform(box, midway, scale)) ?? 'none';
  return hero.animate([{ transform: from }, { transform: to }], {
    duration: SHRINK_MS,
    easing: EASE,
    fill: 'forwards',
  });
}
