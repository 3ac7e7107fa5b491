import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { routes } from '#contract/routes.ts';
import { server } from '#mocks/node.ts';
import { resetStudioStore } from '#mocks/studio-store.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import { findSaved, openEditor, SLUG, storedDraft } from '#tests/utils/studio-data.ts';

import { localCopyKey } from './local-copy.ts';

afterEach(() => {
  resetStudioStore();
  // TanStack Query's online manager (one per page) heard the events: back to online.
  onlineManager.setOnline(true);
});

const OFFLINE = 'Hors ligne : gardé sur cet appareil';

/** Every save fails as a dropped connection does, until `server.resetHandlers()`. */
const dropSaves = () =>
  server.use(http.put(`*${routes.saveStudioStory.path}`, () => HttpResponse.error()));

/** The browser's own signal, as `navigator.onLine` and its window events give it. */
function setBrowserOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

describe('the editor through a dropped connection', () => {
  // Waits for a 5 s retry after a 1.5 s pause: more than the default 10 s on a busy machine.
  it(
    'says a failed save is kept on this device, and retries until the server has it',
    { timeout: 20_000 },
    async () => {
      dropSaves();
      const { user } = openEditor();
      await user.type(await screen.findByLabelText('Titre (FR)'), ' en route');
      expect(await screen.findByText(OFFLINE, {}, { timeout: 6000 })).toBeVisible();
      expect(storedDraft().title.fr).toBe('Essai');
      expect(JSON.parse(window.localStorage.getItem(localCopyKey(SLUG))!)).toMatchObject({
        draft: { title: { fr: 'Essai en route' } },
      });

      // The network is back: the next try (every 5 s) saves, with nothing clicked.
      server.resetHandlers();
      expect(await findSaved(7000)).toBeVisible();
      expect(storedDraft().title.fr).toBe('Essai en route');
      expect(window.localStorage.getItem(localCopyKey(SLUG))).toBeNull();
    },
  );

  it('saves what was typed offline as soon as the browser says it is back online', async () => {
    const { user } = openEditor();
    const title = await screen.findByLabelText('Titre (FR)');
    setBrowserOnline(false);
    await user.type(title, ' sans réseau');
    expect(await screen.findByText(OFFLINE)).toBeVisible();
    setBrowserOnline(true);
    expect(await findSaved()).toBeVisible();
    expect(storedDraft().title.fr).toBe('Essai sans réseau');
  });

  it('saves a draft whose save failed as soon as the browser is back online, not 5 s later', async () => {
    dropSaves();
    const { user } = openEditor();
    await user.type(await screen.findByLabelText('Titre (FR)'), ' coupé');
    expect(await screen.findByText(OFFLINE, {}, { timeout: 6000 })).toBeVisible();
    setBrowserOnline(false);
    server.resetHandlers();
    setBrowserOnline(true);
    // No longer "kept on this device" the moment the browser says so: the retry's wait is over.
    await waitFor(() => expect(screen.queryByText(OFFLINE)).toBeNull(), { timeout: 1000 });
    expect(await findSaved()).toBeVisible();
    expect(storedDraft().title.fr).toBe('Essai coupé');
  });

  it('keeps what was typed offline when the editor is closed, and saves it on reopening', async () => {
    const { user, unmount } = openEditor();
    const title = await screen.findByLabelText('Titre (FR)');
    dropSaves();
    setBrowserOnline(false);
    await user.type(title, ' sans réseau');
    expect(await screen.findByText(OFFLINE)).toBeVisible();
    unmount();
    expect(storedDraft().title.fr).toBe('Essai');

    // Later, online again: the device's copy comes back and reaches the server.
    server.resetHandlers();
    setBrowserOnline(true);
    // A fresh page starts its online state from the browser's (createQueryClient does).
    onlineManager.setOnline(true);
    renderApp(`/studio/${SLUG}`);
    expect(await screen.findByLabelText('Titre (FR)')).toHaveValue('Essai sans réseau');
    expect(screen.getByText(/Vos modifications non enregistrées ont été retrouvées/)).toBeVisible();
    expect(await findSaved()).toBeVisible();
    expect(storedDraft().title.fr).toBe('Essai sans réseau');
  });
});
