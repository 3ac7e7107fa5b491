import { fireEvent, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useEscapeKey } from './use-escape-key.ts';

const press = (key: string) => fireEvent.keyDown(document.body, { key });

describe('the Escape key', () => {
  it('closes a layer from wherever focus is, and only while it is open', () => {
    const onEscape = vi.fn();
    const { rerender, unmount } = renderHook(({ enabled }) => useEscapeKey(onEscape, { enabled }), {
      initialProps: { enabled: false },
    });
    press('Escape');
    expect(onEscape).not.toHaveBeenCalled();
    rerender({ enabled: true });
    press('Enter');
    press('Escape');
    expect(onEscape).toHaveBeenCalledTimes(1);
    unmount();
    press('Escape');
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('closes one layer per press: the one opened over another goes first', () => {
    const below = vi.fn();
    const over = vi.fn();
    renderHook(() => useEscapeKey(below));
    const { unmount: closePopover } = renderHook(() => useEscapeKey(over, { over: true }));
    press('Escape');
    expect(over).toHaveBeenCalledTimes(1);
    expect(below).not.toHaveBeenCalled();
    closePopover();
    press('Escape');
    expect(below).toHaveBeenCalledTimes(1);
  });

  it('leaves a key something else already claimed', () => {
    const onEscape = vi.fn();
    renderHook(() => useEscapeKey(onEscape));
    const claim = (event: KeyboardEvent) => event.preventDefault();
    document.body.addEventListener('keydown', claim);
    press('Escape');
    document.body.removeEventListener('keydown', claim);
    expect(onEscape).not.toHaveBeenCalled();
  });
});
