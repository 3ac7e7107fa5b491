/**
 * The cover's flight between its tile and the viewer (decision 045): which boxes it
 * measures, the transform it draws, and when it does not fly at all. jsdom lays out
 * nothing and has no Web Animations: each element's box and `animate` are given here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { flipTransform, growFromTile, shrinkIntoTile } from './cover-flight.ts';

const SCREEN = { x: 0, y: 0, width: 1024, height: 768 };
const TILE = { x: 100, y: 200, width: 256, height: 192 };

function rect({ x, y, width, height }: typeof SCREEN): DOMRect {
  return DOMRect.fromRect({ x, y, width, height });
}

/** A tile cover for `slug` at `box`, in the document. */
function tile(slug: string, box: typeof SCREEN): HTMLElement {
  const cover = document.createElement('div');
  cover.setAttribute('data-cover-of', slug);
  cover.getBoundingClientRect = () => rect(box);
  document.body.append(cover);
  return cover;
}

interface FakeAnimation {
  keyframes: Keyframe[];
  options: KeyframeAnimationOptions;
  cancel: () => void;
}

/** The viewer's cover at `box`, recording the animations asked of it. */
function hero(box: typeof SCREEN) {
  const element = document.createElement('div');
  let current = box;
  const running: FakeAnimation[] = [];
  element.getBoundingClientRect = () => rect(current);
  element.animate = ((keyframes: Keyframe[], options: KeyframeAnimationOptions) => {
    const animation: FakeAnimation = {
      keyframes,
      options,
      cancel: () => running.splice(running.indexOf(animation), 1),
    };
    running.push(animation);
    return animation as unknown as Animation;
  }) as HTMLElement['animate'];
  element.getAnimations = () => [...running] as unknown as Animation[];
  document.body.append(element);
  return {
    element,
    running,
    /** Where a running animation has drawn it, until cancelled. */
    drawnAt: (box: typeof SCREEN, whileRunning: typeof SCREEN) => {
      current = whileRunning;
      const cancel = running[0]!.cancel;
      running[0]!.cancel = () => {
        current = box;
        cancel();
      };
    },
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the flip transform', () => {
  it('draws a box over another from its top left corner', () => {
    expect(flipTransform(SCREEN, TILE)).toBe('translate(100px, 200px) scale(0.25, 0.25)');
    expect(flipTransform(TILE, SCREEN)).toBe('translate(-100px, -200px) scale(4, 4)');
  });

  it('moves less inside ancestors that shrink it (a panel dragged down)', () => {
    expect(flipTransform(SCREEN, TILE, 0.8)).toBe('translate(125px, 250px) scale(0.25, 0.25)');
  });

  it('has nothing to draw from an empty box', () => {
    expect(flipTransform({ ...SCREEN, width: 0 }, TILE)).toBeNull();
    expect(flipTransform(SCREEN, { ...TILE, height: 0 })).toBeNull();
    expect(flipTransform(SCREEN, TILE, 0)).toBeNull();
  });
});

describe('growing out of the tile', () => {
  it('starts in the tile’s place and lands in its own', () => {
    tile('fils', TILE);
    const cover = hero(SCREEN);
    expect(growFromTile(cover.element, 'fils')).not.toBeNull();
    expect(cover.running).toHaveLength(1);
    const [{ keyframes, options }] = cover.running as [FakeAnimation];
    expect(keyframes).toEqual([
      { transform: 'translate(100px, 200px) scale(0.25, 0.25)' },
      { transform: 'none' },
    ]);
    expect(options.duration).toBeGreaterThan(0);
  });

  it('finds its own story’s tile, whatever the slug holds', () => {
    tile('fils', { ...TILE, x: 600 });
    tile('a"b', TILE);
    const cover = hero(SCREEN);
    growFromTile(cover.element, 'a"b');
    expect(cover.running[0]!.keyframes[0]).toEqual({
      transform: 'translate(100px, 200px) scale(0.25, 0.25)',
    });
  });

  it('does not fly from a tile out of view, or from no tile', () => {
    tile('below', { ...TILE, y: 900 });
    tile('above', { ...TILE, y: -300 });
    const cover = hero(SCREEN);
    expect(growFromTile(cover.element, 'below')).toBeNull();
    expect(growFromTile(cover.element, 'above')).toBeNull();
    expect(growFromTile(cover.element, 'missing')).toBeNull();
    expect(cover.running).toHaveLength(0);
  });

  it('does not fly where the engine has no Web Animations', () => {
    tile('fils', TILE);
    const element = document.createElement('div');
    Object.defineProperty(element, 'animate', { value: undefined });
    expect(growFromTile(element, 'fils')).toBeNull();
  });
});

describe('shrinking back into the tile', () => {
  it('ends in the tile’s place and stays there while the viewer fades', () => {
    tile('fils', TILE);
    const cover = hero(SCREEN);
    shrinkIntoTile(cover.element, 'fils');
    const [{ keyframes, options }] = cover.running as [FakeAnimation];
    expect(keyframes).toEqual([
      { transform: 'none' },
      { transform: 'translate(100px, 200px) scale(0.25, 0.25)' },
    ]);
    expect(options.fill).toBe('forwards');
  });

  it('takes over a grow still running, from where it has got to', () => {
    tile('fils', TILE);
    const cover = hero(SCREEN);
    growFromTile(cover.element, 'fils');
    // Halfway: drawn at half the screen's size.
    cover.drawnAt(SCREEN, { x: 50, y: 100, width: 512, height: 384 });
    const cancel = vi.spyOn(cover.running[0]!, 'cancel');
    shrinkIntoTile(cover.element, 'fils');
    expect(cancel).toHaveBeenCalled();
    expect(cover.running).toHaveLength(1);
    expect(cover.running[0]!.keyframes).toEqual([
      { transform: 'translate(50px, 100px) scale(0.5, 0.5)' },
      { transform: 'translate(100px, 200px) scale(0.25, 0.25)' },
    ]);
  });

  it('does not fly into a tile scrolled out of view', () => {
    tile('fils', { ...TILE, y: 2000 });
    const cover = hero(SCREEN);
    expect(shrinkIntoTile(cover.element, 'fils')).toBeNull();
    expect(cover.running).toHaveLength(0);
  });
});
