import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { errorBody } from '#contract/schemas.ts';
import { signInMockAs } from '#mocks/in-movement-session.ts';
import { imState } from '#mocks/in-movement-store.ts';
import { server } from '#mocks/node.ts';
import { renderPage } from '#tests/utils/render-page.tsx';

import { ModerationLogPage } from './moderation-log-page.tsx';
import { ModerationQueuePage } from './moderation-queue-page.tsx';

const TEXT = 'Achetez mes montres pas chères sur ce site.';

/** A contribution hidden after reports, with a text the test can find. */
function pendingContribution() {
  const state = imState();
  const row = state.contributions.find((c) => c.authorId !== null && c.parentId === null)!;
  row.body = TEXT;
  row.state = 'pending';
  const reporters = state.people.filter((p) => p.id !== row.authorId).slice(0, 3);
  reporters.forEach((reporter, index) =>
    state.reports.push({
      contributionId: row.id,
      reporterId: reporter.id,
      reason: index === 0 ? 'other' : 'spam',
      note: index === 0 ? 'Publicité déguisée' : '',
      createdAt: `2026-11-0${index + 1}T10:00:00.000Z`,
      reviewed: false,
    }),
  );
  const author = state.people.find((p) => p.id === row.authorId)!;
  return { row, author };
}

async function findItem(text = TEXT) {
  const quote = await screen.findByText(text);
  return quote.closest('article')!;
}

describe('moderation queue', () => {
  it('asks a signed-out visitor to sign in, and comes back here after', async () => {
    renderPage(<ModerationQueuePage />);
    const link = await screen.findByRole('link', { name: 'Se connecter' });
    expect(link).toHaveAttribute('href', '/sign-in?returnTo=%2Fin-movement%2Fmoderation');
    expect(screen.getByRole('heading', { level: 1, name: 'File de modération' })).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Contributions à examiner' })).toBeNull();
  });

  it('tells a participant that only curators moderate, and shows them nothing to moderate', async () => {
    pendingContribution();
    signInMockAs('participant');
    renderPage(<ModerationQueuePage />);
    expect(await screen.findByText(/Seuls les curateurs de la plateforme/)).toBeVisible();
    expect(screen.queryByText(TEXT)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rétablir' })).toBeNull();
  });

  it('shows a curator the hidden text, its debate and the reports', async () => {
    const { row, author } = pendingContribution();
    signInMockAs('curator');
    renderPage(<ModerationQueuePage />);
    const item = await findItem();
    const question = imState().debates.find((d) => d.slug === row.debate)!.question;
    expect(within(item).getByRole('heading', { name: `Par ${author.displayName}` })).toBeVisible();
    expect(
      within(item).getByRole('link', { name: `Dans le débat « ${question} »` }),
    ).toHaveAttribute('href', `/in-movement/debates/${row.debate}`);
    expect(within(item).getByText('Masquée en attente d’examen')).toBeVisible();
    expect(within(item).getByRole('heading', { name: '3 signalements' })).toBeVisible();
    expect(within(item).getByText('Publicité déguisée')).toBeVisible();
  });

  it('removes with a public reason, then says so and moves focus to the result', async () => {
    const { row } = pendingContribution();
    signInMockAs('curator');
    const { user } = renderPage(<ModerationQueuePage />);
    const item = await findItem();
    await user.click(within(item).getByRole('button', { name: 'Retirer…' }));
    const reason = within(item).getByRole('textbox', { name: /Raison publique/ });
    expect(reason).toHaveFocus();
    await user.click(within(item).getByRole('button', { name: 'Retirer la contribution' }));
    expect(within(item).getByText(/Donnez une raison/)).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(row.state).toBe('pending');

    await user.type(reason, 'Publicité');
    await user.click(within(item).getByRole('button', { name: 'Retirer la contribution' }));
    const status = await screen.findByText('Contribution retirée. La raison figure au journal.');
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => expect(status).toHaveFocus());
    expect(screen.queryByText(TEXT)).toBeNull();
    expect(row).toMatchObject({ state: 'removed', removedReason: 'Publicité' });
  });

  it('blocks the author only after a warning, and can be cancelled', async () => {
    const { author } = pendingContribution();
    signInMockAs('curator');
    const { user } = renderPage(<ModerationQueuePage />);
    const item = await findItem();
    const open = within(item).getByRole('button', { name: 'Bloquer l’auteur…' });
    await user.click(open);
    expect(within(item).getByText(/ne pourra plus écrire sur la plateforme/)).toBeVisible();
    await user.click(within(item).getByRole('button', { name: 'Annuler' }));
    await waitFor(() =>
      expect(within(item).getByRole('button', { name: 'Bloquer l’auteur…' })).toHaveFocus(),
    );
    expect(author.blocked).toBe(false);

    await user.click(within(item).getByRole('button', { name: 'Bloquer l’auteur…' }));
    await user.type(within(item).getByRole('textbox'), 'Spam répété');
    await user.click(within(item).getByRole('button', { name: 'Bloquer l’auteur' }));
    expect(await screen.findByText(/Auteur bloqué, contribution retirée/)).toBeVisible();
    expect(author.blocked).toBe(true);
  });

  it('restores a hidden contribution', async () => {
    const { row } = pendingContribution();
    signInMockAs('curator');
    const { user } = renderPage(<ModerationQueuePage />);
    await user.click(within(await findItem()).getByRole('button', { name: 'Rétablir' }));
    expect(await screen.findByText('Contribution rétablie.')).toBeVisible();
    expect(row.state).toBe('visible');
    expect(screen.queryByText(TEXT)).toBeNull();
  });

  it('says clearly when the server refuses, and changes nothing on screen', async () => {
    pendingContribution();
    signInMockAs('curator');
    server.use(
      http.post('*/api/in-movement/moderation/contributions/:id', () =>
        HttpResponse.json(errorBody('forbidden', 'Your role does not allow this.'), {
          status: 403,
        }),
      ),
    );
    const { user } = renderPage(<ModerationQueuePage />);
    const item = await findItem();
    await user.click(within(item).getByRole('button', { name: 'Rétablir' }));
    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'Votre rôle ne permet pas cette action',
    );
    expect(screen.getByText(TEXT)).toBeVisible();
    expect(screen.queryByText('Contribution rétablie.')).toBeNull();
  });

  it('speaks English', async () => {
    pendingContribution();
    signInMockAs('curator');
    renderPage(<ModerationQueuePage />, { locale: 'en' });
    const item = await findItem();
    expect(screen.getByRole('heading', { level: 1, name: 'Moderation queue' })).toBeVisible();
    expect(within(item).getByRole('button', { name: 'Remove…' })).toBeVisible();
    expect(within(item).getByText('Hidden pending review')).toBeVisible();
  });
});

