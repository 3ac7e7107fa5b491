import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { recordStoryVisit } from '#src/lib/visitor-path.ts';
import { summaryOf } from '#tests/factories.ts';
import { first, second, serveCatalogue } from '#tests/utils/path-page.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

serveCatalogue();

const stepsList = (scope: HTMLElement) =>
  within(scope).queryByRole('list', { name: 'Le fil du parcours', hidden: true });

describe('the path dock', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('draws no step of the closed sheet until it is first opened, then keeps them', async () => {
    // jsdom lays nothing out; the sheet stays hidden until it knows its height, which
    // the browser's resize observer reports after its own layout: here, a size at once.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(560);
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly report: ResizeObserverCallback) {}
        observe(target: Element) {
          setTimeout(() => this.report([{ target } as ResizeObserverEntry], this as never), 0);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    recordStoryVisit(summaryOf(first), 2);
    recordStoryVisit(summaryOf(second), 1);
    const { user } = renderApp('/');
    // The dock is a lazy chunk (with the animation library): its first import is slow.
    const handle = await screen.findByRole(
      'button',
      { name: 'Mon parcours · 2 étapes' },
      { timeout: 10_000 },
    );
    const sheet = screen.getByRole('complementary', { name: 'Mon parcours · 2 étapes' });
    // Inertness has no role or query of its own: the body the handle controls.
    // eslint-disable-next-line testing-library/no-node-access -- see above
    const body = document.getElementById(handle.getAttribute('aria-controls')!)!;
    // Closed: nothing of the path inside, not even hidden (no thumbnails in memory).
    expect(handle).toHaveAttribute('aria-expanded', 'false');
    expect(stepsList(sheet)).toBeNull();
    expect(within(sheet).queryAllByRole('link', { hidden: true })).toHaveLength(0);
    expect(body).toHaveAttribute('inert');

    // By keyboard (jsdom has no pointer capture for the handle's drag).
    handle.focus();
    await user.keyboard('{Enter}');
    expect(handle).toHaveAttribute('aria-expanded', 'true');
    expect(body).not.toHaveAttribute('inert');
    const steps = within(stepsList(sheet)!).getAllByRole('link');
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveAttribute('href', `/stories/${first.slug}/2`);

    // Closed again, the steps stay drawn, and inert: reopening is instant.
    await user.keyboard('{Enter}');
    expect(handle).toHaveAttribute('aria-expanded', 'false');
    expect(body).toHaveAttribute('inert');
    expect(stepsList(sheet)).not.toBeNull();
  });

  it('draws no step of the desktop panel until it is first opened', async () => {
    const matchMedia = window.matchMedia;
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
      ...matchMedia(query),
      matches: query.includes('min-width: 1100px') || matchMedia(query).matches,
    }));
    recordStoryVisit(summaryOf(first), 2);
    const { user } = renderApp('/');
    const toggle = await screen.findByRole(
      'button',
      { name: 'Mon parcours · 1 étape' },
      { timeout: 10_000 },
    );
    // Hidden, the panel has no accessible name yet: the element the toggle controls.
    // eslint-disable-next-line testing-library/no-node-access -- see above
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    expect(stepsList(panel)).toBeNull();

    await user.click(toggle);
    expect(panel).toBeVisible();
    expect(within(stepsList(panel)!).getAllByRole('link')).toHaveLength(1);
    await user.keyboard('{Escape}');
    expect(panel).not.toBeVisible();
    expect(stepsList(panel)).not.toBeNull();
  });
});
