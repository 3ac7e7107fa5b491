import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { demoDataset } from '#mocks/data.ts';
import type * as SpringboardModuleType from '#src/features/springboard/springboard.tsx';
import { renderApp } from '#tests/utils/render-app.tsx';

type SpringboardModule = typeof SpringboardModuleType;

/**
 * Each commit in which anything of the springboard rendered. The springboard is
 * wrapped as it is in the app (memoised on its props, which the route must keep
 * stable), with a Profiler inside that wrapper: it reports only renders that come
 * from inside (a hook that follows the URL, a link that reads the router's location)
 * or from new props. The "continue" tile is left out: it follows the visitor's path,
 * which a card change legitimately moves (its prop is still compared).
 */
const boardRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('#src/features/springboard/springboard.tsx', async (importOriginal) => {
  const real = await importOriginal<SpringboardModule>();
  const { createElement, memo, Profiler } = await import('react');
  type Props = Parameters<typeof real.Springboard>[0];
  const Counted = memo(function Counted(props: Props) {
    return createElement(
      Profiler,
      { id: 'springboard', onRender: () => void boardRenders.count++ },
      createElement(real.Springboard, { ...props, aside: null }),
    );
  });
  return { Springboard: Counted };
});

const slideshow = demoDataset.stories.find((s) => s.kind === 'slideshow')!;
const total = slideshow.cards.length;
/** The viewer's code and the story, on a machine that may be busy. */
const LOADED = { timeout: 5000 };

/** In which order the deck's first card and the springboard's heading appeared. */
function watchOrder() {
  const seen: string[] = [];
  const look = () => {
    const slide = { name: `1 sur ${total}`, hidden: true };
    if (!seen.includes('deck') && screen.queryByRole('group', slide)) seen.push('deck');
    if (!seen.includes('springboard') && screen.queryByText('Toutes les histoires')) {
      seen.push('springboard');
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('a story entered by link', () => {
  it('draws its deck first, and the springboard behind it only after', async () => {
    const order = watchOrder();
    renderApp(`/stories/${slideshow.slug}/1`);
    const dialog = await screen.findByRole('dialog', { name: slideshow.title.fr }, LOADED);
    await within(dialog).findByRole('group', { name: `1 sur ${total}` });
    // The grid comes once the viewer is interactive and the browser idle.
    await screen.findByRole('list', { name: 'Histoires', hidden: true }, LOADED);
    order.stop();
    expect(order.seen).toEqual(['deck', 'springboard']);
  });

  it('closed before the springboard came, lands on the springboard', async () => {
    const { user, location } = renderApp(`/stories/${slideshow.slug}/1`);
    const dialog = await screen.findByRole('dialog', { name: slideshow.title.fr }, LOADED);
    await within(dialog).findByRole('group', { name: `1 sur ${total}` });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(location()).toBe('/'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Toutes les histoires' }),
    ).toBeVisible();
    await screen.findByRole('list', { name: 'Histoires' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('a story opened over the springboard', () => {
  it('names its cards in the URL without re-rendering the springboard', async () => {
    const { user, location, router } = renderApp('/');
    const grid = await screen.findByRole('list', { name: 'Histoires' });
    await user.click(within(grid).getByRole('link', { name: new RegExp(slideshow.title.fr) }));
    const dialog = await screen.findByRole('dialog', { name: slideshow.title.fr }, LOADED);
    await within(dialog).findByRole('group', { name: `1 sur ${total}` });
    await waitFor(() => expect(dialog).toHaveFocus());
    const before = boardRenders.count;

    // The viewer names the next cards (after each landing), as a swipe or a key does.
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(location()).toBe(`/stories/${slideshow.slug}/2`), LOADED);
    await act(() =>
      router.navigate(`/stories/${slideshow.slug}/3`, {
        replace: true,
        preventScrollReset: true,
        state: router.state.location.state as unknown,
      }),
    );
    expect(location()).toBe(`/stories/${slideshow.slug}/3`);
    expect(boardRenders.count).toBe(before);

    // A change it shows (the filter) still renders it.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(location()).toBe('/'));
    await act(() => router.navigate('/?theme=design', { replace: true }));
    expect(boardRenders.count).toBeGreaterThan(before);
  });
});

describe('a story opened from its tile', () => {
  it('draws its viewer in the click’s own task once the viewer’s code is in', async () => {
    renderApp('/');
    const grid = await screen.findByRole('list', { name: 'Histoires' });
    const tile = within(grid).getByRole('link', { name: new RegExp(slideshow.title.fr) });
    // Intent loads the viewer's code, as a pointer over the tile or a touch on it does.
    fireEvent.pointerEnter(tile);
    await act(() => import('#src/features/story-viewer/story-viewer.tsx'));

    // A click outside act(), as a browser sends it: act() would finish any render
    // before returning, a transition's that React would otherwise slice between frames.
    const react = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const wasAct = react.IS_REACT_ACT_ENVIRONMENT;
    react.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      tile.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
      // Synchronously: in the DOM before the click's task ends.
      expect(screen.getByRole('dialog', { name: slideshow.title.fr })).toBeInTheDocument();
    } finally {
      react.IS_REACT_ACT_ENVIRONMENT = wasAct;
    }
    await screen.findByRole('group', { name: `1 sur ${total}` }, LOADED);
  });
});