describe('moderation log', () => {
  function writeLog(count: number) {
    const log = imState().log;
    // Only this test's lines, not the demo's automatic hides.
    log.length = 0;
    for (let n = 1; n <= count; n += 1) {
      log.push({
        id: String(n),
        at: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
        action: 'remove',
        actor: 'Salomé Richer',
        subject: { kind: 'contribution', id: String(n), debate: imState().debates[0]!.slug },
        reason: `Raison ${n}`,
      });
    }
  }

  it('lists decisions newest first with display names, a page at a time', async () => {
    writeLog(35);
    const { user } = renderPage(<ModerationLogPage />);
    const list = await screen.findByRole('list', {
      name: 'Décisions, des plus récentes aux plus anciennes',
    });
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(30);
    expect(entries[0]).toHaveTextContent('Raison : Raison 35');
    expect(entries[0]).toHaveTextContent('Contribution retirée par Salomé Richer');
    expect(list).not.toHaveTextContent('@');

    await user.click(screen.getByRole('button', { name: 'Afficher les décisions plus anciennes' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(35));
    expect(within(list).getAllByRole('listitem')[30]).toHaveFocus();
    expect(screen.queryByRole('button', { name: /plus anciennes/ })).toBeNull();
  });

  it('says when the log is empty, in English too', async () => {
    imState().log.length = 0;
    renderPage(<ModerationLogPage />, { locale: 'en' });
    expect(await screen.findByText('No decisions yet.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Moderation log' })).toBeVisible();
  });
});
