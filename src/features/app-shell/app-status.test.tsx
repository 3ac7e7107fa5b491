import { onlineManager } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { server } from '#mocks/node.ts';
import { notifyUpdateReady, resetPwaForTests } from '#src/lib/pwa.ts';
import { buildStory, buildTheme } from '#tests/factories.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import { serveContent } from '#tests/utils/serve-content.ts';

// Any story: its own request fails in the tests that open it.
const theme = buildTheme();
const story = buildStory({ themes: [theme.slug] });

beforeEach(() => serveContent({ stories: [story], themes: [theme] }));

/** What the browser does when the network goes or comes back. */
function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  resetPwaForTests();
  // TanStack Query follows the events too: leave it online for the next test.
  onlineManager.setOnline(true);
});

describe('offline notice', () => {
  it('says quietly that the app is offline, and goes away once back online', async () => {
    renderApp('/');
    await screen.findByRole('list', { name: 'Histoires' });
    expect(screen.queryByText(/Hors ligne/)).not.toBeInTheDocument();

    setOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Hors ligne. Les histoires déjà ouvertes restent disponibles.',
    );

    setOnline(true);
    expect(screen.queryByText(/Hors ligne/)).not.toBeInTheDocument();
  });

  it('speaks English too', async () => {
    renderApp('/', { locale: 'en' });
    await screen.findByRole('list', { name: 'Stories' });
    setOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Offline. Stories you have opened are still available.',
    );
  });

  it('explains that a story never opened needs the network, with a retry', async () => {
    server.use(http.get(`*/api/stories/${story.slug}`, () => HttpResponse.error()));
    // Offline since before the app started (a reload without network): no event.
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderApp(`/stories/${story.slug}`);
    const dialog = await screen.findByRole('dialog');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/hors ligne, et ce contenu n’a pas encore été ouvert/);
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('keeps the usual network message while the browser believes it is online', async () => {
    server.use(http.get(`*/api/stories/${story.slug}`, () => HttpResponse.error()));
    renderApp(`/stories/${story.slug}`);
    const alert = await within(await screen.findByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('La connexion semble interrompue.');
  });
});

describe('update prompt', () => {
  it('offers the new version and switches to it on Reload', async () => {
    const { user } = renderApp('/', { locale: 'en' });
    await screen.findByRole('list', { name: 'Stories' });
    expect(screen.queryByText('A new version is available.')).not.toBeInTheDocument();

    const update = vi.fn(() => Promise.resolve());
    act(() => notifyUpdateReady(update));
    const prompt = screen.getByRole('status');
    expect(prompt).toHaveTextContent('A new version is available.');

    const reload = within(prompt).getByRole('button', { name: 'Reload' });
    await user.click(reload);
    expect(update).toHaveBeenCalledExactlyOnceWith(true);
    expect(reload).toBeDisabled();
  });
});
