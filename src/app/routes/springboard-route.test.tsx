import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { demoDataset } from '#mocks/data.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

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
