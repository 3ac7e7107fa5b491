/** The board's step rail: buttons and keys move the step, play toggles, typing is left alone. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { firstVisit } from '#mocks/flows/first-visit.flow.ts';

import { StepRail } from './step-rail.tsx';

function renderRail(step: number, playing = false) {
  const onGo = vi.fn();
  const onPlay = vi.fn();
  render(
    <>
      <StepRail
        start={firstVisit.start}
        steps={firstVisit.steps}
        step={step}
        playing={playing}
        onGo={onGo}
        onPlay={onPlay}
      />
      <input aria-label="elsewhere" />
    </>,
  );
  return { onGo, onPlay };
}

describe('the step rail', () => {
  it('shows every step with its checkpoint, the current one marked', () => {
    renderRail(2);
    expect(screen.getByRole('status')).toHaveTextContent('Step 2 of 6');
    const current = screen.getByRole('button', { current: 'step' });
    expect(current).toHaveTextContent('Swipe to the next card');
    expect(current).toHaveTextContent('second-card');
    // A close by the button and one by a drag say which they are.
    expect(screen.getByRole('button', { name: /Drag the story down to close it/ })).toBeVisible();
  });

  it('names buttons and fields by what they say, In Movement’s too', async () => {
    render(
      <StepRail
        start="/in-movement"
        steps={[
          { do: 'tap-button', name: 'viewer.next' },
          { do: 'tap-button', name: 'im.nav.signals' },
          { do: 'choose', option: 'im.stance.for' },
        ]}
        step={0}
        playing={false}
        onGo={() => undefined}
        onPlay={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: /Tap the button “Next card”/ })).toBeVisible();
    expect(await screen.findByRole('button', { name: /Tap the button “Signals”/ })).toBeVisible();
    expect(screen.getByRole('button', { name: /Choose “For”/ })).toBeVisible();
  });

  it('moves with its buttons and the steps themselves', async () => {
    const user = userEvent.setup();
    const { onGo, onPlay } = renderRail(2);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.click(screen.getByRole('button', { name: /Tap the person/ }));
    expect(onGo.mock.calls).toEqual([[3], [1], [4]]);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(onPlay).toHaveBeenCalledWith(true);
  });

  it('answers the keyboard, within the flow, but not while typing', async () => {
    const user = userEvent.setup();
    const { onGo, onPlay } = renderRail(6);
    await user.keyboard('{ArrowRight}{ArrowLeft}{Home}{End}p');
    expect(onGo.mock.calls).toEqual([[6], [5], [0], [6]]);
    expect(onPlay).toHaveBeenCalledWith(true);
    onGo.mockClear();
    await user.click(screen.getByRole('textbox', { name: 'elsewhere' }));
    await user.keyboard('{ArrowLeft}');
    expect(onGo).not.toHaveBeenCalled();
  });

  it('cannot go before the start or past the end', () => {
    renderRail(0);
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });
});
