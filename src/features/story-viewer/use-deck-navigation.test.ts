import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { createDeckTrack } from './deck-track.ts';
import { type DeckNavigationOptions, parseCard, useDeckNavigation } from './use-deck-navigation.ts';

/** A deck of `total` cards on `cardParam`, its URL updates recorded by `onNavigate`. */
function renderDeck(options: Partial<DeckNavigationOptions> = {}) {
  const track = createDeckTrack();
  /** Whether the track was still moving each time the URL was asked to change. */
  const movingAtNavigate: boolean[] = [];
  const onNavigate = vi.fn(() => {
    movingAtNavigate.push(track.animating);
  });
  const initial: DeckNavigationOptions = {
    cardParam: '1',
    total: 3,
    track,
    stageRef: { current: null },
    reduceMotion: true,
    enabled: true,
    onNavigate,
    ...options,
  };
  const { result, rerender } = renderHook(
    (props: DeckNavigationOptions) => useDeckNavigation(props),
    { initialProps: initial },
  );
  /** The URL names `cardParam` (the deck's own update arriving, or a link). */
  const show = (cardParam: string) => rerender({ ...initial, cardParam });
  return { result, track, onNavigate, movingAtNavigate, show };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deck navigation', () => {
  it('reads the card from the URL segment, the end card included', () => {
    expect(parseCard(undefined, 3)).toBe(0);
    expect(parseCard('1', 3)).toBe(0);
    expect(parseCard('4', 3)).toBe(3);
    expect(parseCard('5', 3)).toBeNull();
    expect(parseCard('0', 3)).toBeNull();
    expect(parseCard('2x', 3)).toBeNull();
  });

  it('moves one card at a time and stops at either end', () => {
    const { result, show } = renderDeck();
    expect(result.current.index).toBe(0);
    expect(result.current.canGo(-1)).toBe(false);
    act(() => result.current.go(-1));
    expect(result.current.index).toBe(0);

    act(() => result.current.go(1));
    expect(result.current.index).toBe(1);

    show('4');
    expect(result.current.index).toBe(3);
    expect(result.current.canGo(1)).toBe(false);
    act(() => result.current.go(1));
    expect(result.current.index).toBe(3);
    act(() => result.current.go(-1));
    expect(result.current.index).toBe(2);
  });

  it('slides the track a width over, then shows the new card centred in the same frame', () => {
    const { result, track } = renderDeck();
    const positions: number[] = [];
    act(() => {
      result.current.go(1);
      positions.push(track.x);
    });
    expect(positions).toEqual([-window.innerWidth]);
    expect(result.current.index).toBe(1);
    expect(track.x).toBe(0);
  });

  it('names the card in the URL only after the landing, once the deck rests', async () => {
    const { result, track, onNavigate, movingAtNavigate } = renderDeck({ reduceMotion: false });
    act(() => result.current.go(1));
    // The settle runs: the deck still shows the first card, the URL is untouched.
    expect(track.animating).toBe(true);
    expect(result.current.index).toBe(0);
    await act(() => wait(50));
    expect(onNavigate).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(result.current.index).toBe(1), { timeout: 3000 });
    expect(track.x).toBe(0);
    await vi.waitFor(() => expect(onNavigate).toHaveBeenCalledWith(1), { timeout: 3000 });
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(movingAtNavigate).toEqual([false]);
  });

  it('lands a move under way at once when asked again, and never twice', async () => {
    const { result, onNavigate } = renderDeck({ reduceMotion: false });
    act(() => result.current.go(1));
    expect(result.current.index).toBe(0);
    act(() => result.current.go(1));
    expect(result.current.index).toBe(1);
    // The stopped settle never lands on top of it.
    await act(() => wait(1500));
    expect(result.current.index).toBe(1);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onNavigate).toHaveBeenLastCalledWith(1);
  });

  it('shows the card a move was heading to when the visitor grabs the track', () => {
    const { result, track } = renderDeck({ reduceMotion: false, cardParam: '2' });
    act(() => result.current.go(-1));
    act(() => result.current.grab());
    expect(result.current.index).toBe(0);
    expect(track.animating).toBe(false);
  });

  it('follows a link to another card, but not its own late URL updates', async () => {
    const { result, onNavigate, show } = renderDeck();
    act(() => result.current.go(1));
    await vi.waitFor(() => expect(onNavigate).toHaveBeenCalledWith(1), { timeout: 3000 });
    act(() => result.current.go(1));
    expect(result.current.index).toBe(2);
    // The URL reaches the card asked for before the last move: the deck stays.
    show('2');
    expect(result.current.index).toBe(2);
    show('3');
    expect(result.current.index).toBe(2);
    // A link to the first card.
    show('1');
    expect(result.current.index).toBe(0);
  });

  it('does nothing while the viewer is closing', async () => {
    const { result, onNavigate, track } = renderDeck({ enabled: false });
    act(() => result.current.go(1));
    expect(result.current.index).toBe(0);
    expect(track.x).toBe(0);
    await act(() => wait(300));
    expect(onNavigate).not.toHaveBeenCalled();
  });

  it('names no card and moves nowhere for a card the story does not have', () => {
    const { result, onNavigate } = renderDeck({ cardParam: '9' });
    expect(result.current.index).toBeNull();
    act(() => result.current.go(1));
    expect(result.current.index).toBeNull();
    expect(onNavigate).not.toHaveBeenCalled();
  });
});
