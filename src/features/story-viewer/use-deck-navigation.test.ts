import { act, renderHook } from '@testing-library/react';
import { motionValue } from 'framer-motion';
import { describe, expect, it, vi } from 'vitest';

import { type DeckNavigationOptions, parseCard, useDeckNavigation } from './use-deck-navigation.ts';

/** A deck of `total` cards on `cardParam`, its moves recorded by `onNavigate`. */
function renderDeck(options: Partial<DeckNavigationOptions> = {}) {
  const onNavigate = vi.fn();
  const x = motionValue(0);
  const initial: DeckNavigationOptions = {
    cardParam: '1',
    total: 3,
    x,
    trackRef: { current: null },
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
  const show = (cardParam: string) => rerender({ ...initial, cardParam });
  return { result, x, onNavigate, show };
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
    const { result, onNavigate, show } = renderDeck();
    expect(result.current.index).toBe(0);
    expect(result.current.canGo(-1)).toBe(false);
    act(() => result.current.go(-1));
    expect(onNavigate).not.toHaveBeenCalled();

    act(() => result.current.go(1));
    expect(onNavigate).toHaveBeenLastCalledWith(1);

    show('4');
    expect(result.current.index).toBe(3);
    expect(result.current.canGo(1)).toBe(false);
    act(() => result.current.go(1));
    expect(onNavigate).toHaveBeenCalledTimes(1);
    act(() => result.current.go(-1));
    expect(onNavigate).toHaveBeenLastCalledWith(2);
  });

  it('slides the track a width over, and back to rest once the URL names the new card', () => {
    const { result, x, show } = renderDeck();
    act(() => result.current.go(1));
    expect(x.get()).toBe(-window.innerWidth);
    show('2');
    expect(x.get()).toBe(0);
  });

  it('lands a move under way at once when asked again, and never twice', async () => {
    const { result, onNavigate } = renderDeck({ reduceMotion: false });
    act(() => result.current.go(1));
    // The settle runs: nothing is shown yet.
    expect(onNavigate).not.toHaveBeenCalled();
    act(() => result.current.go(1));
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onNavigate).toHaveBeenLastCalledWith(1);
    // The stopped settle never lands on top of it.
    await act(() => wait(1500));
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });

  it('lands a move under way when the visitor grabs the track', () => {
    const { result, onNavigate } = renderDeck({ reduceMotion: false, cardParam: '2' });
    act(() => result.current.go(-1));
    act(() => result.current.grab());
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onNavigate).toHaveBeenLastCalledWith(0);
  });

  it('lets an unhurried move land on its own', async () => {
    const { result, onNavigate } = renderDeck({ reduceMotion: false });
    act(() => result.current.go(1));
    await vi.waitFor(() => expect(onNavigate).toHaveBeenCalledWith(1), { timeout: 3000 });
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the viewer is closing', () => {
    const { result, onNavigate, x } = renderDeck({ enabled: false });
    act(() => result.current.go(1));
    expect(onNavigate).not.toHaveBeenCalled();
    expect(x.get()).toBe(0);
  });

  it('names no card and moves nowhere for a card the story does not have', () => {
    const { result, onNavigate } = renderDeck({ cardParam: '9' });
    expect(result.current.index).toBeNull();
    act(() => result.current.go(1));
    expect(onNavigate).not.toHaveBeenCalled();
  });
});
